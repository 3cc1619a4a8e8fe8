"""Worked cases for 甘肃 (gansu-1.json) and the unverified 江苏/安徽 presets, each citing its clause."""

from __future__ import annotations

from lookup_helpers import D

from app.lookup.claim_check import check_claim
from app.lookup.engine import ClaimFact, DonationFact, RelativeFact, ledger

W = "whole"
FATHER = RelativeFact(1, "父母", "王大山")
MOTHER = RelativeFact(2, "父母", "李秀英")


def by_person(rules, donations, on, claims=(), relatives=(FATHER, MOTHER)):
    return {(e.who, e.name): e for e in ledger(rules, donations, claims, on, relatives).entitlements}


def test_gansu_donor_twice_relatives_equal_for_life(gansu) -> None:
    """甘肃: 本人按献血量2倍免费用血；配偶、直系亲属按献血量等量 (no time limit)."""
    gifts = [DonationFact(1, D(2001, 1, 1), W, 400), DonationFact(2, D(2010, 1, 1), W, 200)]
    book = by_person(gansu, gifts, D(2030, 1, 1))
    assert book[("本人", None)].remaining_ml == 1200
    assert book[("本人", None)].until is None
    assert book[("父母", "王大山")].remaining_ml == 600
    assert book[("父母", "李秀英")].remaining_ml == 600
    assert book[("配偶", None)].remaining_ml == 600


def test_gansu_each_parent_has_a_separate_pool(gansu) -> None:
    """Separate pools: the father's 600 ml claim leaves the mother's 600 ml whole."""
    gifts = [DonationFact(1, D(2001, 1, 1), W, 400), DonationFact(2, D(2010, 1, 1), W, 200)]
    claims = [ClaimFact(1, D(2020, 1, 1), "父母", 600, relative_id=1, name="王大山")]
    book = by_person(gansu, gifts, D(2020, 2, 1), claims)
    assert book[("父母", "王大山")].remaining_ml == 0
    assert book[("父母", "李秀英")].remaining_ml == 600
    over = check_claim(
        gansu, gifts, claims, ClaimFact(None, D(2020, 3, 1), "父母", 100, relative_id=1, name="王大山")
    )
    assert over.short_ml == 100


def test_gansu_platelets(gansu) -> None:
    """ml_per_dose 400 (unconfirmed for 甘肃): 1 治疗量 → 400 ml → donor 800 ml."""
    book = by_person(gansu, [DonationFact(1, D(2015, 1, 1), "platelets", 0, 1)], D(2015, 1, 2))
    assert book[("本人", None)].remaining_ml == 800
    assert "尚未核实" in book[("本人", None)].why


def test_gansu_a_new_relative_asked_about_by_name(gansu) -> None:
    """A claim for a person not yet recorded is checked against a fresh pool of their own."""
    gifts = [DonationFact(1, D(2015, 1, 1), W, 400)]
    check = check_claim(
        gansu, gifts, [], ClaimFact(None, D(2016, 1, 1), "子女", 400, name="王小明"), [FATHER]
    )
    assert check.pool is not None and check.pool.remaining_ml == 400
    assert check.short_ml == 0


def test_jiangsu_preset_covers_siblings_and_parents_in_law_and_says_unverified(jiangsu) -> None:
    """江苏 preset: 亲属 include 兄弟姐妹 and 配偶父母; multipliers are placeholders (verified false)."""
    gifts = [DonationFact(1, D(2015, 1, 1), W, 400)]
    sister = RelativeFact(3, "兄弟姐妹", "王芳")
    book = by_person(jiangsu, gifts, D(2016, 1, 1), relatives=[sister])
    assert book[("兄弟姐妹", "王芳")].remaining_ml == 400
    assert ("配偶父母", None) in book
    assert "未核实" in book[("本人", None)].rule_label
    assert "尚未核实" in book[("本人", None)].why


def test_anhui_preset_covers_adoptive_relations(anhui) -> None:
    """安徽 preset: 养父母、养子女 count as relatives."""
    gifts = [DonationFact(1, D(2015, 1, 1), W, 400)]
    book = by_person(anhui, gifts, D(2016, 1, 1), relatives=[])
    assert book[("养父母", None)].remaining_ml == 400
    assert book[("养子女", None)].remaining_ml == 400
    assert ("兄弟姐妹", None) not in book
