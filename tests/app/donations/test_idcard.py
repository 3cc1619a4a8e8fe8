from __future__ import annotations

import datetime as dt

import pytest

from app.donations import idcard
from app.donations.idcard import IdNumberError, age_on, check_digit, convert_15_to_18, parse_id

TODAY = dt.date(2024, 6, 1)


def test_the_standard_example_ends_in_x_and_is_a_woman_born_1949_12_31():
    # GB 11643-1999's own example number.
    info = parse_id("11010519491231002X", today=TODAY)
    assert info.number == "11010519491231002X"
    assert info.birth_date == dt.date(1949, 12, 31) and info.sex == "女" and info.region == "110105"
    assert not info.converted
    assert check_digit("11010519491231002") == "X"


def test_lower_case_x_full_width_digits_spaces_and_excel_apostrophe_are_accepted():
    assert parse_id("11010519491231002x", today=TODAY).number == "11010519491231002X"
    assert parse_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY).number == "11010519491231002X"
    assert parse_id(" 110105 1949 1231 002X ", today=TODAY).number == "11010519491231002X"
    assert parse_id("'11010519491231002X", today=TODAY).number == "11010519491231002X"


def test_a_wrong_check_digit_says_which_digit_was_expected():
    with pytest.raises(IdNumberError) as info:
        parse_id("110105194912310021", today=TODAY)
    assert "校验码" in str(info.value) and "应为“X”" in str(info.value) and "“1”" in str(info.value)


def test_every_single_digit_typo_is_caught():
    good = "11010519491231002X"
    caught = 0
    for pos in (0, 3, 5, 14, 15, 16):
        for d in "0123456789":
            bad = good[:pos] + d + good[pos + 1 :]
            if bad != good:
                assert not idcard.is_valid_id(bad), bad
                caught += 1
    assert caught == 54


def test_fifteen_digit_numbers_are_converted_with_19_and_a_check_digit():
    assert convert_15_to_18("340524800101001") == "34052419800101001X"  # the textbook example
    info = parse_id("130503670401001", today=TODAY)
    assert info.converted and info.number == "130503196704010016"
    assert info.birth_date == dt.date(1967, 4, 1) and info.sex == "男"
    with pytest.raises(IdNumberError, match="只能是数字"):
        parse_id("13050367040100X", today=TODAY)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "缺少身份证号"),
        (None, "缺少身份证号"),
        ("6124011990010112", "应为18位（或旧的15位），“6124011990010112”是16位"),
        ("61240119900101123X5", "是19位"),
        ("6124011990O101123X", "不应出现的字符“O”"),
        ("61240119900101X234", "只有最后一位可以是 X"),
        ("612401199002301234", "出生日期“19900230”不存在"),
        ("612401189901011234", "早于1900年"),
        ("612401203001011234", "在今天之后"),
        (6.12401199001011e17, "被存成了数字，后几位已丢失"),
        ("6.12401E+17", "科学计数法"),
    ],
)
def test_problems_are_told_in_chinese(value, message):
    with pytest.raises(IdNumberError, match=message):
        parse_id(value, today=TODAY)


def test_fifteen_digit_number_cells_are_fine_but_eighteen_digit_ones_are_lost():
    assert parse_id(130503670401001, today=TODAY).number == "130503196704010016"
    with pytest.raises(IdNumberError):
        parse_id(110105194912310020, today=TODAY)


def test_sex_comes_from_the_17th_digit():
    first = "61240119900101123"
    male = first + check_digit(first)
    female = "61240119900101124" + check_digit("61240119900101124")
    assert parse_id(male, today=TODAY).sex == "男"
    assert parse_id(female, today=TODAY).sex == "女"


def test_age_counts_full_years_and_leap_day_births():
    assert age_on(dt.date(2000, 3, 5), dt.date(2018, 3, 4)) == 17
    assert age_on(dt.date(2000, 3, 5), dt.date(2018, 3, 5)) == 18
    assert age_on(dt.date(2000, 2, 29), dt.date(2018, 2, 28)) == 17
    assert age_on(dt.date(2000, 2, 29), dt.date(2018, 3, 1)) == 18


def test_search_shapes():
    assert idcard.looks_like_id("11010519491231002x")
    assert idcard.looks_like_id("340524800101001")
    assert not idcard.looks_like_id("张三") and not idcard.looks_like_id("6124")
    assert idcard.canonical_id("340524800101001") == "34052419800101001X"
    assert idcard.canonical_id("110105194912310021") is None
