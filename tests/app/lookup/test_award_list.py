"""The award candidate list from the database, and its print-ready workbook."""

from __future__ import annotations

import openpyxl
from lookup_helpers import D, make_id
from sqlalchemy import insert

from app.lookup.award_list import award_candidates, award_tables, write_award_list_xlsx
from db.models import Donation, Unit, UnitYear


def _unit(db, name: str, staff: int | None, year: int = 2020) -> int:
    with db.session() as s:
        unit_id = s.execute(insert(Unit).values(name=name)).inserted_primary_key[0]
        if staff is not None:
            s.execute(insert(UnitYear).values(unit_id=unit_id, year=year, staff=staff))
        return unit_id


def _bulk(db, donor_id: int, unit_id: int | None, n: int, start: D) -> None:
    """*n* donations for *unit_id*, two a day from *start*."""
    with db.session() as s:
        s.execute(
            insert(Donation),
            [
                {
                    "donor_id": donor_id,
                    "donated_on": D.fromordinal(start.toordinal() + i // 2),
                    "volume_ml": 200,
                    "unit_id": unit_id,
                }
                for i in range(n)
            ],
        )


def test_donors_by_tier_with_platelet_legacy_and_since(db, add_donor, give) -> None:
    """A platelet donor from 2008 (4 each before 2010) and a whole-blood donor; --since keeps only
    tiers reached in the period."""
    old = add_donor("周血小板", make_id(D(1975, 5, 5), 55), abo="A", rh="+")
    for i in range(5):
        give(old, D(2008, 1 + 2 * i, 1), doses=1)  # 5 × 4 = 20 → 铜奖 on 2008-09-01
    for i in range(10):
        give(old, D(2012, 1 + i, 1), doses=1)  # +10 = 30 → 银奖 on 2012-10-01
    whole = add_donor("吴全血", make_id(D(1980, 6, 6), 66, male=False))
    for i in range(20):
        give(whole, D(2015 + i // 4, 1 + 3 * (i % 4), 1), 400)  # 40 → 金奖 on 2019-10-01
    few = add_donor("郑少", make_id(D(1990, 7, 7), 77))
    give(few, "2019-01-01", 400)
    result = award_candidates(db, D(2020, 12, 31))
    assert [(c.name, c.tier, c.count, c.reached_on) for c in result.donors] == [
        ("吴全血", "金奖", 40, D(2019, 10, 1)),
        ("周血小板", "银奖", 30, D(2012, 10, 1)),
    ]
    assert result.donors[1].blood == "A+"
    recent = award_candidates(db, D(2020, 12, 31), since=D(2019, 1, 1))
    assert [c.name for c in recent.donors] == ["吴全血"]


def test_unit_promotion_award_candidates(db, add_donor) -> None:
    """促进奖: within 2 years ≥ 200 donations and ≥ 50 % of staff, or ≥ 1000 donations."""
    donor = add_donor("甲", make_id(D(1980, 1, 1), 1))
    school = _unit(db, "县一中", staff=300)  # 200 donations = 67 % → yes
    hospital = _unit(db, "县医院", staff=500)  # 200 donations = 40 % → no
    company = _unit(db, "县电力公司", staff=None)  # no staff figure, 1000 donations → yes
    old = _unit(db, "县老单位", staff=100)  # 300 donations but before the window → no
    _bulk(db, donor, school, 200, D(2019, 1, 10))
    _bulk(db, donor, hospital, 200, D(2019, 1, 10))
    _bulk(db, donor, company, 1000, D(2019, 1, 1))
    _bulk(db, donor, old, 300, D(2016, 1, 1))
    result = award_candidates(db, D(2020, 12, 31))
    assert [(u.unit, u.donations) for u in result.units] == [("县电力公司", 1000), ("县一中", 200)]
    assert "67%" in result.units[1].reason


def test_workbook_has_both_lists_with_masked_ids(db, add_donor, give, tmp_path) -> None:
    number = make_id(D(1980, 6, 6), 66, male=False)
    donor = add_donor("吴全血", number)
    for i in range(10):
        give(donor, D(2015 + i // 4, 1 + 3 * (i % 4), 1), 400)
    result = award_candidates(db, D(2020, 12, 31))
    path = write_award_list_xlsx(result, tmp_path / "奉献奖.xlsx")
    wb = openpyxl.load_workbook(path)
    donors, units = wb.worksheets
    cells = [c for row in donors.iter_rows(values_only=True) for c in row if c is not None]
    assert "无偿献血奉献奖候选人名单" in cells
    assert "吴全血" in cells and "铜奖" in cells
    assert number not in cells and number[:4] + "**********" + number[-4:] in cells
    assert "无偿献血促进奖候选单位名单" in [c for row in units.iter_rows(values_only=True) for c in row if c]
    assert award_tables(result, full_ids=True)[0].rows[0][3] == number
