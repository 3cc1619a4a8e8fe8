from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from app.donations import donations, donors
from app.donations.donations import DonationInput, NeedsReason
from app.donations.donors import DonorInput, parse_blood
from app.errors import InputError
from db.models import AuditLog, Donation, Unit

D = dt.date
TODAY = D(2024, 6, 1)


@pytest.fixture
def town(db) -> int:
    with db.session() as s:
        return s.execute(insert(Unit).values(name="城关镇", kind="镇街")).inserted_primary_key[0]


def test_register_a_donor_from_the_id_number(db, town, new_id):
    number = new_id(D(1992, 8, 17), 33, male=False)
    d = donors.create_donor(
        db,
        DonorInput(
            number.lower(), " 刘 晓 燕 ", abo="o型", rh="阳性", phone="13912345678", work_unit_id=town
        ),
    )
    assert d.name == "刘晓燕" and d.sex == "女" and d.birth_date == D(1992, 8, 17)
    assert d.blood == "O+" and d.work_unit == "城关镇" and d.masked_phone == "139****5678"
    assert donors.find_by_id_number(db, number).name == "刘晓燕"


def test_the_same_id_number_is_the_same_person(db, new_id):
    number = new_id(D(1990, 1, 1), 11)
    donors.create_donor(db, DonorInput(number, "张三"))
    with pytest.raises(InputError) as info:
        donors.create_donor(db, DonorInput(number, "张叁"))
    assert "已登记为“张三”" in str(info.value)


def test_every_problem_is_named_and_nothing_is_written(db):
    with pytest.raises(InputError) as info:
        donors.create_donor(db, DonorInput("110105194912310021", "", abo="C", rh="?", work_unit_id=99))
    fields = [p.field for p in info.value.problems]
    assert fields == ["身份证号", "姓名", "血型", "RhD", "工作单位"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O+", ("O", "+")),
        ("AB-", ("AB", "-")),
        ("A型阳性", ("A", "+")),
        ("B型RhD阴性", ("B", "-")),
        ("ｏ型", ("O", "")),
        ("Q", None),
    ],
)
def test_blood_types_as_written(text, expected):
    assert parse_blood(text) == expected


def test_flags_and_same_name_same_birth_offered_as_a_merge(db, new_id):
    a = donors.create_donor(db, DonorInput(new_id(D(1988, 4, 4), 11), "王伟"))
    b = donors.create_donor(db, DonorInput(new_id(D(1988, 4, 4), 13), "王伟"))
    donors.create_donor(db, DonorInput(new_id(D(1988, 4, 5), 15), "王伟"))
    flagged = donors.set_flags(db, a.id, emergency_team=True, no_contact=False)
    assert flagged.emergency_team and not flagged.no_contact
    [pair] = donors.duplicate_candidates(db)
    assert {pair.first.id, pair.second.id} == {a.id, b.id} and "出生日期1988-04-04相同" in pair.reason
    assert [(p.first.id, p.second.id) for p in donors.duplicate_candidates(db, a.id)] == [(a.id, b.id)]


@pytest.fixture
def donor(db, town, new_id):
    return donors.create_donor(
        db, DonorInput(new_id(D(1990, 5, 20), 11), "张三", abo="A", rh="+", work_unit_id=town)
    )


def entry(donor, day, **kw):
    values = {"kind": "whole", "volume_ml": 400}
    values.update(kw)
    return DonationInput(donor_id=donor.id, donated_on=day, **values)


def test_a_repeat_donor_in_one_call_counting_for_the_work_unit(db, donor):
    rec = donations.record_donation(
        db, entry(donor, D(2024, 1, 5), donation_code=" a001 "), entered_by="小李", today=TODAY
    )
    r = rec.record
    assert r.unit == "城关镇" and r.donation_code == "A001" and r.entered_by == "小李" and r.entered_at
    assert r.amount_label == "400ml" and r.kind_label == "全血" and rec.warnings == ()
    plt = donations.record_donation(
        db, entry(donor, D(2024, 4, 5), kind="platelets", volume_ml=0, doses=2), today=TODAY
    ).record
    assert plt.amount_label == "2治疗量" and plt.unit == "城关镇"
    assert [d.donated_on for d in donations.donor_donations(db, donor.id)] == [D(2024, 4, 5), D(2024, 1, 5)]


