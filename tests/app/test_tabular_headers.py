"""Headers in two rows, as other counties draw them: a merged 时间安排 over 月份 | 旬 | 采血点, units
（人）（人次） under the names; and a first data row that only looks like labels is still data."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from app.plans import importing as plan_import
from app.tabular import FieldSpec, find_table, read_rows
from db.models import Quota, ScheduleSlot, Site, Unit

FIELDS = [
    FieldSpec("unit", "单位", ("单位名称",), "text", True),
    FieldSpec("population", "人口数", ("人口", "常住人口"), "int"),
    FieldSpec("quota", "指标", ("任务数", "任务"), "int", True),
    FieldSpec("slot", "时间", ("月份", "时间安排"), "text"),
    FieldSpec("site", "采血点", (), "text"),
]


def _sheet(path: Path, rows: list[list], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def hanyin(path: Path) -> Path:
    return _sheet(
        path,
        [
            ["汉阴县2024年度献血计划安排表"],
            ["单位", "人口", "任务", "时间安排", None, None],
            [None, None, None, "月份", "旬", "采血点"],
            ["城关镇", 40000, 200, "3月", "上旬", "城关广场"],
            ["涧池镇", 21000, 110, 4, "中旬", "镇政府"],
            ["汉阳镇", 18000, "90", "全年", None, None],
        ],
        ("A1:F1", "D2:F2", "A2:A3", "B2:B3", "C2:C3"),
    )


def test_a_merged_upper_header_over_its_parts(tmp_path):
    table = find_table(read_rows(hanyin(tmp_path / "h.xlsx")), FIELDS)
    assert table.header_row == 2 and table.title_lines == ["汉阴县2024年度献血计划安排表"]
    assert table.columns == {"unit": 0, "population": 1, "quota": 2, "slot": 3, "site": 5}
    assert [(r.values["unit"], r.values["quota"], r.values["site"]) for r in table.records] == [
        ("城关镇", 200, "城关广场"),
        ("涧池镇", 110, "镇政府"),
        ("汉阳镇", 90, None),
    ]
    assert table.problems == [] and table.year_hint == 2024


def test_a_units_row_under_the_names(tmp_path):
    path = _sheet(
        tmp_path / "u.xlsx",
        [
            ["石泉县任务分解表"],
            ["单位名称", "常住人口", "任务数"],
            [None, "（人）", "（人次）"],
            ["城关镇", "52,312", 300],
            ["后柳镇", 12088, "80人次"],
        ],
    )
    table = find_table(read_rows(path), FIELDS)
    assert table.headers == {"unit": "单位名称", "population": "常住人口（人）", "quota": "任务数（人次）"}
    assert [(r.row, r.values["population"], r.values["quota"]) for r in table.records] == [
        (4, 52312, 300),
        (5, 12088, 80),
    ]


def test_a_first_row_of_text_values_is_data_not_header(tmp_path):
    path = _sheet(
        tmp_path / "d.xlsx",
        [
            ["单位", "任务", "时间", "采血点"],
            ["城关镇", "待定", "全年", "广场"],
            ["长安镇", 20, "5月", "镇卫生院"],
        ],
    )
    table = find_table(read_rows(path), FIELDS)
    assert table.header_row == 1
    assert [r.values["unit"] for r in table.records] == ["城关镇", "长安镇"]
    assert [(p.row, p.field) for p in table.problems] == [(2, "指标")]


def test_plan_import_joins_month_and_part_columns(db, tmp_path):
    preview = plan_import.preview_plan_import(db, hanyin(tmp_path / "h.xlsx"), 2024)
    assert preview.layout == "long" and preview.month_totals == {"3月上旬": 200, "4月中旬": 110}
    plan_import.commit_plan_import(db, preview)
    with db.session() as s:
        got = s.execute(
            select(
                Unit.name, Quota.amount, ScheduleSlot.kind, ScheduleSlot.month, ScheduleSlot.part, Site.name
            )
            .join(Quota, Quota.unit_id == Unit.id)
            .outerjoin(ScheduleSlot, ScheduleSlot.id == Quota.slot_id)
            .outerjoin(Site, Site.id == ScheduleSlot.site_id)
        ).all()
    assert sorted(map(tuple, got)) == sorted(
        [
            ("城关镇", 200, "dekad", 3, 1, "城关广场"),
            ("涧池镇", 110, "dekad", 4, 2, "镇政府"),
            ("汉阳镇", 90, "year", None, None, None),
        ]
    )
