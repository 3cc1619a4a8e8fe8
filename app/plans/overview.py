"""Everything the 指标与排期 page shows for one plan, read in one session.

The page used to make five service calls (plan, quotas, month view, sites, roster), each in its
own transaction: a write landing between them showed quotas that the month view did not have.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.database import Database
from app.plans.month_view import MonthView, month_view_in
from app.plans.quotas import quotas_in
from app.plans.records import PlanRecord, QuotaRecord
from app.plans.schedule import sites_in, slots_in
from app.roster.records import UnitRecord
from app.roster.units import units_in


@dataclass(frozen=True)
class PlanOverview:
    plan: PlanRecord
    quotas: list[QuotaRecord]  # in roster order
    months: MonthView  # the 时间安排 tree
    sites: list[str]  # 采血点 to choose from
    units: list[UnitRecord]  # the plan year's roster (to add a unit, to allocate)

    @property
    def has_quotas(self) -> bool:
        return bool(self.quotas)


def plan_overview(db: Database, plan_id: int) -> PlanOverview:
    """One consistent picture of the plan (KnownError when it is gone)."""
    with db.session() as s:
        quotas = quotas_in(s, plan_id)
        months = month_view_in(s, plan_id, quotas=quotas, slots=slots_in(s, plan_id))
        return PlanOverview(
            plan=months.plan,
            quotas=quotas,
            months=months,
            sites=sites_in(s),
            units=units_in(s, months.plan.year),
        )
