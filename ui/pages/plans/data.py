"""What the 指标与排期 page shows for one plan, and the page's text helpers.

:func:`load_plan_data` (``app.plans.overview.plan_overview``) runs on the worker and returns
everything the page needs, read in one session; ``tr`` and :func:`month_text` are shared by the page's controller modules
(:mod:`ui.pages.plans.page` and its ``plans_*`` mixins) so every string keeps the ``PlansPage``
translation context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.plans.overview import PlanOverview, plan_overview


def month_text(day: date) -> str:
    return QCoreApplication.translate("PlansPage", "{y}年{m}月").format(y=day.year, m=day.month)


# One service call, one session (app.plans.overview); the page's names for it.
PlanData = PlanOverview
load_plan_data = plan_overview
