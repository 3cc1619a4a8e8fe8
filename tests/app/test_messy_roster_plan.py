"""Other counties' rosters and quota tables, as messy as they come, through the command line.

Each variant of :mod:`messy_tables` is written as a real file and imported with ``roster import``
or ``plan import`` as ARCHITECTURE.md documents them. The right outcome is the same figures in
the database as from a clean table, or a refusal naming the row (as Excel shows it) and the field
that changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from clihelpers import run
from messy_samples import PLAN, ROSTER, TITLES, UNITS, total_row
from messy_tables import (
    FOOT,
    RED_HEAD,
    Layout,
    Sheet,
    dirty,
    full_width,
    grouped,
    map_column,
    rename,
    with_unit,
    write,
    write_xls,
    write_xlsx,
)
from sqlalchemy import func, select

from app.database import open_database
from db.tables.plans import plan, quota
from db.tables.units import unit, unit_year


def _roster_variants() -> dict[str, tuple[Layout, str, dict]]:
    r = ROSTER
    pop = 1
    return {
        "plain csv": (r, ".csv", {}),
        "red head and 发文字号 over a merged title": (replace(r, titles=TITLES), ".xlsx", {}),
        "主题词 抄送 印发 and 合计 under the table": (replace(r, foot=FOOT, total=total_row(r)), ".xlsx", {}),
        "blank rows and blank columns between": (
            replace(r, blank_rows_every=1, blank_columns=(1, 2), lead_columns=2, titles=["", ""]),
            ".xlsx",
            {},
        ),
        "乡镇名称 / 总人口": (rename(r, {"单位名称": "乡镇名称", "人口数": "总人口"}), ".xlsx", {}),
        "单位 / 户籍人口（人）": (rename(r, {"单位名称": "单位", "人口数": "户籍人口（人）"}), ".xlsx", {}),
        "full-width digits": (map_column(r, pop, full_width), ".xlsx", {}),
        "thousands commas": (map_column(r, pop, grouped), ".csv", {}),
        "thousands spaces": (map_column(r, pop, lambda v: grouped(v, " ")), ".xlsx", {}),
        "numbers with 人": (map_column(map_column(r, pop, with_unit("人")), 2, with_unit("人")), ".xlsx", {}),
        "invisible characters in cells": (map_column(map_column(r, 0, dirty), pop, dirty), ".xlsx", {}),
        "invisible characters and breaks in the header": (
            replace(r, header=["单位\n名称", "人口\u200b数", "\u00a0在职人数\u3000"]),
            ".xlsx",
            {},
        ),
        "GBK csv with a title": (replace(r, titles=TITLES[3:4]), ".csv", {"encoding": "gbk"}),
        "GB18030 semicolons": (r, ".csv", {"encoding": "gb18030", "delimiter": ";"}),
        "UTF-8 BOM tabs in .txt": (replace(r, foot=FOOT[:1]), ".txt", {"delimiter": "\t"}),
        "data on the third sheet": (
            replace(
                r,
                data_sheet_name="名册",
                data_first=False,
                other_sheets=[Sheet("说明", [["填表说明"], ["请按实际填写"]]), Sheet("Sheet2", [])],
            ),
            ".xlsx",
            {},
        ),
        "a hidden sheet with an old copy": (
            replace(
                r,
                data_first=False,
                other_sheets=[Sheet("旧表", [list(r.header), ["城关镇", 1, 1]], hidden=True)],
            ),
            ".xlsx",
            {},
        ),
        "hidden rows": (replace(r, hidden_data_rows=(1,)), ".xlsx", {}),
        "real .xls with a red head, merged title, notes and 合计": (
            replace(r, titles=TITLES, foot=FOOT, total=total_row(r)),
            ".xls",
            {},
        ),
        "序号 column and 总计 on top": (
            Layout(
                ["序号", *r.header],
                [["", "总计", 64741, 2265], *([i + 1, *cells] for i, cells in enumerate(r.rows))],
            ),
            ".xlsx",
            {},
        ),
        "group headings and 小计 inside": (
            replace(
                r,
                rows=[
                    ["一、乡镇", None, None],
                    *r.rows[:2],
                    ["小计", 64741, 405],
                    ["二、县直单位", None, None],
                    *r.rows[2:],
                    ["小计", None, 1860],
                ],
                total=total_row(r),
            ),
            ".xlsx",
            {},
        ),
        "two header rows under a merged group": (
            Layout(
                ["单位名称", "基本情况", None],
                [["", "人口数（人）", "在职人数（人）"], *r.rows],
            ),
            ".xlsx",
            {},
        ),
    }


def _figures(db_path: Path, year: int) -> dict[str, tuple]:
    db = open_database(db_path, create=False)
    try:
        with db.session() as s:
            rows = s.execute(
                select(unit.c.name, unit_year.c.population, unit_year.c.staff)
                .join(unit_year, unit_year.c.unit_id == unit.c.id)
                .where(unit_year.c.year == year)
            )
            return {name: (p, st) for name, p, st in rows}
    finally:
        db.close()


ROSTER_VARIANTS = _roster_variants()


@pytest.mark.parametrize("variant", list(ROSTER_VARIANTS))
def test_roster_variant_imports_the_same_figures(tmp_path, variant):
    layout, suffix, options = ROSTER_VARIANTS[variant]
    path = write(layout, tmp_path / f"名册{suffix}", **options)
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "roster", "import", str(path), "--year", "2024")
    assert code == 0, err
    assert json.loads(out)["imported"] == len(UNITS)
    assert _figures(db, 2024) == {name: (pop, staff) for name, pop, staff, _ in UNITS}


PLAN_VARIANTS = {
    "red head, 主题词 and 合计": (
        replace(PLAN, titles=TITLES, foot=FOOT, total=total_row(PLAN)),
        ".xlsx",
        {},
    ),
    "单位名称 and 任务数（人）with 人 in cells": (
        map_column(rename(PLAN, {"单位": "单位名称", "指标": "任务数（人）"}), 2, with_unit("人")),
        ".xlsx",
        {},
    ),
    "full-width quotas, GBK, tabs": (
        map_column(PLAN, 2, full_width),
        ".csv",
        {"encoding": "gbk", "delimiter": "\t"},
    ),
    "blank rows and columns, data on the second sheet": (
        replace(
            PLAN,
            blank_rows_every=2,
            blank_columns=(2,),
            data_first=False,
            other_sheets=[Sheet("封面", [["2024年献血计划"]])],
        ),
        ".xlsx",
        {},
    ),
    "invisible characters": (map_column(map_column(PLAN, 0, dirty), 2, dirty), ".xlsx", {}),
}


@pytest.mark.parametrize("variant", list(PLAN_VARIANTS))
def test_plan_variant_imports_the_same_quotas(tmp_path, variant):
    layout, suffix, options = PLAN_VARIANTS[variant]
    path = write(layout, tmp_path / f"指标{suffix}", **options)
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "plan", "import", str(path), "--year", "2024")
    assert code == 0, err
    data = json.loads(out)
    assert data["imported"] == len(UNITS) and data["total"] == sum(u[3] for u in UNITS)
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            query = select(unit.c.name, quota.c.amount).join(quota, quota.c.unit_id == unit.c.id)
            amounts = {name: amount for name, amount in s.execute(query).all()}
            assert s.scalar(select(func.count()).select_from(plan)) == 1
    finally:
        database.close()
    assert amounts == {name: amount for name, _, _, amount in UNITS}


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_time_and_site_merged_over_several_units_belong_to_each(tmp_path, suffix):
    """A 时间 and 采血点 cell merged down over the units of one drive: every unit gets the drive,
    not only the first (before, 长安镇 and 县第一中学 were imported without a time)."""
    rows = [
        ["2024年各单位献血时间安排"],
        ["单位", "指标", "时间", "采血点"],
        ["城关镇", 520, "3月", "县医院"],
        ["长安镇", 200, None, None],
        ["县医院", 80, "4月上旬", "县中医院"],
        ["县第一中学", 50, None, None],
    ]
    merges = [(1, 1, 1, 4), (3, 3, 4, 3), (3, 4, 4, 4), (5, 3, 6, 3), (5, 4, 6, 4)]
    path = tmp_path / f"安排{suffix}"
    (write_xlsx if suffix == ".xlsx" else write_xls)([Sheet("安排", rows, merges)], path)
    code, out, err = run(
        "--db", str(tmp_path / "x.db"), "--json", "plan", "import", str(path), "--year", "2024"
    )
    assert code == 0, err
    assert json.loads(out)["month_totals"] == {"3月": 720, "4月上旬": 130}


def test_a_table_printed_two_to_a_page_width_imports_both_halves(tmp_path):
    """序号 | 单位名称 | 人口数 twice side by side, a 合计 under each half: every unit of both halves
    is imported (before, the right half was silently dropped), and no 合计 mismatch is claimed."""
    left, right = ROSTER.rows[:2], ROSTER.rows[2:]
    rows = [
        ["2024年各单位人口数"],
        ["序号", "单位名称", "人口数", "在职人数", None, "序号", "单位名称", "人口数", "在职人数"],
        *([i + 1, *a, None, i + 3, *b] for i, (a, b) in enumerate(zip(left, right, strict=True))),
        ["", "小计", 64741, 405, None, "", "小计", None, 1860],
    ]
    path = write_xlsx([Sheet("Sheet1", rows, [(1, 1, 1, 9)])], tmp_path / "两栏.xlsx")
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "roster", "import", str(path), "--year", "2024")
    assert code == 0, err
    assert json.loads(out)["notes"] == []
    assert _figures(db, 2024) == {name: (pop, staff) for name, pop, staff, _ in UNITS}


def test_a_plan_under_a_whole_notice_pasted_above_it(tmp_path):
    """The 红头, the 发文字号 and twenty paragraphs of the notice above its 附件 table."""
    paragraphs = [f"{i}. 各单位要高度重视无偿献血工作，认真组织本单位职工参加献血。" for i in range(1, 21)]
    layout = replace(PLAN, titles=[*RED_HEAD, "关于下达2024年无偿献血任务的通知", *paragraphs, "附件：", ""])
    path = write(layout, tmp_path / "通知.xlsx")
    code, out, err = run(
        "--db", str(tmp_path / "x.db"), "--json", "plan", "import", str(path), "--year", "2024"
    )
    assert code == 0, err
    assert json.loads(out)["total"] == 850


def test_a_system_merged_down_over_its_units_is_the_parent_of_each(tmp_path):
    rows = [
        ["单位名称", "所属系统", "在职人数"],
        ["卫健系统", None, 10],
        ["县医院", "卫健系统", 650],
        ["县中医院", None, 300],
        ["县第一中学", "教育系统", 1210],
        ["教育系统", None, 5],
    ]
    path = write_xlsx([Sheet("名册", rows, [(3, 2, 4, 2)])], tmp_path / "名册.xlsx")
    db = tmp_path / "x.db"
    code, _out, err = run("--db", str(db), "roster", "import", str(path), "--year", "2024")
    assert code == 0, err
    database = open_database(db, create=False)
    try:
        parent = unit.alias("parent")
        query = select(unit.c.name, parent.c.name).join(parent, parent.c.id == unit.c.parent_id)
        with database.session() as s:
            parents = {name: up for name, up in s.execute(query).all()}
    finally:
        database.close()
    assert parents == {"县医院": "卫健系统", "县中医院": "卫健系统", "县第一中学": "教育系统"}


def test_the_same_table_on_another_sheet_is_named_not_left_out_silently(tmp_path):
    """乡镇 on one sheet, 县直单位 on the next: the first is imported and the other named in a note
    (importing both could count a copy twice; before, the second was left out without a word)."""
    towns = Sheet("乡镇", [list(ROSTER.header), *ROSTER.rows[:2]])
    offices = Sheet("县直单位", [list(ROSTER.header), *ROSTER.rows[2:]])
    template = Sheet("模板", [list(ROSTER.header)])  # visible, but nothing under its header
    path = write_xlsx([towns, offices, template], tmp_path / "名册.xlsx")
    code, out, err = run(
        "--db", str(tmp_path / "x.db"), "--json", "roster", "import", str(path), "--year", "2024"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["created"] == ["城关镇", "长安镇"]
    assert len(data["notes"]) == 1 and "“县直单位”" in data["notes"][0] and "模板" not in data["notes"][0]


def test_drive_days_in_the_time_column_count_for_their_month(tmp_path):
    """A schedule that names the drive's day ("3月5日", "3月12日（星期二）", "4月8号上午", a date
    cell): each counts for its month (before, "3月5日" was refused as not a time)."""
    days = ["3月5日", "3月12日（星期二）", dt.date(2024, 4, 1), "4月8号上午"]
    layout = Layout(
        ["单位", "指标", "献血时间"], [[u[0], u[3], day] for u, day in zip(UNITS, days, strict=True)]
    )
    path = write(replace(layout, titles=TITLES), tmp_path / "安排.xlsx")
    code, out, err = run(
        "--db", str(tmp_path / "x.db"), "--json", "plan", "import", str(path), "--year", "2024"
    )
    assert code == 0, err
    assert json.loads(out)["month_totals"] == {"3月": 720, "4月": 130}
