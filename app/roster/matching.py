"""Matching unit names from a file to the roster: by name, by alias, or offered as new.

A row whose unit is unknown is never dropped silently: the preview marks it 新单位 with the most
similar roster names as suggestions, and the clerk decides (create, map to an existing unit and
remember the alias, or skip).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.database.bulk import chunks, update_by_id
from app.errors import KnownError, RowProblem
from app.i18n import translate
from app.names import name_problem, normalize_name
from app.pinyin import initials_variants
from app.roster.kinds import guess_kind
from db.models import Unit, UnitAlias, UnitYear

_NEW_SLOT = {"kind": 0, "parent_id": 3}  # the columns a new unit's list holds, by name
Match = Literal["name", "alias", "new", "error", "drive"]


@dataclass(slots=True)
class ImportRow:
    """One row of a file as the preview shows it (slots: a preview holds one per row of a file)."""

    row: int
    name: str
    values: Mapping[str, Any]
    unit_id: int | None
    match: Match
    matched_name: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    suggestions: list[tuple[int, str]] = field(default_factory=list)

    @property
    def key(self) -> tuple[int, str]:
        """Row number and name: unique even where one sheet row packs several units (如皋)."""
        return (self.row, self.name)


R = TypeVar("R", bound=ImportRow)


class RowsByMatch(Generic[R]):
    """An import preview's rows by what matching made of them; the preview holds ``rows``."""

    rows: list[R]

    @property
    def new_rows(self) -> list[R]:
        return [r for r in self.rows if r.match == "new"]

    @property
    def error_rows(self) -> list[R]:
        return [r for r in self.rows if r.match == "error"]

    @property
    def matched_rows(self) -> list[R]:
        return [r for r in self.rows if r.match in ("name", "alias")]


@dataclass
class RowDecision:
    """What the clerk chose for a row: create the unit, map it to an existing one, or skip the row."""

    action: Literal["create", "map", "skip"]
    unit_id: int | None = None
    remember_alias: bool = True


def decision_for(decisions: dict | None, row: ImportRow) -> RowDecision | None:
    """The decision for *row*, keyed by (row, name) or by the row number alone."""
    if not decisions:
        return None
    return decisions.get(row.key) or decisions.get(row.row)


def has_importable(rows: list[ImportRow], decisions: dict | None) -> bool:
    """Whether any row would be written: an import that writes nothing is refused, so it leaves
    no empty plan or audit row behind."""
    for row in rows:
        if row.match == "error":
            continue
        decision = decision_for(decisions, row)
        if decision is None or decision.action != "skip":
            return True
    return False


def normalize(name: str) -> str:
    """The one form names are compared in (see :mod:`app.names`); *name* itself when it is in that
    form already, so a preview holding 30,000 names holds each once, not a copy beside it."""
    if not name:
        return ""
    normal = normalize_name(name)
    return name if normal == name else normal


