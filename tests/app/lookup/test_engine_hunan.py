"""Worked cases for 湖南 (resources/rules/reimbursement/hunan-1.json), each citing its clause."""

from __future__ import annotations

from lookup_helpers import D

from app.lookup.claim_check import check_claim
from app.lookup.engine import ClaimFact, DonationFact, RelativeFact, ledger

W = "whole"


def rows(rules, donations, on, claims=(), relatives=()):
    book = ledger(rules, donations, claims, on, relatives)
    return book.entitlements[0], book.entitlements[1:]


def test_below_600_ml_the_donor_has_twice_the_volume(hunan) -> None:
    """Band 0: 累计献血不足600毫升：本人献血量2倍. 200 + 300 ml → 1,000 ml, for life."""
    me, _ = rows(
        hunan, [DonationFact(1, D(2016, 1, 1), W, 200), DonationFact(2, D(2017, 1, 1), W, 300)], D(2030, 1, 1)
    )
    assert me.remaining_ml == 1000
    assert me.until is None


def test_600_ml_edge_moves_the_donor_to_three_times(hunan) -> None:
    """Band 600: 累计献血600至899毫升：本人献血量3倍. The day before the donation that makes 600 ml
    the donor has 2 × 400; from that day 3 × 600."""
    gifts = [DonationFact(1, D(2016, 1, 1), W, 400), DonationFact(2, D(2017, 1, 1), W, 200)]
    assert rows(hunan, gifts, D(2016, 12, 31))[0].remaining_ml == 800
    assert rows(hunan, gifts, D(2017, 1, 1))[0].remaining_ml == 1800


def test_unlimited_threshold_at_900_ml(hunan) -> None:
    """Band 900: 累计献血900毫升以上：本人终身免费用血不限量. 3 × 300 ml: 1,800 ml (3 × 600) the day
    before the third donation, unlimited (null) from its day."""
    gifts = [DonationFact(i, D(2016 + i, 5, 1), W, 300) for i in range(3)]
    assert rows(hunan, gifts, D(2018, 4, 30))[0].remaining_ml == 1800
    me = rows(hunan, gifts, D(2018, 5, 1))[0]
    assert me.remaining_ml is None
    assert me.until is None


def test_platelets_count_400_ml_per_dose(hunan) -> None:
    """params.ml_per_dose 400 (1 治疗量血小板按400毫升计): 500 ml whole + 1 治疗量 = 900 ml → unlimited."""
    gifts = [DonationFact(1, D(2016, 1, 1), W, 200), DonationFact(2, D(2016, 6, 1), W, 300)]
    gifts.append(DonationFact(3, D(2017, 1, 1), "platelets", 0, 1))
    me, (pool,) = rows(hunan, gifts, D(2017, 1, 2))
    assert me.cumulative_ml == 900
    assert me.remaining_ml is None
    assert pool.remaining_ml == 900


def test_shared_pool_drawn_down_by_two_relatives(hunan) -> None:
    """Clause: 配偶、父母、子女共用等量 (pool "shared"). 800 ml donated: the mother uses 300 ml and the
    spouse 400 ml, leaving 100 ml for all of them; a child asking 200 ml is 100 ml short."""
    gifts = [DonationFact(1, D(2016, 1, 1), W, 400), DonationFact(2, D(2017, 1, 1), W, 400)]
    claims = [
        ClaimFact(1, D(2018, 3, 1), "父母", 300, name="李秀英"),
        ClaimFact(2, D(2019, 3, 1), "配偶", 400, name="张丽"),
    ]
    me, (pool,) = rows(hunan, gifts, D(2019, 4, 1), claims)
    assert pool.who == "配偶、父母、子女"
    assert pool.pool == "shared"
    assert pool.remaining_ml == 100
    assert me.remaining_ml == 2400  # the donor's own pool is untouched
    assert "李秀英300毫升" in pool.why and "张丽400毫升" in pool.why
    check = check_claim(hunan, gifts, claims, ClaimFact(None, D(2019, 5, 1), "子女", 200, name="王小明"))
    assert (check.covered_ml, check.short_ml) == (100, 100)


def test_relatives_outside_the_rule_set_are_not_covered(hunan) -> None:
    """湖南 lists 配偶、父母、子女 only: a sibling's claim has no pool."""
    gifts = [DonationFact(1, D(2016, 1, 1), W, 400)]
    check = check_claim(hunan, gifts, [], ClaimFact(None, D(2017, 1, 1), "兄弟姐妹", 100, name="王二"))
    assert check.pool is None


def test_claims_after_the_day_asked_are_not_deducted(hunan) -> None:
    gifts = [DonationFact(1, D(2016, 1, 1), W, 400)]
    claims = [ClaimFact(1, D(2018, 3, 1), "本人", 300)]
    assert rows(hunan, gifts, D(2018, 2, 28), claims)[0].remaining_ml == 800
    assert rows(hunan, gifts, D(2018, 3, 1), claims)[0].remaining_ml == 500


def test_priority_use_is_granted_but_marked_unconfirmed(hunan) -> None:
    assert hunan.priority_use is not None
    assert "本人" in hunan.priority_use.who
    assert "priority_use" in hunan.unconfirmed


def test_unrecorded_relatives_are_irrelevant_to_a_shared_pool(hunan) -> None:
    gifts = [DonationFact(1, D(2016, 1, 1), W, 400)]
    _, pools = rows(hunan, gifts, D(2017, 1, 1), relatives=[RelativeFact(1, "父母", "李秀英")])
    assert len(pools) == 1
