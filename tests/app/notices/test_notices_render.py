"""Notices made from data, rendered by LibreOffice: the appendix table is on the page, cell for cell.

Same rule as tests/app/gongwen/test_gongwen_render.py: without LibreOffice/poppler the tests skip
on a developer machine and fail in CI (``CI`` set), so a missing renderer never passes.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from rendering import require_renderer

from app.gongwen.render import docx_to_pdf
from app.notices import generate, new_draft, render_preview

pytestmark = pytest.mark.render


def _appendix_tables(pdf: Path) -> list[list[list[str]]]:
    """Every ruled table pdfplumber finds, with cell text joined over wrapped lines."""
    found = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                found.append([[(cell or "").replace("\n", "") for cell in row] for row in table])
    return found


def test_pingli_quota_table_is_on_the_rendered_page(demo_db, samples, tmp_path):
    require_renderer()
    draft = new_draft(demo_db, "quota", 2017, today=dt.date(2017, 5, 4))
    out = generate(demo_db, draft, tmp_path / "pingli.docx")
    tables = _appendix_tables(docx_to_pdf(out.docx, tmp_path))
    with (samples / "pingli_2017_quota.csv").open(encoding="utf-8-sig", newline="") as fh:
        expected = list(csv.reader(fh))
    expected.append(["合计", "193600", "2300"])
    assert tables[0] == expected
    units = [row[0] for row in tables[0][1:-1]]
    assert len(units) == 13 and units[0] == "县医院" and units[-1] == "老县镇"


def test_rugao_december_row_on_the_rendered_page(db, rugao_plan, tmp_path):
    require_renderer()
    draft = new_draft(db, "plan", 2020, today=dt.date(2020, 3, 2))
    out = generate(db, draft, tmp_path / "rugao.docx")
    rows = [row for table in _appendix_tables(docx_to_pdf(out.docx, tmp_path)) for row in table]
    december = next(row for row in rows if row[0] == "12月份")
    assert december == ["12月份", "卫健系统600（全年）；教育系统600（全年）；城北街道545；", "545"]
    assert ["全年合计", "", "8162"] in rows


def test_preview_pages_are_images(demo_db, tmp_path):
    require_renderer()
    draft = new_draft(demo_db, "quota", 2017, today=dt.date(2017, 5, 4))
    out = generate(demo_db, draft, tmp_path / "doc" / "pingli.docx")
    pages = render_preview(out.docx, tmp_path / "preview", dpi=40)
    assert len(pages) >= 2
    assert all(p.suffix == ".png" and p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pages)
