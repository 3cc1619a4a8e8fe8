"""What the 指标与排期 page shows for one plan, and the page's text helpers.

:func:`load_plan_data` runs on the worker and returns everything the page needs in one
:class:`PlanData`; ``tr`` and :func:`month_text` are shared by the page's controller modules
(:mod:`ui.pages.plans.page` and its ``plans_*`` mixins) so every string keeps the ``PlansPage``
translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.database import Database
from app.plans.month_view import MonthView, month_view
from app.plans.plans import get_plan
from app.plans.quotas import plan_quotas
from app.plans.records import PlanRecord, QuotaRecord
from app.plans.schedule import list_sites
from app.roster.records import UnitRecord
from app.roster.units import list_units


def tr(text: str) -> str:
    return QCoreApplication.translate("PlansPage", text)


def month_text(day: date) -> str:
    return tr("{y}年{m}月").format(y=day.year, m=day.month)


@dataclass(frozen=True)
class PlanData:
    """Everything the page shows for one plan, loaded in one go on the worker."""

    plan: PlanRecord
    quotas: list[QuotaRecord]
    months: MonthView
    sites: list[str]
    units: list[UnitRecord]


def load_plan_data(db: Database, plan_id: int) -> PlanData:
    plan = get_plan(db, plan_id)
    return PlanData(
        plan=plan,
        quotas=plan_quotas(db, plan_id),
        months=month_view(db, plan_id),
        sites=list_sites(db),
        units=list_units(db, plan.year),
    )
