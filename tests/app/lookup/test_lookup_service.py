"""The lookup service on a real database: search, rule choice, certificates, rule versions."""

from __future__ import annotations

import pytest
from lookup_helpers import D, make_id, preset, rule_file
from sqlalchemy import select

from app.errors import InputError, KnownError
from app.lookup.certificates import check_certificate
from app.lookup.claims import ClaimInput, record_claim
from app.lookup.entitlements import donor_lookup, lookup
from app.lookup.rulesets import copy_rule_set, import_rule_file, list_rule_sets, rule_set_data
from db.models import Certificate, RuleSet

WANG_ID = make_id(D(1985, 3, 2), 11)


@pytest.mark.parametrize("query", ["610001", WANG_ID, "王建国", "wjg"])
def test_found_by_certificate_id_name_or_initials(db, wang, query) -> None:
    result = lookup(db, query, D(2021, 7, 1))
    assert result.donor.name == "王建国"
    assert result.cumulative_ml == 700
    assert [d.counted_ml for d in result.donations] == [400, 300]
    assert result.donor.masked_id == WANG_ID[:4] + "*" * 10 + WANG_ID[-4:]


def test_office_province_picks_the_rule_set_and_rules_overrides_it(db, wang, set_province) -> None:
    """Default: the office's province (陕西 out of the box); 甘肃 gives the donor 2×, 湖南 3× at 600 ml."""
    assert lookup(db, "610001", D(2021, 7, 1)).rules.region == "陕西"
    set_province("甘肃省")
    gansu = lookup(db, "610001", D(2021, 7, 1))
    assert gansu.rules.region == "甘肃"
    assert gansu.entitlements[0].remaining_ml == 1400
    hunan = lookup(db, "610001", D(2021, 7, 1), region="湖南")
    assert hunan.entitlements[0].remaining_ml == 2100
    assert hunan.priority.granted and not hunan.priority.confirmed


def test_ambiguous_name_lists_candidates_with_masked_ids(db, wang, add_donor) -> None:
    other = make_id(D(1970, 1, 1), 33)
    add_donor("王建国", other)
    with pytest.raises(InputError) as err:
        lookup(db, "王建国")
    text = str(err.value)
    assert "对应2位献血者" in text
    assert other not in text and other[:4] + "**********" + other[-4:] in text


def test_unknown_query(db, wang) -> None:
    with pytest.raises(InputError, match="未找到献血者"):
        lookup(db, "不存在的人")


def test_unverified_rule_set_warns(db, wang) -> None:
    result = lookup(db, "610001", D(2021, 7, 1), region="安徽")
    assert any("尚未核实" in w for w in result.warnings)
    assert "（未核实）" in result.rules.label


def test_day_before_a_rule_set_takes_effect(db, wang) -> None:
    with pytest.raises(KnownError, match="不在有效期内"):
        lookup(db, "610001", D(2014, 12, 31), region="湖南")
    with pytest.raises(KnownError, match="没有“西藏”的规则集"):
        lookup(db, "610001", D(2021, 7, 1), region="西藏")


def test_certificate_check_holder_date_volume(db, wang) -> None:
    check = check_certificate(db, "６１０００２", "王建国")  # full-width digits as scanned
    assert check.ok and check.found and check.name_matches
    assert check.holder.name == "王建国"
    assert [(d.donated_on, d.volume_ml) for d in check.donations] == [(D(2021, 6, 1), 300)]


def test_certificate_check_flags_unknown_number_and_wrong_name(db, wang) -> None:
    unknown = check_certificate(db, "999999")
    assert not unknown.found and "不在记录中" in unknown.flags[0]
    wrong = check_certificate(db, "610001", "王建军")
    assert wrong.found and wrong.name_matches is False and not wrong.ok
    assert "姓名不符" in wrong.flags[0]


