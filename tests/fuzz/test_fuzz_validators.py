"""Property: every validator answers with a value or a ValueError carrying a message, for any
input; the name normal form is stable (normalising twice changes nothing) and never keeps an
invisible or control character."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.bounds import number_problem, year_problem
from app.names import MAX_NAME_LEN, name_problem, normalize_name
from app.plans.slots import parse_packed_units, parse_slot, split_participants
from app.tabular import convert_cell, parse_date, parse_number

ANY = st.one_of(
    st.text(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(),
    st.dates(),
    st.datetimes(),
    st.booleans(),
    st.none(),
    st.sampled_from(["9" * 5000, "1e308", "１２３单位", "1,234,567", "12.5%", "八十", "—", "2020年13月1日"]),
)


def _value_or_value_error(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        assert str(exc), "a ValueError without a message"
        return None


@given(ANY)
def test_number_and_date_parsers_answer_or_refuse(value):
    number = _value_or_value_error(parse_number, value)
    if number is not None:
        assert abs(number) <= 10**15
    _value_or_value_error(parse_date, value)
    for kind in ("text", "int", "number", "date", "slot"):
        _value_or_value_error(convert_cell, value, kind, default_year=2020)


@given(ANY, st.one_of(st.none(), st.integers(min_value=-10, max_value=3000)))
def test_slot_parser_answers_or_refuses(value, year):
    slot = _value_or_value_error(parse_slot, value, default_year=year)
    if slot is not None and slot.year is not None and 1 <= slot.year <= 9999:
        slot.label()


@given(st.text(max_size=200))
def test_packed_cells_and_participants_answer_or_refuse(text):
    entries = _value_or_value_error(parse_packed_units, text) or []
    for entry in entries:
        assert entry.amount >= 0 and entry.name
    for piece in split_participants(text):
        assert piece


@given(st.text(max_size=120))
def test_name_normal_form_is_stable_and_visible(text):
    name = normalize_name(text)
    assert normalize_name(name) == name
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name)
    assert name == name.strip()
    if name_problem(name) is None:
        assert 0 < len(name) <= MAX_NAME_LEN and any(ch.isalpha() for ch in name)


@given(ANY)
def test_bounds_answer_for_anything(value):
    number_problem("amount", value)
    year_problem(value)


@given(ANY)
def test_id_numbers_parse_or_are_refused_with_a_message(value):
    from app.donations.idcard import IdNumberError, canonical_id, is_valid_id, parse_id
    from app.donations.masking import mask
    from app.donations.search import normalize_code

    try:
        parse_id(value)
    except IdNumberError as exc:
        assert str(exc)
    is_valid_id(value)
    text = value if isinstance(value, str) else str(value)
    canonical_id(text)
    mask(text)
    normalize_code(value)
