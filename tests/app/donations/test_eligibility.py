from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.donations.eligibility import (
    RULES_DIR,
    PastDonation,
    add_months,
    check_eligibility,
    evaluate,
    rules_for,
)
from app.errors import KnownError

D = dt.date
RULES = rules_for(D(2024, 6, 1))
BIRTH = D(1990, 5, 20)


def answer(history, on, kind=None, birth=BIRTH, **kw):
    return evaluate(RULES, on, history, birth_date=birth, kind=kind, **kw)


def whole(day, ml=400):
    return PastDonation(day, "whole", volume_ml=ml)


def platelets(day, doses=1):
    return PastDonation(day, "platelets", doses=doses)


def test_the_shipped_rule_set_is_gb_18467_2011_with_its_citation():
    assert RULES.id == "GB18467-2011" and RULES.region == "national"
    assert RULES.effective_from == D(2012, 7, 1)
    assert "GB 18467-2011" in RULES.citation
    assert RULES.whole_blood_ml == (200, 300, 400) and RULES.platelet_doses == (1, 2)
    with pytest.raises(KnownError, match="没有2012-06-30适用"):
        rules_for(D(2012, 6, 30))


@pytest.mark.parametrize(
    ("previous", "following", "last", "first_allowed"),
    [
        ("whole", "whole", D(2024, 1, 10), D(2024, 7, 10)),  # 6 months
        ("whole", "platelets", D(2024, 1, 10), D(2024, 4, 10)),  # 3 months
        ("platelets", "whole", D(2024, 1, 10), D(2024, 2, 7)),  # 4 weeks
        ("platelets", "platelets", D(2024, 1, 10), D(2024, 1, 24)),  # 2 weeks
    ],
)
def test_each_interval_on_its_boundary_day(previous, following, last, first_allowed):
    history = [PastDonation(last, previous, volume_ml=400 if previous == "whole" else 0, doses=1)]
    day_before = answer(history, first_allowed - dt.timedelta(days=1), following)
    assert [w.code for w in day_before.warnings] == ["interval"]
    warning = day_before.warnings[0]
    assert warning.next_allowed == first_allowed and day_before.next_allowed(following) == first_allowed
    assert (
        "GB 18467-2011" in warning.message
        and f"{first_allowed.year}年{first_allowed.month}月" in warning.message
    )
    on_the_day = answer(history, first_allowed, following)
    assert on_the_day.warnings == () and on_the_day.may_donate(following)
    assert on_the_day.next_allowed(following) == first_allowed


def test_without_a_kind_both_dates_are_given_and_each_warning_names_its_kind():
    result = answer([whole(D(2024, 3, 1))], D(2024, 5, 1))
    assert result.whole_blood_from == D(2024, 9, 1) and result.platelets_from == D(2024, 6, 1)
    assert {w.kinds for w in result.warnings} == {("whole",), ("platelets",)}
    assert result.last_whole == D(2024, 3, 1) and result.last_platelets is None
    fresh = answer([], D(2024, 5, 1))
    assert fresh.whole_blood_from == fresh.platelets_from == D(2024, 5, 1) and fresh.warnings == ()


def test_six_months_from_the_end_of_august_is_the_end_of_february():
    assert add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)
    assert add_months(D(2022, 8, 31), 6) == D(2023, 2, 28)
    assert answer([whole(D(2023, 8, 31))], D(2024, 2, 29), "whole").warnings == ()


def test_a_donation_typed_in_late_must_keep_its_distance_from_later_ones():
    result = answer([whole(D(2024, 5, 1))], D(2024, 2, 1), "whole")
    assert [w.code for w in result.warnings] == ["later_interval"]
    assert answer([whole(D(2024, 8, 1))], D(2024, 2, 1), "whole").warnings == ()


def test_the_24th_platelet_donation_in_a_year_is_the_last():
    start = D(2023, 7, 1)
    history = [platelets(start + dt.timedelta(days=14 * i)) for i in range(23)]
    on = history[-1].donated_on + dt.timedelta(days=14)
    assert answer(history, on, "platelets").warnings == ()  # the 24th
    history.append(platelets(on))
    after = answer(history, on + dt.timedelta(days=14), "platelets")
    assert [w.code for w in after.warnings] == ["platelets_per_year"]
    # Allowed again when the first of the 24 falls out of the rolling year.
    assert after.warnings[0].next_allowed == D(2024, 7, 1) == after.platelets_from
    assert answer(history, D(2024, 7, 1), "platelets").warnings == ()


