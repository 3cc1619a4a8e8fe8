"""Tables over a listing in the database that never make the GUI thread wait: only the rows on
screen are fetched, on the worker, and sorting and filtering happen in SQL.

:class:`PagedTableModel` is the reusable piece for big flat tables (the donations list, a million
rows). Give it an ``app.database.paging.SqlListing`` (the query object: ``count`` and ``fetch`` a window,
pure Python, see its docstring), the columns, and the filters::

    listing = DonationListing(ctx.db)                     # app/, an SqlListing subclass
    model = PagedTableModel(listing, COLUMNS, DonationFilter(year=2024), owner=page, context=CTX)
    view = QTableView(page)                               # a QTableView: its layout never walks rows
    view.setModel(model)
    view.setSortingEnabled(True)                          # header clicks sort in SQL
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    search_box.textChanged.connect(lambda: timer.start())  # debounce: a 250 ms single-shot QTimer
    timer.timeout.connect(lambda: model.set_filters(replace(model.filters, search=box.text())))
    model.loaded.connect(page.on_loaded)                  # after each reset: title, selection …
    bus.changed.connect(lambda c, who: c.touches("donations") and model.reload())

What it does:

* ``set_filters``, ``sort`` and ``reload`` ask the worker (``ui.tasks.Op``) for the count and the
  first window together; the model keeps showing what it had until the answer arrives, then
  resets once (``loaded`` follows). An answer overtaken by a newer request is dropped. A new
  sort keeps the count it has (``COUNT(*)`` over a million rows costs a tenth of a second).
* ``data`` for a row whose window is not here yet returns ``"…"`` in the first column (empty in
  the others) and asks the worker for that window; when it arrives, ``dataChanged`` repaints it.
  A window right after one already held is fetched by keyset (``Page.after``), any other by
  offset. At most ``max_pages`` windows are kept (least recently used go first), so memory does
  not grow with the table.
* Columns are :class:`Column` values: a key (also the listing's sort name, or ``sortable=False``),
  a header marked with ``QT_TRANSLATE_NOOP`` in the model's ``context``, how to show a row, and
  the alignment. ``row_at(row)`` gives the row object (None while its window is being fetched).

Keep each listing's sorts and filters on indexed columns (a name prefix as a range,
``name >= '王伟' AND name < '王伟\\uffff'``: SQLite's LIKE scans, PITFALLS.md §7) and use a
``QTableView`` with fixed row heights (bench/bench_paged_table.py has the figures at a million);
``QTreeView`` lays out every row on each reset (about 10 µs a row in Python models), which is why
the 名册's tree (``ui.models.roster_model``) fetches its top level in growing windows instead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.database.paging import NATURAL, Page, Sort, SqlListing
from ui.tasks import Op

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

PLACEHOLDER = "…"
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


#: Qt's translate under another name: a run-time look-up of texts marked elsewhere, which
#: lupdate must not mistake for a text of its own.
_lookup_text = QCoreApplication.translate


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its key (the listing's sort name), header (source text), cell text, alignment."""

    key: str
    header: str
    text: Callable[[T], str]
    align: int = _LEFT
    sortable: bool = True


class WorkerFetch:
    """Run reads on the worker and drop answers that a newer request has overtaken."""

    def __init__(self, owner: QWidget | None) -> None:
        self.owner = owner
        self.generation = 0

    def restart(self) -> None:
        """Forget every request in flight: their answers will be dropped."""
        self.generation += 1

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        generation = self.generation

        def arrived(result: Any) -> None:
            if generation == self.generation:
                done(result)

        Op(self.owner, fn).success(arrived).run()


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """A flat table over an :class:`~app.database.paging.SqlListing`; see the module docstring."""

    loaded = Signal()

    def __init__(
        self,
        listing: SqlListing[Any, T],
        columns: Sequence[Column[T]],
        filters: Any,
        *,
        owner: QWidget | None = None,
        page_size: int = 200,
        max_pages: int = 50,
        context: str = "PagedTableModel",
    ) -> None:
        super().__init__(owner)
        self.listing = listing
        self.columns = list(columns)
        self.filters = filters
        self.sort_order = NATURAL
        self.page_size = page_size
        self.max_pages = max_pages
        self.context = context
        self._count = 0
        self._pages: OrderedDict[int, Page[T]] = OrderedDict()
        self._inflight: set[int] = set()
        self._fetch = WorkerFetch(owner)
        self._pending_count = True  # no count has arrived for the current filters yet
        self.reload()

    # -- requests -----------------------------------------------------------------------------
    def set_filters(self, filters: Any) -> None:
        self.filters = filters
        self._pending_count = True
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reimplements QAbstractItemModel.sort: in SQL; column -1 is the listing's own order."""
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            wanted = Sort(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        else:
            wanted = NATURAL
        if wanted != self.sort_order:
            self.sort_order = wanted
            self.reload(recount=False)  # the same rows in another order: the count stands

    def reload(self, *, recount: bool = True) -> None:
        """Count and fetch the first window again (after filters, sort or data changed); a count
        of a million rows costs a tenth of a second, so a new order alone keeps the old one."""
        self._fetch.restart()
        listing, filters, sort, size = self.listing, self.filters, self.sort_order, self.page_size
        known = None if recount or self._pending_count else self._count

        def work() -> tuple[int, Page[T]]:
            count = listing.count(filters) if known is None else known
            return count, listing.fetch(filters, sort, 0, size)

        self._fetch.run(work, self._reset)

    def _reset(self, result: tuple[int, Page[T]]) -> None:
        count, first = result
        self._pending_count = False
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict({0: first})
        self._inflight = set()
        self.endResetModel()
        self.loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._inflight:
            return
        self._inflight.add(page)
        listing, filters, sort, size = self.listing, self.filters, self.sort_order, self.page_size
        before = self._pages.get(page - 1)
        after = before.after if before is not None else None

        def work() -> Page[T]:
            return listing.fetch(filters, sort, page * size, size, after)

        self._fetch.run(work, lambda got: self._arrived(page, got))

    def _arrived(self, page: int, got: Page[T]) -> None:
        self._inflight.discard(page)
        self._pages[page] = got
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # -- lookups ------------------------------------------------------------------------------
    def row_at(self, row: int) -> T | None:
        """The row object shown at *row*, or None while its window is being fetched."""
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        offset = row % self.page_size
        return page.rows[offset] if offset < len(page.rows) else None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.rowCount: the listing's count, fetched or not."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Reimplements QAbstractItemModel.headerData."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # the header was marked with QT_TRANSLATE_NOOP where the columns are declared
            return _lookup_text(self.context, self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Reimplements QAbstractItemModel.data: O(1), never waits for the database."""
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            number = row // self.page_size
            page = self._pages.get(number)
            if page is None:
                self._request(number)
                return PLACEHOLDER if index.column() == 0 else ""
            self._pages.move_to_end(number)
            offset = row - number * self.page_size
            if offset >= len(page.rows):
                return ""
            return self.columns[index.column()].text(page.rows[offset])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[index.column()].align
        return None
