"""Old vs new quotas before a re-allocation is applied (指标分解 preview).

The clerk must see what a split would change before anything is written: the model shows every
unit of the preview with its old and new quota, the difference, and why it gets that amount.
Changed rows are highlighted so a split that moves only a few units is read at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.i18n import QT_TRANSLATE_NOOP
from app.plans.allocation import ChangeLine

AnyIndex = QModelIndex | QPersistentModelIndex

CHANGED_BACKGROUND = QColor("#fff4cc")
REMOVED_BACKGROUND = QColor("#fde2e2")
UP_TEXT = QColor("#b00020")
DOWN_TEXT = QColor("#1b6e20")


class ChangeColumn(IntEnum):
    UNIT = 0
    OLD = 1
    NEW = 2
    DELTA = 3
    BASIS = 4


_HEADERS = {
    ChangeColumn.UNIT: QT_TRANSLATE_NOOP("ChangeModel", "单位"),
    ChangeColumn.OLD: QT_TRANSLATE_NOOP("ChangeModel", "原指标"),
    ChangeColumn.NEW: QT_TRANSLATE_NOOP("ChangeModel", "新指标"),
    ChangeColumn.DELTA: QT_TRANSLATE_NOOP("ChangeModel", "变化"),
    ChangeColumn.BASIS: QT_TRANSLATE_NOOP("ChangeModel", "依据"),
}


class ChangeModel(QAbstractTableModel):
    """Read-only rows of :class:`app.allocation.ChangeLine` plus each line's basis."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ChangeLine] = []
        self._basis: dict[str, str] = {}

    def set_changes(self, lines: Sequence[ChangeLine], basis: Mapping[str, str] | None = None) -> None:
        """Show *lines*; *basis* maps a line's key to why it gets its new amount."""
        self.beginResetModel()
        self._lines = list(lines)
        self._basis = dict(basis or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_changes([])

    def line(self, row: int) -> ChangeLine:
        return self._lines[row]

    def changed_count(self) -> int:
        return sum(1 for line in self._lines if _changed(line))

    def new_total(self) -> int:
        return sum(line.new or 0 for line in self._lines)

    def old_total(self) -> int:
        return sum(line.old or 0 for line in self._lines)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.rowCount
        return 0 if parent is not None and parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # QAbstractItemModel.columnCount
        return 0 if parent is not None and parent.isValid() else len(ChangeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.headerData
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(ChangeColumn):
            return self.tr(_HEADERS[ChangeColumn(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:  # QAbstractItemModel.flags
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.data
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = ChangeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            ChangeColumn.OLD,
            ChangeColumn.NEW,
            ChangeColumn.DELTA,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and _changed(line):
            return QBrush(REMOVED_BACKGROUND if line.new is None else CHANGED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and col == ChangeColumn.DELTA and line.delta:
            return QBrush(UP_TEXT if line.delta > 0 else DOWN_TEXT)
        if role == Qt.ItemDataRole.FontRole and col == ChangeColumn.NEW and _changed(line):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == ChangeColumn.BASIS:
            return self._basis.get(line.key) or None
        return None

    def _display(self, line: ChangeLine, col: ChangeColumn) -> Any:
        if col == ChangeColumn.UNIT:
            return line.name
        if col == ChangeColumn.OLD:
            return line.old if line.old is not None else self.tr("（无）")
        if col == ChangeColumn.NEW:
            return line.new if line.new is not None else self.tr("移除")
        if col == ChangeColumn.DELTA:
            if line.old is None:
                return self.tr("新增 +{n}").format(n=line.delta)
            return f"{line.delta:+d}" if line.delta else "0"
        if line.new is None:
            return self.tr("不再参与分配，指标将移除")
        return self._basis.get(line.key, "")


def _changed(line: ChangeLine) -> bool:
    return line.old != line.new
