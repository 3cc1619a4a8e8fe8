"""What the 进度 page loads on the worker: the year's plans and the chosen plan's progress."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.database import Database
from app.plans.listing import list_plans
from app.plans.records import PlanRecord
from app.progress import Progress, compute_progress


@dataclass(frozen=True)
class ProgressData:
    plans: list[PlanRecord]
    progress: Progress | None  # None when the year has no plan


def load_progress(db: Database, year: int, plan_id: int | None, until: dt.date | None) -> ProgressData:
    """The year's plans and the progress of *plan_id* (else the first plan) up to *until*."""
    plans = list_plans(db, year)
    if not plans:
        return ProgressData(plans, None)
    chosen = next((p for p in plans if p.id == plan_id), plans[0])
    return ProgressData(plans, compute_progress(db, chosen.id, until))
