"""GB/T 9704 layout checks on a rendered PDF, for any notice (通知, 计划, 通报).

The same measurements and tolerances as tests/app/gongwen/test_gongwen_render.py (GONGWEN.md
§3.2), gathered as functions so a test of another notice kind can run them all on its own PDF:
``check_header(pages, ...)``, ``check_imprint(pages, ...)`` and the rest.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

MM = 25.4 / 72
TYPE_TOP, TYPE_BOTTOM, TYPE_LEFT, TYPE_RIGHT = 37.0, 262.0, 28.0, 184.0
LINE_MM = 579 / 1440 * 25.4  # 10.21 mm
CHAR_MM = 156 / 28
CHAR_SMALL_MM = 14 * MM  # one 四号 character, 4.94 mm
FIRST_LINE_TOP = TYPE_TOP + 2.1  # glyph top of the first body line (measured in the 通知 tests)
RED = (1.0, 0.0, 0.0)


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fonts: set[str]
    colors: set[tuple[float, ...]]
    size: float  # font size in pt of the first character


@dataclass
class Rule:
    x0: float
    x1: float
    y: float
    width_pt: float
    color: tuple[float, ...]


@dataclass
class Picture:
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    rules: list[Rule]
    pictures: list[Picture]

    def body_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.bottom < TYPE_BOTTOM + 0.5 or self.width > self.height]

    def footer(self) -> Line:
        (line,) = [
            ln
            for ln in self.lines
            if "—" in ln.text and ln.top > (TYPE_BOTTOM if self.height > self.width else 180)
        ]
        return line


def _color(value: object) -> tuple[float, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(float(v) for v in value)
    return (float(value),) if value is not None else ()


def measure(pdf: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines = [
                Line(
                    text=ln["text"],
                    x0=ln["x0"] * MM,
                    x1=ln["x1"] * MM,
                    top=ln["top"] * MM,
                    bottom=ln["bottom"] * MM,
                    fonts={c["fontname"] for c in ln["chars"]},
                    colors={_color(c.get("non_stroking_color")) for c in ln["chars"]},
                    size=round(ln["chars"][0]["size"], 1),
                )
                for ln in page.extract_text_lines()
            ]
            rules = [
                Rule(
                    o["x0"] * MM,
                    o["x1"] * MM,
                    (o["top"] + o["bottom"]) / 2 * MM,
                    o["linewidth"],
                    _color(o.get("stroking_color")),
                )
                for o in page.lines
                if abs(o["top"] - o["bottom"]) < 0.5
            ]
            pictures = [
                Picture(i["x0"] * MM, i["x1"] * MM, i["top"] * MM, i["bottom"] * MM) for i in page.images
            ]
            pages.append(Page(page.page_number, page.width * MM, page.height * MM, lines, rules, pictures))
    return pages


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


# -- the checks ----------------------------------------------------------------------------------
def check_a4(pages: list[Page]) -> None:
    for page in pages:
        if page.height > page.width:
            assert (page.width, page.height) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))
        else:
            assert (page.width, page.height) == (pytest.approx(297, abs=0.5), pytest.approx(210, abs=0.5))


def check_header(pages: list[Page], organ_mark: str, doc_number: str, title_start: str) -> None:
    """标志 red, one line, 35 mm below the type area's top; red rule 156 mm wide 4 mm under the
    centred 发文字号; the title two blank lines under the rule; the body starts on page 1."""
    first = pages[0]
    mark = [ln for ln in first.lines if RED in ln.colors]
    assert len(mark) == 1 and _flat(mark[0].text) == organ_mark
    assert mark[0].top - TYPE_TOP == pytest.approx(35, abs=2.5)
    assert mark[0].x0 >= TYPE_LEFT - 0.5 and mark[0].x1 <= TYPE_RIGHT + 0.5
    assert any("Bold" in f or "Black" in f for f in mark[0].fonts)
    number = next(ln for ln in first.lines if "〔" in ln.text)
    assert _flat(number.text) == doc_number
    assert (number.x0 + number.x1) / 2 == pytest.approx(106, abs=1)
    red = [r for r in first.rules if r.color[:3] == RED]
    assert red
    rule = red[0]
    assert rule.x1 - rule.x0 == pytest.approx(156, abs=0.5) and rule.x0 == pytest.approx(TYPE_LEFT, abs=0.5)
    assert rule.y - number.bottom == pytest.approx(4, abs=1)
    title = next(ln for ln in first.lines if ln.top > rule.y and _flat(ln.text).startswith(title_start))
    assert title.top - rule.y == pytest.approx(2 * LINE_MM, abs=3)
    body = [ln for ln in first.body_lines() if ln.top > title.bottom + LINE_MM and ln.size == 16]
    assert body, "GB/T 9704 §7.3.3: the body must begin on the first page"


def check_body_grid(pages: list[Page], last_body_page: int) -> None:
    """On the body pages after the first, every 三号 line sits on the 22-line grid (also after a
    figure) and inside the type area, flush left or indented two characters, ≤ 28 characters."""
    for page in pages[1:last_body_page]:
        body = [ln for ln in page.body_lines() if ln.size == 16 and not ln.text.startswith("—")]
        assert body, page.number
        for ln in body:
            slot = (ln.top - FIRST_LINE_TOP) / LINE_MM
            assert abs(slot - round(slot)) * LINE_MM < 0.4, (page.number, ln.text, ln.top)
            assert 0 <= round(slot) < 22
            assert ln.x0 >= TYPE_LEFT - 0.5 and ln.x1 <= TYPE_RIGHT + CHAR_MM + 0.5  # hanging punctuation
            assert len(re.sub(r"[\x00-\x7f]", "", ln.text)) <= 29


def check_page_numbers(pages: list[Page]) -> None:
    """Every portrait page is numbered, except the 版记's page at the end (GB/T 9704 puts the 版记
    on an even page and a blank page before it when needed; neither is numbered)."""
    for page in pages:
        if page.height < page.width:
            continue
        numbered = [ln for ln in page.lines if "—" in ln.text and ln.top > TYPE_BOTTOM]
        if not numbered and page.number >= len(pages) - 1:
            continue
        footer = page.footer()
        assert _flat(footer.text) == f"—{page.number}—"
        # the dash's ink is 7 mm under the type area; its font box's centre sits about 1 mm higher
        # (tests/ink.py measures the ink itself)
        assert (footer.top + footer.bottom) / 2 - TYPE_BOTTOM == pytest.approx(6, abs=0.8)
        if page.number % 2:
            assert footer.x1 == pytest.approx(TYPE_RIGHT - CHAR_SMALL_MM, abs=0.8)
        else:
            assert footer.x0 == pytest.approx(TYPE_LEFT + CHAR_SMALL_MM, abs=0.8)


def _imprint_rules(page: Page) -> list[Rule]:
    return sorted(
        (r for r in page.rules if r.x1 - r.x0 > 150 and r.width_pt >= 0.7 and r.color[:3] != RED),
        key=lambda r: r.y,
    )


def check_imprint(pages: list[Page], print_date: str) -> None:
    """版记 on the last page only, its last rule on the type area's bottom, 抄送 and 印发 lines."""
    last = pages[-1]
    rules = _imprint_rules(last)
    assert len(rules) == 3, [(r.y, r.width_pt) for r in rules]
    top, middle, bottom = rules
    assert bottom.y == pytest.approx(TYPE_BOTTOM, abs=1)
    assert bottom.x1 - bottom.x0 == pytest.approx(156, abs=0.5)
    assert top.width_pt == pytest.approx(1.0, abs=0.05) and bottom.width_pt == pytest.approx(1.0, abs=0.05)
    assert middle.width_pt == pytest.approx(0.75, abs=0.05)
    cc = [ln for ln in last.lines if top.y < ln.top < middle.y]
    assert cc[0].text.startswith("抄送：") and cc[-1].text.endswith("。")
    issued = [ln for ln in last.lines if middle.y < ln.top < bottom.y]
    assert len(issued) == 1 and _flat(issued[0].text).endswith(f"{print_date}印发")
    assert issued[0].x0 == pytest.approx(TYPE_LEFT + CHAR_SMALL_MM, abs=0.8)
    assert issued[0].x1 == pytest.approx(TYPE_RIGHT - CHAR_SMALL_MM, abs=0.8)
    above = [ln for ln in last.body_lines() if ln.top < top.y]
    assert all(ln.bottom < top.y for ln in above)
    for page in pages[:-1]:
        assert not _imprint_rules(page)


