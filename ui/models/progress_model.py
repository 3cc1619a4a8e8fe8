"""Table models of the 进度 page: completion per unit, and the 以献定用 allocation.

Both hold the plain records the page hands over (``app.progress.Progress`` rows, ``Supply``) and
never call a service; the figures are formatted by :mod:`app.progress.counting` exactly as the
documents print them (rates rounded half up to two decimals).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP
from app.progress.counting import BAND_COLOURS, amount_text, percent_text, rate_band
from app.progress.records import Supply, SupplyRow, UnitProgress

AnyIndex = QModelIndex | QPersistentModelIndex


def band_colour(rate: Any, alpha: int = 255) -> QColor:
    r, g, b = BAND_COLOURS[rate_band(rate)]
    return QColor(r, g, b, alpha)


class _RowsModel(QAbstractTableModel):
    """A flat table over a list of plain records: the row and column counts and the translated
    headers both models share; subclasses say their columns, headers and cells."""

    columns: type[IntEnum]
    headers: dict[Any, str]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _reset(self, rows: Any) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.rowCount
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.columnCount
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.headerData
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProgressModel", self.headers[self.columns(section)])
        return None

    def _record(self, index: AnyIndex) -> Any:
        """The record of *index*'s row, or None for an index outside the table."""
        return self._rows[index.row()] if index.isValid() and 0 <= index.row() < len(self._rows) else None


class UnitColumn(IntEnum):
    RANK = 0
    UNIT = 1
    QUOTA = 2
    DONE = 3
    RATE = 4
    SLOT = 5


_UNIT_HEADERS = {
    UnitColumn.RANK: QT_TRANSLATE_NOOP("ProgressModel", "排名"),
    UnitColumn.UNIT: QT_TRANSLATE_NOOP("ProgressModel", "单位"),
    UnitColumn.QUOTA: QT_TRANSLATE_NOOP("ProgressModel", "任务数"),
    UnitColumn.DONE: QT_TRANSLATE_NOOP("ProgressModel", "完成数"),
    UnitColumn.RATE: QT_TRANSLATE_NOOP("ProgressModel", "完成率"),
    UnitColumn.SLOT: QT_TRANSLATE_NOOP("ProgressModel", "时间"),
}


class ProgressUnitsModel(_RowsModel):
    """One row per unit in rank order; a 系统's members follow it, indented, ranked among themselves.

    Units behind their slot are marked in the 完成率 column's tooltip and by the band colour.
    """

    columns = UnitColumn
    headers = _UNIT_HEADERS

    def set_rows(self, rows: list[UnitProgress]) -> None:
        self._reset(rows)

    def unit(self, row: int) -> UnitProgress:
        return self._rows[row]

    def row_of_unit(self, unit_id: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.unit_id == unit_id), -1)

    def data(
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.data
        u: UnitProgress | None = self._record(index)
        if u is None:
            return None
        col = UnitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(u, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (UnitColumn.UNIT, UnitColumn.SLOT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == UnitColumn.RATE and u.rate is not None:
            return QBrush(band_colour(u.rate, 70))
        if role == Qt.ItemDataRole.ToolTipRole:
            if u.behind:
                return QCoreApplication.translate(
                    "ProgressModel", "时间安排已过（{due}），未完成任务"
                ).format(due=u.due.isoformat() if u.due else "")
            if u.is_system:
                return QCoreApplication.translate("ProgressModel", "含下属单位的献血")
        if role == Qt.ItemDataRole.UserRole:
            return u.unit_id
        return None

    @staticmethod
    def _text(u: UnitProgress, col: UnitColumn) -> str:
        if col == UnitColumn.RANK:
            return str(u.rank) if u.rank is not None else ""
        if col == UnitColumn.UNIT:
            return "　" * u.depth + u.name + ("　⚠" if u.behind else "")
        if col == UnitColumn.QUOTA:
            return str(u.quota) if u.quota else ("0" if u.has_quota else "—")
        if col == UnitColumn.DONE:
            return amount_text(u.done)
        if col == UnitColumn.RATE:
            return percent_text(u.rate)
        return u.slot_label


def ranked_tree(units: list[UnitProgress], top: list[UnitProgress]) -> list[UnitProgress]:
    """Top-level units in rank order, each followed by its members (ranked, then the rest)."""
    by_id = {u.unit_id: u for u in units}
    out: list[UnitProgress] = []

    def add(u: UnitProgress) -> None:
        out.append(u)
        members = [by_id[m] for m in u.members if m in by_id]
        ranked = sorted((m for m in members if m.rank is not None), key=lambda m: m.rank or 0)
        for m in ranked + [m for m in members if m.rank is None]:
            add(m)

    for u in top:
        add(u)
    return out


class SupplyColumn(IntEnum):
    UNIT = 0
    QUOTA = 1
    DONE = 2
    RATE = 3
    FLOOR = 4
    ALLOWANCE = 5


_SUPPLY_HEADERS = {
    SupplyColumn.UNIT: QT_TRANSLATE_NOOP("ProgressModel", "单位"),
    SupplyColumn.QUOTA: QT_TRANSLATE_NOOP("ProgressModel", "任务数"),
    SupplyColumn.DONE: QT_TRANSLATE_NOOP("ProgressModel", "完成数"),
    SupplyColumn.RATE: QT_TRANSLATE_NOOP("ProgressModel", "完成率"),
    SupplyColumn.FLOOR: QT_TRANSLATE_NOOP("ProgressModel", "应急保底"),
    SupplyColumn.ALLOWANCE: QT_TRANSLATE_NOOP("ProgressModel", "分配量"),
}


class SupplyModel(_RowsModel):
    """以献定用: one row per unit with its allowance."""

    columns = SupplyColumn
    headers = _SUPPLY_HEADERS

    def set_supply(self, supply: Supply | None) -> None:
        self._reset(supply.rows if supply is not None else [])

    def data(
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.data
        r: SupplyRow | None = self._record(index)
        if r is None:
            return None
        col = SupplyColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SupplyColumn.UNIT: r.name,
                SupplyColumn.QUOTA: str(r.quota),
                SupplyColumn.DONE: amount_text(r.done),
                SupplyColumn.RATE: percent_text(r.rate),
                SupplyColumn.FLOOR: str(r.floor),
                SupplyColumn.ALLOWANCE: str(r.allowance),
            }[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != SupplyColumn.UNIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
