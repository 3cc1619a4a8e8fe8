"""The lookup page's forms: a claim (用血报销), a relative (亲属), and the small questions.

The forms only collect plain values; the page hands them to the service on the worker. Questions
are module functions (``dialogs.override_reason(...)``) so tests can answer for the clerk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.lookup.claims import ClaimInput
from app.lookup.records import RelativeRecord
from app.lookup.relatives import RelativeInput
from ui.dialogs.unsaved import UnsavedEdits

CTX = "LookupDialogs"
RELATIONS = (
    "配偶",
    "父母",
    "子女",
    "兄弟姐妹",
    "配偶父母",
    "祖父母",
    "外祖父母",
    "孙子女",
    "外孙子女",
    "养父母",
    "养子女",
)


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("LookupDialogs", "确定")
    )
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("LookupDialogs", "取消")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ClaimDialog(QDialog):
    """登记用血报销: who used the blood, where, when, how much, the invoice."""

    def __init__(
        self, donor_id: int, donor_name: str, relatives: list[RelativeRecord], on: dt.date, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claim_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("LookupDialogs", "登记用血报销 — {name}").format(name=donor_name)
        )
        self.donor_id = donor_id
        self.relatives = relatives
        form = QFormLayout(self)
        self.who = QComboBox(self)
        self.who.setObjectName("claim_who")
        self.who.setEditable(True)
        self.who.addItem(QCoreApplication.translate("LookupDialogs", "本人"), None)
        for r in relatives:
            self.who.addItem(f"{r.relation}　{r.name}", r.id)
        for relation in RELATIONS:
            self.who.addItem(relation, None)
        self.patient = QLineEdit(self)
        self.patient.setObjectName("claim_patient")
        self.patient.setPlaceholderText(QCoreApplication.translate("LookupDialogs", "本人时可不填"))
        self.hospital = QLineEdit(self)
        self.hospital.setObjectName("claim_hospital")
        self.used_on = _date_edit(self, on)
        self.used_on.setObjectName("claim_date")
        self.ml = QSpinBox(self)
        self.ml.setObjectName("claim_ml")
        self.ml.setRange(1, 100000)
        self.ml.setSingleStep(100)
        self.ml.setValue(400)
        self.ml.setSuffix(QCoreApplication.translate("LookupDialogs", " 毫升"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("claim_amount")
        self.amount.setPlaceholderText(QCoreApplication.translate("LookupDialogs", "元，如 1234.50"))
        self.invoice = QLineEdit(self)
        self.invoice.setObjectName("claim_invoice")
        form.addRow(QCoreApplication.translate("LookupDialogs", "用血人关系(&R)："), self.who)
        form.addRow(QCoreApplication.translate("LookupDialogs", "用血人姓名(&N)："), self.patient)
        form.addRow(QCoreApplication.translate("LookupDialogs", "医院(&H)："), self.hospital)
        form.addRow(QCoreApplication.translate("LookupDialogs", "用血日期(&D)："), self.used_on)
        form.addRow(QCoreApplication.translate("LookupDialogs", "用血量(&M)："), self.ml)
        form.addRow(QCoreApplication.translate("LookupDialogs", "费用（元）(&A)："), self.amount)
        form.addRow(QCoreApplication.translate("LookupDialogs", "发票号(&I)："), self.invoice)
        form.addRow(_buttons(self))
        self.unsaved = UnsavedEdits(self, self.accept)

    def reject(self) -> None:  # QDialog.reject: Esc, 取消, the close box
        if self.unsaved.may_close():
            super().reject()

    def claim_input(self, override_reason: str = "", region: str | None = None) -> ClaimInput:
        index = self.who.currentIndex()
        text = self.who.currentText().strip()
        relative_id = self.who.itemData(index) if self.who.itemText(index) == text else None
        who, name = text, self.patient.text().strip()
        if relative_id is not None:
            rel = next(r for r in self.relatives if r.id == relative_id)
            who, name = rel.relation, name or rel.name
        return ClaimInput(
            donor_id=self.donor_id,
            who=who,
            ml=self.ml.value(),
            used_on=self.used_on.date().toPython(),
            name=name,
            hospital=self.hospital.text().strip(),
            amount_yuan=self.amount.text().strip() or None,
            invoice_no=self.invoice.text().strip(),
            relative_id=relative_id,
            override_reason=override_reason,
            region=region,
        )


class RelativeDialog(QDialog):
    """添加亲属: relation, name, ID number, the papers seen (户口本、结婚证…)."""

    def __init__(self, donor_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("relative_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("LookupDialogs", "添加亲属 — {name}").format(name=donor_name)
        )
        form = QFormLayout(self)
        self.relation = QComboBox(self)
        self.relation.setObjectName("relative_relation")
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        self.name = QLineEdit(self)
        self.name.setObjectName("relative_name")
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("relative_id")
        self.evidence = QLineEdit(self)
        self.evidence.setObjectName("relative_evidence")
        self.evidence.setPlaceholderText(
            QCoreApplication.translate("LookupDialogs", "户口本、结婚证、出生证明……")
        )
        form.addRow(QCoreApplication.translate("LookupDialogs", "关系(&R)："), self.relation)
        form.addRow(QCoreApplication.translate("LookupDialogs", "姓名(&N)："), self.name)
        form.addRow(QCoreApplication.translate("LookupDialogs", "身份证号(&I)："), self.id_number)
        form.addRow(QCoreApplication.translate("LookupDialogs", "证明材料(&E)："), self.evidence)
        form.addRow(_buttons(self))
        self.unsaved = UnsavedEdits(self, self.accept)

    def reject(self) -> None:  # QDialog.reject: Esc, 取消, the close box
        if self.unsaved.may_close():
            super().reject()

    def relative_input(self) -> RelativeInput:
        return RelativeInput(
            relation=self.relation.currentText().strip(),
            name=self.name.text().strip(),
            id_number=self.id_number.text().strip(),
            evidence=self.evidence.text().strip(),
        )


def override_reason(parent: QWidget, refusal: str) -> str:
    """Ask why a refused claim should be recorded anyway; "" when the clerk cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("LookupDialogs", "超出剩余额度"),
        refusal
        + "\n\n"
        + QCoreApplication.translate("LookupDialogs", "如经批准仍要登记，请填写特批原因（将记入审核表）："),
    )
    return text.strip() if ok else ""


def certificate_query(parent: QWidget) -> tuple[str, str] | None:
    """献血证号 and an optional name for the certificate check; None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("LookupDialogs", "核对献血证"),
        QCoreApplication.translate("LookupDialogs", "献血证号（可在后面空一格写持证人姓名）："),
    )
    if not ok or not text.strip():
        return None
    number, _, name = text.strip().partition(" ")
    return number.strip(), name.strip()


def save_path(parent: QWidget, title: str, suggested: Path, pattern: str) -> Path | None:
    """Where to save a file the clerk asked for; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    return Path(path) if path else None
