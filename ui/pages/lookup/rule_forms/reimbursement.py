"""用血报销 (reimbursement) in the rule editor: relations, pools, the bands of cumulative volume with
what the donor and the relatives get (``不限`` or ``3m×1；5y×3；终身×1``), the legacy clause and
priority use, turned back into the file form's ``params``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.lookup.relations import RELATIONS
from app.lookup.rule_editing import grant_text, parse_grant_text
from app.lookup.schema import Problem
from ui.pages.lookup.rule_forms.common import SEP, add_row, cell, remove_row, split

BAND_COLUMNS = (
    QT_TRANSLATE_NOOP("RuleEditor", "累计献血量下限（毫升）"),
    QT_TRANSLATE_NOOP("RuleEditor", "本人"),
    QT_TRANSLATE_NOOP("RuleEditor", "亲属"),
    QT_TRANSLATE_NOOP("RuleEditor", "适用条款"),
)


class ReimbursementForm:
    """The reimbursement rule set's own fields, in two tabs and a row of the general tab."""

    first_tab_focus = "bands"

    def general_rows(self, form: QFormLayout, page: QWidget) -> None:
        self.unconfirmed = QLineEdit(page)
        self.unconfirmed.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "用“、”分隔，如 ml_per_dose")
        )
        form.addRow(QCoreApplication.translate("RuleEditor", "尚待核实的参数："), self.unconfirmed)

    def tabs(self, parent: QWidget) -> list[tuple[QWidget, str]]:
        return [
            (self._amounts(parent), QCoreApplication.translate("RuleEditor", "额度与分档(&2)")),
            (self._other(parent), QCoreApplication.translate("RuleEditor", "旧规则与优先用血(&3)")),
        ]

    def _amounts(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
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
        self.remove_band_btn.clicked.connect(lambda: remove_row(self.bands))
        return page

    def _other(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
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

    # -- params ⇄ widgets ------------------------------------------------------------------------
    def fill(self, p: dict[str, Any]) -> None:
        self.unconfirmed.setText(SEP.join(p.get("unconfirmed") or ()))
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
        self.priority_who.setText(SEP.join(priority.get("who", ())))
        self.priority_clause.setText(priority.get("clause", ""))

    def _add_band(self, band: dict[str, Any]) -> None:
        add_row(
            self.bands,
            (
                str(band.get("min_ml", "")),
                grant_text(band.get("donor")),
                grant_text(band.get("relatives")),
                band.get("clause", ""),
            ),
        )

    def read(self, p: dict[str, Any], problems: list[Problem]) -> None:
        """Write the form into *p*; grants the form cannot read go to *problems*."""

        def grant(text: str, path: str, label: str) -> dict[str, Any] | None:
            value, found = parse_grant_text(text, path, label)
            problems.extend(found)
            return value

        donor_label, relatives_label = (
            QCoreApplication.translate("RuleEditor", "本人"),
            QCoreApplication.translate("RuleEditor", "亲属"),
        )
        p["relations"] = [r for r, box in self.relations.items() if box.isChecked()]
        p["pool"] = self.pool.currentData()
        p["ml_per_dose"] = self.ml_per_dose.value()
        bands = []
        for row in range(self.bands.rowCount()):
            text = cell(self.bands, row, 0)
            path = f"params.bands[{row}]"
            bands.append(
                {
                    "min_ml": int(text) if text.isdigit() else text,
                    "clause": cell(self.bands, row, 3),
                    "donor": grant(cell(self.bands, row, 1), path + ".donor", donor_label),
                    "relatives": grant(cell(self.bands, row, 2), path + ".relatives", relatives_label),
                }
            )
        p["bands"] = bands
        unconfirmed = split(self.unconfirmed.text())
        if unconfirmed:
            p["unconfirmed"] = unconfirmed
        else:
            p.pop("unconfirmed", None)
        if self.legacy.isChecked():
            p["legacy"] = {
                "before": self.legacy_before.text().strip(),
                "clause": self.legacy_clause.text().strip(),
                "counts_toward_bands": self.legacy_counts.isChecked(),
                "donor": grant(self.legacy_donor.text(), "params.legacy.donor", donor_label),
                "relatives": grant(self.legacy_relatives.text(), "params.legacy.relatives", relatives_label),
            }
        else:
            p["legacy"] = None
        if self.priority.isChecked():
            p["priority_use"] = {
                "who": split(self.priority_who.text()),
                "clause": self.priority_clause.text().strip(),
            }
        else:
            p["priority_use"] = None
