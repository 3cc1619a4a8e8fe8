"""Models over a plan's quotas: the 指标 table and the month view of the 时间安排.

The models hold plain records handed over by the page (``app.plans.QuotaRecord``,
``app.plans.MonthView``) and never call a service: an edit in the table goes to a callback the page
provides, which writes through an ``Op`` and reloads. That keeps them testable with
``qtmodeltester`` on any data and free of database access on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.i18n import QT_TRANSLATE_NOOP
from app.plans.month_view import MonthEntry, MonthRow, MonthView
from app.plans.records import QuotaRecord

AnyIndex = QModelIndex | QPersistentModelIndex

LOCKED_BACKGROUND = QColor("#eef3fb")
MUTED_TEXT = QColor("#808080")


class QuotaColumn(IntEnum):
    UNIT = 0
    POPULATION = 1
    STAFF = 2
    AMOUNT = 3
    LOCKED = 4
    SLOT = 5
    SITE = 6
    BASIS = 7


_HEADERS = {
    QuotaColumn.UNIT: QT_TRANSLATE_NOOP("QuotaModel", "单位"),
    QuotaColumn.POPULATION: QT_TRANSLATE_NOOP("QuotaModel", "人口数"),
    QuotaColumn.STAFF: QT_TRANSLATE_NOOP("QuotaModel", "在职人数"),
    QuotaColumn.AMOUNT: QT_TRANSLATE_NOOP("QuotaModel", "指标"),
    QuotaColumn.LOCKED: QT_TRANSLATE_NOOP("QuotaModel", "锁定"),
    QuotaColumn.SLOT: QT_TRANSLATE_NOOP("QuotaModel", "时间"),
    QuotaColumn.SITE: QT_TRANSLATE_NOOP("QuotaModel", "采血点"),
    QuotaColumn.BASIS: QT_TRANSLATE_NOOP("QuotaModel", "依据"),
}
_NUMBER_COLUMNS = (QuotaColumn.POPULATION, QuotaColumn.STAFF, QuotaColumn.AMOUNT)

AmountCallback = Callable[[QuotaRecord, int], None]
LockedCallback = Callable[[QuotaRecord, bool], None]


class QuotaModel(QAbstractTableModel):
    """One row per quota of the plan, in roster order.

    指标 is editable and 锁定 checkable; both show the new value at once and hand it to the page's
    callback (``on_amount`` / ``on_locked``), which saves it and reloads the real records.
    """

    def __init__(
        self,
        parent: Any = None,
        *,
        on_amount: AmountCallback | None = None,
        on_locked: LockedCallback | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[QuotaRecord] = []
        self.on_amount = on_amount
        self.on_locked = on_locked

    # -- data the page sets and reads ----------------------------------------------------------
    def set_records(self, records: Sequence[QuotaRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[QuotaRecord]:
        return list(self._rows)

    def record(self, row: int) -> QuotaRecord:
        return self._rows[row]

    def row_of_unit(self, unit_id: int) -> int:
        """The row showing *unit_id*, or -1."""
        return next((r for r, q in enumerate(self._rows) if q.unit_id == unit_id), -1)

    def total(self) -> int:
        return sum(q.amount for q in self._rows)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.rowCount
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.columnCount
        return 0 if parent is not None and parent.isValid() else len(QuotaColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.headerData
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(QuotaColumn):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(_HEADERS[QuotaColumn(section)])
            if role == Qt.ItemDataRole.ToolTipRole and section == QuotaColumn.LOCKED:
                return self.tr("锁定的指标在重新分配时保持不变")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:  # QAbstractItemModel.flags
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == QuotaColumn.AMOUNT:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == QuotaColumn.LOCKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.data
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q = self._rows[index.row()]
        col = QuotaColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(q, col, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and col == QuotaColumn.LOCKED:
            return Qt.CheckState.Checked if q.locked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMBER_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and q.locked:
            return QBrush(LOCKED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and col == QuotaColumn.SLOT and not q.slot_label:
            return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(q, col)
        return None

    def _display(self, q: QuotaRecord, col: QuotaColumn, *, edit: bool) -> Any:
        if col == QuotaColumn.UNIT:
            return q.unit_name
        if col == QuotaColumn.POPULATION:
            return q.population if q.population is not None else ("" if not edit else None)
        if col == QuotaColumn.STAFF:
            return q.staff if q.staff is not None else ("" if not edit else None)
        if col == QuotaColumn.AMOUNT:
            return q.amount
        if col == QuotaColumn.LOCKED:
            return None
        if col == QuotaColumn.SLOT:
            return q.slot_label or (self.tr("未安排") if not edit else "")
        if col == QuotaColumn.SITE:
            return q.site_name
        return q.basis

    def _tooltip(self, q: QuotaRecord, col: QuotaColumn) -> str | None:
        if col == QuotaColumn.UNIT and q.parent_name:
            return self.tr("隶属：{parent}").format(parent=q.parent_name)
        if col == QuotaColumn.BASIS and q.basis:
            return q.basis
        if col == QuotaColumn.AMOUNT:
            return (
                self.tr("双击修改；修改后视为手工填写")
                if not q.locked
                else self.tr("已锁定：重新分配时保持不变")
            )
        return None

    def setData(
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # QAbstractItemModel.setData
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, col = index.row(), index.column()
        q = self._rows[row]
        if col == QuotaColumn.AMOUNT and role == Qt.ItemDataRole.EditRole:
            try:
                amount = int(value)
            except (TypeError, ValueError):
                return False
            if amount < 0 or amount == q.amount:
                return False
            self._rows[row] = replace(q, amount=amount, method="manual", basis=self.tr("手工填写"))
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(QuotaColumn) - 1))
            if self.on_amount is not None:
                self.on_amount(q, amount)
            return True
        if col == QuotaColumn.LOCKED and role == Qt.ItemDataRole.CheckStateRole:
            locked = _is_checked(value)
            if locked == q.locked:
                return False
            self._rows[row] = replace(q, locked=locked)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(QuotaColumn) - 1))
            if self.on_locked is not None:
                self.on_locked(q, locked)
            return True
        return False


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)


# -- the month view -------------------------------------------------------------------------------
class MonthColumn(IntEnum):
    TIME = 0
    WHO = 1
    AMOUNT = 2
    SITE = 3


_MONTH_HEADERS = {
    MonthColumn.TIME: QT_TRANSLATE_NOOP("QuotaModel", "时间"),
    MonthColumn.WHO: QT_TRANSLATE_NOOP("QuotaModel", "单位 / 参与对象"),
    MonthColumn.AMOUNT: QT_TRANSLATE_NOOP("QuotaModel", "数量"),
    MonthColumn.SITE: QT_TRANSLATE_NOOP("QuotaModel", "采血点"),
}

#: On the 时间 item of each row: what the row stands for ("month", "drive", "entry", "whole_year",
#: "unscheduled", "total") and, for a drive with participants, its slot id (else None).
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class MonthViewModel(QStandardItemModel):
    """The 时间安排 as a tree: each month with its total, then 全年 and 未安排 groups.

    Whole-year quotas are a group of their own and counted in no month (如皋 2020: December's 合计
    is 545, the two 全年 quotas of 600 are not December's). Units sharing a drive (same time and
    采血点, 寿县 style) sit under one drive row that names the participants and the site.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr(_MONTH_HEADERS[c]) for c in MonthColumn])

    def set_view(self, view: MonthView | None, measure_label: str = "") -> None:
        self.clear()
        self._set_headers()
        if view is None:
            return
        root = self.invisibleRootItem()
        for month in view.months:
            total = month.total if month.entries else None  # a drive without quotas (寿县) has no sum
            top = _row(month.label, _month_summary(len(month.entries), len(month.drives)), total, "")
            top[0].setData("month", ROW_KIND_ROLE)
            _bold(top)
            if not month.entries and not month.drives:
                for item in top:
                    item.setForeground(QBrush(MUTED_TEXT))
            for child in _month_children(month):
                top[0].appendRow(child)
            root.appendRow(top)
        if view.whole_year:
            whole = _row(
                self.tr("全年"),
                self.tr("全年完成，不计入各月（{n} 个单位）").format(n=len(view.whole_year)),
                sum(e.amount for e in view.whole_year),
                "",
            )
            whole[0].setData("whole_year", ROW_KIND_ROLE)
            _bold(whole)
            for entry in view.whole_year:
                whole[0].appendRow(_entry_row(entry, show_time=False))
            root.appendRow(whole)
        if view.unscheduled:
            un_total = sum(e.amount for e in view.unscheduled)
            left = _row(
                self.tr("未安排"),
                self.tr("尚未安排时间（{n} 个单位）").format(n=len(view.unscheduled)),
                un_total,
                "",
            )
            left[0].setData("unscheduled", ROW_KIND_ROLE)
            _bold(left)
            for item in left:
                item.setForeground(QBrush(QColor("#b00020")))
            for entry in view.unscheduled:
                left[0].appendRow(_entry_row(entry, show_time=False))
            root.appendRow(left)
        grand_who = self.tr("计划期间全部指标")
        if measure_label:
            grand_who += self.tr("（计量：{measure}）").format(measure=measure_label)
        grand = _row(self.tr("合计"), grand_who, view.total, "")
        grand[0].setData("total", ROW_KIND_ROLE)
        _bold(grand)
        root.appendRow(grand)

    def find_top(self, label: str) -> int:
        """Row number of the top-level row whose 时间 reads *label*, or -1."""
        for r in range(self.rowCount()):
            if self.item(r, MonthColumn.TIME).text() == label:
                return r
        return -1

    def top_amount(self, row: int) -> int:
        return int(self.item(row, MonthColumn.AMOUNT).data(Qt.ItemDataRole.DisplayRole) or 0)

    def child_texts(self, row: int, column: int = MonthColumn.WHO) -> list[str]:
        """Texts of a top-level row's children (and grandchildren), for tests and look-ups."""
        out: list[str] = []

        def walk(item: QStandardItem) -> None:
            for r in range(item.rowCount()):
                child = item.child(r, column)
                out.append(child.text() if child is not None else "")
                walk(item.child(r, 0))

        walk(self.item(row, 0))
        return out


