"""A small county for the lookup tests: donors with valid ID numbers and their donations."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from lookup_helpers import D, make_id, preset
from sqlalchemy import insert

from app.database import Database
from app.lookup.rules import ReimbursementRules, award_rules, reimbursement_rules
from app.lookup.rulesets import RULES_DIR
from app.pinyin import search_key
from db.models import Donation, Donor, OfficeSetting


@pytest.fixture(scope="session")
def shaanxi() -> ReimbursementRules:
    return reimbursement_rules(preset("shaanxi-1"))


@pytest.fixture(scope="session")
def hunan() -> ReimbursementRules:
    return reimbursement_rules(preset("hunan-1"))


@pytest.fixture(scope="session")
def gansu() -> ReimbursementRules:
    return reimbursement_rules(preset("gansu-1"))


@pytest.fixture(scope="session")
def jiangsu() -> ReimbursementRules:
    return reimbursement_rules(preset("jiangsu-1"))


@pytest.fixture(scope="session")
def anhui() -> ReimbursementRules:
    return reimbursement_rules(preset("anhui-1"))


@pytest.fixture(scope="session")
def award():
    return award_rules(json.loads((RULES_DIR / "award" / "national-2022.json").read_text(encoding="utf-8")))


@pytest.fixture
def add_donor(db: Database) -> Callable[..., int]:
    """Insert a donor (Core), returning its id."""

    def add(name: str, id_number: str, **values) -> int:
        row = {
            "id_number": id_number,
            "name": name,
            "py_initials": search_key(name),
            "sex": "男" if int(id_number[16]) % 2 else "女",
            "birth_date": D(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14])),
            **values,
        }
        with db.session() as s:
            return s.execute(insert(Donor).values(**row)).inserted_primary_key[0]

    return add


@pytest.fixture
def give(db: Database) -> Callable[..., int]:
    """Record a donation: ``give(donor, "2020-01-15", 400)`` or ``give(donor, day, doses=2)``."""

    def add(
        donor_id: int, day: str | dt.date, ml: int = 0, *, doses: int = 0, cert: str = "", **values
    ) -> int:
        row = {
            "donor_id": donor_id,
            "donated_on": D.fromisoformat(day) if isinstance(day, str) else day,
            "kind": "platelets" if doses else "whole",
            "volume_ml": ml,
            "doses": doses,
            "certificate_no": cert,
            **values,
        }
        with db.session() as s:
            return s.execute(insert(Donation).values(**row)).inserted_primary_key[0]

    return add


@pytest.fixture
def set_province(db: Database) -> Callable[[str], None]:
    def set_(region: str) -> None:
        with db.session() as s:
            row = s.get(OfficeSetting, "region")
            if row is None:
                s.add(OfficeSetting(key="region", value=region))
            else:
                row.value = region

    return set_


@pytest.fixture
def wang(add_donor, give) -> int:
    """王建国, a 陕西 donor: 400 ml on 2020-01-15 (certificate 610001), 300 ml on 2021-06-01."""
    donor = add_donor("王建国", make_id(D(1985, 3, 2), 11), abo="O", rh="+", phone="13812345678")
    give(donor, "2020-01-15", 400, cert="610001")
    give(donor, "2021-06-01", 300, cert="610002")
    return donor
