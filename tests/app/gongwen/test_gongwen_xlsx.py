"""The Excel copy of the appendix tables: print settings and formatting, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.gongwen.model import AppendixTable, Column
from app.gongwen.samples import pingli_quota_table, rugao_plan_table, shouxian_schedule_table
from app.gongwen.xlsx_writer import column_widths, sheet_name, write_tables_xlsx


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    wide = AppendixTable(
        "完成情况统计表",
        [Column(h) for h in ["单位", "指标", "1季度", "2季度", "3季度", "4季度", "合计", "完成率"]],
        [["城关镇", "520", "100", "120", "150", "150", "520", "100%"]],
    )
    tables = [pingli_quota_table(), rugao_plan_table(), shouxian_schedule_table(), wide]
    path = write_tables_xlsx(
        tables, tmp_path_factory.mktemp("xlsx") / "附件.xlsx", doc_number="平政办发〔2017〕64号"
    )
    return openpyxl.load_workbook(path)


def test_one_sheet_per_table_with_legal_names(workbook: openpyxl.Workbook) -> None:
    names = workbook.sheetnames
    assert len(names) == 4
    assert names[0].startswith("附件1 ")
    for name in names:
        assert len(name) <= 31
        assert not set(name) & set("[]:*?/\\")


def test_sheet_name_rules() -> None:
    table = AppendixTable("a/b:c*d?[e]" + "长" * 40, [Column("x")], [])
    name = sheet_name(3, table, single=False)
    assert name.startswith("附件3 abcde")
    assert len(name) == 31
    assert sheet_name(1, pingli_quota_table(), single=True).startswith("附件 2017")


def test_print_setup(workbook: openpyxl.Workbook) -> None:
    for ws in workbook.worksheets:
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (None, 1)  # 1 is the default and may be omitted
        assert ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == "$3:$3"  # header row repeated on every printed page
        assert ws.print_options.horizontalCentered
        footer = ws.oddFooter.center.text
        assert "&P" in footer and "&N" in footer
    assert workbook.worksheets[0].page_setup.orientation == "portrait"
    assert workbook.worksheets[3].page_setup.orientation == "landscape"


def test_layout_and_fonts(workbook: openpyxl.Workbook) -> None:
    ws = workbook.worksheets[0]
    assert ws["A1"].value == "平政办发〔2017〕64号附件1"
    assert "A2:C2" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == "2017年各镇、各单位无偿献血募集指标"
    assert ws["A2"].font.name == "方正小标宋简体"
    assert ws["A2"].font.sz >= 18
    header = [c.value for c in ws[3]]
    assert header == ["募集单位", "人口数（人）", "募集指标（单位）"]
    assert all(c.font.name == "黑体" and c.font.b for c in ws[3])
    assert ws["A4"].value == "县医院"
    assert ws["C4"].value == 80  # numbers stay numbers
    assert ws["A4"].font.name == "仿宋_GB2312"
    total = ws[3 + 13 + 1]
    assert total[0].value == "合计" and total[2].value == 2300
    assert total[0].font.name == "黑体"
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=3):
        for cell in row:
            for side in (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom):
                assert side.style == "thin", cell.coordinate


def test_note_row_merged_without_borders(workbook: openpyxl.Workbook) -> None:
    ws = workbook.worksheets[1]
    last = ws.max_row
    assert ws.cell(last, 1).value == "注：献血时需携带身份证。"
    assert f"A{last}:D{last}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(last - 1, 1).value == "合计"
    assert ws.print_area == f"'{ws.title}'!$A$1:$D${last}"


def test_column_widths_count_cjk_double() -> None:
    widths = column_widths(rugao_plan_table())
    seq, unit, plan, _month = widths
    assert unit > plan > seq
    assert unit >= 2 * len("市政府投资项目工程建设中心")
    assert max(widths) <= 40
    ws_widths = column_widths(shouxian_schedule_table())
    assert ws_widths[1] == 40  # long text wraps instead of making the sheet too wide


def test_write_returns_path(tmp_path: Path) -> None:
    out = write_tables_xlsx([pingli_quota_table()], tmp_path / "sub" / "one.xlsx")
    assert out.is_file()
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A1"].value == "附件"
