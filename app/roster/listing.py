"""The roster as the 名册 page shows it: a tree of 系统 and members, sorted and searched in SQL and
read one window of top-level units at a time (see :mod:`app.database.paging`).

What the page shows, whatever the size of the roster:

* a unit sits under its 系统 (``parent_id``) when that 系统 is listed too; a unit whose 系统 is
  archived (and hidden), or whose chain of 系统 loops back on itself, sits at the top level
  rather than vanishing;
* a search (name, alias or stored pinyin initials, as ``roster.list_units`` matches them) shows the
  matching units, each under its 系统, and a matching 系统 with all its members;
* siblings are in the chosen order: the clerk's order, or a column, ascending or descending.

Members are few next to top-level units, so the tree's shape (who is under whom, which chains
loop, which 系统 hold a hit) is worked out from the member rows alone, in Python; the top level,
which may hold tens of thousands of units, stays in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, select, true, tuple_
from sqlalchemy.orm import aliased

from app.database.paging import NATURAL, Page, Sort, SqlListing
from app.roster.records import YEAR_FIELDS, UnitRecord, normalize_name
from db.models import Unit, UnitAlias, UnitYear

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.engine import Connection

_Parent = aliased(Unit, name="parent_unit")
_NUMBERS = ("population", "staff", "total_staff")

#: The sorts the roster offers, by the page's column keys.
SORTS = (
    "name",
    "kind",
    "population",
    "staff",
    "total_staff",
    "contact_name",
    "contact_phone",
    "leader_name",
    "leader_phone",
    "aliases",
    "status",
)


@dataclass(frozen=True)
class RosterFilter:
    """Which units: the year whose figures are shown, archived ones too or not, a search text."""

    year: int
    include_archived: bool = False
    search: str = ""

    @property
    def text(self) -> str:
        return normalize_name(self.search).lower()


@dataclass
class RosterWindow:
    """Top-level units of one window, the members under each of them (all levels), and where the
    next window starts (None: this was the last)."""

    top: list[UnitRecord] = field(default_factory=list)
    members: dict[int, list[UnitRecord]] = field(default_factory=dict)
    after: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class RosterTotals:
    """For the page's title, the copy-year question and the unit form: the whole year's roster,
    not the window."""

    active: int = 0
    archived: int = 0
    with_figures: int = 0  # active units that have figures for the year
    #: every listed 系统 and unit that holds members: what the unit form offers as 所属系统 first,
    #: whether or not the window holds them
    systems: tuple[UnitRecord, ...] = ()


@dataclass
class _Shape:
    """What the tree needs beyond one row: which units hold members, whose chain of 系统 loops,
    and which units a search keeps for a hit below them."""

    holders: set[int]  # listed units with listed members: only these have members to read
    detached: set[int]  # their chain of 系统 loops: shown at the top level
    holds_hit: set[int]  # a member somewhere below matches the search


class RosterQuery(SqlListing[RosterFilter, tuple[UnitRecord, bool]]):
    """Count and fetch the roster tree; rows are ``(record, matched)``.

    :meth:`window` is what the page calls: a window of top-level units with everything under them.
    """

    # -- SqlListing ---------------------------------------------------------------------------
    def select(self, filters: RosterFilter) -> Select[Any]:
        """Every listed unit with its 系统's name and the year's figures; whether it matches."""
        matched = _matches(filters.text)
        return (
            select(
                Unit.id,
                Unit.name,
                Unit.kind,
                Unit.parent_id,
                _Parent.name,
                Unit.archived,
                Unit.sort_order,
                Unit.note,
                UnitYear.id,
                *(getattr(UnitYear, f) for f in YEAR_FIELDS),
                literal(filters.year).label("year"),
                (case((matched, true()), else_=false()) if matched is not None else literal(True)).label(
                    "matched"
                ),
            )
            .outerjoin(_Parent, _Parent.id == Unit.parent_id)
            .outerjoin(UnitYear, (UnitYear.unit_id == Unit.id) & (UnitYear.year == filters.year))
            .where(_listed(Unit, filters))
        )

    def order(self, filters: RosterFilter, sort: Sort) -> list[ColumnElement[Any]]:
        key = sort.key
        tail = [Unit.sort_order, Unit.id]  # the clerk's order breaks ties; the id makes it total
        if key is None:
            return tail
        if key == "name":
            return [Unit.py_initials, Unit.name, Unit.id]  # initials first: close to 拼音 order
        if key == "kind":
            return [Unit.kind, *tail]
        if key in _NUMBERS:
            return [func.coalesce(getattr(UnitYear, key), -1), *tail]  # blanks first
        if key in YEAR_FIELDS:
            return [func.coalesce(getattr(UnitYear, key), ""), *tail]
        if key == "aliases":
            first = select(func.min(UnitAlias.alias)).where(UnitAlias.unit_id == Unit.id).scalar_subquery()
            return [func.coalesce(first, ""), *tail]
        if key == "status":
            return [case((Unit.archived, 2), (UnitYear.id.is_(None), 1), else_=0), *tail]
        raise ValueError(f"unknown roster sort {key!r}")

    def row(self, values: Sequence[Any]) -> tuple[UnitRecord, bool]:
        return _record(values), bool(values[-1])

    # -- the tree -----------------------------------------------------------------------------
    def window(
        self,
        filters: RosterFilter,
        sort: Sort = NATURAL,
        limit: int = 500,
        after: tuple[Any, ...] | None = None,
    ) -> RosterWindow:
        """Top-level units ``after`` the given position (the first ones without it), with all their
        visible members, read in one transaction."""
        with self.db.session() as s:
            conn = s.connection()
            shape = self._shape(conn, filters)
            page = self._top(conn, filters, sort, limit, after, shape)
            window = RosterWindow(after=page.after)
            window.top = [r for r, _hit in page.rows]
            accept = {r.id for r, hit in page.rows if hit and filters.text}
            holders = shape.holders
            parents = [r.id for r in window.top if r.id in holders]
            seen = {r.id for r in window.top}
            while parents:
                below = self._members(conn, filters, sort, parents, accept, shape)
                parents = []
                for pid, rows in below.items():
                    kept = [(r, hit) for r, hit in rows if r.id not in seen]  # belt and braces
                    window.members[pid] = [r for r, _hit in kept]
                    for r, hit in kept:
                        seen.add(r.id)
                        if r.id in holders:
                            parents.append(r.id)
                        if pid in accept or (hit and filters.text):
                            accept.add(r.id)  # a matching 系统 shows all that is under it
            records = [*window.top, *(r for rows in window.members.values() for r in rows)]
            aliases = _aliases(conn, [r.id for r in records])
        if aliases:
            window.top = [_with_aliases(r, aliases) for r in window.top]
            window.members = {
                pid: [_with_aliases(r, aliases) for r in rows] for pid, rows in window.members.items()
            }
        return window

    def totals(self, filters: RosterFilter) -> RosterTotals:
        """Active and archived units of the roster, active ones with the year's figures, and the
        units that are or hold a 系统."""
        holding = select(Unit.parent_id).where(Unit.parent_id.is_not(None)).distinct()
        everything = replace(filters, search="")
        with self.db.session() as s:
            conn = s.connection()
            systems = tuple(
                self.row(values)[0]
                for values in conn.execute(
                    self.select(everything)
                    .where(or_(Unit.kind == "系统", Unit.id.in_(holding)))
                    .order_by(Unit.sort_order, Unit.id)
                )
            )
            row = conn.execute(
                select(
                    func.count().filter(Unit.archived.is_(False)),
                    func.count().filter(Unit.archived.is_(True)),
                    func.count(UnitYear.id).filter(Unit.archived.is_(False)),
                )
                .select_from(Unit)
                .outerjoin(UnitYear, (UnitYear.unit_id == Unit.id) & (UnitYear.year == filters.year))
                .where(_listed(Unit, filters))
            ).one()
        return RosterTotals(int(row[0]), int(row[1]), int(row[2]), systems)

    def position(self, filters: RosterFilter, sort: Sort, unit_id: int) -> int | None:
        """How many top-level units come before the one *unit_id* is shown under (or is); None when
        the unit is not shown. The page loads that far to select a unit it has just saved."""
        with self.db.session() as s:
            conn = s.connection()
            shape = self._shape(conn, filters)
            top = unit_id
            while top not in shape.detached:  # up the listed 系统, to the unit at the top
                above = conn.execute(
                    select(_Parent.id)
                    .select_from(Unit)
                    .join(_Parent, _Parent.id == Unit.parent_id)
                    .where(Unit.id == top, _listed(_Parent, filters))
                ).scalar()
                if above is None:
                    break
                top = above
            exprs = list(self.order(filters, sort))
            key = conn.execute(self._visible_top(filters, shape, exprs).where(Unit.id == top)).first()
            if key is None:
                return None
            position = tuple_(*exprs)
            before = position > tuple_(*key) if sort.descending else position < tuple_(*key)
            stmt = select(func.count()).select_from(
                self._visible_top(filters, shape, [Unit.id]).where(before).subquery()
            )
            return int(conn.execute(stmt).scalar_one())

    # -- helpers ------------------------------------------------------------------------------
    def _shape(self, conn: Connection, filters: RosterFilter) -> _Shape:
        """Worked out from members only (units with a listed 系统), through ix_unit_parent_id: a
        roster's members are few, and chains deeper than 系统 → member fewer still."""
        member = aliased(Unit, name="member")
        holders = set(
            conn.execute(
                select(member.parent_id)
                .distinct()
                .join(_Parent, _Parent.id == member.parent_id)
                .where(member.parent_id.is_not(None), _listed(member, filters), _listed(_Parent, filters))
            ).scalars()
        )
        # the way up from members that hold members, and from their members: the only places
        # where a chain is deeper than 系统 → member, or loops (two index searches, usually empty)
        deep: dict[int, int] = {}
        if holders:
            up = select(member.id, member.parent_id).join(_Parent, _Parent.id == member.parent_id)
            listed = (_listed(member, filters), _listed(_Parent, filters))
            middle = [
                h for start in range(0, len(holders), 500) for h in sorted(holders)[start : start + 500]
            ]
            for start in range(0, len(middle), 500):
                deep.update(conn.execute(up.where(member.id.in_(middle[start : start + 500]), *listed)).all())
            inner = sorted(deep)
            for start in range(0, len(inner), 500):
                deep.update(
                    conn.execute(up.where(member.parent_id.in_(inner[start : start + 500]), *listed)).all()
                )
        detached: set[int] = set()
        placed: set[int] = set()
        for uid in deep:
            path: list[int] = []
            on_path: set[int] = set()
            node = uid
            while node in deep and node not in placed and node not in detached and node not in on_path:
                path.append(node)
                on_path.add(node)
                node = deep[node]
            (detached if node in detached or node in on_path else placed).update(path)
        holds_hit: set[int] = set()
        matched = _matches(filters.text)
        if matched is not None and holders:
            hits = conn.execute(
                select(Unit.id, Unit.parent_id).where(
                    Unit.parent_id.in_(holders), _listed(Unit, filters), matched
                )
            ).all()
            for hit, node in hits:
                if hit in detached:
                    continue
                while node is not None and node not in holds_hit:
                    holds_hit.add(node)
                    node = deep.get(node)
        return _Shape(holders, detached, holds_hit)

    def _visible_top(self, filters: RosterFilter, shape: _Shape, columns: Sequence[Any]) -> Select[Any]:
        """Listed units shown at the top level (with *columns*, for counting and positions)."""
        stmt = (
            select(*columns)
            .select_from(Unit)
            .outerjoin(_Parent, _Parent.id == Unit.parent_id)
            .outerjoin(UnitYear, (UnitYear.unit_id == Unit.id) & (UnitYear.year == filters.year))
        )
        return stmt.where(_listed(Unit, filters), self._top_condition(filters, shape))

    def _top_condition(self, filters: RosterFilter, shape: _Shape) -> ColumnElement[bool]:
        at_top = or_(
            Unit.parent_id.is_(None),
            _Parent.id.is_(None),
            *(() if filters.include_archived else (_Parent.archived.is_(True),)),
            *((Unit.id.in_(shape.detached),) if shape.detached else ()),
        )
        matched = _matches(filters.text)
        if matched is None:
            return at_top
        return and_(at_top, or_(matched, Unit.id.in_(shape.holds_hit)) if shape.holds_hit else matched)

    def _top(
        self,
        conn: Connection,
        filters: RosterFilter,
        sort: Sort,
        limit: int,
        after: tuple[Any, ...] | None,
        shape: _Shape,
    ) -> Page[tuple[UnitRecord, bool]]:
        condition = self._top_condition(filters, shape)
        listing = _Narrowed(self.db, self, condition)
        return listing.fetch_in(conn, filters, sort, 0, limit, after)

    def _members(
        self,
        conn: Connection,
        filters: RosterFilter,
        sort: Sort,
        parents: list[int],
        accept: set[int],
        shape: _Shape,
    ) -> dict[int, list[tuple[UnitRecord, bool]]]:
        """Visible members of *parents*, in *sort* order, by parent: all of them under a parent in
        *accept* (it or a 系统 above it matches), else those that match or hold a hit below."""
        out: dict[int, list[tuple[UnitRecord, bool]]] = {}
        matched = _matches(filters.text)
        for start in range(0, len(parents), 500):  # bound the number of parameters
            chunk = parents[start : start + 500]
            condition = Unit.parent_id.in_(chunk)
            if shape.detached:
                condition = and_(condition, Unit.id.not_in(shape.detached))
            if matched is not None:
                keep = or_(matched, Unit.parent_id.in_(accept & set(chunk)))
                if shape.holds_hit:
                    keep = or_(keep, Unit.id.in_(shape.holds_hit))
                condition = and_(condition, keep)
            exprs = list(self.order(filters, sort))
            stmt = self.select(filters).where(condition)
            stmt = stmt.order_by(*(e.desc() if sort.descending else e.asc() for e in exprs))
            for values in conn.execute(stmt):
                record, hit = self.row(values)
                out.setdefault(values[3], []).append((record, hit))
        return out


