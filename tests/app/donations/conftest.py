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
