"""应急: donors of a blood type who may give on a date (intervals and age), not flagged 不再联系,
the emergency team first, with masked phones; exported as a print-ready .xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.donations.emergency import EmergencyList, emergency_list, export_emergency_xlsx
from ui.context import UiContext
from ui.dialogs.exported import show_exported
from ui.pages.donations.entry import BLOODS
from ui.tasks import Op


class EmergencyPanel(QWidget):
    """Blood type, date and kind above the list; 导出 writes the list the clerk phones from."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: EmergencyList | None = None
        self.blood_box = QComboBox(self)
        for b in BLOODS:
            self.blood_box.addItem(b, b)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("全血"), "whole")
        self.kind_box.addItem(self.tr("单采血小板"), "platelets")
        self.find_btn = QPushButton(self.tr("列出可献血者(&S)"), self)
        self.export_btn = QPushButton(self.tr("导出 Excel(&X)…"), self)
        self.export_btn.setEnabled(False)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("血型(&B)"), self.blood_box),
            (self.tr("用血日期(&D)"), self.date_edit),
            (self.tr("种类(&K)"), self.kind_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.find_btn)
        bar.addStretch(1)
        bar.addWidget(self.export_btn)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("性别"),
                self.tr("年龄"),
                self.tr("血型"),
                self.tr("电话"),
                self.tr("工作单位"),
                self.tr("上次献血"),
                self.tr("应急队伍"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((80, 50, 50, 60, 120, 220, 100)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.find_btn.clicked.connect(self.run)
        self.export_btn.clicked.connect(self.ask_export)

    def run(self) -> None:
        db, blood = self.ctx.db, self.blood_box.currentData()
        on, kind = self.date_edit.date().toPython(), self.kind_box.currentData()
        Op(self, lambda: emergency_list(db, blood, on, kind=kind)).success(self.show_list).run()

    def show_list(self, result: EmergencyList) -> None:
        self.result = result
        donors = result.donors
        self.table.setRowCount(len(donors))
        for r, d in enumerate(donors):
            values = (
                d.name,
                d.sex,
                "" if d.age is None else str(d.age),
                d.blood,
                d.masked_phone,
                d.work_unit,
                d.last_donated_on.isoformat() if d.last_donated_on else "",
                self.tr("是") if d.emergency_team else "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        team = sum(1 for d in donors if d.emergency_team)
        text = self.tr("{blood} {day} 可献血者 {n} 人，其中应急献血队伍 {team} 人").format(
            blood=result.blood, day=result.on.isoformat(), n=len(donors), team=team
        )
        if result.truncated:
            text += self.tr("（只列出前 {n} 人）").format(n=len(donors))
        self.summary.setText(text)
        self.export_btn.setEnabled(bool(donors))

    def ask_export(self) -> None:
        if self.result is None:
            return
        name = self.tr("应急献血者名单_{blood}_{day}.xlsx").format(
            blood=self.result.blood, day=self.result.on.isoformat()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出应急名单"), name, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        result = self.result
        if result is None:
            return

        def done(written: Path) -> None:
            show_exported(self, self.tr("应急名单已导出"), self.tr("名单已保存，电话已按规定遮挡。"), written)

        Op(self, lambda: export_emergency_xlsx(result, path)).success(done).run()
