"""The working year a new window opens on: the year the data holds, not the calendar's.

A clerk who loads the 2017 demo, or imports last year's roster in January, expects to see that
year's data, not an empty current year.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.database import Database
from db.models import Plan, UnitYear


def data_year_in(s: Session) -> int | None:
    """The latest year with a plan, else the latest year with roster figures; None when empty."""
    year = s.scalar(select(func.max(Plan.year)))
    if year is None:
        year = s.scalar(select(func.max(UnitYear.year)))
    return int(year) if year is not None else None


def data_year(db: Database) -> int | None:
    with db.session() as s:
        return data_year_in(s)


def default_working_year(db: Database, today: dt.date | None = None) -> int:
    """The year the data holds, or this year for an empty database."""
    return data_year(db) or (today or dt.date.today()).year
