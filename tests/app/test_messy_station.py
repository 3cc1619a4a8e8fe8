"""Other blood stations' exports, as messy as they come, through ``donations import``.

Each variant of :mod:`messy_tables` is written as a real file and imported as ARCHITECTURE.md
documents the command. The right outcome is the same donations as from a clean export, or the
row refused with its sheet row number and the field named, the other rows committed together.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import replace
from pathlib import Path

import pytest
from clihelpers import run
from messy_samples import COL, EXPECTED, EXPORT, HEADER, IDS, PEOPLE, D, set_cells, station_row
from messy_tables import (
    FOOT,
    RED_HEAD,
    Layout,
    Sheet,
    dirty,
    excel_serial,
    full_width,
    map_column,
    rename,
    write,
    write_xlsx,
)
from sqlalchemy import select

from app.database import open_database
from db.tables.donors import donation, donor


def _blood_in_one_cell(layout: Layout, spellings: list[str]) -> Layout:
    """The Rh column folded into the 血型 cell ("A型RhD阳性", "O+"), the Rh column dropped."""
    rh = layout.header.index("Rh(D)")
    out = set_cells(layout, "血型", spellings)
    return replace(out, header=[h for i, h in enumerate(out.header) if i != rh], rows=[
        [v for i, v in enumerate(cells) if i != rh] for cells in out.rows
    ])  # fmt: skip


_TOTAL = ["合计", "5人", None, None, None, None, None, None, None, None, None, None, "1700ml+2治疗量"]

VARIANTS: dict[str, tuple[Layout, str, dict]] = {
    "plain xlsx": (EXPORT, ".xlsx", {}),
    "red head, merged title, 主题词 抄送 印发, 注 and 合计": (
        replace(EXPORT, titles=[*RED_HEAD, "2024年上半年献血者名单"], foot=FOOT, total=_TOTAL),
        ".xlsx",
        {},
    ),
    "姓名 身份证号码 采集日期 ABO血型 with Rh in the cell": (
        _blood_in_one_cell(
            rename(EXPORT, {"献血者姓名": "姓名", "证件号码": "身份证号码", "采血日期": "采集日期"}),
            ["A型RhD阳性", "O型Rh(D)阳性", "B型RhD阴性", "AB型阳性", "O型RhD阳性"],
        ),
        ".xlsx",
        {},
    ),
    "献血者姓名 证件号码 献血日期, O+ spellings": (
        _blood_in_one_cell(rename(EXPORT, {"采血日期": "献血日期"}), ["A+", "O+", "B-", "AB+", "O+"]),
        ".xlsx",
        {},
    ),
    "Rh written twice or in brackets": (
        set_cells(EXPORT, "Rh(D)", ["阳性(+)", "RhD阳性（+）", "(RhD阴性)", "+(阳性)", "Rh(D)阳性"]),
        ".xlsx",
        {},
    ),
    "blood type and Rh in brackets in one cell": (
        _blood_in_one_cell(
            EXPORT, ["A型Rh阳性(+)", "O型（Rh阳性）", "B型(RhD阴性)", "AB型RhD阳性(+)", "O型 Rh(+)"]
        ),
        ".xlsx",
        {},
    ),
    "every date spelling": (
        set_cells(
            EXPORT,
            "采血日期",
            [
                excel_serial(D(2024, 3, 5)),
                "2024.3.6",
                "2024/04/01",
                "20240520",
                dt.datetime(2024, 6, 3, 9, 41),
            ],
        ),
        ".xlsx",
        {},
    ),
    "Excel serials with the time of day": (
        set_cells(EXPORT, "采血日期", [excel_serial(p[6]) + 0.40625 for p in PEOPLE]),
        ".xlsx",
        {},
    ),
    "Excel serials saved into a CSV": (
        set_cells(
            EXPORT,
            "采血日期",
            [str(excel_serial(PEOPLE[0][6])), *(f"{excel_serial(p[6])}.5" for p in PEOPLE[1:])],
        ),
        ".csv",
        {},
    ),
    "dates as 2024年3月5日 and with times, in a CSV": (
        set_cells(
            EXPORT,
            "采血日期",
            ["2024年3月5日", "2024-03-06 10:12:00", "2024年4月1日 8:30", "2024/5/20", "2024-6-3"],
        ),
        ".csv",
        {},
    ),
    "amount spellings": (
        set_cells(EXPORT, "采血量", ["400毫升", "２００ ML", "300", "2 治疗量", "４００ｍｌ"]),
        ".xlsx",
        {},
    ),
    "whole blood in U under 献血量（U）, platelets as bare numbers": (
        set_cells(rename(EXPORT, {"采血量": "献血量（U）"}), "献血量（U）", [2, "1", 1.5, 2, "2U"]),
        ".xlsx",
        {},
    ),
    "ID numbers: lower-case x, full-width, spaces, 15 digits": (
        set_cells(
            EXPORT,
            "证件号码",
            [
                IDS[0].lower(),
                full_width(IDS[1]),
                f"{IDS[2][:6]} {IDS[2][6:14]} {IDS[2][14:]}",
                IDS[3][:6] + IDS[3][8:17],
                "'" + IDS[4],
            ],
        ),
        ".xlsx",
        {},
    ),
    "invisible characters everywhere": (
        functools.reduce(
            lambda layout, column: map_column(layout, COL[column], dirty),
            [
                "献血码",
                "献血者姓名",
                "血型",
                "证件号码",
                "所属单位",
                "采血日期",
                "采血量",
                "献血类型",
                "性别",
            ],
            set_cells(EXPORT, "采血日期", [p[6].isoformat() for p in PEOPLE]),
        ),
        ".xlsx",
        {},
    ),
    "line breaks and spaces in the header, blank rows and columns": (
        replace(
            rename(
                EXPORT,
                {"采血日期": "采血\n日期", "证件号码": " 证件\u00a0号码 ", "献血者姓名": "献血者\n姓名"},
            ),
            blank_rows_every=2,
            blank_columns=(3, 7),
            lead_columns=1,
        ),
        ".xlsx",
        {},
    ),
    "GBK CSV with a title": (replace(EXPORT, titles=["旬阳县2024年献血者名单"]), ".csv", {"encoding": "gbk"}),
    "GB18030 with semicolons": (EXPORT, ".csv", {"encoding": "gb18030", "delimiter": ";"}),
    "UTF-8 BOM, tabs": (replace(EXPORT, foot=FOOT), ".csv", {"delimiter": "\t"}),
    "data on the second sheet, a hidden sheet before it": (
        replace(
            EXPORT,
            data_sheet_name="献血明细",
            data_first=False,
            other_sheets=[
                Sheet("统计", [["血型", "人数"], ["A", 1], ["O", 2]]),
                Sheet("模板", [list(HEADER)], hidden=True),
            ],
        ),
        ".xlsx",
        {},
    ),
    "性别 as M/F, 1/2 (GB/T 2261.1) and 男性": (
        set_cells(EXPORT, "性别", ["M", "F", 1, "男性", "2"]),
        ".xlsx",
        {},
    ),
    "dates with Chinese times and weekdays": (
        set_cells(
            EXPORT,
            "采血日期",
            [
                "2024年3月5日9时30分",
                "2024年03月06日 10:00",
                "2024-04-01T08:00:00",
                "2024/5/20 星期一",
                "2024年6月3日上午",
            ],
        ),
        ".xlsx",
        {},
    ),
    'CSV keeping ID numbers and codes as ="…"': (
        map_column(
            map_column(EXPORT, COL["证件号码"], lambda v: f'="{v}"'), COL["献血码"], lambda v: f'="{v}"'
        ),
        ".csv",
        {"encoding": "gbk"},
    ),
    "real .xls with a red head, 合计 and notes": (
        replace(EXPORT, titles=[*RED_HEAD, "2024年上半年献血者名单"], foot=FOOT, total=_TOTAL),
        ".xls",
        {},
    ),
    "real .xls, every date spelling, data on a later sheet": (
        replace(
            set_cells(
                EXPORT,
                "采血日期",
                [
                    excel_serial(D(2024, 3, 5)),
                    "2024.3.6",
                    "2024/04/01",
                    "20240520",
                    dt.datetime(2024, 6, 3, 9, 41),
                ],
            ),
            data_first=False,
            other_sheets=[Sheet("说明", [["本表由血站信息系统导出"]])],
        ),
        ".xls",
        {},
    ),
    "序号 column": (
        Layout(["序号", *HEADER], [[i + 1, *cells] for i, cells in enumerate(EXPORT.rows)]),
        ".xlsx",
        {},
    ),
}


def _donations(db_path: Path) -> dict[str, tuple]:
    db = open_database(db_path, create=False)
    try:
        with db.session() as s:
            query = select(
                donor.c.id_number,
                donation.c.donated_on,
                donation.c.kind,
                donation.c.volume_ml,
                donation.c.doses,
                donor.c.abo,
                donor.c.rh,
            ).join(donor, donor.c.id == donation.c.donor_id)
            return {number: tuple(rest) for number, *rest in s.execute(query).all()}
    finally:
        db.close()


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_station_export_variant_imports_the_same_donations(tmp_path, variant):
    layout, suffix, options = VARIANTS[variant]
    path = write(layout, tmp_path / f"血站导出{suffix}", **options)
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "donations", "import", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert data["rejected"] == [] and data["imported"] == len(PEOPLE), data
    assert _donations(db) == EXPECTED


def test_rows_that_lost_digits_or_hold_impossible_values_are_refused_by_row_and_field(tmp_path):
    """ID numbers Excel stored as numbers (digits lost), in scientific notation, a date that does
    not exist, an amount not allowed: each row refused with its sheet row as Excel shows it (two
    title rows above the header) and the field in Chinese; the good rows commit together."""
    layout = replace(EXPORT, titles=RED_HEAD)
    layout = set_cells(layout, "证件号码", [IDS[0], "6.12401E+17", int(IDS[2]), IDS[3], IDS[4]])
    layout = set_cells(
        layout, "采血日期", ["2024.13.1", D(2024, 3, 6), D(2024, 4, 1), D(2024, 5, 20), D(2024, 6, 3)]
    )
    layout = set_cells(layout, "采血量", ["400ml", "200ml", "300ml", "2治疗量", "450毫升"])
    path = write(layout, tmp_path / "血站导出.xlsx")
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "donations", "import", str(path))
    assert code == 0, err
    data = json.loads(out)
    rejected = {(r["row"], r["field"]): r["reason"] for r in data["rejected"]}
    assert set(rejected) == {(4, "采血日期"), (5, "证件号码"), (6, "证件号码"), (8, "采血量")}
    assert "存成了数字" in rejected[6, "证件号码"] and "科学计数法" in rejected[5, "证件号码"]
    assert "不存在" in rejected[4, "采血日期"] and "450" in rejected[8, "采血量"]
    assert data["imported"] == 1 and _donations(db) == {IDS[3]: EXPECTED[IDS[3]]}


def test_a_drive_date_and_unit_merged_down_over_its_donors(tmp_path):
    """A group drive's 采血日期 and 所属单位 merged over its donors' rows (read as a stream): each
    donor gets the day, instead of being rejected for a missing date."""
    rows = [list(HEADER), *(station_row(i) for i in range(3))]
    for cells in rows[2:]:
        cells[COL["采血日期"]] = cells[COL["所属单位"]] = None
    day_col, unit_col = COL["采血日期"] + 1, COL["所属单位"] + 1
    rows[1][day_col - 1], rows[1][unit_col - 1] = D(2024, 3, 5), "县人民医院"
    merges = [(2, day_col, 4, day_col), (2, unit_col, 4, unit_col)]
    path = write_xlsx([Sheet("团体献血", rows, merges)], tmp_path / "团体.xlsx")
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "donations", "import", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert data["rejected"] == [] and data["new_units"] == ["县人民医院"]
    assert {number: d[0] for number, d in _donations(db).items()} == dict.fromkeys(IDS[:3], D(2024, 3, 5))


def test_a_code_excel_stored_as_a_number_is_refused_not_stored_with_lost_digits(tmp_path):
    """献血码 of 18 digits in a number cell come back with their last digits rounded away (before,
    "124202403050001200" was stored); a 献血证号 in scientific notation likewise. Short numeric
    codes are whole and taken."""
    layout = replace(
        EXPORT, header=[*HEADER, "献血证号"], rows=[[*r, f"6124{i:06d}"] for i, r in enumerate(EXPORT.rows)]
    )
    layout = set_cells(layout, "献血码", [124202403050001234, "A0001", 61240100000001, 3, "0124202406030004"])
    layout = set_cells(
        layout, "献血证号", ["6124000000", "6124000001", "6.124E+15", "6124000003", "6124000004"]
    )
    path = write(layout, tmp_path / "血站导出.xlsx")
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "donations", "import", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert [(r["row"], r["field"]) for r in data["rejected"]] == [(2, "献血码"), (4, "献血证号")]
    assert all("后几位已丢失" in r["reason"] for r in data["rejected"])
    assert set(_donations(db)) == {IDS[1], IDS[3], IDS[4]}


def test_an_export_split_into_monthly_sheets_imports_every_sheet_once(tmp_path):
    """三月 and 四月 on their own sheets (columns in another order on the second), one donation on
    both: every sheet is read (before, only the first), the repeat is refused as a duplicate 献血码
    and never written twice, and a reject on the second sheet names its sheet."""
    march, april = EXPORT.rows[:2], EXPORT.rows[2:]
    order = list(reversed(range(len(HEADER))))
    bad = list(april[0])
    bad[COL["采血量"]] = "450ml"
    sheets = [
        Sheet("三月", [["2024年3月献血者名单"], list(HEADER), *march]),
        Sheet(
            "四月",
            [[HEADER[i] for i in order], *([row[i] for i in order] for row in [*april, march[0], bad])],
        ),
        Sheet("模板", [list(HEADER)], hidden=True),
    ]
    path = write_xlsx(sheets, tmp_path / "血站导出.xlsx")
    db = tmp_path / "x.db"
    code, out, err = run("--db", str(db), "--json", "donations", "import", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert data["imported"] == len(PEOPLE) and _donations(db) == EXPECTED
    reasons = {(r["row"], r["field"]): r["reason"] for r in data["rejected"]}
    assert set(reasons) == {(5, "献血码"), (6, "采血量")}
    assert reasons[6, "采血量"].startswith("工作表“四月”：") and "450" in reasons[6, "采血量"]
