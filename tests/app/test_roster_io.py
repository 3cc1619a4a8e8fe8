from __future__ import annotations

import csv

import openpyxl
import pytest

from app.errors import InputError
from app.office.settings import update_office
from app.roster import exporting as roster_export
from app.roster import importing as roster_import
from app.roster import units as roster
from app.roster.matching import RowDecision
from app.roster.records import UnitInput


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_pingli_workbook_imports_as_a_roster(db, samples):
    preview = roster_import.preview_roster_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    assert [r.row for r in preview.rows] == list(range(3, 16))
    assert all(r.match == "new" for r in preview.rows)
    assert preview.skipped == ["第16行：合计行"]
    result = roster_import.commit_roster_import(db, preview)
    assert result.imported == 13 and len(result.created) == 13
    units = {u.name: u for u in roster.list_units(db, 2017)}
    assert units["城关镇"].population == 47277 and units["县医院"].population is None
    assert units["县医院"].kind == "医院" and units["城关镇"].kind == "镇街"


def test_messy_roster_with_aliases_and_problems(db, tmp_path):
    roster.create_unit(db, 2024, UnitInput(name="县中医医院", aliases=["中医院"]))
    roster.create_unit(db, 2024, UnitInput(name="县人民医院"))
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["2024年献血单位名册"],
            [],
            ["联系电话", "单 位", "在职人数", "类别", "联络员"],
            ["13800000001", "中医院", 200, "医院", "李四"],
            ["13800000002", "县人民医院 ", 800, "", "王五"],
            ["13800000003", "县医院", 300, "", ""],
            ["", "县教育局", "八百", "部门", ""],
            ["联系电话", "单 位", "在职人数", "类别", "联络员"],
            ["", "县一中", 150, "学堂", ""],
            ["合计", "", 1450, "", ""],
        ],
    )
    preview = roster_import.preview_roster_import(db, path, 2024)
    by_name = {r.name: r for r in preview.rows}
    assert by_name["中医院"].match == "alias" and by_name["中医院"].matched_name == "县中医医院"
    assert by_name["县人民医院"].match == "name"
    assert by_name["县医院"].match == "new"
    assert "县人民医院" in [n for _i, n in by_name["县医院"].suggestions]
    bad = by_name["县教育局"]
    assert bad.match == "error" and str(bad.problems[0]).startswith("第7行“在职人数”")
    assert by_name["县一中"].match == "error" and "未知类别“学堂”" in str(by_name["县一中"].problems[0])
    with pytest.raises(InputError, match="第7行“在职人数”"):
        roster_import.commit_roster_import(db, preview)
    assert len(roster.list_units(db, 2024)) == 2  # nothing written
    target = next(u for u in roster.list_units(db, 2024) if u.name == "县人民医院")
    decisions = {by_name["县医院"].row: RowDecision("map", target.id)}
    result = roster_import.commit_roster_import(db, preview, decisions)
    assert result.skipped == 2 and result.created == []
    units = {u.name: u for u in roster.list_units(db, 2024)}
    assert units["县中医医院"].staff == 200 and units["县中医医院"].contact_name == "李四"
    assert units["县人民医院"].staff == 300  # the mapped row came later and wins
    assert "县医院" in units["县人民医院"].aliases
    assert units["县中医医院"].contact_phone == "13800000001"


def test_accept_valid_commits_only_good_rows(db, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["单位", "人口数"], ["甲镇", 100], ["乙镇", -5], ["丙镇", "x"]])
    preview = roster_import.preview_roster_import(db, path, 2024)
    result = roster_import.commit_roster_import(db, preview, accept_valid=True)
    assert result.created == ["甲镇"] and len(result.rejected) == 2
    assert {p.row for p in result.rejected} == {3, 4}


def test_missing_name_column_is_explained(db, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["甲", "乙"], [1, 2]])
    with pytest.raises(InputError, match="单位名称"):
        roster_import.preview_roster_import(db, path, 2024)


def test_parent_from_the_same_file(db, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ["单位名称", "所属系统", "在职人数"],
            ["县教育局系统", "", 0],
            ["县一中", "县教育局系统", 150],
            ["县二中", "县教育局系统", 120],
        ],
    )
    roster_import.commit_roster_import(db, roster_import.preview_roster_import(db, path, 2024))
    units = {u.name: u for u in roster.list_units(db, 2024)}
    assert units["县一中"].parent_name == "县教育局系统" and units["县教育局系统"].kind == "系统"


def test_export_xlsx_is_print_ready_and_csv_round_trips(db, samples, tmp_path):
    update_office(
        db, {"county": "平利县", "organ_mark": "平利县人民政府办公室文件", "doc_prefix": "平政办发"}
    )
    roster_import.commit_roster_import(
        db, roster_import.preview_roster_import(db, samples / "pingli_2017_quota.csv", 2017)
    )
    out = roster_export.export_roster(db, 2017, tmp_path / "名册.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert "平利县2017年献血单位名册" in flat and "城关镇" in flat and 193600 in flat
    assert int(ws.page_setup.paperSize) == 9 and ws.print_title_rows  # A4, header repeated
    csv_out = roster_export.export_roster(db, 2017, tmp_path / "名册.csv")
    rows = list(csv.reader(csv_out.open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["序号", "单位名称"] and rows[3][1] == "城关镇" and rows[-1][4] == "193600"
    # and what was exported imports back unchanged
    again = roster_import.preview_roster_import(db, csv_out, 2017)
    assert [r.match for r in again.rows] == ["name"] * 13


def test_phone_numbers_are_exported_as_text(db, tmp_path):
    unit = UnitInput(name="城关镇", population=100, contact_phone="13912345678", leader_phone="09158421234")
    roster.create_unit(db, 2024, unit)
    out = roster_export.export_roster(db, 2024, tmp_path / "名册.xlsx")
    ws = openpyxl.load_workbook(out).active
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    assert cells["13912345678"].data_type == "s"  # as typed, not 1.39E+10
    assert cells["09158421234"].data_type == "s"
    assert 13912345678 not in cells and cells[100].data_type == "n"  # figures stay numbers
