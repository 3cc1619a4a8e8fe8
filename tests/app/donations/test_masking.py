from __future__ import annotations

from app.donations.masking import mask, mask_id, mask_phone


def test_id_numbers_keep_four_and_four():
    assert mask_id("612401199001011234") == "6124**********1234"
    assert mask("61240119900101123X") == "6124**********123X"
    assert mask("11010519491231002x") == "1101**********002X"
    assert mask("340524800101001") == "3405*******1001"
    assert len(mask("612401199001011234")) == 18


def test_phones_keep_three_and_four_and_landlines_their_area_code():
    assert mask("13812345678") == "138****5678"
    assert mask_phone("0915-3212345") == "0915-***2345"
    assert mask_phone("手机13812345678/办3212345") == "手机138****5678/办***2345"
    assert mask_phone("１３８１２３４５６７８") == "138****5678"


def test_short_and_empty_values_leak_nothing_readable():
    assert mask("") == "" and mask(None) == ""
    assert mask_id("1234") == "***4"
    assert mask_phone("110") == "*10"


def test_kind_can_be_forced_and_reveal_shows_the_full_number():
    assert mask("13812345678", "id") == "**********8"  # too short for an ID: only the last character
    assert mask("612401199001011234", "phone") == "612***********1234"
    assert mask("612401199001011234", reveal=True) == "612401199001011234"
