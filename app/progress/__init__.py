"""进度: completion of a plan per unit, category and month; county totals; 以献定用.

Pure Python over the donation table (no Qt): the 进度 page, the ``progress`` command and the 通报
notice all call :func:`compute_progress` and format its exact figures with
:mod:`app.progress.counting`.
"""

from __future__ import annotations

from app.progress.counting import Counting, Tally, amount_text, percent_text, rate_json, round_half_up
from app.progress.records import (
    CATEGORY_ORDER,
    CategoryProgress,
    CountyTotals,
    MonthProgress,
    PlanInfo,
    Progress,
    Supply,
    SupplyRow,
    UnitProgress,
)
from app.progress.service import compute_progress, shift_year

__all__ = [
    "CATEGORY_ORDER",
    "CategoryProgress",
    "Counting",
    "CountyTotals",
    "MonthProgress",
    "PlanInfo",
    "Progress",
    "Supply",
    "SupplyRow",
    "Tally",
    "UnitProgress",
    "amount_text",
    "compute_progress",
    "percent_text",
    "rate_json",
    "round_half_up",
    "shift_year",
]