def appendix_pages(pages: list[Page], label: str) -> list[Page]:
    start = next(i for i, p in enumerate(pages) if p.lines and _flat(p.lines[0].text) == label)
    out = [pages[start]]
    for page in pages[start + 1 :]:
        if page.lines and page.lines[0].text.startswith("附件"):
            break
        out.append(page)
    return out


def check_appendix(pages: list[Page], label: str, title: str, headers: list[str]) -> list[Page]:
    """附件N on line 1 flush left in 黑体, the title on line 3, the table inside the type area with
    its header repeated on every page it runs over. Returns the appendix's pages."""
    found = appendix_pages(pages, label)
    page = found[0]
    first, second = page.lines[0], page.lines[1]
    assert TYPE_TOP <= first.top <= TYPE_TOP + LINE_MM - 4
    assert first.x0 == pytest.approx(TYPE_LEFT, abs=0.5)
    assert any("Sans" in f for f in first.fonts)
    assert _flat(second.text) == title
    assert second.top >= TYPE_TOP + 2 * LINE_MM - 1.5 and second.bottom <= TYPE_TOP + 3 * LINE_MM + 0.5
    for p in found:
        table_rules = [r for r in p.rules if r.width_pt < 0.7 and r.x1 - r.x0 > 100]
        if not table_rules:
            continue  # a page holding only the 版记 after the table
        assert min(r.x0 for r in table_rules) >= TYPE_LEFT - 0.3
        assert max(r.x1 for r in table_rules) <= TYPE_RIGHT + 0.3
        assert max(r.y for r in table_rules) <= TYPE_BOTTOM + 0.3
        top_text = _flat(
            " ".join(
                ln.text for ln in p.lines if ln.top < (TYPE_TOP + 6 * LINE_MM if p is page else TYPE_TOP + 12)
            )
        )
        for header in headers:
            assert _flat(header)[:2] in top_text, (p.number, header, top_text)
    return found


def check_fonts(pdf: Path) -> None:
    """Every embedded font is a CJK substitute our fontconfig maps the standard names to."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
    assert names, listing
    assert all("CJK" in name for name in names), f"substituted fonts: {names}"
    assert any(n.startswith("NotoSerifCJK") for n in names) and any(
        n.startswith("NotoSansCJK") for n in names
    )
