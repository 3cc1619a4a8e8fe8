"""复制为新版本: the form an administrator edits a copy of a rule set in.

The form shows one version in the file form's terms — relations counted, the bands of cumulative
volume with what the donor and the relatives get (``不限`` or ``3m×1；5y×3；终身×1``), shared or
separate pools, the ml of one 治疗量, the legacy clause, priority use, citation, dates and note —
and turns it back into the file form. 保存 checks it with the schema the loader uses (the
problems name the field, in Chinese) before the service saves it as the next version on the
worker; 取消 with unsaved edits asks first (否 keeps the form open).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP
from app.lookup.relations import RELATIONS
from app.lookup.rule_editing import check_edit, grant_text, parse_grant_text
from app.lookup.rulesets import RuleSetInfo
from app.lookup.schema import Problem
from ui.dialogs import ask

CTX = "RuleEditor"
_SEP = "、"
BAND_COLUMNS = (
    QT_TRANSLATE_NOOP("RuleEditor", "累计献血量下限（毫升）"),
    QT_TRANSLATE_NOOP("RuleEditor", "本人"),
    QT_TRANSLATE_NOOP("RuleEditor", "亲属"),
    QT_TRANSLATE_NOOP("RuleEditor", "适用条款"),
)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("，", _SEP).replace(",", _SEP).split(_SEP) if p.strip()]


class RuleEditor(QDialog):
    """Edit a copy of *base*; :attr:`saved` is the new version once the service saved it.

    *save* is called on 保存 with (data, note) and must return the saved RuleSetInfo or raise;
    the rules dialog hands in a function that runs the service on the worker.
    """

    def __init__(
        self,
        base: RuleSetInfo,
        data: dict[str, Any],
        save: Callable[[dict[str, Any], str, Callable[[RuleSetInfo], None], Callable], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rule_editor")
        self.setWindowTitle(
            QCoreApplication.translate("RuleEditor", "复制为新版本 — {region} 第{version}版").format(
                region=base.region, version=base.version
            )
        )
        self.base, self.data, self._save = base, copy.deepcopy(data), save
        self.saved: RuleSetInfo | None = None
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(), QCoreApplication.translate("RuleEditor", "基本信息(&1)"))
        self.tabs.addTab(self._amounts(), QCoreApplication.translate("RuleEditor", "额度与分档(&2)"))
        self.tabs.addTab(self._other(), QCoreApplication.translate("RuleEditor", "旧规则与优先用血(&3)"))
        layout.addWidget(self.tabs, 1)
        note_row = QFormLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("rule_note")
        self.note.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "必填，如：据陕卫发〔2026〕1号调整亲属倍数")
        )
        note_row.addRow(QCoreApplication.translate("RuleEditor", "修改原因(&R)："), self.note)
        self.note.setToolTip(QCoreApplication.translate("RuleEditor", "保存为新版本的说明，列表中显示"))
        layout.addLayout(note_row)
        self.problems = QLabel(self)
        self.problems.setObjectName("rule_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_btn = QPushButton(QCoreApplication.translate("RuleEditor", "保存为新版本(&S)"), self)
        self.save_btn.setObjectName("rule_save")
        self.save_btn.setDefault(True)
        self.cancel_btn = QPushButton(QCoreApplication.translate("RuleEditor", "取消"), self)
        self.cancel_btn.setObjectName("rule_cancel")
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.cancel_btn)
        layout.addLayout(buttons)
        self.save_btn.clicked.connect(self.save)
        self.cancel_btn.clicked.connect(self.reject)
        self._fill(self.data)
        self._initial = self.form_data()[0]
        self.name.setFocus()

    # -- the three tabs -------------------------------------------------------------------------
    def _general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.effective_from = QLineEdit(page)
        self.effective_from.setObjectName("rule_effective_from")
        self.effective_from.setPlaceholderText("YYYY-MM-DD")
        self.effective_to = QLineEdit(page)
        self.effective_to.setPlaceholderText(QCoreApplication.translate("RuleEditor", "留空为长期有效"))
        self.citation = QPlainTextEdit(page)
        self.citation.setObjectName("rule_citation")
        self.citation.setTabChangesFocus(True)
        self.verified = QCheckBox(QCoreApplication.translate("RuleEditor", "已与文件原文核对"), page)
        self.unconfirmed = QLineEdit(page)
        self.unconfirmed.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "用“、”分隔，如 ml_per_dose")
        )
        form.addRow(QCoreApplication.translate("RuleEditor", "规则名称："), self.name)
        form.addRow(QCoreApplication.translate("RuleEditor", "生效日期："), self.effective_from)
        form.addRow(QCoreApplication.translate("RuleEditor", "失效日期："), self.effective_to)
        form.addRow(QCoreApplication.translate("RuleEditor", "依据（文件名称、文号、条款）："), self.citation)
        form.addRow(QCoreApplication.translate("RuleEditor", "核实："), self.verified)
        form.addRow(QCoreApplication.translate("RuleEditor", "尚待核实的参数："), self.unconfirmed)
        return page

    def _amounts(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QFormLayout()
        boxes = QGridLayout()
        self.relations: dict[str, QCheckBox] = {}
        for i, relation in enumerate(RELATIONS):
            box = QCheckBox(relation, page)
            self.relations[relation] = box
            boxes.addWidget(box, i // 6, i % 6)
        top.addRow(QCoreApplication.translate("RuleEditor", "可享受的亲属："), boxes)
        self.pool = QComboBox(page)
        self.pool.setObjectName("rule_pool")
        self.pool.addItem(QCoreApplication.translate("RuleEditor", "每位亲属各自计算"), "separate")
        self.pool.addItem(QCoreApplication.translate("RuleEditor", "亲属共用一个额度"), "shared")
        top.addRow(QCoreApplication.translate("RuleEditor", "亲属额度："), self.pool)
        self.ml_per_dose = QSpinBox(page)
        self.ml_per_dose.setObjectName("rule_ml_per_dose")
        self.ml_per_dose.setRange(1, 2000)
        self.ml_per_dose.setSuffix(QCoreApplication.translate("RuleEditor", " 毫升"))
        top.addRow(QCoreApplication.translate("RuleEditor", "1个治疗量血小板折合："), self.ml_per_dose)
        layout.addLayout(top)
        self.bands = QTableWidget(0, len(BAND_COLUMNS), page)
        self.bands.setObjectName("rule_bands")
        self.bands.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RuleEditor", c) for c in BAND_COLUMNS]
        )
        header = self.bands.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 170), (2, 170)):
            self.bands.setColumnWidth(column, width)
        self.bands.setTabKeyNavigation(False)
        layout.addWidget(self.bands, 1)
        row = QHBoxLayout()
        hint = QLabel(
            QCoreApplication.translate(
                "RuleEditor",
                "本人、亲属写“不限”，或按“期限×倍数”列出自献血之日起的各时段：3m×1；5y×3；终身×1"
                "（m 月、y 年、d 天；倍数乘以献血量）",
            ),
            page,
        )
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.add_band_btn = QPushButton(QCoreApplication.translate("RuleEditor", "添加一档(&A)"), page)
        self.remove_band_btn = QPushButton(QCoreApplication.translate("RuleEditor", "删除此档(&D)"), page)
        row.addWidget(self.add_band_btn)
        row.addWidget(self.remove_band_btn)
        layout.addLayout(row)
        self.add_band_btn.clicked.connect(lambda: self._add_band({}))
        self.remove_band_btn.clicked.connect(self._remove_band)
        return page

    def _other(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.legacy = QGroupBox(QCoreApplication.translate("RuleEditor", "截止日期前的献血按旧规则"), page)
        self.legacy.setCheckable(True)
        form = QFormLayout(self.legacy)
        self.legacy_before = QLineEdit(self.legacy)
        self.legacy_before.setPlaceholderText("YYYY-MM-DD")
        self.legacy_counts = QCheckBox(
            QCoreApplication.translate("RuleEditor", "计入累计献血量分档"), self.legacy
        )
        self.legacy_donor = QLineEdit(self.legacy)
        self.legacy_relatives = QLineEdit(self.legacy)
        self.legacy_clause = QLineEdit(self.legacy)
        form.addRow(QCoreApplication.translate("RuleEditor", "此日前的献血："), self.legacy_before)
        form.addRow("", self.legacy_counts)
        form.addRow(QCoreApplication.translate("RuleEditor", "本人："), self.legacy_donor)
        form.addRow(QCoreApplication.translate("RuleEditor", "亲属："), self.legacy_relatives)
        form.addRow(QCoreApplication.translate("RuleEditor", "适用条款："), self.legacy_clause)
        layout.addWidget(self.legacy)
        self.priority = QGroupBox(QCoreApplication.translate("RuleEditor", "用血紧张时优先用血"), page)
        self.priority.setCheckable(True)
        form = QFormLayout(self.priority)
        self.priority_who = QLineEdit(self.priority)
        self.priority_who.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "如：本人、配偶、父母、子女")
        )
        self.priority_clause = QLineEdit(self.priority)
        form.addRow(QCoreApplication.translate("RuleEditor", "可优先用血的人："), self.priority_who)
        form.addRow(QCoreApplication.translate("RuleEditor", "适用条款："), self.priority_clause)
        layout.addWidget(self.priority)
        layout.addStretch(1)
        return page

    # -- file form ⇄ widgets -------------------------------------------------------------------
    def _fill(self, data: dict[str, Any]) -> None:
        p = data["params"]
        self.name.setText(data.get("name", ""))
        self.effective_from.setText(data.get("effective_from") or "")
        self.effective_to.setText(data.get("effective_to") or "")
        self.citation.setPlainText(data.get("citation", ""))
        self.verified.setChecked(bool(data.get("verified")))
        self.unconfirmed.setText(_SEP.join(p.get("unconfirmed") or ()))
        for relation, box in self.relations.items():
            box.setChecked(relation in p.get("relations", ()))
        self.pool.setCurrentIndex(max(self.pool.findData(p.get("pool")), 0))
        self.ml_per_dose.setValue(int(p.get("ml_per_dose") or 400))
        for band in p.get("bands", ()):
            self._add_band(band)
        legacy = p.get("legacy") or {}
        self.legacy.setChecked(bool(legacy))
        self.legacy_before.setText(legacy.get("before", ""))
        self.legacy_counts.setChecked(bool(legacy.get("counts_toward_bands")))
        self.legacy_donor.setText(grant_text(legacy.get("donor")))
        self.legacy_relatives.setText(grant_text(legacy.get("relatives")))
        self.legacy_clause.setText(legacy.get("clause", ""))
        priority = p.get("priority_use") or {}
        self.priority.setChecked(bool(priority))
        self.priority_who.setText(_SEP.join(priority.get("who", ())))
        self.priority_clause.setText(priority.get("clause", ""))

    def _add_band(self, band: dict[str, Any]) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        values = (
            str(band.get("min_ml", "")),
            grant_text(band.get("donor")),
            grant_text(band.get("relatives")),
            band.get("clause", ""),
        )
        for column, value in enumerate(values):
            self.bands.setItem(row, column, QTableWidgetItem(value))
        self.bands.setCurrentCell(row, 0)

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row >= 0:
            self.bands.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.bands.item(row, column)
        return item.text().strip() if item is not None else ""

    def form_data(self) -> tuple[dict[str, Any], list[Problem]]:
        """The edited rule set in file form, and the grants the form could not read."""
        problems: list[Problem] = []

        def grant(text: str, path: str, label: str) -> dict[str, Any] | None:
            value, found = parse_grant_text(text, path, label)
            problems.extend(found)
            return value

        data = copy.deepcopy(self.data)
        data["name"] = self.name.text().strip()
        data["effective_from"] = self.effective_from.text().strip()
        data["effective_to"] = self.effective_to.text().strip() or None
        data["citation"] = self.citation.toPlainText().strip()
        data["verified"] = self.verified.isChecked()
        data["note"] = self.note.text().strip()
        p = data["params"]
        p["relations"] = [r for r, box in self.relations.items() if box.isChecked()]
        p["pool"] = self.pool.currentData()
        p["ml_per_dose"] = self.ml_per_dose.value()
        bands = []
        for row in range(self.bands.rowCount()):
            text = self._cell(row, 0)
            path = f"params.bands[{row}]"
            donor_label = QCoreApplication.translate("RuleEditor", "第{n}档本人").format(n=row + 1)
            relatives_label = QCoreApplication.translate("RuleEditor", "第{n}档亲属").format(n=row + 1)
            bands.append(
                {
                    "min_ml": int(text) if text.isdigit() else text,
                    "clause": self._cell(row, 3),
                    "donor": grant(self._cell(row, 1), path + ".donor", donor_label),
                    "relatives": grant(self._cell(row, 2), path + ".relatives", relatives_label),
                }
            )
        p["bands"] = bands
        unconfirmed = _split(self.unconfirmed.text())
        if unconfirmed:
            p["unconfirmed"] = unconfirmed
        else:
            p.pop("unconfirmed", None)
        if self.legacy.isChecked():
            p["legacy"] = {
                "before": self.legacy_before.text().strip(),
                "clause": self.legacy_clause.text().strip(),
                "counts_toward_bands": self.legacy_counts.isChecked(),
                "donor": grant(
                    self.legacy_donor.text(),
                    "params.legacy.donor",
                    QCoreApplication.translate("RuleEditor", "旧规则本人"),
                ),
                "relatives": grant(
                    self.legacy_relatives.text(),
                    "params.legacy.relatives",
                    QCoreApplication.translate("RuleEditor", "旧规则亲属"),
                ),
            }
        else:
            p["legacy"] = None
        if self.priority.isChecked():
            p["priority_use"] = {
                "who": _split(self.priority_who.text()),
                "clause": self.priority_clause.text().strip(),
            }
        else:
            p["priority_use"] = None
        return data, problems

    # -- saving and leaving ---------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.form_data()[0] != self._initial

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems[:12]))
        self.problems.setVisible(bool(problems))

    def save(self) -> None:
        """Check with the loader's schema; if it passes, hand it to the service (on the worker)."""
        data, problems = self.form_data()
        unread = {p.path for p in problems}
        problems += [p for p in check_edit(data) if not any(p.path.startswith(u) for u in unread)]
        if not self.note.text().strip():
            problems.append(
                Problem(
                    "note",
                    QCoreApplication.translate("RuleEditor", "修改原因"),
                    QCoreApplication.translate("RuleEditor", "不能为空"),
                )
            )
        if problems:
            self.show_problems(
                [QCoreApplication.translate("RuleEditor", "未保存，请改正：")] + [str(p) for p in problems]
            )
            return
        self.show_problems([])
        self.save_btn.setEnabled(False)
        self._save(data, self.note.text().strip(), self._saved, self._refused)

    def _saved(self, info: RuleSetInfo) -> None:
        self.saved = info
        self.save_btn.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        lines = [str(exc)] if not isinstance(exc, InputError) else str(exc).splitlines()
        self.show_problems(lines)

    def reject(self) -> None:
        """取消, Esc or the close box: unsaved edits are asked about, 否 keeps the form open."""
        if (
            self.saved is None
            and self.is_dirty()
            and not ask.confirm(
                self,
                QCoreApplication.translate("RuleEditor", "放弃修改"),
                QCoreApplication.translate("RuleEditor", "这份规则还有未保存的修改。放弃这些修改吗？"),
                yes_text=QCoreApplication.translate("RuleEditor", "放弃修改"),
            )
        ):
            return
        super().reject()
