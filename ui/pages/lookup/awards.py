"""奉献奖 candidates: up to a date, the donors who reached a tier (masked IDs), exported to Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.lookup.award_list import AwardList, award_candidates, write_award_list_xlsx
from ui.context import UiContext
from ui.dialogs.exported import show_exported
from ui.pages.lookup import dialogs
from ui.pages.lookup.answer import _fill, _table
from ui.tasks import Op

CTX = "LookupAwards"


class AwardsPanel(QWidget):
    """截至某日 → candidates table → 导出 Excel."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: AwardList | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        until_label = QLabel(QCoreApplication.translate("LookupAwards", "统计截至(&D)："), self)
        bar.addWidget(until_label)
        today = dt.date.today()
        self.until = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.until.setObjectName("award_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        until_label.setBuddy(self.until)
        bar.addWidget(self.until)
        self.find_btn = QPushButton(QCoreApplication.translate("LookupAwards", "查找候选人(&S)"), self)
        self.find_btn.setObjectName("award_find")
        self.export_btn = QPushButton(QCoreApplication.translate("LookupAwards", "导出 Excel(&X)…"), self)
        self.export_btn.setObjectName("award_export")
        self.export_btn.setEnabled(False)
        bar.addWidget(self.find_btn)
        bar.addWidget(self.export_btn)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setObjectName("award_summary")
        layout.addWidget(self.summary)
        self.table = _table(
            self,
            "award_table",
            [
                QCoreApplication.translate("LookupAwards", "姓名"),
                QCoreApplication.translate("LookupAwards", "性别"),
                QCoreApplication.translate("LookupAwards", "身份证号"),
                QCoreApplication.translate("LookupAwards", "血型"),
                QCoreApplication.translate("LookupAwards", "单位"),
                QCoreApplication.translate("LookupAwards", "献血次数"),
                QCoreApplication.translate("LookupAwards", "奖项"),
                QCoreApplication.translate("LookupAwards", "达到日期"),
            ],
        )
        layout.addWidget(self.table, 1)
        self.find_btn.clicked.connect(self.search)
        self.export_btn.clicked.connect(self.export)

    def search(self) -> None:
        db, until = self.ctx.db, self.until.date().toPython()
        Op(self, lambda: award_candidates(db, until)).with_progress(
            QCoreApplication.translate("LookupAwards", "正在统计奉献奖……")
        ).success(self._show).run()

    def _show(self, result: AwardList) -> None:
        self.result = result
        _fill(
            self.table,
            [
                [
                    c.name,
                    c.sex,
                    c.masked_id,
                    c.blood,
                    c.work_unit,
                    str(c.count),
                    c.tier,
                    c.reached_on.isoformat(),
                ]
                for c in result.donors
            ],
        )
        self.summary.setText(
            QCoreApplication.translate(
                "LookupAwards",
                "截至{until}：奉献奖候选人{donors}名，促进奖候选单位{units}个（按{rules}第{version}版）",
            ).format(
                until=result.until.isoformat(),
                donors=len(result.donors),
                units=len(result.units),
                rules=result.rules.name,
                version=result.rules.version,
            )
        )
        self.export_btn.setEnabled(True)

    def export(self) -> None:
        if self.result is None:
            return
        result = self.result
        path = dialogs.save_path(
            self,
            QCoreApplication.translate("LookupAwards", "导出奉献奖名单"),
            Path.home()
            / QCoreApplication.translate("LookupAwards", "奉献奖候选名单{until}.xlsx").format(
                until=result.until.isoformat()
            ),
            QCoreApplication.translate("LookupAwards", "Excel 工作簿 (*.xlsx)"),
        )
        if path is None:
            return
        Op(self, lambda: write_award_list_xlsx(result, path)).success(
            lambda written: show_exported(
                self,
                QCoreApplication.translate("LookupAwards", "已导出"),
                QCoreApplication.translate("LookupAwards", "奉献奖名单已保存到：\n{path}").format(
                    path=written
                ),
                written,
            )
        ).run()