class UnitIndex:
    """All unit names and aliases of the database, to match a whole file in memory."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, tuple[int, str]] = {}
        self.by_alias: dict[str, tuple[int, str]] = {}
        # Keyed by the normal form, so names stored by older versions (with invisible characters
        # or full-width letters) still match what a file says today.
        for uid, name in session.execute(select(Unit.id, Unit.name)):
            self.by_name[normalize(name)] = (uid, name)
        for uid, alias, name in session.execute(
            select(UnitAlias.unit_id, UnitAlias.alias, Unit.name).join(Unit, Unit.id == UnitAlias.unit_id)
        ):
            self.by_alias.setdefault(normalize(alias), (uid, name))

    def match(self, name: str) -> tuple[Match, int | None, str]:
        return self._match(normalize(name))

    def _match(self, key: str) -> tuple[Match, int | None, str]:
        """:meth:`match` of a name already in normal form (an import normalises each name once)."""
        if key in self.by_name:
            uid, real = self.by_name[key]
            return "name", uid, real
        if key in self.by_alias:
            uid, real = self.by_alias[key]
            return "alias", uid, real
        return "new", None, ""

    def import_row(
        self,
        row: int,
        name: str,
        values: Mapping[str, Any],
        problems: list[RowProblem],
        label: str,
        cls: type = ImportRow,
        **extra: Any,
    ) -> Any:
        """A preview row: matched by name or alias, new (with suggestions), or an error row.

        An empty name is an error; the table reader already says so for a required name column, so
        the message is added only when no other problem explains the row.
        """
        name = normalize(name)
        if name:
            why = name_problem(name)
            if why:
                problems.append(RowProblem(row, label, why))
        elif not problems:
            problems.append(RowProblem(row, label, translate("unit_matching", "不能为空")))
        match, unit_id, real = self._match(name) if name else ("error", None, "")
        if problems:
            match = "error"
        return cls(
            row=row,
            name=name,
            values=values,
            unit_id=unit_id,
            match=match,
            matched_name=real,
            problems=problems,
            suggestions=self._suggest(name) if match == "new" else [],
            **extra,
        )

    def suggest(self, name: str, limit: int = 5) -> list[tuple[int, str]]:
        """Roster units that look like *name*: containment first (县中医院 ⊂ 县中医医院), then similarity."""
        return self._suggest(normalize(name), limit)

    def _suggest(self, key: str, limit: int = 5) -> list[tuple[int, str]]:
        if not key:
            return []
        scored: dict[int, tuple[float, str]] = {}
        for candidate, (uid, real) in [*self.by_name.items(), *self.by_alias.items()]:
            if key in candidate or candidate in key:
                score = 1.0 + min(len(key), len(candidate)) / max(len(key), len(candidate))
            else:
                score = difflib.SequenceMatcher(None, key, candidate).ratio()
            if score >= 0.5 and score > scored.get(uid, (0.0, ""))[0]:
                scored[uid] = (score, real)
        best = sorted(scored.items(), key=lambda item: (-item[1][0], item[1][1]))
        return [(uid, real) for uid, (_score, real) in best[:limit]]


class UnitResolver:
    """Turns preview rows and the clerk's decisions into units inside one import transaction.

    Both the roster and the plan importer use it, so a mapped name becomes an alias and an unknown
    one a new unit the same way everywhere. Units are keyed by name (unique, and known before a new
    unit has an id); the caller records what each row means — :meth:`resolve`, :meth:`add_alias`,
    :meth:`set_figures`, :meth:`set_kind`, :meth:`set_parent` — and :meth:`write` then writes all of
    it with a few Core statements of many rows each. One ORM object per row cost 10 KB and half a
    millisecond a unit (bench/bench_roster_import.py); the plain values kept here are a few hundred
    bytes a unit.
    """

    def __init__(self, session: Session, year: int) -> None:
        self.session = session
        self.year = year
        self.names: dict[int, str] = {}
        self.ids: dict[str, int] = {}
        self._kind: dict[str, str] = {}
        self._archived: set[str] = set()
        self._parent: dict[str, int | None] = {}
        next_order = 0
        for uid, name, kind, archived, parent_id, order in session.execute(
            select(Unit.id, Unit.name, Unit.kind, Unit.archived, Unit.parent_id, Unit.sort_order)
        ):
            self.names[uid], self.ids[name] = name, uid
            self.ids.setdefault(normalize(name), uid)  # older names with invisible characters match
            self._kind[name], self._parent[name] = kind, parent_id
            if archived:
                self._archived.add(name)
            next_order = max(next_order, order or 0)
        self.next_order = next_order + 1
        self.aliases: dict[str, str] = {
            normalize(alias): self.names[uid]
            for alias, uid in session.execute(select(UnitAlias.alias, UnitAlias.unit_id))
        }
        self._figure_ids: dict[int, int] = dict(
            session.execute(select(UnitYear.unit_id, UnitYear.id).where(UnitYear.year == year)).all()
        )
        self.created: list[str] = []
        self._new: dict[str, list[Any]] = {}  # name → [kind, sort_order, py_initials, parent]
        self._unit_changes: dict[str, dict[str, Any]] = {}  # name → changed columns of a roster unit
        self._new_aliases: list[tuple[str, str]] = []  # (unit name, alias)
        self._figures: dict[str, Mapping[str, Any]] = {}  # name → figures of the year to write

    def resolve(self, row: ImportRow, decision: RowDecision | None, *, kind: str | None = None) -> str:
        """The unit (its name) a row stands for: the one the clerk mapped it to (remembering the
        alias), the matched one, or a new unit (created once even if several rows name it)."""
        if decision is not None and decision.action == "map":
            name = self.names.get(decision.unit_id) if decision.unit_id is not None else None
            if name is None:
                raise KnownError(
                    translate(
                        "unit_matching", "第{row}行“{name}”选择了对应到已有单位，但没有选定单位"
                    ).format(row=row.row, name=row.name)
                )
            if decision.remember_alias:
                self.add_alias(name, row.name)
            return name
        if row.unit_id is not None and (decision is None or decision.action != "create"):
            return self.names[row.unit_id]
        if row.name not in self.ids and row.name not in self._new:
            self._new[row.name] = [
                kind or guess_kind(row.name),
                self.next_order,
                " ".join(sorted(initials_variants(row.name))),
                None,
            ]
            self.next_order += 1
            self.created.append(row.name)
        return row.name

    def is_new(self, name: str) -> bool:
        return name in self._new

    def _change(self, name: str, column: str, value: Any) -> None:
        new = self._new.get(name)
        if new is not None:
            if column in _NEW_SLOT:
                new[_NEW_SLOT[column]] = value
            return
        current = {"kind": self._kind, "parent_id": self._parent}.get(column)
        if column == "archived":
            if value == (name in self._archived):
                return
        elif current is not None and current.get(name) == value:
            return
        self._unit_changes.setdefault(name, {})[column] = value

    def set_kind(self, name: str, kind: str) -> None:
        self._change(name, "kind", kind)

    def unarchive(self, name: str) -> None:
        self._change(name, "archived", False)

    def add_alias(self, name: str, alias: str) -> None:
        """Remember *alias* for *name*, unless it is taken or is not a name (see :mod:`app.names`)."""
        alias = normalize(alias)
        if alias and alias != name and alias not in self.aliases and not name_problem(alias):
            self._new_aliases.append((name, alias))
            self.aliases[alias] = name

    def set_figures(self, name: str, values: Mapping[str, Any]) -> None:
        """The unit joins the import year's roster with these figures (others are left as they are).

        *values* is kept as given (not copied) until :meth:`write`; a second call for the same unit
        merges."""
        held = self._figures.get(name)
        self._figures[name] = values if held is None else {**held, **values}

    def find(self, name: str) -> str | None:
        """A unit of the roster or of this import by name or alias (an alias added here counts)."""
        key = normalize(name)
        if key in self.ids or key in self._new:
            return key
        return self.aliases.get(key)

    def set_parent(self, name: str, parent: str) -> None:
        """Put *name* under *parent* (both names); a new parent's id is known only in :meth:`write`."""
        pid = self.ids.get(parent)
        self._change(name, "parent_id", pid if pid is not None else parent)

    def write(self) -> dict[str, int]:
        """Write new units, changed units, aliases and the year's figures; return ids by name.

        Statements of ``app.database.bulk.CHUNK`` rows each: the parameters of one chunk at a time
        are all that is built, so memory stays flat however long the file.
        """
        s = self.session
        unit = Unit.__table__
        returning = insert(unit).returning(unit.c.id, unit.c.name)
        for chunk in chunks(self._new.items()):
            # the names as held (the database's answer would be a second copy of each)
            held = {name: name for name, _values in chunk}
            rows = [
                {
                    "name": name,
                    "kind": kind,
                    "sort_order": order,
                    "py_initials": initials,
                    "archived": False,
                    "note": "",
                    "parent_id": None,  # set below, once every new unit has an id
                }
                for name, (kind, order, initials, _parent) in chunk
            ]
            for uid, answered in s.execute(returning, rows):
                name = held.get(answered, answered)
                self.ids[name] = uid
                self.names[uid] = name

        def unit_id(ref: int | str) -> int:
            return ref if isinstance(ref, int) else self.ids[ref]

        changes = dict(self._unit_changes)
        for name, (_kind, _order, _initials, parent) in self._new.items():
            if parent is not None:
                changes[name] = {"parent_id": parent}
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for name, values in changes.items():
            if "parent_id" in values:
                values = {**values, "parent_id": unit_id(values["parent_id"])}
            batches.setdefault(tuple(sorted(values)), []).append(
                {"b_id": self.ids[name], **{f"b_{k}": v for k, v in values.items()}}
            )
        for columns, params in batches.items():
            update_by_id(s, unit, columns, params)
        for chunk in chunks(self._new_aliases):
            s.execute(
                insert(UnitAlias.__table__),
                [{"unit_id": self.ids[name], "alias": text} for name, text in chunk],
            )
        self._write_figures()
        return self.ids

    def _write_figures(self) -> None:
        figures = UnitYear.__table__
        for chunk in chunks(self._figures.items()):
            inserts: list[dict[str, Any]] = []
            updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for name, values in chunk:
                uid = self.ids[name]
                row_id = self._figure_ids.get(uid)
                if row_id is None:
                    inserts.append({**_EMPTY_FIGURES, **values, "unit_id": uid, "year": self.year})
                elif values:
                    updates.setdefault(tuple(sorted(values)), []).append(
                        {"b_id": row_id, **{f"b_{k}": v for k, v in values.items()}}
                    )
            if inserts:
                self.session.execute(insert(figures), inserts)
            for columns, params in updates.items():
                update_by_id(self.session, figures, columns, params)


#: A new year row's figures before the file's values: what the ORM defaults would have written.
_EMPTY_FIGURES: dict[str, Any] = {
    "population": None,
    "staff": None,
    "total_staff": None,
    "contact_name": "",
    "contact_phone": "",
    "leader_name": "",
    "leader_phone": "",
}
