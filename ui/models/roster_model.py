"""The roster as a tree: a 系统 holds its member units (``parent_id``), everything else is top level.

:class:`RosterModel` works two ways:

* over the database (:meth:`RosterModel.bind`, what the 名册 page does): the tree's shape, the
  search and the sort are worked out in SQL by ``app.roster.listing.RosterQuery`` on the worker;
  the model holds one growing window of top-level units with everything under them, and the page
  asks for the next window when the view scrolls near the end (:meth:`RosterModel.grow`). A
  ``QTreeView`` lays out every top-level row the model holds on each reset, at about 10 µs a row
  in Python, so holding 500 instead of 20,000 keeps a search, a clear or a sort under 100 ms
  (bench/bench_roster_page.py). Nothing here waits for the database: answers arrive through
  ``ui.tasks.Op``, and an answer overtaken by a newer request is dropped.
* over a list of :class:`UnitRecord` (:meth:`RosterModel.set_records`), with
  :class:`RosterFilterProxy` to show the units a service found and sort in memory: for small,
  already loaded sets, where a proxy is cheap (PITFALLS.md §6 warns against one over big models).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.i18n import QT_TRANSLATE_NOOP
from app.roster.kinds import kind_label
from app.roster.records import UnitRecord

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.roster.listing import RosterFilter, RosterQuery, RosterTotals, RosterWindow

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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _FONT, _TOOLTIP, SORT_ROLE, UNIT_ID_ROLE, RECORD_ROLE})
_ALIGN_OF = tuple(
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if key in NUMBER_COLUMNS
    else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for key, _label in COLUMNS
)
_NO_FIGURES = QColor("#b26a00")


@functools.cache
def _italic() -> QFont:
    font = QFont()  # made on first use: a QFont wants the application to exist
    font.setItalic(True)
    return font


Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractItemModel):
    """A read-only tree of units, over the database or over a list of :class:`UnitRecord`.

    Each index carries the unit id of its *parent* as ``internalId`` (0 at the top level), so
    ``parent()`` is a dictionary lookup and no Python object has to be kept alive for Qt.

    Over the database, ``loaded`` follows each reset (new filters, sort or data) and ``grown``
    each window appended at the end, with the ids of the units that hold members.
    """

    loaded = Signal()
    grown = Signal(list)

    PAGE_SIZE = 150  # top-level units a window brings: five screenfuls, a small county in one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: dict[int, UnitRecord] = {}
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._parent_of: dict[int, int] = {}
        self._row_of: dict[int, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # cell texts by unit, made when first painted
        self._query: RosterQuery | None = None
        self._filters: RosterFilter | None = None
        self._sort: Any = None  # app.database.paging.Sort; None until the view or bind() sets it
        self._after: tuple[Any, ...] | None = None
        self._growing = False
        self._fetch: Any = None
        self.totals: RosterTotals | None = None

    # -- over the database --------------------------------------------------------------------
    def bind(
        self,
        query: RosterQuery,
        filters: RosterFilter,
        owner: QWidget | None = None,
        *,
        show: int | None = None,
    ) -> None:
        """Show *query*'s roster for *filters* in the order last asked of :meth:`sort` (the header's,
        restored before this); the first window is fetched on the worker."""
        from ui.models.sql_table import WorkerFetch

        self._query = query
        self._filters = filters
        if self._fetch is None or self._fetch.owner is not owner:
            self._fetch = WorkerFetch(owner)
        self.reload(show=show)

    @property
    def query(self) -> RosterQuery | None:
        return self._query

    @property
    def filters(self) -> RosterFilter | None:
        return self._filters

    def set_filters(self, filters: RosterFilter, *, show: int | None = None) -> None:
        """Show the roster for *filters*; a new search text alone keeps the totals it has."""
        old = self._filters
        searched = (
            old is not None
            and old.search != filters.search
            and replace(old, search=filters.search) == filters
        )
        self._filters = filters
        self.reload(show=show, totals=not searched or self.totals is None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reimplements QAbstractItemModel.sort: in SQL over the database (column -1: the clerk's
        order); a list of records is sorted by :class:`RosterFilterProxy` instead."""
        from app.database.paging import NATURAL, Sort

        wanted = (
            Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
            if 0 <= column < len(COLUMNS)
            else NATURAL
        )
        if wanted != self._sort:
            self._sort = wanted
            self.reload(totals=self.totals is None)  # nothing before bind(): the order is kept for it

    def reload(self, *, show: int | None = None, totals: bool = True) -> None:
        """Fetch the first window again, and the totals (unless *totals* is False: a new search or
        sort does not change them); with *show*, at least as far as the top-level unit that unit
        *show* is under, so the page can select it."""
        if self._query is None or self._filters is None:
            return
        if self._sort is None:
            from app.database.paging import NATURAL

            self._sort = NATURAL
        self._fetch.restart()
        self._growing = False
        query, filters, sort = self._query, self._filters, self._sort
        size = self.PAGE_SIZE

        known = self.totals

        def work() -> tuple[RosterWindow, RosterTotals | None]:
            limit = size
            if show is not None:
                before = query.position(filters, sort, show)
                if before is not None and before >= limit:
                    limit = before + size
            return query.window(filters, sort, limit), query.totals(filters) if totals else known

        self._fetch.run(work, self._reset)

    def _reset(self, result: tuple[RosterWindow, RosterTotals | None]) -> None:
        window, self.totals = result
        self.beginResetModel()
        self._records, self._children, self._parent_of, self._row_of = {}, {_ROOT: []}, {}, {}
        self._texts = {}
        self._add(window)
        self.endResetModel()
        self.loaded.emit()

    def can_grow(self) -> bool:
        """More top-level units come after those held, and none are on their way."""
        return self._after is not None and not self._growing

    def grow(self) -> None:
        """Fetch the next window on the worker and append it (the page asks when the view scrolls
        near the end). Not Qt's canFetchMore/fetchMore: QTreeView calls fetchMore on every layout,
        so each window would bring the next until the whole roster was held."""
        if not self.can_grow() or self._query is None or self._filters is None:
            return
        self._growing = True
        query, filters, sort, after, size = (
            self._query,
            self._filters,
            self._sort,
            self._after,
            self.PAGE_SIZE,
        )
        self._fetch.run(lambda: query.window(filters, sort, size, after), self._append)

    def _append(self, window: RosterWindow) -> None:
        self._growing = False
        top = self._children[_ROOT]
        new = [r for r in window.top if r.id not in self._records]
        if new:
            self.beginInsertRows(QModelIndex(), len(top), len(top) + len(new) - 1)
            self._add(replace(window, top=new))
            self.endInsertRows()
        else:
            self._after = window.after
        self.grown.emit([uid for uid in window.members if uid in self._records])

    def _add(self, window: RosterWindow) -> None:
        """Take in a window: its top-level units after those held, and all that is under them."""
        top = self._children[_ROOT]
        for record in window.top:
            self._records[record.id] = record
            self._parent_of[record.id] = _ROOT
            self._row_of[record.id] = len(top)
            top.append(record.id)
        for pid, members in window.members.items():
            kids = self._children.setdefault(pid, [])
            for record in members:
                self._records[record.id] = record
                self._parent_of[record.id] = pid
                self._row_of[record.id] = len(kids)
                kids.append(record.id)
        self._after = window.after

    def holders(self) -> list[int]:
        """Units held that have members shown under them (the page expands them)."""
        return [uid for uid, kids in self._children.items() if uid != _ROOT and kids]

    # -- loading ------------------------------------------------------------------------------
    def set_records(self, records: Iterable[UnitRecord]) -> None:
        """Show these records (a reset): a small set, already loaded, placed here in Python."""
        self.beginResetModel()
        self._build(list(records))
        self.endResetModel()

    def _build(self, records: list[UnitRecord]) -> None:
        self._texts = {}
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
        """The units held: all of a list; over the database, the windows fetched so far."""
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
        """Reimplements QAbstractItemModel.index (one Python call: the view makes one per row)."""
        if parent.isValid():
            key = self.unit_id(parent) if parent.column() == 0 else None
            if key is None:
                return QModelIndex()
        else:
            key = _ROOT
        kids = self._children.get(key)
        if kids is None or not 0 <= row < len(kids) or not 0 <= column < len(COLUMNS):
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
        """Reimplements QAbstractItemModel.hasChildren (the view asks once per row it lays out)."""
        if not parent.isValid():
            return bool(self._children[_ROOT])
        if parent.column() > 0:
            return False
        uid = self.unit_id(parent)
        return uid is not None and bool(self._children.get(uid))

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
        """Reimplements QAbstractItemModel.data; answers only the roles the views use.

        A painted cell is asked for seven roles, a screenful for about 2,000 answers: the roles
        not used are turned away before anything is looked up, and alignments are constants.
        """
        if role not in _ROLES:
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        if role == _ALIGN:
            return _ALIGN_OF[column]
        kids = self._children.get(index.internalId())
        row = index.row()
        if kids is None or not 0 <= row < len(kids):
            return None
        uid = kids[row]
        if role == _DISPLAY:
            texts = self._texts.get(uid)
            if texts is None:
                record = self._records[uid]
                texts = self._texts[uid] = tuple(self._text(record, key) for key, _label in COLUMNS)
            return texts[column]
        record = self._records[uid]
        key = COLUMNS[column][0]
        if role == _FOREGROUND:
            if record.archived:
                return _GREY
            if key == "status" and not record.has_year:
                return _NO_FIGURES
            return None
        if role == _FONT:
            return _italic() if record.archived else None
        if role == _TOOLTIP:
            return self._tooltip(record, key)
        if role == SORT_ROLE:
            if key in NUMBER_COLUMNS:
                value = getattr(record, key)
                return -1 if value is None else int(value)
            return self._text(record, key)
        if role == UNIT_ID_ROLE:
            return record.id
        return record  # RECORD_ROLE

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
