from __future__ import annotations

import openpyxl
import pytest

from app.errors import InputError
from app.plans import exporting as plan_export
from app.plans import importing as plan_import
from app.plans import listing, month_view
from app.plans import quotas as plan_quotas
from app.roster import units as roster
from app.roster.records import UnitInput


def test_rugao_packed_workbook_month_totals_match_the_notice(db, samples):
    preview = plan_import.preview_plan_import(db, samples / "rugao_2020_monthly_plan.xlsx", 2020)
    assert preview.layout == "packed" and preview.measure == "人次"
    assert preview.mismatches == []
    notice = {
        "1月": 684,
        "2月": 692,
        "3月": 762,
        "4月": 753,
        "5月": 437,
        "6月": 572,
        "7月": 643,
        "8月": 663,
        "9月": 434,
        "10月": 375,
        "11月": 402,
        "12月": 545,
    }
    assert preview.month_totals == notice
    result = plan_import.commit_plan_import(db, preview)
    assert result.total == 8162 and result.imported == 84
    view = month_view.month_view(db, result.plan_id)
    assert {m.label: m.total for m in view.months} == notice
    assert sorted((e.unit_name, e.amount) for e in view.whole_year) == [("卫健系统", 600), ("教育系统", 600)]
    assert view.total == 8162


def test_rugao_csv_gives_the_same_plan(db, samples):
    preview = plan_import.preview_plan_import(db, samples / "rugao_2020_monthly_plan.csv", 2020)
    assert preview.layout == "long"
    result = plan_import.commit_plan_import(db, preview)
    view = month_view.month_view(db, result.plan_id)
    dec = next(m for m in view.months if m.month == 12)
    assert dec.total == 545 and [e.unit_name for e in dec.entries] == ["城北街道"]
    assert sum(e.amount for e in view.whole_year) == 1200


def test_shouxian_schedule_spans_nineteen_months_with_sites(db, samples):
    for name in ("安丰镇", "众兴镇", "双桥镇", "涧沟镇"):
        roster.create_unit(db, 2018, UnitInput(name=name))
    preview = plan_import.preview_plan_import(db, samples / "shouxian_2018_schedule.csv", 2018)
    assert preview.layout == "schedule" and len(preview.rows) == 19
    assert str(preview.start) == "2018-06-01" and str(preview.end) == "2019-12-31"
    first = preview.rows[0]
    assert (
        first.site == "安丰镇中心卫生院" and "安丰镇" in first.matched_name and "众兴镇" in first.matched_name
    )
    result = plan_import.commit_plan_import(db, preview)
    view = month_view.month_view(db, result.plan_id)
    assert (
        len(view.months) == 19
        and view.months[0].label == "2018年6月"
        and view.months[-1].label == "2019年12月"
    )
    drives = [d for m in view.months for d in m.drives]
    assert len(drives) == 19
    assert {d.site_name for d in drives} >= {"县中医院", "县医院", "原县政府大院"}
    assert sum(1 for d in drives if d.site_name == "县中医院") == 4  # one site, several drives
    assert "双桥、涧沟镇" in view.months[7].drives[0].participants


def test_pingli_as_a_plan_with_population(db, samples):
    preview = plan_import.preview_plan_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    assert preview.layout == "long" and preview.total == 2300 and preview.mismatches == []
    result = plan_import.commit_plan_import(db, preview)
    quotas = plan_quotas.plan_quotas(db, result.plan_id)
    assert sum(q.amount for q in quotas) == 2300
    assert next(q for q in quotas if q.unit_name == "城关镇").population == 47277


def test_bad_rows_are_named_and_nothing_is_written(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["2021年献血任务"],
        ["时间", "指标", "单位"],
        ["1月", 10, "甲镇"],
        ["2月", "十", "乙镇"],
        ["13月", 5, "丙镇"],
        ["3月", -4, "丁镇"],
        ["2020年4月", 3, "戊镇"],
    ]:
        ws.append(row)
    wb.save(tmp_path / "bad.xlsx")
    preview = plan_import.preview_plan_import(db, tmp_path / "bad.xlsx", 2021)
    problems = {p.row: str(p) for r in preview.error_rows for p in r.problems}
    assert set(problems) == {4, 5, 6, 7}
    assert problems[4].startswith("第4行“指标”") and "时间" in problems[5] and "负" in problems[6]
    assert "不在2021年内" in problems[7]
    with pytest.raises(InputError):
        plan_import.commit_plan_import(db, preview)
    assert listing.list_plans(db) == []
    result = plan_import.commit_plan_import(db, preview, accept_valid=True)
    assert result.imported == 1 and result.skipped == 4


def test_wrong_month_total_in_file_is_reported(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["月份", "单位及计划数（人）", "合计"], ["1月份", "组织部7；宣传部5", 13]]:
        ws.append(row)
    wb.save(tmp_path / "packed.xlsx")
    preview = plan_import.preview_plan_import(db, tmp_path / "packed.xlsx", 2020)
    assert preview.mismatches == ["1月合计写的是13，但各单位相加是12"]


def test_import_into_existing_plan_replaces_listed_quotas_only(db, samples, tmp_path):
    result = plan_import.commit_plan_import(
        db, plan_import.preview_plan_import(db, samples / "pingli_2017_quota.csv", 2017)
    )
    path = tmp_path / "fix.csv"
    path.write_text("单位,指标,时间,采血点\n城关镇,600,3月上旬,县医院\n", encoding="utf-8")
    plan_import.commit_plan_import(
        db, plan_import.preview_plan_import(db, path, 2017), plan_id=result.plan_id
    )
    quotas = {q.unit_name: q for q in plan_quotas.plan_quotas(db, result.plan_id)}
    assert quotas["城关镇"].amount == 600 and quotas["城关镇"].slot_label == "3月上旬"
    assert quotas["城关镇"].site_name == "县医院" and quotas["长安镇"].amount == 200


def test_export_quota_table(db, samples, tmp_path):
    result = plan_import.commit_plan_import(
        db, plan_import.preview_plan_import(db, samples / "pingli_2017_quota.xlsx", 2017)
    )
    out = plan_export.export_quota_table(db, result.plan_id, tmp_path / "指标.xlsx")
    ws = openpyxl.load_workbook(out).active
    cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "城关镇" in cells and 2300 in cells and 193600 in cells
    assert ws.print_title_rows and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # one page wide


def test_an_empty_unit_name_is_reported_once(db, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("单位,指标\n,5\n甲镇,3\n", encoding="utf-8")
    preview = plan_import.preview_plan_import(db, path, 2020)
    assert [str(p) for p in preview.error_rows[0].problems] == ["第2行“单位”：不能为空"]
