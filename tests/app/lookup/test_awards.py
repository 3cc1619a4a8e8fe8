"""奉献奖 counting edge cases (resources/rules/award/national-2022.json)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from lookup_helpers import D

from app.lookup.awards import AwardDonation, count_value, donation_count, standing

W, P = "whole", "platelets"


def whole(n: int, ml: int = 200, start: int = 2011) -> list[AwardDonation]:
    """n whole-blood donations, one a quarter from *start*."""
    return [AwardDonation(D(start + i // 4, 1 + 3 * (i % 4), 1), W, ml) for i in range(n)]


def test_how_one_donation_counts(award) -> None:
    """200 ml = 1, 400 ml = 2, 300 ml = 1.5; 1 治疗量 = 1; platelet donations before 2010-01-01 = 4."""
    assert donation_count(award, AwardDonation(D(2015, 1, 1), W, 200)) == 1
    assert donation_count(award, AwardDonation(D(2015, 1, 1), W, 400)) == 2
    assert donation_count(award, AwardDonation(D(2015, 1, 1), W, 300)) == Fraction(3, 2)
    assert donation_count(award, AwardDonation(D(2015, 1, 1), P, 0, 2)) == 2
    assert donation_count(award, AwardDonation(D(2009, 12, 31), P, 0, 1)) == 4
    assert donation_count(award, AwardDonation(D(2010, 1, 1), P, 0, 1)) == 1


def test_bronze_at_exactly_20_not_at_19_5(award) -> None:
    """铜奖 ≥ 20: 18 × 200 ml + 300 ml = 19.5 is not enough; one more 200 ml makes 20.5."""
    gifts = [*whole(18), AwardDonation(D(2016, 1, 1), W, 300)]
    assert standing(award, gifts, D(2030, 1, 1)).events == []
    gifts.append(AwardDonation(D(2016, 6, 1), W, 200))
    st = standing(award, gifts, D(2030, 1, 1))
    assert [(e.tier, e.on) for e in st.events] == [("铜奖", D(2016, 6, 1))]
    assert count_value(st.total) == 20.5


def test_until_cuts_the_count_on_the_day(award) -> None:
    """The 20th donation's day reaches bronze; the day before it does not."""
    gifts = whole(20)
    last = gifts[-1].donated_on
    assert standing(award, gifts, last).best(award).tier == "铜奖"
    assert standing(award, gifts, last - dt.timedelta(days=1)).best(award) is None


def test_silver_and_gold_and_the_restart_after_the_donation_that_reached_40(award) -> None:
    """银奖 ≥ 30, 金奖 ≥ 40; the count restarts after the gold donation, and an overshoot is lost:
    19 × 400 ml = 38, then a pre-2010 platelet donation (4) reaches 42 → gold; the next 400 ml
    starts the new cycle at 2."""
    gifts = [AwardDonation(D(2000 + i // 4, 1 + 3 * (i % 4), 1), W, 400) for i in range(19)]
    gifts.append(AwardDonation(D(2009, 6, 1), P, 0, 1))
    gifts.append(AwardDonation(D(2011, 1, 1), W, 400))
    st = standing(award, gifts, D(2030, 1, 1))
    assert [e.tier for e in st.events] == ["铜奖", "银奖", "金奖"]
    assert st.events[-1].on == D(2009, 6, 1)
    assert st.golds == 1
    assert st.cycle_count == 2
    assert st.total == 44


def test_after_a_gold_only_gold_counts_again(award) -> None:
    """repeat_lower_tiers false: the second cycle brings no 铜奖/银奖, only the next 金奖 at 40."""
    gifts = whole(20, 400, 2001) + whole(20, 400, 2006)
    st = standing(award, gifts, D(2030, 1, 1))
    assert [(e.tier, e.cycle) for e in st.events] == [("铜奖", 1), ("银奖", 1), ("金奖", 1), ("金奖", 2)]
    assert st.cycle_count == 0


def test_lifetime_award_after_the_third_gold_once(award) -> None:
    """终身荣誉奖 after a third gold, once: a fourth gold does not bring a second one."""
    gifts = whole(80, 400, 1990)
    st = standing(award, gifts, D(2030, 1, 1))
    assert st.golds == 4
    assert [e.tier for e in st.events].count("终身荣誉奖") == 1
    lifetime = next(e for e in st.events if e.tier == "终身荣誉奖")
    third_gold = [e for e in st.events if e.tier == "金奖"][2]
    assert lifetime.on == third_gold.on
    assert st.best(award).tier == "终身荣誉奖"


def test_best_since_shows_only_what_was_reached_in_the_period(award) -> None:
    """The biennial list: a donor whose silver came before the period and nothing since is absent."""
    gifts = whole(30, 200, 2010)
    st = standing(award, gifts, D(2030, 1, 1))
    silver = st.events[-1]
    assert silver.tier == "银奖"
    assert st.best(award, since=silver.on).tier == "银奖"
    assert st.best(award, since=D(silver.on.year + 1, 1, 1)) is None