def test_a_warning_needs_a_reason_which_is_kept(db, donor):
    donations.record_donation(db, entry(donor, D(2024, 1, 5)), today=TODAY)
    check = donations.check_donation(db, entry(donor, D(2024, 3, 1)), today=TODAY)
    assert check.problems == () and [w.code for w in check.warnings] == ["interval"]
    with pytest.raises(NeedsReason) as info:
        donations.record_donation(db, entry(donor, D(2024, 3, 1)), today=TODAY)
    assert info.value.eligibility.whole_blood_from == D(2024, 7, 5)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Donation)) == 1
    rec = donations.record_donation(
        db,
        entry(donor, D(2024, 3, 1), override_reason="医生评估后同意（应急）", category="应急"),
        today=TODAY,
    )
    assert rec.record.override_reason == "医生评估后同意（应急）" and len(rec.warnings) == 1


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"volume_ml": 350}, "献血量", "200、300、400"),
        ({"kind": "platelets", "volume_ml": 0, "doses": 3}, "献血量", "1、2 个治疗量"),
        ({"donated_on": D(2024, 6, 2)}, "献血日期", "晚于今天"),
        ({"donated_on": D(1989, 1, 1)}, "献血日期", "早于出生日期"),
        ({"category": "路过"}, "类别", "街头个人"),
        ({"unit_id": 999}, "计入单位", "不存在"),
    ],
)
def test_entry_problems_refuse(db, donor, changes, field, words):
    with pytest.raises(InputError) as info:
        donations.record_donation(
            db, entry(donor, changes.pop("donated_on", D(2024, 5, 1)), **changes), today=TODAY
        )
    [problem] = info.value.problems
    assert problem.field == field and words in problem.message


def test_a_donation_code_is_used_once(db, donor):
    donations.record_donation(db, entry(donor, D(2023, 1, 5), donation_code="A1"), today=TODAY)
    with pytest.raises(InputError, match="已用于张三2023-01-05"):
        donations.record_donation(db, entry(donor, D(2024, 1, 5), donation_code="a1"), today=TODAY)


def test_a_donation_typed_in_error_can_be_removed(db, donor):
    rec = donations.record_donation(db, entry(donor, D(2024, 1, 5)), today=TODAY)
    donations.delete_donation(db, rec.record.id)
    assert donations.donor_donations(db, donor.id) == []
    detail = donors.get_donor(db, donor.id)
    assert detail.donor.donation_count == 0 and detail.donations == ()


def test_a_walk_in_donor_and_the_donation_in_one_transaction(db, town, new_id):
    walk_in = DonorInput(new_id(D(1999, 12, 1), 44, male=False), "苏晓", abo="B", rh="+", work_unit_id=town)
    rec = donations.record_new_donor_donation(
        db,
        walk_in,
        DonationInput(donor_id=0, donated_on=D(2024, 5, 1), volume_ml=300),
        entered_by="小李",
        today=TODAY,
    )
    assert rec.record.donor_name == "苏晓" and rec.record.unit == "城关镇" and rec.record.volume_ml == 300
    too_young = DonorInput(new_id(D(2006, 12, 1), 46), "苏小弟")
    with pytest.raises(NeedsReason, match="不符合献血条件"):
        donations.record_new_donor_donation(
            db, too_young, DonationInput(donor_id=0, donated_on=D(2024, 5, 1), volume_ml=200), today=TODAY
        )
    assert donors.find_by_id_number(db, too_young.id_number) is None  # the donor was not kept either
