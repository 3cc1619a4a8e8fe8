"""The roster as a tree: a 系统 holds its member units (``parent_id``), everything else is top level.

Search approach: the *service* decides what matches (``list_units(search=...)`` knows names,
aliases and the stored pinyin initials, so the page and every other search box agree), and
:class:`RosterFilterProxy` only hides the units that are not in that answer. The proxy's recursive
filtering keeps a matching member's 系统 visible, so a hit is shown where it belongs; sorting by a
column also happens in the proxy. Both are cheap because a county roster has hundreds of rows, not
the hundreds of thousands for which PITFALLS.md §6 warns against a proxy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.i18n import QT_TRANSLATE_NOOP
from app.roster.kinds import kind_label
from app.roster.records import UnitRecord

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

#: (record attribute or pseudo-column, header). Headers are translated in ``headerData``.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("RosterModel", "单位名称")),
    ("kind", QT_TRANSLATE_NOOP("RosterModel", "类别")),
    ("population", QT_TRANSLATE_NOOP("RosterModel", "人口数")),
    ("staff", QT_TRANSLATE_NOOP("RosterModel", "在职人数")),
    ("total_staff", QT_TRANSLATE_NOOP("RosterModel", "总人数")),
    ("contact_name", QT_TRANSLATE_NOOP("RosterModel", "联络员")),
    ("contact_phone", QT_TRANSLATE_NOOP("RosterModel", "联系电话")),
    ("leader_name", QT_TRANSLATE_NOOP("RosterModel", "分管负责人")),
    ("leader_phone", QT_TRANSLATE_NOOP("RosterModel", "负责人电话")),
    ("aliases", QT_TRANSLATE_NOOP("RosterModel", "别名")),
    ("status", QT_TRANSLATE_NOOP("RosterModel", "状态")),
)
NUMBER_COLUMNS = frozenset({"population", "staff", "total_staff"})
COL = {key: i for i, (key, _label) in enumerate(COLUMNS)}

_ROOT = 0  # SQLite ids start at 1, so 0 can stand for "no parent"
_GREY = QColor("#8c8c8c")
_NO_FIGURES = QColor("#b26a00")

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractItemModel):
    """A read-only tree over a list of :class:`UnitRecord`.

    Each index carries the unit id of its *parent* as ``internalId`` (0 at the top level), so
    ``parent()`` is a dictionary lookup and no Python object has to be kept alive for Qt.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: dict[int, UnitRecord] = {}
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._parent_of: dict[int, int] = {}
        self._row_of: dict[int, int] = {}

    # -- loading ------------------------------------------------------------------------------
    def set_records(self, records: Iterable[UnitRecord]) -> None:
        """Replace the roster (a reset: the roster is small and reloads are rare)."""
        self.beginResetModel()
        self._build(list(records))
        self.endResetModel()

    def _build(self, records: list[UnitRecord]) -> None:
        self._records = {r.id: r for r in records}
        self._children = {_ROOT: []}
        self._parent_of = {}
        for record in records:  # already in the clerk's order; siblings keep it
            parent = self._placement(record)
            self._parent_of[record.id] = parent
            self._children.setdefault(parent, []).append(record.id)
        self._row_of = {uid: row for kids in self._children.values() for row, uid in enumerate(kids)}

    def _placement(self, record: UnitRecord) -> int:
        """The parent to show *record* under: its 系统 if listed too, else the top level.

        A parent that is archived (hidden) or would close a loop leaves the member at the top
        level rather than losing it from the view.
        """
        seen = {record.id}
        node = record.parent_id
        while node is not None:
            if node in seen or node not in self._records:
                return _ROOT
            seen.add(node)
            node = self._records[node].parent_id
        return record.parent_id if record.parent_id is not None else _ROOT

    # -- lookups for the page -----------------------------------------------------------------
    def records(self) -> list[UnitRecord]:
        return list(self._records.values())

    def record(self, index: Index) -> UnitRecord | None:
        uid = self.unit_id(index)
        return self._records.get(uid) if uid is not None else None

    def record_by_id(self, unit_id: int) -> UnitRecord | None:
        return self._records.get(unit_id)

    def unit_id(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        kids = self._children.get(index.internalId(), [])
        return kids[index.row()] if 0 <= index.row() < len(kids) else None

    def index_of(self, unit_id: int, column: int = 0) -> QModelIndex:
        if unit_id not in self._records:
            return QModelIndex()
        return self.createIndex(self._row_of[unit_id], column, self._parent_of[unit_id])

    # -- QAbstractItemModel -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Reimplements QAbstractItemModel.index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        key = _ROOT if not parent.isValid() else self.unit_id(parent)
        if key is None:
            return QModelIndex()
        return self.createIndex(row, column, key)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        """Reimplements QAbstractItemModel.parent (without an index: QObject.parent)."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        pid = child.internalId()
        if pid == _ROOT or pid not in self._parent_of:
            return QModelIndex()
        return self.createIndex(self._row_of[pid], 0, self._parent_of[pid])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.rowCount."""
        if parent.column() > 0:
            return 0
        key = _ROOT if not parent.isValid() else self.unit_id(parent)
        return len(self._children.get(key, [])) if key is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.columnCount."""
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Reimplements QAbstractItemModel.hasChildren (cheaper than counting)."""
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Reimplements QAbstractItemModel.flags: selectable, never editable in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Reimplements QAbstractItemModel.headerData."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, label = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(label)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Reimplements QAbstractItemModel.data; answers only the roles the views use."""
        record = self.record(index)
        if record is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMBER_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.archived:
                return _GREY
            if key == "status" and not record.has_year:
                return _NO_FIGURES
            return None
        if role == Qt.ItemDataRole.FontRole and record.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key)
        if role == SORT_ROLE:
            if key in NUMBER_COLUMNS:
                value = getattr(record, key)
                return -1 if value is None else int(value)
            return self._text(record, key)
        if role == UNIT_ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        return None

    # -- cell text ----------------------------------------------------------------------------
    def _text(self, record: UnitRecord, key: str) -> str:
        if key == "kind":
            return kind_label(record.kind)
        if key in NUMBER_COLUMNS:
            value = getattr(record, key)
            return "" if value is None else str(value)
        if key == "aliases":
            return "、".join(record.aliases)
        if key == "status":
            if record.archived:
                return self.tr("已归档")
            return "" if record.has_year else self.tr("无本年数据")
        return str(getattr(record, key))

    def _tooltip(self, record: UnitRecord, key: str) -> str | None:
        if key == "name":
            lines = [record.name]
            if record.parent_name:
                lines.append(self.tr("所属系统：{name}").format(name=record.parent_name))
            if record.note:
                lines.append(self.tr("备注：{note}").format(note=record.note))
            return "\n".join(lines)
        if key == "status" and not record.archived and not record.has_year:
            return self.tr("{year}年的人数和联系人还没有填写，可用“复制上年名册”带过来。").format(
                year=record.year
            )
        if key == "aliases" and record.aliases:
            return "、".join(record.aliases)
        return None


class RosterFilterProxy(QSortFilterProxyModel):
    """Shows only the units the service found for the search text, each under its 系统.

    ``set_matches(None)`` shows everything. Recursive filtering keeps the 系统 of a matching
    member; auto-accepting child rows shows a matching 系统 with all its members.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: frozenset[int] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def matches(self) -> frozenset[int] | None:
        return self._matches

    def set_matches(self, unit_ids: Sequence[int] | frozenset[int] | None) -> None:
        self.beginFilterChange()
        self._matches = None if unit_ids is None else frozenset(unit_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Reimplements QSortFilterProxyModel.filterAcceptsRow."""
        if self._matches is None:
            return True
        source = self.sourceModel()
        uid = source.index(source_row, 0, source_parent).data(UNIT_ID_ROLE)
        return uid in self._matches
