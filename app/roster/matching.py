"""Matching unit names from a file to the roster: by name, by alias, or offered as new.

A row whose unit is unknown is never dropped silently: the preview marks it 新单位 with the most
similar roster names as suggestions, and the clerk decides (create, map to an existing unit and
remember the alias, or skip).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import KnownError, RowProblem
from app.i18n import translate
from db.models import Unit, UnitAlias, UnitYear

Match = Literal["name", "alias", "new", "error", "drive"]


@dataclass
class ImportRow:
    """One row of a file as the preview shows it."""

    row: int
    name: str
    values: dict[str, Any]
    unit_id: int | None
    match: Match
    matched_name: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    suggestions: list[tuple[int, str]] = field(default_factory=list)

    @property
    def key(self) -> tuple[int, str]:
        """Row number and name: unique even where one sheet row packs several units (如皋)."""
        return (self.row, self.name)


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


def normalize(name: str) -> str:
    return "".join(str(name).split())


class UnitIndex:
    """All unit names and aliases of the database, to match a whole file in memory."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, tuple[int, str]] = {}
        self.by_alias: dict[str, tuple[int, str]] = {}
        for uid, name in session.execute(select(Unit.id, Unit.name)):
            self.by_name[name] = (uid, name)
        for uid, alias, name in session.execute(
            select(UnitAlias.unit_id, UnitAlias.alias, Unit.name).join(Unit, Unit.id == UnitAlias.unit_id)
        ):
            self.by_alias[alias] = (uid, name)

    def match(self, name: str) -> tuple[Match, int | None, str]:
        key = normalize(name)
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
        values: dict[str, Any],
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
        if not name and not problems:
            problems.append(RowProblem(row, label, translate("unit_matching", "不能为空")))
        match, unit_id, real = self.match(name) if name else ("error", None, "")
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
            suggestions=self.suggest(name) if match == "new" else [],
            **extra,
        )

    def suggest(self, name: str, limit: int = 5) -> list[tuple[int, str]]:
        """Roster units that look like *name*: containment first (县中医院 ⊂ 县中医医院), then similarity."""
        key = normalize(name)
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

    Units, aliases and the year's figures are loaded once: a query per row costs minutes at
    20,000 rows (bench/bench_roster_import.py). Both the roster and the plan importer use it, so a
    mapped name becomes an alias and an unknown one a new unit the same way everywhere.
    """

    def __init__(self, session: Session, year: int) -> None:
        self.session = session
        self.year = year
        self.units = {u.id: u for u in session.scalars(select(Unit))}
        self.by_name = {u.name: u for u in self.units.values()}
        self.figures: dict[Unit, UnitYear] = {
            self.units[y.unit_id]: y for y in session.scalars(select(UnitYear).where(UnitYear.year == year))
        }
        self.taken_aliases = set(session.scalars(select(UnitAlias.alias)))
        self.next_order = max((u.sort_order for u in self.units.values()), default=0) + 1
        self.created: list[str] = []

    def resolve(self, row: ImportRow, decision: RowDecision | None, *, kind: str | None = None) -> Unit:
        """The unit a row stands for: the one the clerk mapped it to (remembering the alias), the
        matched one, or a new unit (created once even if several rows name it)."""
        from app.pinyin import initials_variants
        from app.roster.kinds import guess_kind

        if decision is not None and decision.action == "map":
            unit = self.units.get(decision.unit_id) if decision.unit_id is not None else None
            if unit is None:
                raise KnownError(
                    translate(
                        "unit_matching", "第{row}行“{name}”选择了对应到已有单位，但没有选定单位"
                    ).format(row=row.row, name=row.name)
                )
            if decision.remember_alias:
                self.add_alias(unit, row.name)
            return unit
        if row.unit_id is not None and (decision is None or decision.action != "create"):
            return self.units[row.unit_id]
        unit = self.by_name.get(row.name)
        if unit is None:
            unit = Unit(
                name=row.name,
                kind=kind or guess_kind(row.name),
                sort_order=self.next_order,
                py_initials=" ".join(sorted(initials_variants(row.name))),
                archived=False,
                note="",
            )
            self.next_order += 1
            self.session.add(unit)
            self.by_name[row.name] = unit
            self.created.append(row.name)
        return unit

    def add_alias(self, unit: Unit, alias: str) -> None:
        if alias and alias != unit.name and alias not in self.taken_aliases:
            self.session.add(UnitAlias(unit=unit, alias=alias))
            self.taken_aliases.add(alias)

    def figures_for(self, unit: Unit) -> UnitYear:
        """The unit's figures for the import's year, created (empty) if it has none yet."""
        figures = self.figures.get(unit)
        if figures is None:
            figures = self.figures[unit] = UnitYear(unit=unit, year=self.year)
            self.session.add(figures)
        return figures
