"""The 通报 (notice kind ``report``): text, table and figure made from the progress figures."""

from __future__ import annotations

import datetime as dt
import io
import json

import docx
import openpyxl
import pytest

from app.cli import parse, run
from app.errors import InputError
from app.notices import generate, load_draft, new_draft, refresh_tables, save_draft
from app.notices.checks import check_draft

D = dt.date
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def report(db, county):
    return new_draft(db, "report", 2021, until=D(2021, 6, 30), today=D(2021, 7, 5))


def test_text_names_the_units_from_the_data(report):
    assert report.kind == "report"
    assert report.title == "平利县人民政府办公室关于2021年1—6月全县无偿献血工作情况的通报"
    body = "\n".join(report.body)
    assert (
        "截至6月30日，全县共有220人次参加无偿献血，采集血液87400毫升（0.09吨），完成437单位，"
        "占任务数470单位的92.98%，献血人次较去年同期增长109.52%。"
        "全县千人口献血率为2.20‰，400毫升献血占全血献血的96.33%，初次献血者占献血人数的99.54%。"
    ) in body
    assert "城关镇超额完成了献血任务，完成率为120.75%，予以通报表扬。" in report.body
    assert "县审计局、老县镇未按时间安排完成献血任务，完成率仅为0.00%、81.00%，进度明显滞后。" in body
    assert report.body.index("【图1】") == report.body.index("各单位完成情况见附件，完成率见图1。") + 1


def test_table_and_figure(report):
    (table,) = report.attachments
    assert table.source == "progress:2021-06-30"
    assert table.title == "2021年1—6月各单位无偿献血任务完成情况"
    assert [c.header for c in table.columns] == ["排名", "单位", "任务数（单位）", "完成数（单位）", "完成率"]
    assert table.rows == [
        ["1", "城关镇", "200", "241.50", "120.75%"],
        ["2", "老县镇", "100", "81", "81.00%"],
        ["3", "县教育局", "80", "61.50", "76.88%"],
        ["4", "县医院", "50", "28", "56.00%"],
        ["5", "县审计局", "40", "0", "0.00%"],
        ["", "县林业局", "0", "5", "—"],
    ]
    assert table.total_row == ["", "合计", "470", "417", "88.72%"]
    assert table.note == "另有未计入单位的献血10人次、20单位，已计入总数。"
    (figure,) = report.figures
    assert figure.source == "progress_chart:2021-06-30"
    assert figure.caption == "图1　2021年1—6月各单位无偿献血任务完成率"
    assert figure.png.startswith(PNG)


def test_year_end_with_none_behind_and_none_done(db, build):
    build.unit("甲局")
    plan = build.plan()
    build.quota(plan, "甲局", 10, "全年")
    build.give("甲局", "2021-03-01", 20)
    build.flush()
    body = "\n".join(new_draft(db, "report", 2021, until=D(2021, 6, 30)).body)
    assert "甲局超额完成了献血任务，完成率为400.00%" in body
    assert "未出现进度滞后的单位" in body
    assert "较去年同期" not in body  # no donations last year: no change to state


def test_refresh_recounts_the_same_period(db, county, build, report):
    saved = save_draft(db, report)
    build.give("县审计局", "2021-06-15")  # entered late, inside the period
    build.give("县审计局", "2021-07-10")  # after the report date
    build.flush()
    fresh = refresh_tables(db, load_draft(db, saved.id))
    audit = next(r for r in fresh.attachments[0].rows if r[1] == "县审计局")
    assert audit[3:] == ["2", "5.00%"]
    assert fresh.figures[0].source == "progress_chart:2021-06-30"
    assert fresh.figures[0].png != saved.figures[0].png


def test_draft_keeps_its_figure(db, report):
    saved = save_draft(db, report)
    again = load_draft(db, saved.id)
    assert again.figures[0].png == report.figures[0].png
    assert again.figures[0].caption == report.figures[0].caption


def test_generate_puts_the_chart_in_the_docx(db, report, tmp_path):
    out = generate(db, report, tmp_path / "通报.docx", xlsx=tmp_path / "通报.xlsx")
    document = docx.Document(str(out.docx))
    assert len(document.inline_shapes) == 1
    shape = document.inline_shapes[0]
    assert shape.width.mm == pytest.approx(150, abs=0.1)
    texts = [p.text for p in document.paragraphs]
    assert "图1　2021年1—6月各单位无偿献血任务完成率" in texts
    assert "【图1】" not in texts
    sheet = openpyxl.load_workbook(out.xlsx).worksheets[0]
    assert any(row[1] == "城关镇" for row in sheet.iter_rows(values_only=True))


def test_a_figure_mark_without_its_figure_is_refused(report):
    report.figures = []
    with pytest.raises(InputError) as caught:
        check_draft(report)
    assert "【图1】" in str(caught.value.problems[0])


def test_notice_report_command(db, county, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    args = ["--db", str(db.path), "--json", "notice", "report", "--year", "2021", "--until", "2021-06-30"]
    code = run(parse([*args, "--out", str(tmp_path / "r.docx")]), out=out, err=err)
    assert code == 0, err.getvalue()
    result = json.loads(out.getvalue())
    assert result["tables"] == [{"title": "2021年1—6月各单位无偿献血任务完成情况", "rows": 6}]
    assert len(docx.Document(result["docx"]).inline_shapes) == 1
