"""新建 / 编辑献血计划: name, year, period by month, measure, target and the notice it comes from.

A plan's period is given in months because that is how notices state it (寿县 ran 2018年6月 to
2019年12月); the dialog turns the months into the first and last day. It only checks what the
clerk can fix on the spot (empty name, end before start); the service checks the rest.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.plans.records import MEASURE_LABELS, PlanInput, PlanRecord
from ui.dialogs.unsaved import UnsavedEdits

MONTH_FORMAT = "yyyy年M月"


class PlanDialog(QDialog):
    """Edit one plan; :meth:`value` gives the :class:`PlanInput` after the dialog is accepted."""

    def __init__(self, parent: QWidget | None, *, year: int, plan: PlanRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("编辑献血计划") if plan is not None else self.tr("新建献血计划"))
        self.setMinimumWidth(460)
        self._build()
        self._fill(plan, year)
        self.year.valueChanged.connect(self._year_changed)
        self.unsaved = UnsavedEdits(self, self.accept)

    def reject(self) -> None:  # QDialog.reject: Esc, 取消, the close box
        if self.unsaved.may_close():
            super().reject()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("plan_name")
        self.name.setPlaceholderText(self.tr("如：2018年至2019年无偿献血工作计划"))
        form.addRow(self.tr("计划名称(&N)："), self.name)
        self.year = QSpinBox(self)
        self.year.setObjectName("plan_year")
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr("年"))
        self.year.setToolTip(self.tr("计划所属年度：取该年度名册中的人口数和在职人数"))
        form.addRow(self.tr("年度(&Y)："), self.year)
        period = QHBoxLayout()
        self.start = QDateEdit(self)
        self.start.setObjectName("plan_start")
        self.end = QDateEdit(self)
        self.end.setObjectName("plan_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat(MONTH_FORMAT)
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("至"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(self.tr("起止月份(&M)："), period)
        form.labelForField(period).setBuddy(self.start)
        self.measure = QComboBox(self)
        self.measure.setObjectName("plan_measure")
        for code, label in MEASURE_LABELS.items():
            self.measure.addItem(self.tr(label), code)
        form.addRow(self.tr("计量(&U)："), self.measure)
        self.target = QSpinBox(self)
        self.target.setObjectName("plan_target")
        self.target.setRange(0, 10_000_000)
        self.target.setGroupSeparatorShown(False)
        self.target.setToolTip(self.tr("上级下达的全年目标；分配指标时默认按此合计"))
        form.addRow(self.tr("目标(&T)："), self.target)
        self.source_doc = QLineEdit(self)
        self.source_doc.setObjectName("plan_source_doc")
        self.source_doc.setPlaceholderText(self.tr("如：平政办发〔2017〕64号"))
        form.addRow(self.tr("文件依据(&W)："), self.source_doc)
        self.note = QLineEdit(self)
        self.note.setObjectName("plan_note")
        form.addRow(self.tr("备注(&R)："), self.note)
        outer.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("plan_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _fill(self, plan: PlanRecord | None, year: int) -> None:
        if plan is None:
            self.year.setValue(year)
            self.name.setText(self.tr("{year}年无偿献血计划").format(year=year))
            self.set_period(date(year, 1, 1), date(year, 12, 1))
            return
        self.name.setText(plan.name)
        self.year.setValue(plan.year)
        self.set_period(plan.start_date, plan.end_date)
        self.measure.setCurrentIndex(max(0, self.measure.findData(plan.measure)))
        self.target.setValue(plan.target)
        self.source_doc.setText(plan.source_doc)
        self.note.setText(plan.note)

    def set_period(self, start: date, end: date) -> None:
        """Show the period by month (the day of *start*/*end* does not matter)."""
        self.start.setDate(QDate(start.year, start.month, 1))
        self.end.setDate(QDate(end.year, end.month, 1))

    def _year_changed(self, year: int) -> None:
        """Follow the year with a calendar-year period, unless the clerk set another period."""
        start, end = self.start.date(), self.end.date()
        old = year - 1 if start.year() == year - 1 else year + 1
        if (start.year(), start.month(), end.year(), end.month()) == (old, 1, old, 12):
            self.set_period(date(year, 1, 1), date(year, 12, 1))
        name = self.name.text()
        if name == self.tr("{year}年无偿献血计划").format(year=old):
            self.name.setText(self.tr("{year}年无偿献血计划").format(year=year))

    def period(self) -> tuple[date, date]:
        """First day of the start month and last day of the end month."""
        s, e = self.start.date(), self.end.date()
        last = calendar.monthrange(e.year(), e.month())[1]
        return date(s.year(), s.month(), 1), date(e.year(), e.month(), last)

    def value(self) -> PlanInput:
        start, end = self.period()
        return PlanInput(
            name=self.name.text().strip(),
            year=self.year.value(),
            start_date=start,
            end_date=end,
            measure=self.measure.currentData(),
            target=self.target.value(),
            source_doc=self.source_doc.text().strip(),
            note=self.note.text().strip(),
        )

    def problems(self) -> list[str]:
        """What keeps the plan from being saved, in words the clerk can act on."""
        found = []
        start, end = self.period()
        if not self.name.text().strip():
            found.append(self.tr("请填写计划名称。"))
        if end < start:
            found.append(self.tr("结束月份早于开始月份。"))
        year = self.year.value()
        if not (start.year <= year <= end.year):
            found.append(self.tr("年度 {year} 不在起止月份之内。").format(year=year))
        return found

    def accept(self) -> None:  # QDialog.accept
        found = self.problems()
        if found:
            self.error.setText("\n".join(found))
            self.error.show()
            return
        super().accept()
