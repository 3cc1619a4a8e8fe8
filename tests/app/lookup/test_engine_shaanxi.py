"""Worked cases for 陕西 (resources/rules/reimbursement/shaanxi-1.json), each citing its clause."""

from __future__ import annotations

from lookup_helpers import D

from app.lookup.claim_check import check_claim
from app.lookup.engine import ClaimFact, DonationFact, RelativeFact, ledger

W = "whole"
MOTHER = RelativeFact(7, "父母", "李秀英")
SPOUSE = RelativeFact(8, "配偶", "张丽")


def one(rules, donations, on, claims=(), relatives=(MOTHER, SPOUSE)):
    """{(who, name): entitlement} on *on*."""
    book = ledger(rules, donations, claims, on, relatives)
    return {(e.who, e.name): e for e in book.entitlements}


def donor(rules, donations, on, claims=()):
    return one(rules, donations, on, claims)[("本人", None)]


def test_donor_three_month_window_edge(shaanxi) -> None:
    """Clause (band 0): 本人自献血之日起3个月内等量、3个月至5年3倍.
    400 ml on 2020-01-15: the 3-month window ends 2020-04-15 inclusive, so 400 ml that day and the
    day before, 1,200 ml from the day after."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    assert donor(shaanxi, gift, D(2020, 4, 14)).remaining_ml == 400
    assert donor(shaanxi, gift, D(2020, 4, 15)).remaining_ml == 400
    assert donor(shaanxi, gift, D(2020, 4, 16)).remaining_ml == 1200


def test_donor_five_year_window_edge(shaanxi) -> None:
    """Clause (band 0): 3个月至5年3倍、5年后等量. 2025-01-15 is the last day of 3×; from
    2025-01-16 the same donation grants equal volume, for life (until is null)."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    last_day = donor(shaanxi, gift, D(2025, 1, 15))
    assert last_day.remaining_ml == 1200
    assert [(c.on, c.remaining_ml) for c in last_day.changes] == [(D(2025, 1, 16), 400)]
    after = donor(shaanxi, gift, D(2025, 1, 16))
    assert after.remaining_ml == 400
    assert after.until is None and after.changes == []


