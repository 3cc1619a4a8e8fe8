"""新建通报: the day the 通报 counts to (its 截至 date), asked before the draft is made.

The command line's ``notice report --until DATE``: the same ``app.notices`` service gets the
day. Keyboard first — the date field has the focus, the arrow keys step the day, Alt+↓ opens
the calendar, Enter confirms, Esc cancels. The day stays inside the plan's period; the default
is today, or the period's end for a past plan (its start for a future one).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.plans.records import PlanRecord


def default_day(start: dt.date, end: dt.date, today: dt.date) -> dt.date:
    """Today, clamped to the plan's period."""
    return min(max(today, start), end)


class ReportDateDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: PlanRecord, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("report_date_dialog")
        self.setWindowTitle(QCoreApplication.translate("NoticePage", "新建进度通报"))
        form = QFormLayout(self)
        note = QLabel(
            QCoreApplication.translate("NoticePage", "{plan}：统计从{start}起到所选日期为止的献血。").format(
                plan=plan.name, start=f"{plan.start_date:%Y-%m-%d}"
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.until = QDateEdit(self)
        self.until.setObjectName("report_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setDateRange(QDate(plan.start_date), QDate(plan.end_date))
        self.until.setDate(QDate(default_day(plan.start_date, plan.end_date, today)))
        form.addRow(QCoreApplication.translate("NoticePage", "统计截至(&D)："), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("report_until_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.until.setFocus()

    def day(self) -> dt.date:
        return self.until.date().toPython()  # type: ignore[return-value]


def ask_report_date(parent: QWidget | None, plan: PlanRecord, today: dt.date | None = None) -> dt.date | None:
    """The chosen 截至 day, or None when the clerk cancelled."""
    dialog = ReportDateDialog(parent, plan, today or dt.date.today())
    try:
        return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