def test_yearly_whole_blood_volume():
    # Two 400 ml donations a year apart by the intervals' letter, but a third 400 ml within the
    # rolling year (typed despite a warning) exceeds 800 ml.
    history = [whole(D(2023, 7, 1)), whole(D(2024, 1, 1))]
    result = answer(history, D(2024, 6, 30), "whole", volume_ml=200)
    codes = [w.code for w in result.warnings]
    assert codes == ["interval", "yearly_volume"]
    volume = result.warnings[1]
    assert "800ml" in volume.message and volume.next_allowed == D(2024, 7, 1)
    assert answer(history, D(2024, 7, 1), "whole", volume_ml=400).warnings == ()


@pytest.mark.parametrize(
    ("on", "previous", "reaction", "codes"),
    [
        (D(2008, 5, 19), 0, False, ["too_young"]),  # the day before the 18th birthday
        (D(2008, 5, 20), 0, False, []),  # 18th birthday
        (D(2046, 5, 19), 0, False, []),  # last day of 55
        (D(2046, 5, 20), 0, False, ["too_old"]),  # 56, first-time donor
        (D(2046, 5, 20), 1, False, []),  # 56, repeat donor without reactions
        (D(2046, 5, 20), 1, True, ["too_old"]),  # 56, repeat donor with a past reaction
        (D(2051, 5, 19), 3, False, []),  # last day of 60, repeat donor
        (D(2051, 5, 20), 3, False, ["too_old"]),  # 61
    ],
)
def test_each_age_limit(on, previous, reaction, codes):
    birth = D(1990, 5, 20)
    history = [whole(on - dt.timedelta(days=400 * (i + 1))) for i in range(previous)]
    result = evaluate(RULES, on, history, birth_date=birth, had_reaction=reaction, kind="whole")
    assert [w.code for w in result.warnings] == codes
    if codes == ["too_young"]:
        assert result.warnings[0].next_allowed == D(2008, 5, 20) == result.whole_blood_from
        assert "未满18周岁" in result.warnings[0].message
    if codes == ["too_old"]:
        assert result.warnings[0].next_allowed is None and "周岁" in result.warnings[0].message


def test_a_new_standard_is_a_data_change(tmp_path: Path):
    """The 2025 draft (18–65, 90 days) added as a file changes answers from its date, no code."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    data = json.loads((RULES_DIR / "gb18467-2011.json").read_text(encoding="utf-8"))
    data.update(
        id="DRAFT-2025",
        version="2025征求意见稿",
        effective_from="2026-01-01",
        citation="献血法修订草案（2025）",
    )
    data["age"] = {
        **data["age"],
        "max": 60,
        "repeat_max": 65,
        "citation": "草案：18～60周岁，多次献血者至65周岁",
    }
    data["intervals"] = [
        {**iv, "months": 0, "days": 90} if iv["to"] == "whole" and iv["from"] == "whole" else iv
        for iv in data["intervals"]
    ]
    (folder / "draft-2025.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    old = rules_for(D(2025, 12, 31), folder=folder)
    new = rules_for(D(2026, 1, 1), folder=folder)
    assert old.id == "GB18467-2011" and new.id == "DRAFT-2025"
    history = [whole(D(2026, 1, 1))]
    assert evaluate(new, D(2026, 4, 1), history, kind="whole").warnings == ()
    assert [w.code for w in evaluate(old, D(2026, 4, 1), history, kind="whole").warnings] == ["interval"]
    assert evaluate(new, D(2048, 6, 1), [], birth_date=D(1990, 5, 20), kind="whole").warnings == ()

    data["status"] = "draft"
    (folder / "draft-2025.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert rules_for(D(2026, 6, 1), folder=folder).id == "GB18467-2011"  # a draft is not in force
    assert rules_for(D(2026, 6, 1), folder=folder, include_drafts=True).id == "DRAFT-2025"


def test_a_broken_rule_file_names_itself(tmp_path: Path):
    (tmp_path / "bad.json").write_text('{"id": "X", "citation": "c"}', encoding="utf-8")
    with pytest.raises(KnownError, match=r"bad\.json"):
        rules_for(D(2024, 1, 1), folder=tmp_path)


def test_check_eligibility_reads_the_donor_from_the_database(db, add_donor, new_id):
    from sqlalchemy import insert

    from db.models import Donation

    donor = add_donor("王芳", new_id(D(1995, 3, 8), 22, male=False))
    with db.session() as s:
        s.execute(
            insert(Donation).values(donor_id=donor, donated_on=D(2024, 3, 5), kind="whole", volume_ml=400)
        )
    result = check_eligibility(db, donor, D(2024, 6, 1))
    assert result.whole_blood_from == D(2024, 9, 5) and result.platelets_from == D(2024, 6, 5)
    assert result.age == 29 and result.previous_count == 1
    with pytest.raises(KnownError, match="找不到"):
        check_eligibility(db, 999, D(2024, 6, 1))
