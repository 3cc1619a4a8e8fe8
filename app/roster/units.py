"""名册 services: units with their yearly figures and contacts, aliases, archive, copy a year."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import audit
from app.bounds import check_year, number_problem
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.names import name_problem
from app.roster.kinds import guess_kind
from app.roster.records import YEAR_FIELDS, UnitInput, UnitRecord, normalize_name
from db.models import Donation, Quota, Unit, UnitAlias, UnitYear
from db.tables.units import UNIT_KINDS


def _record(unit: Unit, year: int, figures: UnitYear | None) -> UnitRecord:
    values = {f: getattr(figures, f) for f in YEAR_FIELDS} if figures is not None else {}
    return UnitRecord(
        id=unit.id,
        name=unit.name,
        kind=unit.kind,
        parent_id=unit.parent_id,
        parent_name=unit.parent.name if unit.parent is not None else "",
        archived=unit.archived,
        sort_order=unit.sort_order,
        note=unit.note,
        aliases=tuple(sorted(a.alias for a in unit.aliases)),
        year=year,
        has_year=figures is not None,
        **values,
    )


def list_units(
    db: Database, year: int, *, include_archived: bool = False, search: str = ""
) -> list[UnitRecord]:
    """The roster of *year*, in the clerk's order; *search* matches name, alias or pinyin initials."""
    with db.session() as s:
        return units_in(s, year, include_archived=include_archived, search=search)


def units_in(s: Session, year: int, *, include_archived: bool = False, search: str = "") -> list[UnitRecord]:
    """:func:`list_units` inside the caller's session, for services that read more in one go.

    One Core query for units, parents and figures plus one for aliases: ORM objects per row cost
    20× more at 20,000 units (bench/bench_roster_import.py).
    """
    from sqlalchemy.orm import aliased

    parent = aliased(Unit)
    stmt = (
        select(
            Unit.id,
            Unit.name,
            Unit.kind,
            Unit.parent_id,
            parent.name,
            Unit.archived,
            Unit.sort_order,
            Unit.note,
            UnitYear.id,
            *(getattr(UnitYear, f) for f in YEAR_FIELDS),
        )
        .outerjoin(parent, parent.id == Unit.parent_id)
        .outerjoin(UnitYear, (UnitYear.unit_id == Unit.id) & (UnitYear.year == year))
    )
    if not include_archived:
        stmt = stmt.where(Unit.archived.is_(False))
    text = normalize_name(search).lower()
    if text:
        like = f"%{text}%"
        alias_ids = select(UnitAlias.unit_id).where(UnitAlias.alias.like(like))
        stmt = stmt.where(
            or_(
                Unit.name.like(like),
                Unit.py_initials.like(f"{text}%"),
                Unit.py_initials.like(f"% {text}%"),
                Unit.id.in_(alias_ids),
            )
        )
    rows = s.execute(stmt.order_by(Unit.sort_order, Unit.id)).all()
    aliases: dict[int, list[str]] = {}
    for unit_id, alias in s.execute(select(UnitAlias.unit_id, UnitAlias.alias).order_by(UnitAlias.alias)):
        aliases.setdefault(unit_id, []).append(alias)
    return [
        UnitRecord(
            id=r[0],
            name=r[1],
            kind=r[2],
            parent_id=r[3],
            parent_name=r[4] or "",
            archived=r[5],
            sort_order=r[6],
            note=r[7],
            aliases=tuple(aliases.get(r[0], ())),
            year=year,
            has_year=r[8] is not None,
            **{
                f: (v if v is not None or f in ("population", "staff", "total_staff") else "")
                for f, v in zip(YEAR_FIELDS, r[9:], strict=True)
            },
        )
        for r in rows
    ]


def get_unit(db: Database, unit_id: int, year: int) -> UnitRecord:
    with db.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise KnownError(translate("roster", "找不到该单位（编号 {id}）").format(id=unit_id))
        figures = s.scalar(select(UnitYear).where(UnitYear.unit_id == unit_id, UnitYear.year == year))
        return _record(unit, year, figures)


