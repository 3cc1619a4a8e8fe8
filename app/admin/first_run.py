"""The first start of a new database: the office's own details, and the demo if the clerk wants it.

One call, one transaction (the first-run dialog and nothing else needs it): an office with a
required field empty, or a demo asked for on a database that already holds data, writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.admin.demo import DEMO_OFFICE, DemoResult, is_empty_in, load_demo_in
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.office.settings import OfficeSettings, check_office, completed, lock_number_in, save_office_in
from app.office.working_year import data_year_in


@dataclass(frozen=True)
class FirstRun:
    office: OfficeSettings  # as stored
    demo: DemoResult | None  # None when the demo was not loaded
    working_year: int  # the year the data now holds (the demo's 2017), else this year


def first_run(
    db: Database, office: OfficeSettings | None, *, demo: bool = False, today: dt.date | None = None
) -> FirstRun:
    """Save the office (None: the demo's 平利县 office) and, with *demo*, load the demo data.

    The office's 下一个发文序号 is taken as typed (the clerk may start mid-year). InputError names
    each required field left empty; KnownError when the demo is asked for on a database that
    already holds data. Either way nothing is written.
    """
    if office is None and not demo:
        raise InputError(
            translate("office", "本单位信息未保存："),
            [
                RowProblem(
                    0,
                    translate("office", "本单位信息"),
                    translate("office", "请填写本单位信息，或选择载入演示数据"),
                )
            ],
        )
    chosen = completed(office) if office is not None else DEMO_OFFICE
    check_office(chosen)
    with db.session() as s:
        loaded = None
        if demo:
            if not is_empty_in(s):
                raise KnownError(translate("office", "数据库中已有数据，演示数据只能载入空数据库。"))
            loaded = load_demo_in(s)
        saved = save_office_in(s, chosen, expected_next_number=lock_number_in(s))
        year = data_year_in(s) or (today or dt.date.today()).year
    return FirstRun(office=saved, demo=loaded, working_year=year)
