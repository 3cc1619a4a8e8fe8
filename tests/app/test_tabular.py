"""app.tabular against the real sample tables and against workbooks built the way clerks break them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from app.errors import InputError, KnownError, RowProblem
from app.plans.slots import Slot, parse_packed_units
from app.tabular import (
    FieldSpec,
    SheetRows,
    clean_text,
    find_table,
    parse_date,
    parse_number,
    read_rows,
)

QUOTA_FIELDS = [
    FieldSpec("unit", "单位", ("募集单位", "单位名称"), "text", True),
    FieldSpec("population", "人口数", ("人口",), "int", False),
    FieldSpec("quota", "募集指标", ("指标", "计划数"), "int", True),
]

PINGLI = [
    ("县医院", None, 80),
    ("县中医医院", None, 50),
    ("城关镇", 47277, 520),
    ("长安镇", 17464, 200),
    ("兴隆镇", 11054, 120),
    ("西河镇", 13285, 150),
    ("大贵镇", 10541, 115),
    ("洛河镇", 13144, 145),
    ("三阳镇", 11356, 130),
    ("广佛镇", 20705, 230),
    ("八仙镇", 24735, 270),
    ("正阳镇", 7429, 100),
    ("老县镇", 16610, 190),
]


def _values(table, *keys):
    return [tuple(r.values[k] for k in keys) for r in table.records]


def _skipped(table):
    return [(s.row, s.reason) for s in table.skipped]


def _problems(table):
    return [(p.row, p.field, p.message) for p in table.problems]


# --------------------------------------------------------------------------- the real samples


def test_pingli_workbook(samples: Path):
    sheets = read_rows(samples / "pingli_2017_quota.xlsx")
    assert [s.name for s in sheets] == ["募集指标"]
    table = find_table(sheets, QUOTA_FIELDS)
    assert table.header_row == 2
    assert table.title_lines == ["2017年各镇、各单位无偿献血募集指标"]
    assert table.year_hint == 2017
    assert table.columns == {"unit": 0, "population": 1, "quota": 2}
    assert table.headers["quota"] == "募集指标（单位）"
    assert [r.row for r in table.records] == list(range(3, 16))
    assert _values(table, "unit", "population", "quota") == PINGLI
    assert all(type(r.values["quota"]) is int for r in table.records)
    assert table.problems == []
    assert table.total_row is not None
    assert table.total_row.row == 16
    assert table.total_row.values["population"] == 193600
    assert table.total_row.values["quota"] == 2300
    assert table.total_mismatches(["population", "quota"]) == []
    assert _skipped(table) == [(16, "合计行")]


def test_pingli_csv_matches_workbook(samples: Path):
    table = find_table(read_rows(samples / "pingli_2017_quota.csv"), QUOTA_FIELDS)
    assert table.header_row == 1
    assert table.title_lines == []
    assert [r.row for r in table.records] == list(range(2, 15))
    assert _values(table, "unit", "population", "quota") == PINGLI
    assert table.records[0].raw["population"] is None
    assert table.records[2].raw["quota"] == "520"
    assert table.total_row is None


def test_rugao_long_form_csv(samples: Path):
    fields = [
        FieldSpec("unit", "单位", (), "text", True),
        FieldSpec("amount", "计划数", (), "int", True),
        FieldSpec("slot", "时间", ("月份",), "slot", True),
    ]
    table = find_table(read_rows(samples / "rugao_2020_monthly_plan.csv"), fields, default_year=2020)
    assert len(table.records) == 84
    assert table.problems == []
    first, last = table.records[0], table.records[-1]
    assert (first.row, first.values) == (2, {"unit": "组织部", "amount": 7, "slot": Slot("month", 2020, 1)})
    assert (last.row, last.values) == (
        85,
        {"unit": "城北街道", "amount": 545, "slot": Slot("month", 2020, 12)},
    )
    whole_year = [r.values["unit"] for r in table.records if r.values["slot"].kind == "year"]
    assert whole_year == ["卫健系统", "教育系统"]
    assert sum(r.values["amount"] for r in table.records) == 8162


def test_rugao_packed_workbook(samples: Path):
    fields = [
        FieldSpec("slot", "月份", ("时间",), "slot", True),
        FieldSpec("packed", "单位及计划数", (), "text", True),
        FieldSpec("sum", "合计", (), "int", False),
    ]
    table = find_table(read_rows(samples / "rugao_2020_monthly_plan.xlsx"), fields)
    assert table.header_row == 2
    assert table.year_hint == 2020  # from "如皋市2020年度无偿献血计划分解表"
    assert [r.row for r in table.records] == list(range(3, 15))
    assert [r.values["slot"] for r in table.records] == [Slot("month", 2020, m) for m in range(1, 13)]
    everything = 0
    for record in table.records:
        entries = parse_packed_units(record.values["packed"])
        # The month's 合计 counts only the units of that month, not the 全年 ones.
        assert sum(e.amount for e in entries if not e.whole_year) == record.values["sum"]
        everything += sum(e.amount for e in entries)
    assert everything == 8162  # the same plan as the long-form CSV


def test_shouxian_schedule_csv(samples: Path):
    fields = [
        FieldSpec("slot", "时间", (), "slot", True),
        FieldSpec("who", "参与献血单位", ("单位", "对象"), "text", True),
        FieldSpec("site", "采血点", ("地点",), "text", False),
    ]
    table = find_table(read_rows(samples / "shouxian_2018_schedule.csv"), fields)
    assert len(table.records) == 19
    first = table.records[0]
    assert first.row == 2
    assert first.values["slot"] == Slot("month", 2018, 6)
    # The quoted cell keeps its ASCII comma.
    assert first.values["who"] == "安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院、众兴镇卫生院,安康医院"
    assert table.records[-1].values["slot"] == Slot("month", 2019, 12)
    assert table.records[-1].values["site"] == "原县政府大院"


# --------------------------------------------------------------------------- messy workbooks


def _messy_workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标表"
    rows = [
        ["平利县2018年无偿献血募集指标分解表"],
        ["填报单位：平利县献血办"],
        [],
        ["序号", "人口数", "单 位", "募集指标\n（单位）", "备注"],
        [1, 47277, "城关镇", 520, None],
        [2, 17464, "长 安 镇", "200单位", None],
        [],
        [3, "11,054", "兴隆镇", "八十", None],
        ["序号", "人口数", "单位", "募集指标（单位）", "备注"],
        [4, 13285, "西河镇", -5, None],
        [5, "１０５４１", "大贵镇", 115.0, "新建"],
        [6, 13144, None, 145, None],
        [7, "约一万", "洛河镇", 80.5, None],
        ["合计", 193600, None, 2300, None],
        ["注：人口数据来源于2017年统计年鉴。"],
        ["制表：县献血办"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:E1")
    wb.save(path)


def test_messy_workbook_rows_and_problems(tmp_path: Path):
    path = tmp_path / "指标.xlsx"
    _messy_workbook(path)
    table = find_table(read_rows(path), QUOTA_FIELDS)
    assert table.sheet == "指标表"
    assert table.header_row == 4
    assert table.title_lines == ["平利县2018年无偿献血募集指标分解表", "填报单位：平利县献血办"]
    assert table.year_hint == 2018
    assert table.columns == {"unit": 2, "population": 1, "quota": 3}
    assert table.headers == {"unit": "单位", "population": "人口数", "quota": "募集指标（单位）"}
    assert [r.row for r in table.records] == [5, 6, 8, 10, 11, 12, 13]
    assert _values(table, "unit", "population", "quota") == [
        ("城关镇", 47277, 520),
        ("长安镇", 17464, 200),
        ("兴隆镇", 11054, None),
        ("西河镇", 13285, None),
        ("大贵镇", 10541, 115),
        (None, 13144, 145),
        ("洛河镇", None, None),
    ]
    assert _problems(table) == [
        (8, "募集指标", "“八十”不是数字"),
        (10, "募集指标", "不能是负数（-5）"),
        (12, "单位", "不能为空"),
        (13, "人口数", "“约一万”不是数字"),
        (13, "募集指标", "应为整数，而不是 80.5"),
    ]
    assert [r.ok for r in table.records] == [True, True, False, False, True, False, False]
    assert _skipped(table) == [(9, "重复的表头"), (14, "合计行"), (15, "表后说明"), (16, "表后说明")]
    assert table.total_row is not None and table.total_row.row == 14
    assert table.total_row.values == {"unit": None, "population": 193600, "quota": 2300}
    assert [(p.row, p.field, p.message) for p in table.total_mismatches(["quota"])] == [
        (14, "募集指标", "合计行写的是 2300，但各行相加是 980")
    ]
    # The problems read as a clerk would see them.
    assert str(table.problems[0]) == "第8行“募集指标”：“八十”不是数字"


def test_xlsxwriter_dates_floats_and_leading_blank_rows(tmp_path: Path):
    path = tmp_path / "献血.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("导出")
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    # Rows 1–2 left empty: row numbers must still be the ones Excel shows.
    ws.write_row(2, 0, ["姓名", "献血日期", "献血量（ml）", "身份证号"])
    ws.write_row(3, 0, ["张三"])
    ws.write_datetime(3, 1, dt.datetime(2020, 1, 2), date_format)
    ws.write_number(3, 2, 400)
    ws.write_string(3, 3, "11010519491231002X")
    ws.write_row(4, 0, ["李四", "2020/3/15", "200ml", "110105194912310021"])
    ws.write_row(5, 0, ["王五", 43831, 300.0])  # a date typed in a General-formatted cell
    ws.write_row(6, 0, ["赵六", "三月五日", 250.5])
    wb.close()

    sheets = read_rows(path)
    assert sheets[0].rows[:3] == [(1, []), (2, []), (3, ["姓名", "献血日期", "献血量（ml）", "身份证号"])]
    assert sheets[0].rows[3][1][1] == dt.date(2020, 1, 2)  # calamine gives a date, not a float
    assert sheets[0].rows[3][1][2] == 400 and type(sheets[0].rows[3][1][2]) is int

    fields = [
        FieldSpec("name", "姓名", ("献血者姓名",), "text", True),
        FieldSpec("date", "献血日期", ("采血日期",), "date", True),
        FieldSpec("ml", "献血量", ("采血量",), "int", True),
        FieldSpec("id", "身份证号", ("证件号码",), "text", False),
    ]
    table = find_table(sheets, fields)
    assert table.header_row == 3
    assert _values(table, "name", "date", "ml", "id") == [
        ("张三", dt.date(2020, 1, 2), 400, "11010519491231002X"),
        ("李四", dt.date(2020, 3, 15), 200, "110105194912310021"),
        ("王五", dt.date(2020, 1, 1), 300, None),
        ("赵六", None, None, None),
    ]
    assert _problems(table) == [
        (7, "献血日期", "“三月五日”不是日期"),
        (7, "献血量", "应为整数，而不是 250.5"),
    ]


def test_columns_in_any_order_and_extra_columns_ignored(tmp_path: Path):
    path = tmp_path / "order.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["指标", "联系人", "单位名称", "电话"])
    ws.append([80, "王", "县医院", "0915-1234567"])
    wb.save(path)
    table = find_table(read_rows(path), QUOTA_FIELDS)
    assert table.columns == {"quota": 0, "unit": 2}
    assert table.records[0].values == {"unit": "县医院", "population": None, "quota": 80}
    assert table.records[0].raw == {"unit": "县医院", "population": None, "quota": 80}


def test_headings_subtotals_and_a_long_trailing_note(tmp_path: Path):
    path = tmp_path / "分组.csv"
    path.write_text(
        "单位,指标\n"
        "一、乡镇,\n"
        "城关镇,520\n"
        "长安镇,200\n"
        "小计,720\n"
        "二、县直单位,\n"
        "县医院,80\n"
        "合计,800\n"
        "以上指标请各单位于三月底前落实到人，逾期未完成的单位将在年终通报中予以批评。\n",
        encoding="utf-8",
    )
    table = find_table(read_rows(path), QUOTA_FIELDS)
    assert [(r.row, r.values["unit"], r.values["quota"]) for r in table.records] == [
        (3, "城关镇", 520),
        (4, "长安镇", 200),
        (7, "县医院", 80),
    ]
    assert _skipped(table) == [
        (2, "分组标题"),
        (5, "小计行"),
        (6, "分组标题"),
        (8, "合计行"),
        (9, "表后说明"),
    ]
    assert table.total_row is not None and table.total_row.values["quota"] == 800
    assert table.total_mismatches(["quota"]) == []
    assert table.problems == []


def test_missing_required_column_names_it_and_lists_headers(tmp_path: Path):
    path = tmp_path / "缺列.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2020年指标"])
    ws.append(["单 位", "人口数", "备注"])
    ws.append(["城关镇", 47277, None])
    wb.save(path)
    with pytest.raises(InputError) as info:
        find_table(read_rows(path), QUOTA_FIELDS)
    err = info.value
    assert err.summary == "“缺列.xlsx”中找不到“募集指标”列。找到的表头：“单 位”、“人口数”、“备注”"
    assert err.problems == [RowProblem(2, "募集指标", "找不到这一列（可写作：募集指标、指标、计划数）")]


def test_no_header_at_all(tmp_path: Path):
    path = tmp_path / "名单.csv"
    path.write_text("姓名,电话\n张三,123\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        find_table(read_rows(path), QUOTA_FIELDS)
    assert "“单位”、“募集指标”" in info.value.summary
    assert "找到的表头：“姓名”、“电话”" in info.value.summary


def test_picks_the_sheet_with_the_table_and_prefers_visible_sheets(tmp_path: Path):
    path = tmp_path / "多表.xlsx"
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["本表由各单位填写后报县献血办。"])
    old = wb.create_sheet("旧表")
    old.append(["单位", "指标"])
    old.append(["城关镇", 500])
    old.sheet_state = "hidden"
    new = wb.create_sheet("新表")
    new.append(["单位", "指标"])
    new.append(["城关镇", 520])
    wb.save(path)
    sheets = read_rows(path)
    assert [(s.name, s.hidden) for s in sheets] == [("填表说明", False), ("旧表", True), ("新表", False)]
    table = find_table(sheets, QUOTA_FIELDS)
    assert table.sheet == "新表"
    assert table.records[0].values["quota"] == 520
    # One sheet can be passed on its own.
    assert find_table(sheets[1], QUOTA_FIELDS).records[0].values["quota"] == 500


def test_find_table_on_hand_built_rows():
    sheet = SheetRows("s", [(1, ["单位", "指标"]), (2, ["城关镇", "1,234"]), (3, ["长安镇", "80 "])])
    table = find_table(sheet, QUOTA_FIELDS)
    assert _values(table, "unit", "quota") == [("城关镇", 1234), ("长安镇", 80)]


# --------------------------------------------------------------------------- text files


def test_gbk_tab_separated_csv(tmp_path: Path):
    path = tmp_path / "计划.csv"
    path.write_bytes("单位\t计划数（人）\t时间\n组织部\t7\t1月\n卫健系统\t600\t（全年）\n".encode("gbk"))
    fields = [
        FieldSpec("unit", "单位", (), "text", True),
        FieldSpec("amount", "计划数", (), "int", True),
        FieldSpec("slot", "时间", (), "slot", True),
    ]
    table = find_table(read_rows(path), fields, default_year=2020)
    assert _values(table, "unit", "amount", "slot") == [
        ("组织部", 7, Slot("month", 2020, 1)),
        ("卫健系统", 600, Slot("year", 2020)),
    ]


def test_semicolon_csv_with_bom(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeff单位;指标\n城关镇;520\n".encode())
    sheets = read_rows(path)
    assert sheets[0].rows == [(1, ["单位", "指标"]), (2, ["城关镇", "520"])]


def test_utf16_unicode_text_as_excel_saves_it(tmp_path: Path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("单位\t指标\r\n城关镇\t520\r\n".encode("utf-16"))
    assert read_rows(path)[0].rows == [(1, ["单位", "指标"]), (2, ["城关镇", "520"])]


def test_csv_row_numbers_are_line_numbers_with_multiline_cells(tmp_path: Path):
    path = tmp_path / "lines.csv"
    path.write_text('单位,指标\n"城关\n镇",520\n\n长安镇,200\n', encoding="utf-8")
    sheets = read_rows(path)
    # Line 3 is the second half of the quoted cell; the blank line 4 keeps its number.
    assert [n for n, _ in sheets[0].rows] == [1, 2, 4, 5]
    assert sheets[0].rows[2] == (4, [])
    table = find_table(sheets, QUOTA_FIELDS)
    assert [(r.row, r.values["unit"]) for r in table.records] == [(2, "城关镇"), (5, "长安镇")]


def test_tab_separated_text_named_xls_is_read(tmp_path: Path):
    path = tmp_path / "导出.xls"
    path.write_bytes("单位\t指标\n城关镇\t520\n".encode("gbk"))
    assert read_rows(path)[0].rows == [(1, ["单位", "指标"]), (2, ["城关镇", "520"])]


# --------------------------------------------------------------------------- files that cannot be read


def test_zero_byte_file(tmp_path: Path):
    path = tmp_path / "zero.xlsx"
    path.write_bytes(b"")
    with pytest.raises(KnownError, match=re.escape("文件“zero.xlsx”是空的")):
        read_rows(path)


def test_empty_workbook(tmp_path: Path):
    path = tmp_path / "空白.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(KnownError, match=re.escape("文件“空白.xlsx”里没有任何数据")):
        read_rows(path)


def test_empty_csv(tmp_path: Path):
    path = tmp_path / "空.csv"
    path.write_text("\n ,,\n", encoding="utf-8")
    with pytest.raises(KnownError, match=re.escape("文件“空.csv”里没有任何数据")):
        read_rows(path)


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "这不是表格，是一段说明文字。".encode()],
    ids=["image", "text"],
)
def test_non_excel_file_renamed_xlsx(tmp_path: Path, content: bytes):
    path = tmp_path / "照片.xlsx"
    path.write_bytes(content)
    with pytest.raises(KnownError) as info:
        read_rows(path)
    assert str(info.value) == "“照片.xlsx”不是 Excel 文件（可能只是改了扩展名），或文件已损坏"


def test_damaged_xlsx(tmp_path: Path):
    good = tmp_path / "good.xlsx"
    _messy_workbook(good)
    path = tmp_path / "坏.xlsx"
    path.write_bytes(good.read_bytes()[:300])
    with pytest.raises(KnownError, match=re.escape("“坏.xlsx”已损坏")):
        read_rows(path)


def test_password_protected_workbook(tmp_path: Path):
    # An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream.
    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(KnownError, match=re.escape("“加密.xlsx”设置了打开密码")):
        read_rows(path)


def test_html_saved_as_xls(tmp_path: Path):
    path = tmp_path / "网页.xls"
    path.write_text("<html><body><table><tr><td>单位</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(KnownError, match="其实是网页"):
        read_rows(path)


def test_missing_file_and_unsupported_type(tmp_path: Path):
    with pytest.raises(KnownError, match=re.escape("找不到文件“nope.xlsx”")):
        read_rows(tmp_path / "nope.xlsx")
    doc = tmp_path / "通知.docx"
    doc.write_bytes(b"PK\x03\x04rest")
    with pytest.raises(KnownError, match=re.escape("不支持的文件类型“.docx”")):
        read_rows(doc)


def test_undecodable_csv(tmp_path: Path):
    path = tmp_path / "乱码.csv"
    path.write_bytes(b"a,b\n\x81\x30\xff\xff,1\n")
    with pytest.raises(KnownError, match=re.escape("无法识别“乱码.csv”的文字编码")):
        read_rows(path)


# --------------------------------------------------------------------------- cell values


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("80单位", 80),
        ("80人", 80),
        ("1,234", 1234),
        (" 1，234 ", 1234),
        ("80 ", 80),
        ("８０", 80),
        ("12.5", 12.5),
        ("12.5%", 0.125),
        (80.0, 80),
        (80.5, 80.5),
        ("-", None),
        ("—", None),
        ("无", None),
        (None, None),
        ("  ", None),
        ("-5", -5),
    ],
)
def test_parse_number(cell, expected):
    result = parse_number(cell)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("cell", ["八十", "80kg", "1,23", "十", True, dt.date(2020, 1, 1)])
def test_parse_number_rejects(cell):
    with pytest.raises(ValueError, match="不是数字"):
        parse_number(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        (dt.datetime(2020, 1, 2, 9, 30), dt.date(2020, 1, 2)),
        ("2020-01-02", dt.date(2020, 1, 2)),
        ("2020/1/2", dt.date(2020, 1, 2)),
        ("2020.1.2", dt.date(2020, 1, 2)),
        ("2020年1月2日", dt.date(2020, 1, 2)),
        ("20200102", dt.date(2020, 1, 2)),
        ("2020-01-02 08:15:00", dt.date(2020, 1, 2)),
        (43831, dt.date(2020, 1, 1)),
        (20200102, dt.date(2020, 1, 2)),
    ],
)
def test_parse_date(cell, expected):
    assert parse_date(cell) == expected


@pytest.mark.parametrize("cell", ["2020-02-30", "abc", 1.5, "三月五日"])
def test_parse_date_rejects(cell):
    with pytest.raises(ValueError, match="不是日期"):
        parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("长 安 镇", "长安镇"),
        ("\u3000县医院 ", "县医院"),
        ("县医院\n（新院区）", "县医院（新院区）"),
        ("China  Mobile", "China Mobile"),
        (47277, "47277"),
        (47277.0, "47277"),
    ],
)
def test_clean_text(cell, expected):
    assert clean_text(cell) == expected