def years_with_roster(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(UnitYear.year).distinct().order_by(UnitYear.year)))


def find_unit(session: Session, name: str) -> Unit | None:
    """A unit by its name or one of its aliases, ignoring whitespace."""
    key = normalize_name(name)
    if not key:
        return None
    unit = session.scalar(select(Unit).where(Unit.name == key))
    if unit is not None:
        return unit
    alias = session.scalar(select(UnitAlias).where(UnitAlias.alias == key))
    return alias.unit if alias is not None else None


def _validate(s: Session, data: UnitInput, unit_id: int | None) -> list[RowProblem]:
    problems: list[RowProblem] = []
    name = normalize_name(data.name)
    why = name_problem(name)
    if why:
        problems.append(RowProblem(0, translate("roster", "单位名称"), why))
    else:
        clash = find_unit(s, name)
        if clash is not None and clash.id != unit_id:
            problems.append(
                RowProblem(
                    0,
                    translate("roster", "单位名称"),
                    translate("roster", "“{name}”已被“{other}”使用").format(name=name, other=clash.name),
                )
            )
    if data.kind and data.kind not in UNIT_KINDS:
        problems.append(
            RowProblem(
                0, translate("roster", "类别"), translate("roster", "未知类别“{kind}”").format(kind=data.kind)
            )
        )
    for fname, label in (
        ("population", QT_TRANSLATE_NOOP("roster", "人口数")),
        ("staff", QT_TRANSLATE_NOOP("roster", "在职人数")),
        ("total_staff", QT_TRANSLATE_NOOP("roster", "总人数")),
    ):
        value = getattr(data, fname)
        if value is not None and value < 0:
            problems.append(RowProblem(0, translate("roster", label), translate("roster", "不能为负数")))
        elif (too_big := number_problem(fname, value)) is not None:
            problems.append(RowProblem(0, translate("roster", label), too_big))
    for alias in data.aliases:
        key = normalize_name(alias)
        if not key or key == name:
            continue
        if (why := name_problem(key)) is not None:
            problems.append(RowProblem(0, translate("roster", "别名"), why))
            continue
        clash = find_unit(s, key)
        if clash is not None and clash.id != unit_id:
            problems.append(
                RowProblem(
                    0,
                    translate("roster", "别名"),
                    translate("roster", "“{alias}”已是“{other}”的名称或别名").format(
                        alias=key, other=clash.name
                    ),
                )
            )
    if data.parent_id is not None and unit_id is not None:
        node = s.get(Unit, data.parent_id)
        while node is not None:
            if node.id == unit_id:
                problems.append(
                    RowProblem(
                        0,
                        translate("roster", "所属系统"),
                        translate("roster", "不能归属于自己或自己的下级单位"),
                    )
                )
                break
            node = node.parent
    return problems


def _apply(s: Session, unit: Unit, year: int, data: UnitInput) -> None:
    from app.pinyin import initials_variants

    unit.name = normalize_name(data.name)
    unit.kind = data.kind or guess_kind(unit.name)
    unit.parent_id = data.parent_id
    unit.sort_order = data.sort_order
    unit.note = data.note
    unit.py_initials = " ".join(sorted(initials_variants(unit.name)))
    wanted = {normalize_name(a) for a in data.aliases if normalize_name(a) and normalize_name(a) != unit.name}
    for alias in list(unit.aliases):
        if alias.alias not in wanted:
            unit.aliases.remove(alias)
    have = {a.alias for a in unit.aliases}
    for alias in sorted(wanted - have):
        unit.aliases.append(UnitAlias(alias=alias))
    figures = (
        s.scalar(select(UnitYear).where(UnitYear.unit_id == unit.id, UnitYear.year == year))
        if unit.id
        else None
    )
    if figures is None:
        figures = UnitYear(year=year)
        unit.years.append(figures)
    for fname in YEAR_FIELDS:
        setattr(figures, fname, getattr(data, fname))


