"""Each kind made from 张家界's imported task table, rendered by LibreOffice: the appendix is the
table as printed (its four columns, rows in order), the 版记 is on an even page, and the 版头 is
the kind's own (文件: the red rule under the 发文字号; 函: the red double rules, no page number on
page 1). Without LibreOffice/poppler the tests skip on a developer machine and fail in CI."""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from ink import measure
from rendering import require_renderer

from app.gongwen.render import docx_to_pdf
from app.notices import generate, new_draft
from app.office.settings import OfficeSettings, save_office
from app.plans.importing import commit_plan_import, preview_plan_import

pytestmark = pytest.mark.render

ISSUED = dt.date(2012, 3, 5)
SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "samples"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    """The four kinds for 张家界 2012, rendered once: {kind: (pdf, pages)}."""
    require_renderer()
    from app.database import open_database

    folder = tmp_path_factory.mktemp("zjj")
    db = open_database(folder / "zjj.db")
    save_office(
        db,
        OfficeSettings(
            county="张家界市",
            organ_mark="张家界市人民政府办公室文件",
            signer="张家界市人民政府办公室",
            doc_prefix="张政办发",
            next_number=43,
            printer="张家界市人民政府办公室",
            cc="市委办公室，市人大常委会办公室，市政协办公室。",
        ),
    )
    commit_plan_import(db, preview_plan_import(db, SAMPLES / "zhangjiajie_2012_tasks.xlsx", 2012))
    out = {}
    for kind in ("quota", "plan", "forward", "letter"):
        result = generate(db, new_draft(db, kind, 2012, today=ISSUED), folder / f"{kind}.docx")
        pdf = docx_to_pdf(result.docx, folder)
        out[kind] = (pdf, measure(pdf), result)
    db.close()
    return out


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("kind", ["quota", "forward", "letter"])
def test_zhangjiajie_table_round_trips_onto_the_page(rendered, kind):
    pdf, _, _ = rendered[kind]
    with pdfplumber.open(pdf) as doc:
        tables = [
            [[(c or "").replace("\n", "") for c in row] for row in t]
            for page in doc.pages
            for t in page.extract_tables()
        ]
    rows = [row for t in tables for row in t if len(row) == 4]
    with (SAMPLES / "zhangjiajie_2012_tasks.csv").open(encoding="utf-8", newline="") as fh:
        expected = list(csv.reader(fh))
    assert [_norm(c) for c in rows[0]] == [_norm(c) for c in expected[0]]
    assert rows[1 : len(expected)] == expected[1:]
    assert rows[len(expected)][0] == "合计"


@pytest.mark.parametrize("kind", ["quota", "plan", "forward", "letter"])
def test_imprint_on_an_even_page_and_said(rendered, kind):
    _, pages, result = rendered[kind]
    last = pages[-1]
    assert last.number % 2 == 0
    assert "抄送：" in last.text()
    if any("空白页" in n for n in result.notes):
        assert not pages[-2].lines


@pytest.mark.parametrize("kind", ["quota", "plan", "forward"])
def test_document_heading(rendered, kind):
    _, pages, _ = rendered[kind]
    first = pages[0]
    assert first.red_rows[0] - 37 == pytest.approx(35, abs=0.5)
    number = next(ln for ln in first.lines if "〔" in ln.text)
    assert re.match(r"^张政办发〔2012〕[1-9]\d*号$", re.sub(r"\s", "", number.text))
    assert first.dash is not None and first.dash[1] - 262 == pytest.approx(7, abs=0.3)


def test_letter_heading(rendered):
    _, pages, _ = rendered["letter"]
    first = pages[0]
    assert first.red_rows[0] == pytest.approx(30, abs=0.5)
    assert len([r for r in first.rules if r.color[:3] == (1.0, 0.0, 0.0) and r.x1 - r.x0 > 169]) == 4
    assert first.dash is None
    number = next(ln for ln in first.lines if "〔" in ln.text)
    assert re.match(r"^张政办函〔2012〕[1-9]\d*号$", re.sub(r"\s", "", number.text))


def test_forwarded_text_follows_the_cover(rendered):
    _, pages, _ = rendered["forward"]
    text = "".join(p.text() for p in pages)
    cover = text.index("已经市人民政府同意，现转发给你们")
    opinion = text.index("张家界市无偿献血工作领导小组关于做好2012年无偿献血工作的意见", cover)
    assert text.index("2012年3月5日", opinion) > opinion
    assert "平利" not in text and "我县" not in text
