"""The answer for one donor: card, history, entitlements with their why-trace, warnings.

Pure display of a :class:`~app.lookup.records.LookupResult` (already computed on the worker);
the why-trace of the chosen entitlement shows in the 依据 pane when the clerk asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.lookup.records import LookupResult
from app.lookup.why import cn_date

CTX = "LookupAnswer"


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def remaining_text(remaining_ml: int | None) -> str:
    return (
        QCoreApplication.translate("LookupAnswer", "不限量")
        if remaining_ml is None
        else QCoreApplication.translate("LookupAnswer", "{ml}毫升").format(ml=remaining_ml)
    )


class AnswerView(QWidget):
    """Donor card, warnings, entitlements (with 依据), donation history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: LookupResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.card = QLabel(self)
        self.card.setObjectName("donor_card")
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setStyleSheet("QLabel { background: #f4f7fb; border: 1px solid #c8d4e4; padding: 6px; }")
        layout.addWidget(self.card)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a04000;")
        self.warnings.hide()
        layout.addWidget(self.warnings)

        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(
            QLabel(
                QCoreApplication.translate("LookupAnswer", "可减免用血（选中一行后点“依据”看计算过程）："),
                top,
            )
        )
        head.addStretch(1)
        self.why_btn = QPushButton(QCoreApplication.translate("LookupAnswer", "依据(&Y)"), top)
        self.why_btn.setObjectName("why_button")
        self.why_btn.setCheckable(True)
        self.why_btn.setToolTip(
            QCoreApplication.translate(
                "LookupAnswer", "显示选中额度的计算依据：条款、计入的献血、已报销的记录"
            )
        )
        head.addWidget(self.why_btn)
        top_layout.addLayout(head)
        ent_row = QHBoxLayout()
        self.entitlements = _table(
            top,
            "entitlements",
            [
                QCoreApplication.translate("LookupAnswer", "谁"),
                QCoreApplication.translate("LookupAnswer", "姓名"),
                QCoreApplication.translate("LookupAnswer", "剩余"),
                QCoreApplication.translate("LookupAnswer", "有效至"),
                QCoreApplication.translate("LookupAnswer", "条款"),
            ],
        )
        ent_row.addWidget(self.entitlements, 3)
        self.why = QPlainTextEdit(top)
        self.why.setObjectName("why_trace")
        self.why.setReadOnly(True)
        self.why.hide()
        ent_row.addWidget(self.why, 4)
        top_layout.addLayout(ent_row)
        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.history_label = QLabel(bottom)
        self.history_label.setObjectName("history_label")
        bottom_layout.addWidget(self.history_label)
        self.donations = _table(
            bottom,
            "donations",
            [
                QCoreApplication.translate("LookupAnswer", "日期"),
                QCoreApplication.translate("LookupAnswer", "种类"),
                QCoreApplication.translate("LookupAnswer", "献血量"),
                QCoreApplication.translate("LookupAnswer", "计入"),
                QCoreApplication.translate("LookupAnswer", "献血证号"),
                QCoreApplication.translate("LookupAnswer", "采血点/单位"),
            ],
        )
        bottom_layout.addWidget(self.donations)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.why_btn.toggled.connect(self._why_toggled)
        self.entitlements.itemSelectionChanged.connect(self._show_why)

    def show_result(self, result: LookupResult) -> None:
        self.result = result
        d = result.donor
        flags = [
            text
            for on, text in (
                (d.rare_blood, QCoreApplication.translate("LookupAnswer", "稀有血型")),
                (d.emergency_team, QCoreApplication.translate("LookupAnswer", "应急献血队")),
                (d.no_contact, QCoreApplication.translate("LookupAnswer", "不再联系")),
            )
            if on
        ]
        self.card.setText(
            QCoreApplication.translate(
                "LookupAnswer",
                "<b style='font-size:14pt'>{name}</b>　{sex}　{blood}　身份证 {id}　电话 {phone}<br>"
                "单位：{unit}　累计献血 <b>{ml}毫升</b>（{count}次）　{flags}<br>"
                "按 {rules}　查询日 {on}",
            ).format(
                name=d.name,
                sex=d.sex,
                blood=d.blood,
                id=d.masked_id,
                phone=d.masked_phone or QCoreApplication.translate("LookupAnswer", "无"),
                unit=d.work_unit or QCoreApplication.translate("LookupAnswer", "无"),
                ml=result.cumulative_ml,
                count=len(result.donations),
                flags="　".join(flags),
                rules=result.rules.label,
                on=cn_date(result.on),
            )
        )
        warnings = list(result.warnings)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        _fill(
            self.entitlements,
            [
                [
                    e.who,
                    e.name or "",
                    remaining_text(e.remaining_ml)
                    if (e.remaining_ml is not None or e.donations)
                    else QCoreApplication.translate("LookupAnswer", "无"),
                    cn_date(e.until)
                    if e.until
                    else (
                        "—"
                        if e.remaining_ml is None
                        else QCoreApplication.translate("LookupAnswer", "无期限")
                    ),
                    e.clause,
                ]
                for e in result.entitlements
            ],
        )
        self.history_label.setText(
            QCoreApplication.translate("LookupAnswer", "献血记录：{count}次，累计{ml}毫升").format(
                count=len(result.donations), ml=result.cumulative_ml
            )
        )
        _fill(
            self.donations,
            [
                [
                    d.donated_on.isoformat(),
                    d.kind_label,
                    d.amount_label,
                    QCoreApplication.translate("LookupAnswer", "{ml}毫升").format(ml=d.counted_ml),
                    d.certificate_no,
                    d.unit,
                ]
                for d in result.donations
            ],
        )
        if result.entitlements:
            self.entitlements.selectRow(0)
        self._show_why()

    def clear(self) -> None:
        self.result = None
        self.card.clear()
        self.warnings.hide()
        self.entitlements.setRowCount(0)
        self.donations.setRowCount(0)
        self.history_label.clear()
        self.why.clear()

    def current_row(self) -> int:
        rows = self.entitlements.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def _why_toggled(self, on: bool) -> None:
        self.why.setVisible(on)
        self._show_why()

    def _show_why(self) -> None:
        if self.result is None or not self.result.entitlements:
            self.why.clear()
            return
        e = self.result.entitlements[min(self.current_row(), len(self.result.entitlements) - 1)]
        self.why.setPlainText(e.why)
