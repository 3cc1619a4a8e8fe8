"""The 通报 rendered by LibreOffice passes the GB/T 9704 layout checks of the 通知, with its chart.

The 平利 2017 demo plan with a year of generated donations (bench.progress_data), reported at
year end. Without LibreOffice/poppler the tests skip on a developer machine and fail in CI.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber
import pytest
from gbt9704 import (
    LINE_MM,
    TYPE_BOTTOM,
    TYPE_LEFT,
    TYPE_RIGHT,
    TYPE_TOP,
    check_a4,
    check_appendix,
    check_body_grid,
    check_fonts,
    check_header,
    check_imprint,
    check_page_numbers,
    measure,
)
from rendering import require_renderer

from app.admin import demo
from app.database import open_database
from app.gongwen.render import docx_to_pdf
from app.notices import generate, new_draft
from bench.progress_data import donations_for_plan

pytestmark = pytest.mark.render


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    require_renderer()
    folder = tmp_path_factory.mktemp("report")
    db = open_database(folder / "pingli.db", backup=False)
    plan = demo.load_demo(db).plan_id
    donations_for_plan(db, plan, until=dt.date(2017, 12, 31))
    draft = new_draft(db, "report", 2017, until=dt.date(2017, 12, 31), today=dt.date(2018, 1, 10))
    out = generate(db, draft, folder / "通报.docx")
    db.close()
    pdf = docx_to_pdf(out.docx, folder)
    return draft, pdf, measure(pdf)


def test_layout_is_that_of_the_notices(rendered):
    draft, pdf, pages = rendered
    check_a4(pages)
    check_header(pages, "平利县人民政府办公室文件", draft.doc_number, "平利县人民政府办公室")
    appendix = next(
        i for i, p in enumerate(pages) if p.lines and re.sub(r"\s", "", p.lines[0].text) == "附件"
    )
    check_body_grid(pages, appendix)
    check_page_numbers(pages)
    check_imprint(pages, "2018年1月10日")
    table = draft.attachments[0]
    check_appendix(pages, "附件", table.title, [c.header for c in table.columns])
    check_fonts(pdf)


def test_text_names_completed_and_behind_units(rendered):
    draft, _pdf, pages = rendered
    text = re.sub(r"\s", "", "".join(ln.text for p in pages for ln in p.lines))
    praise = next(p for p in draft.body if p.endswith("予以通报表扬。"))
    behind = next(p for p in draft.body if "未按时间安排完成献血任务" in p)
    assert "超额完成了献血任务" in praise and "进度明显滞后" in behind
    assert re.sub(r"\s", "", praise) in text and re.sub(r"\s", "", behind) in text


def test_chart_is_a_figure_in_the_type_area_with_its_caption(rendered):
    draft, _pdf, pages = rendered
    (page,) = [p for p in pages if p.pictures]
    (pic,) = page.pictures
    assert pic.x1 - pic.x0 == pytest.approx(150, abs=0.5)
    assert (pic.x0 + pic.x1) / 2 == pytest.approx((TYPE_LEFT + TYPE_RIGHT) / 2, abs=0.5)
    assert pic.top >= TYPE_TOP - 0.1 and pic.bottom <= TYPE_BOTTOM + 0.1
    caption = next(ln for ln in page.lines if re.sub(r"\s", "", ln.text).startswith("图1"))
    assert re.sub(r"\s", "", caption.text) == re.sub(r"\s", "", draft.figures[0].caption)
    assert 0 < caption.top - pic.bottom < LINE_MM
    assert (caption.x0 + caption.x1) / 2 == pytest.approx(106, abs=1)


def test_completion_table_is_on_the_page_cell_for_cell(rendered):
    draft, pdf, _pages = rendered
    with pdfplumber.open(pdf) as doc:
        found = [
            [[(cell or "").replace("\n", "") for cell in row] for row in t]
            for page in doc.pages
            for t in page.extract_tables()
        ]
    rows = [row for t in found for row in t]
    table = draft.attachments[0]
    assert rows[0] == [c.header for c in table.columns]
    assert rows[1:] == [*table.rows, table.total_row]
    assert Path(pdf).stat().st_size > 0
