"""Donors shaped like a county's: real-looking names, ID numbers with valid check digits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import insert

from app.database import Database
from app.donations.idcard import check_digit
from app.pinyin import search_key
from db.models import Donor


def make_id(birth: dt.date, seq: int = 12, male: bool = True, region: str = "612401") -> str:
    """A valid 18-digit number: region 612401 (汉滨区), birth date, order code, check digit."""
    order = f"{seq % 100:02d}{1 if male else 2}"
    first17 = f"{region}{birth:%Y%m%d}{order}"
    return first17 + check_digit(first17)


@pytest.fixture
def new_id() -> Callable[..., str]:
    return make_id


@pytest.fixture
def add_donor(db: Database) -> Callable[..., int]:
    """Insert one donor directly (Core), returning its id."""

    def add(name: str, id_number: str, **values) -> int:
        row = {
            "id_number": id_number,
            "name": name,
            "py_initials": search_key(name),
            "sex": values.pop("sex", "男" if int(id_number[16]) % 2 else "女"),
            "birth_date": values.pop(
                "birth_date", dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
            ),
            **values,
        }
        with db.session() as s:
            return s.execute(insert(Donor).values(**row)).inserted_primary_key[0]

    return add


def write_xlsx(
    path,
    header: list[str],
    rows: list[list],
    *,
    titles: tuple[str, ...] = (),
    groups: list[tuple[int, int, str]] | None = None,
    foot: tuple[str, ...] = (),
):
    """A station export as clerks get it: title rows, an optional merged group row above the
    header, date cells as real Excel dates, notes under the table."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("献血者名单")
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    r = 0
    for title in titles:
        ws.merge_range(r, 0, r, len(header) - 1, title)
        r += 1
    if groups:
        for first, last, text in groups:
            if first == last:
                ws.write(r, first, text)
            else:
                ws.merge_range(r, first, r, last, text)
        r += 1
    for c, text in enumerate(header):
        ws.write_string(r, c, text)
    r += 1
    for row in rows:
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            elif value is not None:
                ws.write_string(r, c, value)
        r += 1
    for line in foot:
        ws.write_string(r, 0, line)
        r += 1
    wb.close()
    return path


@pytest.fixture
def xlsx() -> Callable:
    return write_xlsx
