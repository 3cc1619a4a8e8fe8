"""Render layer (GONGWEN.md §3.2): render real notices with LibreOffice, measure the PDF in mm.

Each document is rendered once per module and shared. Without LibreOffice/poppler the tests
skip on a developer machine and fail in CI (``CI`` set), so a missing renderer never passes.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from gbt9704 import Page, check_imprint  # the page model and checks the 通报 shares
from gbt9704 import measure as _measure
from ink import measure
from rendering import require_renderer

from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.model import AppendixTable, Column, Notice
from app.gongwen.render import docx_to_pdf, pdf_to_pngs
from app.gongwen.samples import pingli_notice, pingli_quota_table, rugao_plan_table

pytestmark = pytest.mark.render

MM = 25.4 / 72
TYPE_TOP, TYPE_BOTTOM, TYPE_LEFT, TYPE_RIGHT = 37.0, 262.0, 28.0, 184.0
LINE_MM = 579 / 1440 * 25.4  # 10.21 mm
CHAR_SMALL_MM = 14 * MM  # one 四号 character, 4.94 mm


def _render(notice: Notice, outdir: Path, name: str) -> tuple[Path, list[Page]]:
    require_renderer()
    docx = write_notice_docx(notice, outdir / f"{name}.docx")
    pdf = docx_to_pdf(docx, outdir)
    return pdf, _measure(pdf)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Page]]:
    """平利 2017 notice with its 13-row quota table and the 84-row 如皋 plan (several pages)."""
    notice = pingli_notice()
    notice.attachments = [pingli_quota_table(), rugao_plan_table()]
    return _render(notice, tmp_path_factory.mktemp("render"), "pingli")


FILLER = (
    "各镇、各单位要按照本通知要求，结合实际认真组织实施，明确专人负责献血组织工作，及时向县献血办报送"
    "献血人员名单和献血完成情况，确保全年无偿献血任务按时完成。"
)


@pytest.fixture(scope="module")
def dense(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Page]]:
    """Plain body text over several full pages, and an eight-column table set landscape."""
    notice = pingli_notice()
    notice.body = [notice.body[0], *([FILLER] * 14)]
    notice.attachments = [
        AppendixTable(
            "2017年各镇无偿献血完成情况统计表",
            [Column(h) for h in ["单位", "指标", "1季度", "2季度", "3季度", "4季度", "合计", "完成率"]],
            [[r[0], r[2], "20", "30", "40", "50", "140", "58.3%"] for r in pingli_quota_table().rows],
        )
    ]
    return _render(notice, tmp_path_factory.mktemp("render"), "dense")


def _portrait(pages: list[Page]) -> Iterator[Page]:
    return (p for p in pages if p.height > p.width)


def test_pages_are_a4(sample, dense) -> None:
    for page in sample[1]:
        assert page.width == pytest.approx(210, abs=0.5)
        assert page.height == pytest.approx(297, abs=0.5)
    landscape = [p for p in dense[1] if p.width > p.height]
    assert landscape, "the eight-column table should be on a landscape page"
    assert landscape[0].width == pytest.approx(297, abs=0.5)
    assert dense[1][-1].height == pytest.approx(297, abs=0.5)  # 版记 back on portrait


def test_organ_mark_one_red_line_35mm_below_type_area(sample) -> None:
    first = sample[1][0]
    mark = [ln for ln in first.lines if "文件" in ln.text]
    assert len(mark) == 1 and mark[0].text.replace(" ", "") == "平利县人民政府办公室文件"
    assert mark[0].colors == {(1.0, 0.0, 0.0)}
    assert mark[0].top - TYPE_TOP == pytest.approx(35, abs=2.5)
    assert mark[0].x0 >= TYPE_LEFT - 0.5 and mark[0].x1 <= TYPE_RIGHT + 0.5
    assert any("Bold" in f or "Black" in f for f in mark[0].fonts)


def test_red_line_4mm_below_doc_number(sample) -> None:
    first = sample[1][0]
    number = next(ln for ln in first.lines if "〔" in ln.text)
    assert re.sub(r"\s", "", number.text) == "平政办发〔2017〕64号"
    assert (number.x0 + number.x1) / 2 == pytest.approx(106, abs=1)  # centred
    red = [r for r in first.rules if r.color[:3] == (1.0, 0.0, 0.0)]
    assert red
    line = red[0]
    assert line.x1 - line.x0 == pytest.approx(156, abs=0.5)
    assert line.x0 == pytest.approx(TYPE_LEFT, abs=0.5)
    assert line.y - number.bottom == pytest.approx(4, abs=1)
    title = next(ln for ln in first.lines if ln.text.startswith("平利县人民政府办公室关于"))
    assert title.top - line.y == pytest.approx(2 * LINE_MM, abs=3)  # two blank lines


def test_body_starts_on_first_page_at_left_edge(sample) -> None:
    pages = sample[1]
    assert any(ln.text.startswith("无偿献血制度是国家") for ln in pages[0].lines)
    body = [ln for ln in pages[1].body_lines()]
    assert min(ln.x0 for ln in body) == pytest.approx(TYPE_LEFT, abs=1)
    indented = [ln for ln in body if ln.text.startswith(("一、", "近年来"))]
    assert indented and all(ln.x0 == pytest.approx(TYPE_LEFT + 2 * 156 / 28, abs=1) for ln in indented)
    heading = next(ln for ln in pages[1].lines if ln.text.startswith("一、"))
    assert any("Sans" in f for f in heading.fonts)  # 黑体 substitute


def test_full_body_page_has_22_lines_of_28_characters(dense) -> None:
    page = dense[1][1]
    body = page.body_lines()
    assert len(body) == 22
    assert body[0].top == pytest.approx(TYPE_TOP + 2.1, abs=1.5)
    pitches = [b.top - a.top for a, b in itertools.pairwise(body)]
    assert all(p == pytest.approx(LINE_MM, abs=0.15) for p in pitches)
    cjk_counts = [len(re.sub(r"[\x00-\x7f]", "", ln.text)) for ln in body]
    assert 28 in cjk_counts
    assert max(cjk_counts) <= 29  # a closing punctuation mark may hang into the margin


def test_page_numbers_odd_right_even_left_7mm_below(sample, dense) -> None:
    for pdf, pages in (sample, dense):
        ink = {p.number: p for p in measure(pdf)}
        for page in _portrait(pages):
            if page.number >= len(pages) - 1 and not any("—" in ln.text for ln in page.lines):
                continue  # a blank page before the 版记 and the 版记 page after it: no number (§7.5)
            footer = page.footer()
            assert re.sub(r"\s", "", footer.text) == f"—{page.number}—"
            # 7 mm from the type area to the dash as printed (its ink), not to the font box
            assert ink[page.number].dash[1] - TYPE_BOTTOM == pytest.approx(7, abs=0.3)
            if page.number % 2:
                assert footer.x1 == pytest.approx(TYPE_RIGHT - CHAR_SMALL_MM, abs=0.8)
            else:
                assert footer.x0 == pytest.approx(TYPE_LEFT + CHAR_SMALL_MM, abs=0.8)


@pytest.mark.parametrize("doc", ["sample", "dense"])
def test_imprint_bottom_rule_on_type_area_bottom_of_last_page(
    doc: str, request: pytest.FixtureRequest
) -> None:
    check_imprint(request.getfixturevalue(doc)[1], "2017年5月4日")


def _appendix_pages(pages: list[Page], label: str) -> list[Page]:
    start = next(i for i, p in enumerate(pages) if p.lines and re.sub(r"\s", "", p.lines[0].text) == label)
    out = [pages[start]]
    for page in pages[start + 1 :]:
        if page.lines and page.lines[0].text.startswith("附件"):
            break
        if not [r for r in page.rules if r.width_pt < 0.7 and r.x1 - r.x0 > 100]:
            break  # a page without the table: the 版记's own page
        out.append(page)
    return out


def test_appendix_label_line_1_title_line_3(sample) -> None:
    for label, title in (
        ("附件1", "2017年各镇、各单位无偿献血募集指标"),
        ("附件2", "如皋市2020年度无偿献血计划分解表"),
    ):
        page = _appendix_pages(sample[1], label)[0]
        first, second = page.lines[0], page.lines[1]
        assert TYPE_TOP <= first.top <= TYPE_TOP + LINE_MM - 4
        assert first.x0 == pytest.approx(TYPE_LEFT, abs=0.5)
        assert any("Sans" in f for f in first.fonts)
        assert re.sub(r"\s", "", second.text) == title
        assert second.top >= TYPE_TOP + 2 * LINE_MM - 1.5
        assert second.bottom <= TYPE_TOP + 3 * LINE_MM + 0.5


def test_long_table_repeats_header_and_stays_in_type_area(sample) -> None:
    pages = _appendix_pages(sample[1], "附件2")
    assert len(pages) >= 3
    for page in pages[1:]:
        top_text = " ".join(ln.text for ln in page.lines if ln.top < TYPE_TOP + 12)
        for header in ("序号", "单位", "计划数", "时间"):
            assert header in top_text, (page.number, top_text)
    for page in pages:
        table_rules = [r for r in page.rules if r.width_pt < 0.7 and r.x1 - r.x0 > 100]
        assert table_rules
        assert min(r.x0 for r in table_rules) >= TYPE_LEFT - 0.3
        assert max(r.x1 for r in table_rules) <= TYPE_RIGHT + 0.3
        assert max(r.y for r in table_rules) <= TYPE_BOTTOM + 0.3
    last_rows = " ".join(ln.text for ln in pages[-1].lines)
    assert "城北街道" in last_rows and "合计" in last_rows and "注：献血时需携带身份证。" in last_rows


def test_landscape_table_fills_landscape_type_area(dense) -> None:
    page = next(p for p in dense[1] if p.width > p.height)
    text = [ln for ln in page.lines if ln.x0 > 35]  # the rotated page number stands left of 35 mm
    assert re.sub(r"\s", "", text[0].text) == "附件"
    rules = [r for r in page.rules if r.width_pt < 0.7 and r.x1 - r.x0 > 100]
    assert min(r.x0 for r in rules) == pytest.approx(35, abs=0.5)
    assert max(r.x1 for r in rules) == pytest.approx(260, abs=0.5)
    # §8: the page number is where the portrait number would be (the landscape left edge), not here
    assert not [ln for ln in page.lines if "—" in ln.text and ln.top > 180]
    (ink,) = [p for p in measure(dense[0]) if p.number == page.number]
    assert ink.dash[0] == pytest.approx(TYPE_LEFT, abs=0.5)


def test_preview_pngs(sample, tmp_path: Path) -> None:
    pngs = pdf_to_pngs(sample[0], tmp_path, dpi=30)
    assert len(pngs) == len(sample[1])
    assert pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_run_uses_a_mapped_cjk_font(sample, dense) -> None:
    """GONGWEN §3.2 item 10: the embedded fonts are the substitutes our fontconfig maps the
    standard names to. LibreOffice's own fallback (WenQuanYi, DejaVu) means a run lost its font."""
    for pdf, _pages in (sample, dense):
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
        assert names, listing
        assert all("CJK" in name for name in names), f"substituted fonts: {names}"
        assert any(name.startswith("NotoSerifCJK") for name in names) and any(
            name.startswith("NotoSansCJK") for name in names
        )