def create_unit(db: Database, year: int, data: UnitInput) -> UnitRecord:
    with db.session() as s:
        problems = _validate(s, data, None)
        if problems:
            raise InputError(translate("roster", "单位未保存："), problems)
        if not data.sort_order:
            data = replace(data, sort_order=(s.scalar(select(func.max(Unit.sort_order))) or 0) + 1)
        unit = Unit(name="", kind="其他")
        s.add(unit)
        _apply(s, unit, year, data)
        s.flush()
        audit.record(s, "create", "unit", unit.id, name=unit.name, year=year)
        return _record(unit, year, unit.years[-1])


def update_unit(db: Database, unit_id: int, year: int, data: UnitInput) -> UnitRecord:
    with db.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise KnownError(translate("roster", "找不到该单位（编号 {id}）").format(id=unit_id))
        problems = _validate(s, data, unit_id)
        if problems:
            raise InputError(translate("roster", "单位未保存："), problems)
        old = unit.name
        _apply(s, unit, year, data)
        s.flush()
        audit.record(s, "update", "unit", unit.id, name=unit.name, old_name=old, year=year)
        figures = s.scalar(select(UnitYear).where(UnitYear.unit_id == unit.id, UnitYear.year == year))
        return _record(unit, year, figures)


def set_archived(db: Database, unit_id: int, archived: bool = True) -> None:
    """Archive a unit (it keeps its history but leaves the roster) or bring it back."""
    with db.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise KnownError(translate("roster", "找不到该单位（编号 {id}）").format(id=unit_id))
        unit.archived = archived
        audit.record(s, "archive" if archived else "unarchive", "unit", unit.id, name=unit.name)


def delete_unit(db: Database, unit_id: int) -> None:
    """Delete a unit that has no history; one with quotas, donations or members must be archived."""
    with db.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise KnownError(translate("roster", "找不到该单位（编号 {id}）").format(id=unit_id))
        quotas = s.scalar(select(func.count(Quota.id)).where(Quota.unit_id == unit_id))
        donations = s.scalar(select(func.count(Donation.id)).where(Donation.unit_id == unit_id))
        members = s.scalar(select(func.count(Unit.id)).where(Unit.parent_id == unit_id))
        if quotas or donations or members:
            raise KnownError(
                translate("roster", "“{name}”已有指标、献血记录或下级单位，不能删除，只能归档。").format(
                    name=unit.name
                )
            )
        audit.record(s, "delete", "unit", unit.id, name=unit.name)
        s.delete(unit)


def copy_year(db: Database, from_year: int, to_year: int, *, overwrite: bool = False) -> int:
    """Copy every active unit's figures and contacts from one year into another (January's chore).

    Units that already have figures for *to_year* keep them unless *overwrite*. Returns the number
    of units copied.
    """
    check_year(from_year, translate("roster", "源年度"))
    check_year(to_year, translate("roster", "目标年度"))
    if from_year == to_year:
        raise KnownError(translate("roster", "源年度与目标年度相同。"))
    with db.session() as s:
        source = list(
            s.scalars(select(UnitYear).join(Unit).where(UnitYear.year == from_year, Unit.archived.is_(False)))
        )
        if not source:
            raise KnownError(translate("roster", "{year}年没有名册数据可复制。").format(year=from_year))
        existing = {y.unit_id: y for y in s.scalars(select(UnitYear).where(UnitYear.year == to_year))}
        copied = 0
        for src in source:
            target = existing.get(src.unit_id)
            if target is not None and not overwrite:
                continue
            if target is None:
                target = UnitYear(unit_id=src.unit_id, year=to_year)
                s.add(target)
            for fname in YEAR_FIELDS:
                setattr(target, fname, getattr(src, fname))
            copied += 1
        audit.record(s, "copy_year", "unit_year", None, from_year=from_year, to_year=to_year, units=copied)
        return copied
