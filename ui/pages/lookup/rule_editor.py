"""复制为新版本 / 查看: the form an administrator edits a copy of a rule set in, or reads one in.

The shell holds what every kind shares — name, dates, citation, 已核实, the reason for the change,
the problems and the buttons — and hands the kind's own parameters to its form in
:mod:`ui.pages.lookup.rule_forms` (bands for 用血报销, tiers for 表彰奖励, intervals and ages for
献血间隔与条件). 保存 checks the result with the schema the loader uses (the problems name the
place: 第2档·达到次数) before the service saves it as the next version on the worker; 取消 with
unsaved edits asks first (否 keeps the form open). Read-only, nothing can be changed or saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.lookup.rule_editing import check_edit, problem_text
from app.lookup.rulesets import RuleSetInfo
from app.lookup.schema import Problem
from ui.dialogs import ask
from ui.pages.lookup.rule_forms import form_for

CTX = "RuleEditor"

SaveFn = Callable[[dict[str, Any], str, Callable[[RuleSetInfo], None], Callable], None]


def _pin_checked(box: QGroupBox) -> None:
    was = box.isChecked()
    box.toggled.connect(lambda _on: box.setChecked(was))


class RuleEditor(QDialog):
    """Edit a copy of *base* (or, *save* None, read it); :attr:`saved` is the new version once saved.

    *save* is called on 保存 with (data, note, done, refused); the rules dialog hands in a function
    that runs the service on the worker. The kind's own widgets are on :attr:`form`.
    """

    def __init__(
        self,
        base: RuleSetInfo,
        data: dict[str, Any],
        save: SaveFn | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rule_editor")
        self.read_only = save is None
        title = (
            QCoreApplication.translate("RuleEditor", "查看 — {name} {region} 第{version}版")
            if self.read_only
            else QCoreApplication.translate("RuleEditor", "复制为新版本 — {region} 第{version}版")
        )
        self.setWindowTitle(title.format(name=base.name, region=base.region, version=base.version))
        self.base, self.data, self._save = base, copy.deepcopy(data), save
        self.saved: RuleSetInfo | None = None
        self.form = form_for(base.kind)
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(), QCoreApplication.translate("RuleEditor", "基本信息(&1)"))
        for page, title in self.form.tabs(self):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs, 1)
        self.note_row = note_row = QFormLayout()
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
        self.cancel_btn = QPushButton(QCoreApplication.translate("RuleEditor", "取消"), self)
        self.cancel_btn.setObjectName("rule_cancel")
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.cancel_btn)
        layout.addLayout(buttons)
        self.save_btn.clicked.connect(self.save)
        self.cancel_btn.clicked.connect(self.reject)
        self._fill(self.data)
        self._initial = self.form_data()[0]
        if self.read_only:
            self._lock()
        else:
            self.save_btn.setDefault(True)
        self.name.setFocus()

    def _general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.name.setObjectName("rule_name")
        self.effective_from = QLineEdit(page)
        self.effective_from.setObjectName("rule_effective_from")
        self.effective_from.setPlaceholderText("YYYY-MM-DD")
        self.effective_to = QLineEdit(page)
        self.effective_to.setPlaceholderText(QCoreApplication.translate("RuleEditor", "留空为长期有效"))
        self.citation = QPlainTextEdit(page)
        self.citation.setObjectName("rule_citation")
        self.citation.setTabChangesFocus(True)
        self.verified = QCheckBox(QCoreApplication.translate("RuleEditor", "已与文件原文核对"), page)
        form.addRow(QCoreApplication.translate("RuleEditor", "规则名称："), self.name)
        form.addRow(QCoreApplication.translate("RuleEditor", "生效日期："), self.effective_from)
        form.addRow(QCoreApplication.translate("RuleEditor", "失效日期："), self.effective_to)
        form.addRow(QCoreApplication.translate("RuleEditor", "依据（文件名称、文号、条款）："), self.citation)
        form.addRow(QCoreApplication.translate("RuleEditor", "核实："), self.verified)
        self.form.general_rows(form, page)
        return page

    def _lock(self) -> None:
        """Read-only: text can be selected and every control still reached with Tab, none changed."""
        self.note_row.setRowVisible(self.note, False)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif isinstance(widget, QCheckBox | QComboBox) or (
                isinstance(widget, QAbstractButton) and widget not in (self.save_btn, self.cancel_btn)
            ):
                widget.setEnabled(False)
        for box in self.findChildren(QGroupBox):
            if box.isCheckable():  # the switch stays visible and reachable, but springs back
                _pin_checked(box)
        self.save_btn.hide()
        self.cancel_btn.setText(QCoreApplication.translate("RuleEditor", "关闭(&L)"))
        self.cancel_btn.setDefault(True)

    # -- file form ⇄ widgets -------------------------------------------------------------------
    def _fill(self, data: dict[str, Any]) -> None:
        self.name.setText(data.get("name", ""))
        self.effective_from.setText(data.get("effective_from") or "")
        self.effective_to.setText(data.get("effective_to") or "")
        self.citation.setPlainText(data.get("citation", ""))
        self.verified.setChecked(bool(data.get("verified")))
        self.form.fill(data["params"])

    def form_data(self) -> tuple[dict[str, Any], list[Problem]]:
        """The edited rule set in file form, and the values the form itself could not read."""
        problems: list[Problem] = []
        data = copy.deepcopy(self.data)
        data["name"] = self.name.text().strip()
        data["effective_from"] = self.effective_from.text().strip()
        data["effective_to"] = self.effective_to.text().strip() or None
        data["citation"] = self.citation.toPlainText().strip()
        data["verified"] = self.verified.isChecked()
        data["note"] = self.note.text().strip()
        self.form.read(data["params"], problems)
        return data, problems

    # -- saving and leaving ---------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return not self.read_only and self.form_data()[0] != self._initial

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems[:12]))
        self.problems.setVisible(bool(problems))

    def save(self) -> None:
        """Check with the loader's schema; if it passes, hand it to the service (on the worker)."""
        if self._save is None:
            return
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
                [QCoreApplication.translate("RuleEditor", "未保存，请改正：")]
                + [problem_text(p) for p in problems]
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