def test_certificate_table_entry_without_donation_link(db, wang) -> None:
    with db.session() as s:
        s.add(Certificate(number="E2022000123", donor_id=wang, issued_on=D(2022, 1, 1), electronic=True))
    check = check_certificate(db, "e2022000123")
    assert check.found and check.issued_on == D(2022, 1, 1) and check.donations == ()
    assert lookup(db, "E2022000123", D(2022, 2, 1)).certificate is not None


def test_copy_and_edit_makes_a_new_version_and_claims_keep_theirs(db, wang) -> None:
    """An administrator copies 陕西 v1 and raises the relatives' multiple; the copy is v2 with
    based_on_id, the newest in force; a claim before the copy keeps 陕西/1, one after has 陕西/2."""
    first = record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1)))
    base = next(r for r in list_rule_sets(db) if r.region == "陕西")
    data = rule_set_data(db, base.id)
    data["params"]["bands"][0]["relatives"]["windows"][0]["multiplier"] = 2
    info = copy_rule_set(db, base.id, {"params": data["params"]}, "省卫健委2026年新规：亲属2倍")
    assert (info.version, info.based_on_id, info.note) == ("2", base.id, "省卫健委2026年新规：亲属2倍")
    result = lookup(db, "610001", D(2021, 7, 2))
    assert result.rules.version == "2"
    assert next(e for e in result.entitlements if e.who == "配偶").remaining_ml == 1400
    second = record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 2)))
    assert (first.claim.rule_version, second.claim.rule_version) == ("陕西/1", "陕西/2")
    with db.session() as s:
        assert s.get(RuleSet, base.id).params["bands"][0]["relatives"]["windows"][0]["multiplier"] == 1


def test_a_broken_edit_is_refused_with_the_field_and_nothing_written(db, wang) -> None:
    base = next(r for r in list_rule_sets(db) if r.region == "湖南")
    data = rule_set_data(db, base.id)
    data["params"]["ml_per_dose"] = "四百"
    with pytest.raises(InputError) as err:
        copy_rule_set(db, base.id, {"params": data["params"]}, "改治疗量")
    assert err.value.problems[0].field == "params.ml_per_dose（1个治疗量血小板折合毫升数）"
    with pytest.raises(InputError):
        copy_rule_set(db, base.id, {"region": "湖北"}, "改地区")
    with pytest.raises(InputError):
        copy_rule_set(db, base.id, {}, "  ")
    with db.session() as s:
        assert len(s.scalars(select(RuleSet).where(RuleSet.region == "湖南")).all()) == 1


def test_importing_a_rule_file(db, tmp_path) -> None:
    data = preset("gansu-1")
    data["version"] = "2026"
    data["verified"] = False
    info = import_rule_file(db, rule_file(tmp_path, data))
    assert (info.region, info.version, info.status) == ("甘肃", "2026", "未核实")
    with pytest.raises(InputError, match="未载入"):
        import_rule_file(db, rule_file(tmp_path, data))


def test_donor_lookup_by_id_and_later_claims_warning(db, wang) -> None:
    record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1)))
    result = donor_lookup(db, wang, D(2021, 6, 30))
    assert result.entitlements[0].remaining_ml == 1500
    assert any("之后还有1笔报销" in w for w in result.warnings)


def test_one_certificate_number_on_two_donors_is_listed_not_guessed(db, wang, add_donor, give) -> None:
    other = add_donor("李四", make_id(D(1990, 2, 2), 44))
    give(other, "2022-01-01", 200, cert="610001")
    with pytest.raises(InputError, match="对应2位献血者"):
        lookup(db, "610001")
    check = check_certificate(db, "610001", "王建国")
    assert "登记在2位献血者名下" in check.flags[0]


def test_found_by_number_counts_the_history(db, wang) -> None:
    result = lookup(db, WANG_ID, D(2021, 7, 1))
    assert (result.donor.matched_by, result.donor.donation_count) == ("id_number", 2)
    assert result.donor.last_donated_on == D(2021, 6, 1)
    assert result.certificate is None
