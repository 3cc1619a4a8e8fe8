"""Render layer for the document kinds and the 版头/page elements, measured on the ink (tests/ink.py).

Every number is GB/T 9704-2012's: the 标志 35 mm under the type-area top (信函: 30 mm under the
page top), the page-number dash 7 mm under the type area, on landscape pages where the portrait
number would be (§8), the 信函's red double rules, the 版记 on an even page, the 署名 never alone.
Without LibreOffice/poppler the tests skip on a developer machine and fail in CI.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from pathlib import Path

import pytest
from ink import InkPage, measure
from rendering import require_renderer

from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.model import AppendixTable, Column, Enclosure, Notice
from app.gongwen.pagination import PagePlan, plan_pages
from app.gongwen.render import docx_to_pdf
from app.gongwen.samples import pingli_notice, pingli_quota_table

pytestmark = pytest.mark.render

TYPE_TOP, TYPE_BOTTOM, TYPE_LEFT, TYPE_RIGHT = 37.0, 262.0, 28.0, 184.0
CHAR = 156 / 28  # one body character, mm
SMALL = 14 * 25.4 / 72  # one 四号 character, mm
FILLER = (
    "各镇、各单位要按照本通知要求，结合实际认真组织实施，明确专人负责献血组织工作，及时向县献血办报送"
    "献血人员名单和献血完成情况，确保全年无偿献血任务按时完成。"
)


def _render(notice: Notice, outdir: Path, name: str) -> list[InkPage]:
    require_renderer()
    docx = write_notice_docx(notice, outdir / f"{name}.docx")
    return measure(docx_to_pdf(docx, outdir))


def _wide_table() -> AppendixTable:
    rows = [[r[0], r[2], "20", "30", "40", "50", "140", "58.3%"] for r in pingli_quota_table().rows] * 2
    return AppendixTable(
        "2017年各镇无偿献血完成情况统计表",
        [Column(h) for h in ["单位", "指标", "1季度", "2季度", "3季度", "4季度", "合计", "完成率"]],
        rows,
    )


@pytest.fixture(scope="module")
def elements(tmp_path_factory: pytest.TempPathFactory) -> list[InkPage]:
    """份号, 密级, 紧急程度, three 签发人, the 附注, and a landscape table over two pages."""
    notice = pingli_notice()
    notice.copy_no, notice.secrecy, notice.urgency = "123", "秘密★1年", "特急"
    notice.issuers = ["张三", "李四", "王五"]
    notice.note = "此件公开发布"
    notice.attachments = [_wide_table()]
    return _render(notice, tmp_path_factory.mktemp("kinds"), "elements")


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> list[InkPage]:
    notice = pingli_notice()
    notice.layout = "letter"
    notice.organ_mark, notice.doc_number = "张家界市人民政府办公室", "张政办函〔2012〕43号"
    notice.copy_no, notice.urgency = "12", "加急"
    return _render(notice, tmp_path_factory.mktemp("kinds"), "letter")


@pytest.fixture(scope="module")
def forward(tmp_path_factory: pytest.TempPathFactory) -> list[InkPage]:
    notice = pingli_notice()
    notice.enclosure = Enclosure(
        title="平利县无偿献血工作领导小组关于做好2017年无偿献血工作的意见",
        body=notice.body[1:],
        signer="平利县无偿献血工作领导小组",
        date=dt.date(2017, 4, 28),
    )
    notice.body = [
        "平利县无偿献血工作领导小组《关于做好2017年无偿献血工作的意见》已经县人民政府同意，现转发给你们。"
    ]
    return _render(notice, tmp_path_factory.mktemp("kinds"), "forward")


def _body_pages(pages: list[InkPage]) -> list[InkPage]:
    return [p for p in pages if not p.landscape]


# -- 版头 --------------------------------------------------------------------------------------
def test_mark_ink_top_35mm_below_type_area_with_stacked_elements(elements) -> None:
    first = elements[0]
    assert first.red_rows[0] - TYPE_TOP == pytest.approx(35, abs=0.5)


def test_copy_number_secrecy_urgency_stacked_flush_left_from_line_1(elements) -> None:
    first = elements[0]
    top3 = [ln for ln in first.lines if ln.top < TYPE_TOP + 32][:3]
    assert [re.sub(r"\s", "", ln.text) for ln in top3] == ["000123", "秘密★1年", "特急"]
    assert all(ln.x0 == pytest.approx(TYPE_LEFT, abs=0.6) for ln in top3)
    assert top3[0].top == pytest.approx(TYPE_TOP + 2.1, abs=1.5)
    pitches = [b.top - a.top for a, b in pairwise(top3)]
    assert all(p == pytest.approx(10.21, abs=0.3) for p in pitches)


def test_issuers_one_char_from_the_right_on_the_doc_number_line(elements) -> None:
    first = elements[0]
    number = next(ln for ln in first.lines if "〔2017〕" in ln.text)
    assert number.x0 == pytest.approx(TYPE_LEFT + CHAR, abs=0.8)  # 发文字号 one character in
    assert number.text.replace(" ", "").endswith("王五")
    assert number.x1 == pytest.approx(TYPE_RIGHT - CHAR, abs=0.8)
    above = next(ln for ln in first.lines if ln.text.replace(" ", "").startswith("签发人"))
    assert above.text.replace(" ", "") == "签发人：张三\u3000李四".replace("\u3000", "")
    assert above.x1 == pytest.approx(TYPE_RIGHT - CHAR, abs=0.8)
    red = [r for r in first.rules if r.color[:3] == (1.0, 0.0, 0.0)]
    assert red and red[0].y - number.bottom == pytest.approx(4, abs=1)


def test_note_in_brackets_on_the_line_after_the_date(elements) -> None:
    for page in elements:
        texts = [re.sub(r"\s", "", ln.text) for ln in page.lines]
        if "（此件公开发布）" in texts:
            i = texts.index("（此件公开发布）")
            assert texts[i - 1] == "2017年5月4日"
            assert page.lines[i].top - page.lines[i - 1].top == pytest.approx(10.21, abs=0.3)
            assert page.lines[i].x0 == pytest.approx(TYPE_LEFT + 2 * CHAR, abs=0.8)
            return
    pytest.fail("附注 not printed")


# -- page numbers ------------------------------------------------------------------------------
@pytest.mark.parametrize("doc", ["elements", "letter", "forward"])
def test_page_number_dash_ink_7mm_below_type_area(doc: str, request: pytest.FixtureRequest) -> None:
    pages = request.getfixturevalue(doc)
    numbered = [p for p in _body_pages(pages) if p.dash is not None]
    assert len(numbered) >= 2
    for page in numbered:
        assert page.dash[1] - TYPE_BOTTOM == pytest.approx(7, abs=0.3), page.number


def test_landscape_page_number_where_the_portrait_number_would_be(elements) -> None:
    landscape = [p for p in elements if p.landscape]
    assert len(landscape) >= 2
    for page in landscape:
        assert page.dash is not None, page.number
        # The landscape left edge is the portrait bottom: the dash 28 mm from it, as on portrait pages.
        assert page.dash[0] == pytest.approx(TYPE_LEFT, abs=0.5)
        boxes = sorted(page.dash_boxes, key=lambda b: b[2])
        assert len(boxes) == 2
        if page.number % 2:  # odd: ends one character before the portrait right edge (landscape bottom side)
            assert boxes[-1][3] == pytest.approx(TYPE_RIGHT - SMALL, abs=0.8)
        else:  # even: starts one character after the portrait left edge (landscape top)
            assert boxes[0][2] == pytest.approx(TYPE_LEFT + SMALL, abs=0.8)
        assert not any("—" in ln.text and ln.top > 180 for ln in page.lines)  # not at the landscape bottom


# -- 信函 (§10.1) -------------------------------------------------------------------------------
def test_letter_mark_30mm_below_page_top_and_double_rules(letter) -> None:
    first = letter[0]
    assert first.red_rows[0] == pytest.approx(30, abs=0.5)
    red = sorted((r for r in first.rules if r.color[:3] == (1.0, 0.0, 0.0)), key=lambda r: r.y)
    assert len(red) == 4
    for rule in red:
        assert rule.x1 - rule.x0 == pytest.approx(170, abs=0.5)
        assert (rule.x0 + rule.x1) / 2 == pytest.approx(105, abs=0.5)
    upper_thick, upper_thin, lower_thin, lower_thick = red
    assert upper_thick.width_pt > 1.5 > upper_thin.width_pt  # thick over thin
    assert (
        lower_thick.width_pt > 1.5 > lower_thin.width_pt and lower_thin.y < lower_thick.y
    )  # thin over thick
    glyph_bottom = max(y for y in first.red_rows if y < upper_thick.y - 1)
    assert upper_thick.y - upper_thick.width_pt / 2 * 25.4 / 72 - glyph_bottom == pytest.approx(4, abs=0.5)
    assert (lower_thin.y + lower_thick.y) / 2 == pytest.approx(297 - 20, abs=0.5)


def test_letter_number_flush_right_copy_number_flush_left_no_page_number_on_page_1(letter) -> None:
    first = letter[0]
    line = next(ln for ln in first.lines if "〔2012〕" in ln.text)
    assert re.sub(r"\s", "", line.text) == "000012张政办函〔2012〕43号"
    assert line.x0 == pytest.approx(TYPE_LEFT, abs=0.6) and line.x1 == pytest.approx(TYPE_RIGHT, abs=0.6)
    assert first.dash is None and not first.footer_text()
    assert letter[1].footer_text() == "—2—"


def test_letter_imprint_is_the_cc_alone_without_rules(letter) -> None:
    last = letter[-1]
    assert any(ln.text.startswith("抄送：") for ln in last.lines)
    assert not any(
        r.x1 - r.x0 > 150 and r.width_pt >= 0.7 and r.color[:3] != (1.0, 0.0, 0.0) for r in last.rules
    )
    assert "印发" not in last.text()


# -- 转发: the forwarded text --------------------------------------------------------------------
def test_forwarded_text_on_its_own_page_with_title_and_date_line(forward) -> None:
    start = next(
        i
        for i, p in enumerate(forward)
        if p.lines and p.lines[0].text.startswith("平利县无偿献血工作领导小组")
    )
    assert start >= 1
    title = forward[start].lines[0]
    assert title.top < TYPE_TOP + 10
    assert "2017年5月4日" in forward[start - 1].text()  # the cover's own date line before it
    text = "".join(p.text() for p in forward[start:])
    assert text.index("平利县无偿献血工作领导小组2017年4月28日") > text.index("三、强化落实")
    appendix = next(
        i for i, p in enumerate(forward) if p.lines and re.sub(r"\s", "", p.lines[0].text) == "附件"
    )
    assert "2017年4月28日" in "".join(p.text() for p in forward[start:appendix])


# -- the 版记 on an even page, the 署名 never alone ---------------------------------------------------
def _notice_with(paragraphs: int, extra: int, cc_lines: int = 1) -> Notice:
    notice = pingli_notice()
    notice.attachments = []
    notice.body = [notice.body[0], *([FILLER] * paragraphs)] + (
        ["补充说明。" + "各单位" * extra] if extra else []
    )
    notice.cc = "县委各部门，县人大办、政协办。" if cc_lines == 1 else notice.cc
    return notice


def _find(predicate) -> tuple[Notice, PagePlan]:
    for paragraphs in range(0, 40):
        for extra in range(0, 30, 3):
            notice = _notice_with(paragraphs, extra)
            plan = plan_pages(notice)
            if predicate(plan):
                return notice, plan
    raise AssertionError("no such notice found")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(lambda p: p.blank_page and p.text_pages >= 4, id="blank-page"),
        pytest.param(lambda p: p.imprint_new_page and not p.blank_page, id="odd-text-page"),
        pytest.param(lambda p: not p.imprint_new_page and p.text_pages >= 2, id="fits-on-even"),
    ],
)
def test_imprint_falls_on_an_even_page(case, tmp_path: Path) -> None:
    notice, plan = _find(case)
    pages = _render(notice, tmp_path, "imprint")
    assert len(pages) == plan.imprint_page
    last = pages[-1]
    assert last.number % 2 == 0
    rules = [r for r in last.rules if r.x1 - r.x0 > 150 and r.width_pt >= 0.7]
    assert len(rules) == 3 and max(r.y for r in rules) == pytest.approx(TYPE_BOTTOM, abs=1)
    if plan.blank_page:
        blank = pages[-2]
        assert not blank.lines  # blank: no text, no page number
        assert not last.footer_text()  # the 版记 page after a blank page is not numbered
        assert plan.notes and "空白页" in plan.notes[0]
    else:
        assert last.footer_text() == f"—{last.number}—"
    # the text's pages before are numbered as usual
    assert pages[0].footer_text() == "—1—"


def _signature_page(pages: list[InkPage]) -> tuple[InkPage, int]:
    for page in pages:
        texts = [re.sub(r"\s", "", ln.text) for ln in page.lines]
        if "平利县人民政府办公室" in texts[1:]:
            return page, texts.index("平利县人民政府办公室", 1)
    raise AssertionError("no 署名")


def test_signature_that_would_just_miss_the_page_is_tightened(tmp_path: Path) -> None:
    notice, plan = _find(lambda p: p.tight_signature)
    pages = _render(notice, tmp_path, "tight")
    page, i = _signature_page(pages)
    body_before = [ln for ln in page.lines[:i] if ln.x0 < TYPE_LEFT + 3 * CHAR]
    assert body_before, "the 署名 must share its page with body text"
    # no blank line between the last body line and the 署名 (§7.3.5.5: spacing adjusted)
    assert page.lines[i].top - page.lines[i - 1].top == pytest.approx(10.21, abs=0.4)
    assert "空行" in plan.notes[0]


def test_signature_never_alone_when_it_does_not_fit(tmp_path: Path) -> None:
    """Too little room even without the blank lines: the last paragraph goes over with the 署名."""
    notice, _plan = _find(lambda p: p.moved_last)
    pages = _render(notice, tmp_path, "moved")
    page, i = _signature_page(pages)
    assert page.number >= 2
    assert any(ln.x0 < TYPE_LEFT + 3 * CHAR for ln in page.lines[:i]), "the 署名 must not stand alone"
