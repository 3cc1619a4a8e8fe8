from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, insert

from app.donations.search import find_donors
from db.models import Certificate, Donation, Unit


@pytest.fixture
def county(db, add_donor, new_id):
    """A few donors of 汉滨区 with donations, one with a heteronym surname."""
    with db.session() as s:
        unit = s.execute(insert(Unit).values(name="城关镇", kind="镇街")).inserted_primary_key[0]
    ids = {
        "张三": add_donor("张三", new_id(dt.date(1990, 1, 1), 11), phone="13812345678", work_unit_id=unit),
        "张三丰": add_donor("张三丰", new_id(dt.date(1985, 5, 6), 21)),
        "赵四": add_donor("赵四", new_id(dt.date(1992, 2, 2), 31, male=False)),
        "单雄信": add_donor("单雄信", new_id(dt.date(1980, 7, 7), 41)),
        "曾国藩": add_donor("曾国藩", new_id(dt.date(1979, 11, 26), 51)),
        "李娜": add_donor("李娜", "11010519491231002X"),
    }
    with db.session() as s:
        d1 = s.execute(
            insert(Donation).values(
                donor_id=ids["张三"],
                donated_on=dt.date(2023, 3, 5),
                kind="whole",
                volume_ml=400,
                category="街头个人",
                donation_code="A2023030500012",
                certificate_no="6124202300012",
            )
        ).inserted_primary_key[0]
        s.execute(
            insert(Donation).values(
                donor_id=ids["张三"],
                donated_on=dt.date(2024, 1, 9),
                kind="platelets",
                doses=2,
                category="街头个人",
                donation_code="A2024010900007",
            )
        )
        s.execute(insert(Certificate).values(number="SX-000777", donor_id=ids["李娜"], donation_id=None))
        assert d1
    return ids


def names(hits):
    return [h.name for h in hits]


def test_full_id_number_finds_the_donor_with_history(db, county, new_id):
    number = new_id(dt.date(1990, 1, 1), 11)
    [hit] = find_donors(db, number)
    assert hit.name == "张三" and hit.matched_by == "id_number" and hit.matched_label == "身份证号"
    assert hit.donation_count == 2 and hit.last_donated_on == dt.date(2024, 1, 9)
    assert hit.work_unit == "城关镇" and hit.masked_phone == "138****5678"
    assert hit.masked_id == number[:4] + "*" * 10 + number[-4:]
    assert names(find_donors(db, "11010519491231002x")) == ["李娜"]
    assert names(find_donors(db, " ６１２４０１" + number[6:])) == ["张三"]


def test_a_15_digit_number_finds_the_18_digit_record(db, add_donor):
    add_donor("王五", "34052419800101001X")
    assert names(find_donors(db, "340524800101001")) == ["王五"]


def test_donation_code_and_certificate_numbers(db, county):
    [hit] = find_donors(db, "a2024010900007")
    assert hit.name == "张三" and hit.matched_by == "donation_code"
    [hit] = find_donors(db, "6124202300012")
    assert hit.name == "张三" and hit.matched_by == "certificate"
    [hit] = find_donors(db, "sx-000777")
    assert hit.name == "李娜" and hit.matched_by == "certificate"


def test_names_exact_first_then_by_prefix(db, county):
    hits = find_donors(db, "张三")
    assert names(hits) == ["张三", "张三丰"]
    assert [h.matched_by for h in hits] == ["name", "name_prefix"]
    assert names(find_donors(db, "张 三")) == ["张三", "张三丰"]
    assert names(find_donors(db, "张三", limit=1)) == ["张三"]
    assert find_donors(db, "欧阳") == [] and find_donors(db, "  ") == []


def test_pinyin_initials_and_both_readings_of_a_surname(db, county):
    assert names(find_donors(db, "zs")) == ["张三", "赵四", "张三丰"]  # by initials, then name
    assert names(find_donors(db, "ZS")) == ["张三", "赵四", "张三丰"]
    assert names(find_donors(db, "zsf")) == ["张三丰"]
    assert names(find_donors(db, "sxx")) == ["单雄信"]  # as a surname
    assert names(find_donors(db, "dxx")) == ["单雄信"]  # pypinyin's default
    assert names(find_donors(db, "zgf")) == ["曾国藩"]
    assert names(find_donors(db, "cgf")) == ["曾国藩"]


def test_start_of_an_id_number(db, county, new_id):
    assert set(names(find_donors(db, "612401199"))) == {"张三", "赵四"}
    assert find_donors(db, "61240") == []  # too short to mean an ID number


def test_every_lookup_uses_an_index(db, county, new_id):
    """No search scans the donor or donation table: each SELECT's plan is SEARCH, never SCAN."""
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        for query in (
            new_id(dt.date(1990, 1, 1), 11),
            "A2024010900007",
            "SX-000777",
            "张三",
            "zs",
            "sxx",
            "612401199",
        ):
            find_donors(db, query)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(seen) > 10
    with db.engine.connect() as conn:
        for statement, parameters in seen:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            steps = [row[-1] for row in plan]
            assert any(step.startswith("SEARCH") for step in steps), (statement, steps)
            scans = [
                s
                for s in steps
                if s.split()[:2] in (["SCAN", t] for t in ("donor", "donation", "certificate"))
            ]
            assert scans == [], (statement, steps)
