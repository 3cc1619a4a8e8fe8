"""指标分解 as a service: pick the units of the plan's year, run the allocation rules, show old vs
new, and apply in one transaction. Locked quotas keep their value; fixed ones are set by rule."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import audit
from app.bounds import number_problem
from app.database import Database
from app.database.bulk import chunks, delete_by_id, paused_gc, update_by_id
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.plans.allocation import Allocation, AllocUnit, ChangeLine, Method, allocate, compare
from app.plans.plans import create_plan_in, plan_of_year_in, plans_in
from app.plans.records import PlanInput
from app.plans.rows import plan_row
from app.roster.records import normalize_name
from db.models import Quota, Unit, UnitAlias, UnitYear


@dataclass
class SplitParams:
    method: Method
    total: int | None
    step: int = 1
    floor: int = 0
    fixed: dict[str, int] = field(default_factory=dict)  # by unit name (or alias)
    rate: float | None = None
    minimum: int = 0
    unit_ids: list[int] | None = None  # None: every roster unit with the figure the method needs


@dataclass
class SplitPreview:
    plan_id: int
    params: SplitParams
    allocation: Allocation
    changes: list[ChangeLine]
    old_total: int
    #: Units of the year's roster that the split leaves out because they lack the figure the
    #: method needs (人口数 or 在职人数), so the clerk sees who gets nothing and why.
    left_out: list[str] = field(default_factory=list)

    @property
    def new_total(self) -> int:
        return sum(line.amount for line in self.allocation.lines)


@dataclass(frozen=True)
class AllocationOutcome:
    """What `allocate_plan` did: the plan (made for the split when the year had none) and the split."""

    plan_id: int
    created_plan: bool
    preview: SplitPreview


def _param_problems(params: SplitParams) -> list[RowProblem]:
    """Numbers outside their sane range (app.bounds): refused before any arithmetic overflows."""
    checks = [
        ("total", params.total, translate("quota_split", "总数")),
        ("step", params.step, translate("quota_split", "取整步长")),
        ("floor", params.floor, translate("quota_split", "保底指标")),
        ("minimum", params.minimum, translate("quota_split", "每单位至少")),
        *(("amount", amount, translate("quota_split", "固定指标")) for amount in params.fixed.values()),
    ]
    problems = [
        RowProblem(0, label, why)
        for key, value, label in checks
        if (why := number_problem(key, value)) is not None
    ]
    rate = params.rate
    if rate is not None and (
        isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1
    ):
        problems.append(
            RowProblem(
                0,
                translate("quota_split", "比例"),
                translate("quota_split", "应在0到1之间，如0.2，而不是{rate}").format(rate=rate),
            )
        )
    return problems


def preview_split(db: Database, plan_id: int, params: SplitParams) -> SplitPreview:
    """Compute the split without writing anything; InputError names every bad parameter."""
    with db.session() as s:
        return preview_split_in(s, plan_id, params)


def preview_split_in(s: Session, plan_id: int, params: SplitParams) -> SplitPreview:
    """:func:`preview_split` inside the caller's session.

    Reads only what the split needs (Core queries: the year's roster with figures and the plan's
    old quotas), not the roster's full records: at 20,000 units those cost 3× the split itself.
    """
    with paused_gc():  # tens of thousands of small values, no cycles among them
        return _preview_split_in(s, plan_id, params)


def _preview_split_in(s: Session, plan_id: int, params: SplitParams) -> SplitPreview:
    plan = plan_row(s, plan_id)
    if True:  # the reads, as Core rows; then pure computation
        conn = s.connection()  # Core rows: the ORM's result handling costs 3× the query here
        # the year's roster with each unit's current quota, in one pass
        roster = conn.execute(
            select(
                Unit.id,
                Unit.name,
                UnitYear.population,
                UnitYear.staff,
                Quota.amount,
                Quota.locked,
                Unit.sort_order,
            )
            .outerjoin(UnitYear, (UnitYear.unit_id == Unit.id) & (UnitYear.year == plan.year))
            .outerjoin(Quota, (Quota.unit_id == Unit.id) & (Quota.plan_id == plan_id))
            .where(Unit.archived.is_(False))
            .order_by(Unit.sort_order, Unit.id)
        ).all()
        # quotas of archived units: they leave the plan, and the preview says so
        archived = conn.execute(
            select(Quota.unit_id, Quota.amount, Quota.locked, Unit.name, Unit.sort_order)
            .join(Unit, Unit.id == Quota.unit_id)
            .where(Quota.plan_id == plan_id, Unit.archived.is_(True))
        ).all()
        names = {row[1] for row in roster}
        wanted = {normalize_name(name) for name in params.fixed} - names
        aliases = (
            dict(
                conn.execute(
                    select(UnitAlias.alias, Unit.name)
                    .join(Unit, Unit.id == UnitAlias.unit_id)
                    .where(UnitAlias.alias.in_(wanted), Unit.archived.is_(False))
                ).all()
            )
            if wanted
            else {}
        )
    fixed: dict[str, int] = {}
    problems = _param_problems(params)
    for name, amount in params.fixed.items():
        key = normalize_name(name)
        real = key if key in names else aliases.get(key)
        if real is None:
            problems.append(
                RowProblem(
                    0,
                    translate("quota_split", "固定指标"),
                    translate("quota_split", "名册中没有单位“{name}”").format(name=name),
                )
            )
        else:
            fixed[real] = amount
    if problems:
        raise InputError(translate("quota_split", "无法分配："), problems)
    # old quotas by unit, in roster order (archived units' ones placed by their order too)
    old = {row[0]: (row[4], row[5], row[1]) for row in roster if row[4] is not None}
    if archived:
        place = {row[0]: (row[6], row[0]) for row in roster}
        merged = [(place[uid], uid, q) for uid, q in old.items()]
        merged += [
            ((order, uid), uid, (amount, locked, name)) for uid, amount, locked, name, order in archived
        ]
        old = {uid: q for _place, uid, q in sorted(merged, key=lambda m: m[0])}
    needed = 2 if params.method == "population" else 3  # the figure's place in a roster row
    chosen = set(params.unit_ids) if params.unit_ids is not None else None
    units: list[AllocUnit] = []
    left_out: list[str] = []  # units the method cannot use: no figure (named in the preview)
    for row in roster:
        unit_id, name, population, staff, amount, is_locked, _order = row
        locked = amount if amount is not None and is_locked else None
        take = (
            unit_id in chosen
            if chosen is not None
            else (row[needed] is not None or name in fixed or locked is not None)
        )
        if take:
            units.append(
                AllocUnit(str(unit_id), name, population, staff, locked if name not in fixed else None)
            )
        elif row[needed] is None:
            left_out.append(name)
    if not units:
        raise KnownError(
            translate("quota_split", "{year}年名册中没有可参与分配的单位（缺少{what}）。").format(
                year=plan.year,
                what=translate("quota_split", "人口数")
                if params.method == "population"
                else translate("quota_split", "在职人数"),
            )
        )
    allocation = allocate(
        units,
        total=params.total,
        method=params.method,
        step=params.step,
        floor=params.floor,
        fixed=fixed,
        rate=params.rate,
        minimum=params.minimum,
    )
    changes = compare({str(k): q[0] for k, q in old.items()}, allocation)
    old_names = {str(k): q[2] for k, q in old.items()}
    changes = [
        c if c.new is not None else ChangeLine(c.key, old_names.get(c.key, c.name), c.old, c.new, c.delta)
        for c in changes
    ]
    return SplitPreview(
        plan_id, params, allocation, changes, sum(q[0] for q in old.values()), left_out=left_out
    )


def apply_split(db: Database, preview: SplitPreview, *, update_target: bool = True) -> None:
    """Write the previewed quotas; units that dropped out of the split lose their quota."""
    with db.session() as s:
        apply_split_in(s, preview, update_target=update_target)


def apply_split_in(s: Session, preview: SplitPreview, *, update_target: bool = True) -> None:
    """:func:`apply_split` inside the caller's session."""
    lines = {int(line.key): line for line in preview.allocation.lines}
    fixed = set(preview.params.fixed)
    table = Quota.__table__
    with paused_gc():  # tens of thousands of small values, no cycles among them
        # plain rows, not ORM objects: 30,000 quotas load in a tenth of the time
        quotas = {
            unit_id: (quota_id, locked, amount)
            for quota_id, unit_id, locked, amount in s.connection().execute(
                select(table.c.id, table.c.unit_id, table.c.locked, table.c.amount).where(
                    table.c.plan_id == preview.plan_id
                )
            )
        }
        delete_by_id(s, table, [q[0] for unit_id, q in quotas.items() if unit_id not in lines])
        updates, inserts = [], []
        for unit_id, line in lines.items():
            quota = quotas.get(unit_id)
            method = "fixed" if line.name in fixed else preview.params.method
            locked = (line.name in fixed) or (quota is not None and bool(quota[1]))
            if quota is None:
                inserts.append(
                    {
                        "plan_id": preview.plan_id,
                        "unit_id": unit_id,
                        "amount": line.amount,
                        "method": method,
                        "basis": line.basis,
                        "locked": locked,
                    }
                )
            elif not (quota[1] and quota[2] == line.amount):
                updates.append(
                    {
                        "b_id": quota[0],
                        "b_amount": line.amount,
                        "b_method": method,
                        "b_basis": line.basis,
                        "b_locked": locked,
                    }
                )
        # chunked Core statements: one ORM flush per quota costs seconds for thousands of units
        update_by_id(s, table, ("amount", "method", "basis", "locked"), updates)
        for chunk in chunks(inserts):
            s.execute(insert(table), chunk)
    if update_target:
        plan = plan_row(s, preview.plan_id)
        plan.target = preview.allocation.total
    audit.record(
        s,
        "allocate",
        "plan",
        preview.plan_id,
        method=preview.params.method,
        total=preview.allocation.total,
        step=preview.params.step,
        floor=preview.params.floor,
        fixed=preview.params.fixed,
        rate=preview.params.rate,
    )


def allocate_plan(
    db: Database, year: int, params: SplitParams, *, plan_id: int | None = None
) -> AllocationOutcome:
    """Split a target for *year* and write it, in one transaction (the ``plan allocate`` command).

    The plan is *plan_id*, else the year's only plan; a year without a plan gets one named for
    the year. A refused split (InputError, KnownError) rolls everything back: no plan, no quotas,
    no audit line.
    """
    with db.session() as s:
        created = False
        if plan_id is None and not plans_in(s, year):
            made = create_plan_in(
                s, PlanInput(name=f"{year}年无偿献血计划", year=year, target=params.total or 0)
            )
            plan_id, created = made.id, True
        else:
            plan_id = plan_of_year_in(s, year, plan_id).id
        preview = preview_split_in(s, plan_id, params)
        apply_split_in(s, preview)
        return AllocationOutcome(plan_id=plan_id, created_plan=created, preview=preview)