class _Narrowed(SqlListing[RosterFilter, tuple[UnitRecord, bool]]):
    """The roster listing with one more condition (the top level), sharing its order and rows."""

    def __init__(self, db: Any, base: RosterQuery, condition: ColumnElement[bool]) -> None:
        super().__init__(db)
        self.base = base
        self.condition = condition

    def select(self, filters: RosterFilter) -> Select[Any]:
        return self.base.select(filters).where(self.condition)

    def order(self, filters: RosterFilter, sort: Sort) -> list[ColumnElement[Any]]:
        return self.base.order(filters, sort)

    def row(self, values: Sequence[Any]) -> tuple[UnitRecord, bool]:
        return self.base.row(values)


def _listed(unit: Any, filters: RosterFilter) -> ColumnElement[bool]:
    return true() if filters.include_archived else unit.archived.is_(False)


def _matches(text: str) -> ColumnElement[bool] | None:
    """The search as ``roster.list_units`` does it: name or alias contains it, or initials start with it."""
    if not text:
        return None
    like = f"%{text}%"
    return or_(
        Unit.name.like(like),
        Unit.py_initials.like(f"{text}%"),
        Unit.py_initials.like(f"% {text}%"),
        Unit.id.in_(select(UnitAlias.unit_id).where(UnitAlias.alias.like(like))),
    )


