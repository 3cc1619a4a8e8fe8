"""献血计划 services: list, create, update and delete plans over any period."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app import audit
from app.bounds import number_problem, year_problem
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.plans.listing import plans_on
from app.plans.records import PlanInput, PlanRecord
from app.plans.rows import plan_record, plan_row
from db.models import Plan
from db.tables.plans import MEASURES


def plans_in(s: Session, year: int | None = None) -> list[PlanRecord]:
    """The plans of *year* inside the caller's session, a plan it added included."""
    s.flush()  # a Core query does not flush by itself
    return plans_on(s.connection(), year)


def get_plan(db: Database, plan_id: int) -> PlanRecord:
    with db.session() as s:
        return plan_record(s, plan_row(s, plan_id))


def plan_of_year(db: Database, year: int, plan_id: int | None = None) -> PlanRecord:
    """The plan a command or notice of *year* is about: the given one, else the year's only plan.

    Raises KnownError when the year has no plan, or several and none was chosen.
    """
    with db.session() as s:
        return plan_of_year_in(s, year, plan_id)


def plan_of_year_in(s: Session, year: int, plan_id: int | None = None) -> PlanRecord:
    """:func:`plan_of_year` inside the caller's session."""
    if plan_id is not None:
        return plan_record(s, plan_row(s, plan_id))
    found = plans_in(s, year)
    if not found:
        raise KnownError(
            translate("plans", "{year}年没有献血计划，请先在“指标与排期”中建立计划。").format(year=year)
        )
    if len(found) > 1:
        names = "；".join(f"{p.id} {p.name}" for p in found)
        raise KnownError(
            translate("plans", "{year}年有多个献血计划，请指定其中一个：{names}").format(
                year=year, names=names
            )
        )
    return found[0]


def _check_plan(data: PlanInput) -> tuple[date, date]:
    year_wrong = year_problem(data.year)
    if year_wrong:
        raise InputError(
            translate("plans", "计划未保存："), [RowProblem(0, translate("plans", "年度"), year_wrong)]
        )
    problems = []
    start = data.start_date or date(data.year, 1, 1)
    end = data.end_date or date(data.year, 12, 31)
    if not data.name.strip():
        problems.append(RowProblem(0, translate("plans", "计划名称"), translate("plans", "不能为空")))
    elif len(data.name.strip()) > 200:
        problems.append(
            RowProblem(0, translate("plans", "计划名称"), translate("plans", "过长（最多200个字符）"))
        )
    if end < start:
        problems.append(
            RowProblem(0, translate("plans", "起止日期"), translate("plans", "结束日期早于开始日期"))
        )
    if data.measure not in MEASURES:
        problems.append(
            RowProblem(
                0, translate("plans", "计量"), translate("plans", "未知计量“{m}”").format(m=data.measure)
            )
        )
    if data.target < 0:
        problems.append(RowProblem(0, translate("plans", "目标"), translate("plans", "不能为负数")))
    elif (too_big := number_problem("total", data.target)) is not None:
        problems.append(RowProblem(0, translate("plans", "目标"), too_big))
    if problems:
        raise InputError(translate("plans", "计划未保存："), problems)
    return start, end


def create_plan(db: Database, data: PlanInput) -> PlanRecord:
    with db.session() as s:
        return create_plan_in(s, data)


def create_plan_in(s: Session, data: PlanInput) -> PlanRecord:
    """:func:`create_plan` inside the caller's session (rolled back with it)."""
    start, end = _check_plan(data)
    plan = Plan(
        name=data.name.strip(),
        year=data.year,
        start_date=start,
        end_date=end,
        measure=data.measure,
        target=data.target,
        source_doc=data.source_doc.strip(),
        note=data.note,
    )
    s.add(plan)
    s.flush()
    audit.record(s, "create", "plan", plan.id, name=plan.name, target=plan.target)
    return plan_record(s, plan)


def update_plan(db: Database, plan_id: int, data: PlanInput) -> PlanRecord:
    start, end = _check_plan(data)
    with db.session() as s:
        plan = plan_row(s, plan_id)
        plan.name, plan.year, plan.start_date, plan.end_date = data.name.strip(), data.year, start, end
        plan.measure, plan.target, plan.source_doc, plan.note = (
            data.measure,
            data.target,
            data.source_doc.strip(),
            data.note,
        )
        audit.record(s, "update", "plan", plan.id, name=plan.name, target=plan.target)
        return plan_record(s, plan)


def delete_plan(db: Database, plan_id: int) -> None:
    with db.session() as s:
        plan = plan_row(s, plan_id)
        audit.record(s, "delete", "plan", plan.id, name=plan.name)
        s.delete(plan)


# -- quotas -----------------------------------------------------------------------------------
