"""app.slots: schedule slots, 如皋 packed cells and 寿县 participant lists."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from app.plans.slots import PackedEntry, Slot, parse_packed_units, parse_slot, split_participants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1月", Slot("month", None, 1)),
        ("1月份", Slot("month", None, 1)),
        ("01", Slot("month", None, 1)),
        (" 12 月 ", Slot("month", None, 12)),
        ("十二月", Slot("month", None, 12)),
        ("2018年6月", Slot("month", 2018, 6)),
        ("2018年6月份", Slot("month", 2018, 6)),
        ("2018-06", Slot("month", 2018, 6)),
        ("2018/6", Slot("month", 2018, 6)),
        ("２０１８年６月", Slot("month", 2018, 6)),
        ("2018-06-15", Slot("month", 2018, 6)),
        ("3月上旬", Slot("dekad", None, 3, 1)),
        ("3月中旬", Slot("dekad", None, 3, 2)),
        ("12月下旬", Slot("dekad", None, 12, 3)),
        ("2020年3月上旬", Slot("dekad", 2020, 3, 1)),
        ("全年", Slot("year", None)),
        ("（全年）", Slot("year", None)),
        ("(全年)", Slot("year", None)),
        ("2020年度", Slot("year", 2020)),
        (dt.date(2018, 6, 15), Slot("month", 2018, 6)),
        (dt.datetime(2018, 6, 15, 8, 0), Slot("month", 2018, 6)),
        (6, Slot("month", None, 6)),
        (6.0, Slot("month", None, 6)),
    ],
)
def test_parse_slot(text, expected):
    assert parse_slot(text) == expected


def test_default_year_fills_only_a_missing_year():
    assert parse_slot("3月", default_year=2020) == Slot("month", 2020, 3)
    assert parse_slot("全年", default_year=2020) == Slot("year", 2020)
    assert parse_slot("2018年6月", default_year=2020) == Slot("month", 2018, 6)


@pytest.mark.parametrize(
    "text", ["", "三", "13月", "0", 0, 13, "上旬", "3-15", "2018年", "下月", "abc", True, None]
)
def test_parse_slot_rejects_with_a_chinese_message(text):
    with pytest.raises(ValueError, match=r"无法识别的时间.*可写作“3月”“2018年6月”“3月上旬”或“全年”"):
        parse_slot(text)


@pytest.mark.parametrize(
    ("slot", "label", "short"),
    [
        (Slot("month", 2018, 6), "2018年6月", "6月"),
        (Slot("month", None, 6), "6月", "6月"),
        (Slot("dekad", None, 3, 1), "3月上旬", "3月上旬"),
        (Slot("dekad", 2020, 12, 3), "2020年12月下旬", "12月下旬"),
        (Slot("year", None), "全年", "全年"),
        (Slot("year", 2020), "2020年全年", "全年"),
    ],
)
def test_label(slot, label, short):
    assert slot.label() == label
    assert str(slot) == label
    assert slot.label(with_year=False) == short


def test_label_round_trips():
    for slot in [
        Slot("month", 2018, 6),
        Slot("dekad", 2020, 3, 2),
        Slot("year", 2020),
        Slot("dekad", None, 3, 3),
    ]:
        assert parse_slot(slot.label()) == slot


def test_date_range_and_contains():
    assert Slot("dekad", 2020, 2, 3).date_range() == (dt.date(2020, 2, 21), dt.date(2020, 2, 29))
    assert Slot("dekad", None, 3, 2).date_range(2021) == (dt.date(2021, 3, 11), dt.date(2021, 3, 20))
    assert Slot("month", 2019, 2).date_range() == (dt.date(2019, 2, 1), dt.date(2019, 2, 28))
    assert Slot("year", 2020).date_range() == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert Slot("dekad", 2020, 3, 1).contains(dt.date(2020, 3, 10))
    assert not Slot("dekad", 2020, 3, 1).contains(dt.date(2020, 3, 11))
    with pytest.raises(ValueError, match="没有年份"):
        Slot("month", None, 3).date_range()


def test_sort_key_orders_by_time():
    slots = [Slot("month", 2019, 1), Slot("dekad", 2018, 6, 2), Slot("month", 2018, 6), Slot("year", 2018)]
    assert sorted(slots, key=Slot.sort_key) == [
        Slot("year", 2018),
        Slot("month", 2018, 6),
        Slot("dekad", 2018, 6, 2),
        Slot("month", 2019, 1),
    ]


# --------------------------------------------------------------------------- 如皋 packed cells


def test_packed_cell_from_the_notice():
    cell = "组织部7；宣传部5；统战部5；政法委3；搬经镇430；九华镇234"
    assert parse_packed_units(cell) == [
        PackedEntry("组织部", 7),
        PackedEntry("宣传部", 5),
        PackedEntry("统战部", 5),
        PackedEntry("政法委", 3),
        PackedEntry("搬经镇", 430),
        PackedEntry("九华镇", 234),
    ]


def test_whole_year_marker_and_trailing_separator():
    assert parse_packed_units("卫健系统600（全年）；教育系统600(全年)；城北街道545；") == [
        PackedEntry("卫健系统", 600, True),
        PackedEntry("教育系统", 600, True),
        PackedEntry("城北街道", 545, False),
    ]
    assert parse_packed_units("卫健系统（全年）600") == [PackedEntry("卫健系统", 600, True)]


def test_names_with_brackets_mixed_separators_and_units():
    assert parse_packed_units("融媒体中心（传媒集团）46，住建局44人、财政局 17;民政局：26\n东陈镇３５９") == [
        PackedEntry("融媒体中心（传媒集团）", 46),
        PackedEntry("住建局", 44),
        PackedEntry("财政局", 17),
        PackedEntry("民政局", 26),
        PackedEntry("东陈镇", 359),
    ]


def test_missing_separator_typo():
    assert parse_packed_units("商务局5；审计局6统计局5；科协2") == [
        PackedEntry("商务局", 5),
        PackedEntry("审计局", 6),
        PackedEntry("统计局", 5),
        PackedEntry("科协", 2),
    ]


@pytest.mark.parametrize(
    ("cell", "piece"), [("组织部7；宣传部", "宣传部"), ("组织部", "组织部"), ("审计局6统计局", "统计局")]
)
def test_packed_piece_without_amount(cell, piece):
    with pytest.raises(ValueError, match=f"“{piece}”没有写计划数"):
        parse_packed_units(cell)


def test_empty_packed_cell():
    assert parse_packed_units("") == []
    assert parse_packed_units("；；") == []


# --------------------------------------------------------------------------- 寿县 participants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院、众兴镇卫生院,安康医院",
            ["安丰镇", "众兴镇", "安丰镇中心卫生院", "众兴镇卫生院", "安康医院"],
        ),
        ("国投大厦内各机关单位干部职工", ["国投大厦"]),
        ("城投大厦内各单位干部职工、公安局机关干警", ["城投大厦", "公安局"]),
        ("县教育局、寿春中学、寿县三中教师职工", ["县教育局", "寿春中学", "寿县三中"]),
        ("双桥、涧沟镇机关及镇直单位干部职工", ["双桥镇", "涧沟镇"]),
        ("隐贤镇、张李乡机关及镇乡直单位干部职工", ["隐贤镇", "张李乡"]),
        ("安丰塘、保义镇机关及干部职工", ["安丰塘镇", "保义镇"]),
        ("县一中、县一中", ["县一中"]),
        ("县畜牧局、档案局干部职工", ["县畜牧局", "档案局"]),
        # Only a short bare name right before a town borrows the town's ending.
        ("县医院，涧沟镇", ["县医院", "涧沟镇"]),
        ("工业园区、涧沟镇", ["工业园区", "涧沟镇"]),
        ("", []),
    ],
)
def test_split_participants(text, expected):
    assert split_participants(text) == expected


def test_split_participants_on_every_shouxian_row(samples: Path):
    with (samples / "shouxian_2018_schedule.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 19
    for row in rows:
        names = split_participants(row["参与献血单位、对象"])
        assert names, row
        for name in names:
            # No descriptor left dangling and nothing reduced to a stub.
            assert len(name) >= 3, name
            assert not name.endswith(("职工", "干部", "单位", "机关", "及", "干警")), name