def _record(r: Sequence[Any]) -> UnitRecord:
    """A unit from a row of :meth:`RosterQuery.select` (aliases are added per window)."""
    return UnitRecord(
        id=r[0],
        name=r[1],
        kind=r[2],
        parent_id=r[3],
        parent_name=r[4] or "",
        archived=bool(r[5]),
        sort_order=r[6],
        note=r[7],
        aliases=(),
        year=r[9 + len(YEAR_FIELDS)],
        has_year=r[8] is not None,
        **{
            f: (v if v is not None or f in _NUMBERS else "")
            for f, v in zip(YEAR_FIELDS, r[9 : 9 + len(YEAR_FIELDS)], strict=True)
        },
    )


def _aliases(conn: Connection, unit_ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start : start + 500]
        for uid, alias in conn.execute(
            select(UnitAlias.unit_id, UnitAlias.alias)
            .where(UnitAlias.unit_id.in_(chunk))
            .order_by(UnitAlias.alias)
        ):
            found.setdefault(uid, []).append(alias)
    return {uid: tuple(names) for uid, names in found.items()}


def _with_aliases(record: UnitRecord, aliases: dict[int, tuple[str, ...]]) -> UnitRecord:
    found = aliases.get(record.id)
    return replace(record, aliases=found) if found else record