def _month_summary(units: int, drives: int) -> str:
    parts = []
    if units:
        parts.append(QCoreApplication.translate("QuotaModel", "{n} 个单位").format(n=units))
    if drives:
        parts.append(QCoreApplication.translate("QuotaModel", "{n} 次采血活动").format(n=drives))
    return "，".join(parts) if parts else QCoreApplication.translate("QuotaModel", "（未安排）")


def _month_children(month: MonthRow) -> list[list[QStandardItem]]:
    """A month's lines (``MonthRow.groups``): a drive with its units below it, or one unit on its
    own, with its time only where it says more than the month (3月上旬)."""
    rows: list[list[QStandardItem]] = []
    for group in month.groups:
        time = group.slot_label if group.slot_label != month.label else ""
        head = _row(time, group.who, group.amount, group.site_name)
        head[0].setData("drive" if group.drive_id is not None or group.grouped else "entry", ROW_KIND_ROLE)
        if group.drive_id is not None:
            head[0].setData(group.drive_id, ROW_ID_ROLE)
        head[1].setToolTip(group.who)
        if not group.single:
            for e in group.entries:
                head[0].appendRow(_entry_row(e, show_time=False))
        rows.append(head)
    return rows


def _entry_row(entry: MonthEntry, *, show_time: bool) -> list[QStandardItem]:
    row = _row(entry.slot_label if show_time else "", entry.unit_name, entry.amount, entry.site_name)
    row[0].setData("entry", ROW_KIND_ROLE)
    return row


def _row(time: str, who: str, amount: int | None, site: str) -> list[QStandardItem]:
    items = [QStandardItem(time), QStandardItem(who), QStandardItem(), QStandardItem(site)]
    if amount is not None:
        items[MonthColumn.AMOUNT].setData(amount, Qt.ItemDataRole.DisplayRole)
    items[MonthColumn.AMOUNT].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for item in items:
        item.setEditable(False)
    return items


def _bold(items: list[QStandardItem]) -> None:
    for item in items:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