def test_relatives_lapse_after_five_years(shaanxi) -> None:
    """Clause (band 0): 配偶、父母、子女自献血之日起5年内等量. Each relative (separate pools) has
    400 ml through 2025-01-15, which is the 'until' date, and nothing from 2025-01-16."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    before = one(shaanxi, gift, D(2025, 1, 15))
    assert before[("父母", "李秀英")].remaining_ml == 400
    assert before[("父母", "李秀英")].until == D(2025, 1, 15)
    assert before[("配偶", "张丽")].remaining_ml == 400
    assert before[("子女", None)].remaining_ml == 400  # nobody recorded as 子女 yet
    after = one(shaanxi, gift, D(2025, 1, 16))
    assert after[("父母", "李秀英")].remaining_ml == 0
    assert "已过有效期" in after[("父母", "李秀英")].why


def test_window_that_ends_in_a_short_month(shaanxi) -> None:
    """3 months from 2019-11-30 is 2020-02-29 (the month's last day), so 3× starts on 2020-03-01."""
    gift = [DonationFact(1, D(2019, 11, 30), W, 200)]
    assert donor(shaanxi, gift, D(2020, 2, 29)).remaining_ml == 200
    assert donor(shaanxi, gift, D(2020, 3, 1)).remaining_ml == 600


def test_unlimited_threshold_at_1000_ml(shaanxi) -> None:
    """Clause (band 1000): 累计献血1000毫升以上：本人终身免费用血不限量；配偶、父母、子女终身等量.
    At 900 ml (the day before the last donation) the donor has a number; the day of the
    donation that makes 1,000 ml it is unlimited (remaining null) and relatives' equal volume
    no longer lapses."""
    gifts = [
        DonationFact(1, D(2018, 1, 10), W, 400),
        DonationFact(2, D(2019, 1, 10), W, 300),
        DonationFact(3, D(2020, 1, 10), W, 200),
        DonationFact(4, D(2024, 6, 1), W, 100),
    ]
    before = one(shaanxi, gifts, D(2024, 5, 31))
    # 2018 and 2019 gifts are past 5 years (equal volume), the 2020 one is in its 3× window
    assert before[("本人", None)].remaining_ml == 400 + 300 + 3 * 200
    assert before[("父母", "李秀英")].remaining_ml == 200
    assert before[("父母", "李秀英")].until == D(2025, 1, 10)
    at = one(shaanxi, gifts, D(2024, 6, 1))
    assert at[("本人", None)].remaining_ml is None
    assert at[("本人", None)].unlimited
    assert "不限量" in at[("本人", None)].why
    assert at[("父母", "李秀英")].remaining_ml == 1000
    assert at[("父母", "李秀英")].until is None


def test_legacy_donations_before_2005(shaanxi) -> None:
    """Legacy clause: 2004年12月31日前的献血：本人献血量2倍，亲属等量 (for life). A donation on
    2004-12-31 is legacy; one on 2005-01-01 falls under the current bands (3 months equal)."""
    legacy = [DonationFact(1, D(2004, 12, 31), W, 400)]
    book = one(shaanxi, legacy, D(2020, 1, 1))
    assert book[("本人", None)].remaining_ml == 800
    assert book[("本人", None)].until is None
    assert book[("父母", "李秀英")].remaining_ml == 400
    assert "旧规则" in book[("本人", None)].why
    current = [DonationFact(1, D(2005, 1, 1), W, 400)]
    assert donor(shaanxi, current, D(2005, 2, 1)).remaining_ml == 400
    assert one(shaanxi, current, D(2010, 1, 2))[("父母", "李秀英")].remaining_ml == 0


def test_legacy_volume_counts_toward_the_1000_ml_band(shaanxi) -> None:
    """legacy.counts_toward_bands is true (marked unconfirmed): 600 ml before 2005 and 400 ml
    after make 1,000 ml, so the donor is unlimited; the trace says this is not yet confirmed."""
    gifts = [
        DonationFact(1, D(2003, 5, 1), W, 400),
        DonationFact(2, D(2004, 5, 1), W, 200),
        DonationFact(3, D(2012, 5, 1), W, 400),
    ]
    me = donor(shaanxi, gifts, D(2013, 1, 1))
    assert me.remaining_ml is None
    assert "尚未核实" in me.why


def test_platelets_converted_by_ml_per_dose(shaanxi) -> None:
    """ml_per_dose 400 (marked unconfirmed for 陕西): 2 治疗量 count as 800 ml; after 3 months 3×."""
    gift = [DonationFact(1, D(2022, 3, 1), "platelets", 0, 2)]
    me = donor(shaanxi, gift, D(2022, 7, 1))
    assert me.cumulative_ml == 800
    assert me.remaining_ml == 2400
    assert "每治疗量400毫升" in me.why


def test_separate_pools_a_mothers_claim_leaves_the_spouse_whole(shaanxi) -> None:
    """Separate pools: each relative has equal volume of their own."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    claims = [ClaimFact(1, D(2021, 1, 1), "父母", 300, relative_id=7, name="李秀英")]
    book = one(shaanxi, gift, D(2021, 2, 1), claims)
    assert book[("父母", "李秀英")].remaining_ml == 100
    assert book[("配偶", "张丽")].remaining_ml == 400
    assert "李秀英300毫升" in book[("父母", "李秀英")].why


def test_a_claim_draws_first_on_the_donation_whose_window_ends_first(shaanxi) -> None:
    """Relatives: 2017 and 2020 donations each grant 400 ml for 5 years. A 400 ml claim in 2021
    draws on the 2017 one (ending 2022-03-01), so 400 ml remains until 2025-01-15."""
    gifts = [DonationFact(1, D(2017, 3, 1), W, 400), DonationFact(2, D(2020, 1, 15), W, 400)]
    claims = [ClaimFact(1, D(2021, 1, 1), "父母", 400, relative_id=7, name="李秀英")]
    mother = one(shaanxi, gifts, D(2021, 2, 1), claims)[("父母", "李秀英")]
    assert mother.remaining_ml == 400
    assert mother.until == D(2025, 1, 15)
    assert mother.claims[0].drawn == [(1, 400)]


def test_over_claim_is_short_and_an_override_is_not_carried(shaanxi) -> None:
    """Within 3 months the donor has 400 ml: a 600 ml claim is 200 ml short. Recorded anyway
    (an override), the shortfall is not charged to later donations."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    check = check_claim(shaanxi, gift, [], ClaimFact(None, D(2020, 2, 1), "本人", 600))
    assert (check.covered_ml, check.short_ml) == (400, 200)
    claims = [ClaimFact(1, D(2020, 2, 1), "本人", 600, override=True)]
    later = [*gift, DonationFact(2, D(2020, 8, 1), W, 400)]
    me = donor(shaanxi, later, D(2020, 9, 1), claims)
    assert me.remaining_ml == 400 + (1200 - 400)  # new gift (3 months equal) + old gift 3× minus its 400
    assert "经特批" in me.why


def test_backdated_claim_that_would_starve_a_later_one_is_caught(shaanxi) -> None:
    """A claim entered late for an earlier day takes what a recorded later claim drew on."""
    gift = [DonationFact(1, D(2020, 1, 15), W, 400)]
    claims = [ClaimFact(1, D(2020, 3, 1), "父母", 400, relative_id=7, name="李秀英")]
    new = ClaimFact(None, D(2020, 2, 1), "父母", 200, relative_id=7, name="李秀英")
    check = check_claim(shaanxi, gift, claims, new, [MOTHER])
    assert check.short_ml == 0
    assert [c.claim_id for c in check.broken] == [1]


def test_no_donations_no_entitlement(shaanxi) -> None:
    me = donor(shaanxi, [DonationFact(1, D(2020, 1, 15), W, 400)], D(2020, 1, 14))
    assert me.remaining_ml == 0
    assert "没有可计入的献血记录" in me.why
