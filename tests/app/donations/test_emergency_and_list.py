from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from app.donations import donors, emergency, listing
from app.donations.donors import DonorInput
from app.donations.listing import DonationFilter
from app.errors import KnownError
from app.tabular import read_rows
from db.models import Donation, Unit

D = dt.date
ON = D(2024, 6, 1)


@pytest.fixture
def county(db, new_id):
    """Eight O/A donors in every situation the emergency list must sort out."""
    with db.session() as s:
        town = s.execute(insert(Unit).values(name="城关镇", kind="镇街")).inserted_primary_key[0]

    def person(name, birth, seq, blood="O+", phone="13800000000", **flags):
        abo, rh = blood[:-1], blood[-1]
        return donors.create_donor(
            db, DonorInput(new_id(birth, seq), name, abo=abo, rh=rh, phone=phone, work_unit_id=town, **flags)
        ).id

    ids = {
        "team": person("周强", D(1985, 1, 1), 1, emergency_team=True, phone="13811112222"),
        "regular": person("吴婷", D(1992, 2, 2), 2),
        "recent": person("徐亮", D(1990, 3, 3), 3),  # gave whole blood two months ago
        "platelets": person("孙悦", D(1991, 4, 4), 4),  # gave platelets three weeks ago
        "quiet": person("马超", D(1987, 5, 5), 5, no_contact=True),
        "young": person("胡彤", D(2006, 9, 1), 6),  # 17
        "old_first": person("郭平", D(1966, 1, 1), 7),  # 58, never donated
        "negative": person("林雪", D(1993, 6, 6), 8, blood="O-"),
        "type_a": person("何军", D(1989, 7, 7), 9, blood="A+"),
    }
    history = [
        ("regular", D(2023, 1, 1), "whole"),
        ("regular", D(2023, 8, 1), "whole"),
        ("recent", D(2024, 4, 1), "whole"),
        ("platelets", D(2024, 5, 11), "platelets"),
        ("team", D(2022, 5, 1), "whole"),
    ]
    with db.session() as s:
        s.execute(
            insert(Donation),
            [
                {
                    "donor_id": ids[who],
                    "donated_on": day,
                    "kind": kind,
                    "volume_ml": 400 if kind == "whole" else 0,
                    "doses": 1 if kind == "platelets" else 0,
                    "unit_id": town,
                    "category": "街头个人",
                }
                for who, day, kind in history
            ],
        )
    return ids


def test_emergency_list_team_first_then_frequent_donors_only_the_eligible(db, county):
    result = emergency.emergency_list(db, "O+", ON)
    assert [d.name for d in result.donors] == ["周强", "吴婷"]
    team, regular = result.donors
    assert (
        team.emergency_team and team.masked_phone == "138****2222" and team.last_donated_on == D(2022, 5, 1)
    )
    assert regular.donation_count == 2 and regular.age == 32
    # Platelets three weeks ago allow whole blood after four weeks (2024-06-08).
    assert "孙悦" in [d.name for d in emergency.emergency_list(db, "O+", D(2024, 6, 8)).donors]
    assert [d.name for d in emergency.emergency_list(db, "O-", ON).donors] == ["林雪"]
    assert {d.name for d in emergency.emergency_list(db, "O", ON).donors} == {"周强", "吴婷", "林雪"}
    assert [d.name for d in emergency.emergency_list(db, "O+", ON, limit=1).donors] == ["周强"]
    assert emergency.emergency_list(db, "O+", ON, limit=1).truncated


def test_emergency_list_exports_a_print_ready_sheet_with_masked_phones(db, county, tmp_path):
    out = emergency.export_emergency_xlsx(emergency.emergency_list(db, "O+", ON), tmp_path / "应急.xlsx")
    [sheet] = read_rows(out)
    cells = [c for _, row in sheet.rows for c in row if c is not None]
    assert "应急献血联系名单（O型RhD阳性，2024年6月1日可献全血）" in cells
    assert "138****2222" in cells and "13811112222" not in cells
    assert any(isinstance(c, str) and c.startswith("注：共2人") for c in cells) and "附件" not in cells
    with pytest.raises(KnownError, match="看不懂"):
        emergency.emergency_list(db, "Z+", ON)


def test_the_list_pages_filters_and_sorts_in_sql(db, new_id):
    with db.session() as s:
        units = [
            s.execute(insert(Unit).values(name=n, kind="部门")).inserted_primary_key[0]
            for n in ("县教育局", "县卫健局")
        ]
    a = donors.create_donor(db, DonorInput(new_id(D(1990, 1, 1), 1), "甲", abo="A", rh="+")).id
    b = donors.create_donor(db, DonorInput(new_id(D(1991, 1, 1), 2), "乙", abo="O", rh="-")).id
    rows = []
    for i in range(60):
        rows.append(
            {
                "donor_id": a if i % 3 else b,
                "donated_on": D(2022, 1, 1) + dt.timedelta(days=20 * i),
                "kind": "whole" if i % 4 else "platelets",
                "volume_ml": 400 if i % 4 else 0,
                "doses": 0 if i % 4 else 1,
                "unit_id": units[i % 2],
                "category": "团体" if i % 5 == 0 else "街头个人",
                "donation_code": f"X{i:03d}",
            }
        )
    with db.session() as s:
        s.execute(insert(Donation), rows)
    everything = DonationFilter()
    total = listing.count_donations(db, everything)
    assert total == 60
    first = listing.list_donations(db, everything, ("date", "desc"), 0, 10)
    assert [r.donation_code for r in first] == [f"X{i:03d}" for i in range(59, 49, -1)]
    # The last page read from the other end is the same as read forwards.
    last_fwd = listing.list_donations(db, everything, ("date", "desc"), 55, 10)
    last_rev = listing.list_donations(db, everything, ("date", "desc"), 55, 10, total=total)
    assert [r.id for r in last_fwd] == [r.id for r in last_rev] and len(last_rev) == 5
    assert last_rev[-1].donation_code == "X000"
    middle = listing.list_donations(db, everything, ("code", "asc"), 31, 3, total=total)
    assert [r.donation_code for r in middle] == ["X031", "X032", "X033"]
    year = DonationFilter(year=2023)
    in_2023 = [r for r in rows if r["donated_on"].year == 2023]
    assert listing.count_donations(db, year) == len(in_2023)
    f = DonationFilter(year=2023, unit_id=units[0], kind="whole")
    expected = [r for r in in_2023 if r["unit_id"] == units[0] and r["kind"] == "whole"]
    got = listing.list_donations(db, f, ("date", "asc"), 0, 100)
    assert [r.donated_on for r in got] == [r["donated_on"] for r in expected]
    assert all(r.unit == "县教育局" and r.kind_label == "全血" for r in got)
    negative = listing.list_donations(db, DonationFilter(abo="O", rh="-"), ("donor", "asc"), 0, 100)
    assert {r.donor_name for r in negative} == {"乙"} and len(negative) == 20
    assert listing.count_donations(db, DonationFilter(category="团体")) == 12
    with pytest.raises(KnownError, match="排序"):
        listing.list_donations(db, everything, ("shoe_size", "asc"))
