"""Windows of a big listing: counted, sorted, filtered and cut in SQL, so a table shows a million
rows while Python only ever holds the few hundred on screen.

A *listing* is a query object for one table the clerk scrolls through (the roster, the donations
list, …). It answers two questions, both in SQL, both on the worker thread:

``count(filters) -> int``
    how many rows match the filters;
``fetch(filters, sort, offset, limit, after=None) -> Page``
    one window of them, in order. The order always ends with a unique column, so windows never
    overlap or skip a row. ``Page.after`` is the position after the window's last row: passing it
    back as ``after`` fetches the next window with ``WHERE (sort, id) > (…)`` (keyset paging,
    about 1 ms at any depth with an index on the sort) instead of ``OFFSET`` (30 ms deep into a
    million rows, PITFALLS.md §6). Use ``offset`` to jump (the scroll bar), ``after`` to go on.

To make one, subclass :class:`SqlListing` and say three things:

``select(filters)``
    a ``Select`` of the row's columns with the filters applied and no ORDER BY (joins are fine;
    GROUP BY is not — use correlated subqueries for per-row aggregates);
``order(filters, sort)``
    the ORDER BY as a list of non-NULL SQL expressions (wrap nullable ones in ``coalesce``), the
    unique tie-breaker (the id) last; ``sort.key`` is one of the listing's own sort names, or None
    for the listing's natural order;
``row(values)``
    turn one result row (the select's columns, in order) into what the table shows.

Give every sort that a million-row listing offers an index whose columns match its expressions
(e.g. ``(donated_on, id)``), or each window sorts the whole table. :class:`Sort` and :class:`Page`
are plain values, so the Qt side (``ui.models.sql_table``) never touches SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Select
    from sqlalchemy.engine import Connection

    from app.database import Database

T = TypeVar("T")
F = TypeVar("F")


@dataclass(frozen=True)
class Sort:
    """A listing's order: one of its sort names (None: its natural order), ascending or not."""

    key: str | None = None
    descending: bool = False


#: The listing's own order (the clerk's order for the roster, newest first for donations, …).
NATURAL = Sort()


@dataclass
class Page(Generic[T]):
    """One window of rows; ``after`` fetches the next window (None: this was the last one)."""

    rows: list[T] = field(default_factory=list)
    after: tuple[Any, ...] | None = None


class SqlListing(Generic[F, T]):
    """Base of the query objects: count and fetch windows of ``select(filters)`` in SQL.

    Subclasses implement :meth:`select`, :meth:`order` and :meth:`row` (see the module docstring);
    :meth:`count` may be overridden with a cheaper statement.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- to implement -------------------------------------------------------------------------
    def select(self, filters: F) -> Select[Any]:
        raise NotImplementedError

    def order(self, filters: F, sort: Sort) -> Sequence[ColumnElement[Any]]:
        raise NotImplementedError

    def row(self, values: Sequence[Any]) -> T:
        raise NotImplementedError

    # -- provided -----------------------------------------------------------------------------
    def count(self, filters: F) -> int:
        from sqlalchemy import func, select

        with self.db.session() as s:
            stmt = select(func.count()).select_from(self.select(filters).subquery())
            return int(s.connection().execute(stmt).scalar_one())

    def fetch(
        self,
        filters: F,
        sort: Sort = NATURAL,
        offset: int = 0,
        limit: int = 200,
        after: tuple[Any, ...] | None = None,
    ) -> Page[T]:
        """Rows ``offset … offset+limit`` in *sort* order; with *after*, the rows after that
        position instead (keyset: *offset* is ignored)."""
        with self.db.session() as s:
            return self.fetch_in(s.connection(), filters, sort, offset, limit, after)

    def fetch_in(
        self,
        conn: Connection,
        filters: F,
        sort: Sort,
        offset: int,
        limit: int,
        after: tuple[Any, ...] | None = None,
    ) -> Page[T]:
        """:meth:`fetch` on an open connection (a listing that reads more in the same transaction)."""
        from sqlalchemy import tuple_

        exprs = list(self.order(filters, sort))
        stmt = self.select(filters)
        width = len(stmt.selected_columns)
        stmt = stmt.add_columns(*(e.label(f"_key{i}") for i, e in enumerate(exprs)))
        if after is not None:
            position = tuple_(*exprs)
            stmt = stmt.where(position < tuple_(*after) if sort.descending else position > tuple_(*after))
        elif offset:
            stmt = stmt.offset(offset)
        stmt = stmt.order_by(*(e.desc() if sort.descending else e.asc() for e in exprs)).limit(limit + 1)
        # Core rows: the ORM's result handling costs 3× the query for plain columns
        result = conn.execute(stmt).all()
        more = len(result) > limit
        result = result[:limit]
        rows = [self.row(r[:width]) for r in result]
        return Page(rows, tuple(result[-1][width:]) if more and result else None)
