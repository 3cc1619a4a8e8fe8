"""Write a red-header notice (GB/T 9704-2012) as .docx with python-docx and raw OOXML.

Layout (see shared/design/GONGWEN.md §1, §3.3, §3.4):

* A4, margins 37/28/26/35 mm (type area 156 × 225 mm), ``docGrid type=lines linePitch=579`` and
  body lines exactly 579 twips, so a full page holds 22 lines; 16 pt body runs carry −0.25 pt
  tracking so that 28 characters fill a line.
* Every paragraph that is not a body line (标志, 标题, tables, footers, 版记) has ``snapToGrid=0``;
  LibreOffice otherwise snaps big lines and table rows to whole grid rows.
* Every run names its font for all scripts (ascii/hAnsi/eastAsia/cs) with the standard product
  names; substitutes are a render-time matter (render.py).
* The red separator is a bottom border of the 发文字号 paragraph. Its ``w:space`` and the footer
  distance were calibrated by rendering with LibreOffice 7.4 (numbers next to the constants);
  Word was not available to check them.
* The 版记 is a floating one-column table anchored to the bottom of the type area
  (``tblpPr vertAnchor=margin tblpYSpec=bottom``), so its last rule sits on the type-area bottom
  of the last page whatever the length of the text above it. Horizontally it is anchored to the
  page (``horzAnchor=page tblpX=28 mm``): LibreOffice 7.4 imports a floating table that is as
  wide as the type area *and* anchored to the margin as an ordinary inline table, which would
  leave the 版记 right under the text instead of at the bottom.
* LibreOffice moves a whole appendix table to the next page when the bottom-anchored 版记 would
  overlap its last rows. So after the last appendix the writer estimates the free height left on
  its last page (`table_tail_twips`, within about ±2 mm of LibreOffice for the sample tables) and
  gives the 版记 a page of its own when it would not fit. After body text alone LibreOffice does
  the right thing by itself (the 版记 moves to a new page with its anchor paragraph).
* Appendix tables start on a new page: "附件N" (3号黑体) on line 1, the title (2号小标宋) on line
  3, then a fixed-layout table as wide as the type area, header row repeated on every page,
  rows never split. A table too wide for 156 mm goes into its own landscape section (type area
  225 × 156 mm, top of the table toward the binding edge of an odd page). Page numbers of a
  landscape section stay in the ordinary footer, i.e. at the bottom of the landscape page; GB/T
  9704 §8 wants them rotated into the portrait position, which needs a rotated text box and is
  not done. LibreOffice centres the 15.3-line grid in the 156 mm landscape type area, so the first
  line of a landscape page sits about 1.2 mm lower than on a portrait page.
* Not done: the 版记 is not forced onto an even page, and a 版记 page is numbered like any other
  (§7.5 leaves blank pages before it unnumbered; the writer never makes blank pages).
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer
from docx.shared import Twips
from lxml import etree

from app.gongwen.model import (
    MAX_PORTRAIT_COLUMNS,
    AppendixTable,
    Notice,
    attachment_lines,
    format_cn_date,
    heading_level,
    text_width,
)

__all__ = [
    "FONT_BODY",
    "FONT_HEI",
    "FONT_KAI",
    "FONT_SONG",
    "FONT_XBS",
    "imprint_twips",
    "plan_table",
    "split_title",
    "table_tail_twips",
    "write_notice_docx",
]

# ---------------------------------------------------------------- units and fixed numbers
PAGE_W, PAGE_H = 11906, 16838  # A4
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 2098, 1587, 1474, 1984  # 37/28/26/35 mm
TYPE_W = 8844  # 156 mm, the width tables and rules use
TYPE_H = 12756  # 225 mm
LANDSCAPE_TYPE_W = 12756  # 225 mm
LANDSCAPE_TYPE_H = 8845  # 156 mm
LINE = 579  # one body line; 22 × 579 ≤ 12 756
BODY_SZ = 32  # half-points: 三号 16 pt
BODY_TRACKING = -5  # twentieths of a point on 16 pt runs: 28 characters per line in LO 7.4
BODY_CHAR = 320 + BODY_TRACKING  # advance of one body character in twips
SIZE_TITLE = 44  # 二号 22 pt
SIZE_MARK_MAX = 72  # 小初 36 pt
SIZE_SMALL = 28  # 四号 14 pt (版记, page numbers)
CHAR_SMALL = 280  # one 四号 character

FONT_XBS = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_HEI = "黑体"
FONT_KAI = "楷体_GB2312"
FONT_SONG = "宋体"
RED = "FF0000"

# ---------------------------------------------------------------- calibrated by rendering (LO 7.4.7)
#: Space before the 标志 paragraph; puts the top of the 标志 glyphs 35 mm below the type-area top.
MARK_BEFORE = 1984
#: ``w:space`` (pt) of the red bottom border so the line is drawn 4 mm below the 发文字号 glyphs.
RED_LINE_SPACE = 3
RED_LINE_SZ = 12  # eighths of a point: 1.5 pt
#: Room (twips) kept in hand when deciding whether the 版记 fits below the last appendix table.
IMPRINT_SAFETY = 200
#: Footer distance from the paper's bottom edge: the page-number dash centre 7 mm below 262 mm
#: (measured: dash centre = footer distance + 4.5 mm).
FOOTER_DISTANCE = 1332
#: The same for a landscape page, whose type area ends 26 mm above the paper edge.
FOOTER_DISTANCE_LANDSCAPE = FOOTER_DISTANCE - (MARGIN_BOTTOM - MARGIN_RIGHT)


# ---------------------------------------------------------------- low-level OOXML helpers
def _el(tag: str, **attrs: str | int) -> etree._Element:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    return el


def _sub(parent: etree._Element, tag: str, **attrs: str | int) -> etree._Element:
    el = _el(tag, **attrs)
    parent.append(el)
    return el


def _fonts(font: str, latin: str | None = None) -> etree._Element:
    """rFonts naming *font* for East Asian text and *latin* (default: the same) for the rest."""
    latin = latin or font
    return _el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=font, cs=latin, hint="eastAsia")


@dataclass(frozen=True)
class Style:
    """Run formatting for one role; size in half-points."""

    font: str = FONT_BODY
    size: int = BODY_SZ
    latin: str | None = None
    bold: bool = False
    color: str | None = None
    tracking: int | None = None
    scale: int | None = None

    def rpr(self) -> etree._Element:
        rpr = _el("w:rPr")
        rpr.append(_fonts(self.font, self.latin))
        if self.bold:
            _sub(rpr, "w:b")
            _sub(rpr, "w:bCs")
        if self.color:
            _sub(rpr, "w:color", val=self.color)
        tracking = self.tracking
        if tracking is None:
            tracking = BODY_TRACKING if self.size == BODY_SZ else 0
        # Always explicit: the Normal style carries the body tracking, which must not leak into
        # titles, tables or the 版记.
        _sub(rpr, "w:spacing", val=tracking)
        if self.scale and self.scale != 100:
            _sub(rpr, "w:w", val=self.scale)
        _sub(rpr, "w:kern", val=0)
        _sub(rpr, "w:sz", val=self.size)
        _sub(rpr, "w:szCs", val=self.size)
        _sub(rpr, "w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")
        return rpr


BODY = Style()
HEI = Style(font=FONT_HEI)
KAI = Style(font=FONT_KAI)
TITLE = Style(font=FONT_XBS, size=SIZE_TITLE)
SMALL = Style(size=SIZE_SMALL)
PAGE_NUM = Style(font=FONT_SONG, size=SIZE_SMALL, latin=FONT_SONG)


def _ppr(
    *,
    line: int | None = LINE,
    rule: str = "exact",
    before: int = 0,
    after: int = 0,
    snap: bool = True,
    jc: str | None = None,
    left: int = 0,
    right: int = 0,
    first_line: int = 0,
    hanging: int = 0,
    keep_next: bool = False,
    page_break_before: bool = False,
    tabs: Sequence[tuple[str, int]] = (),
    border_bottom: dict[str, str | int] | None = None,
    mark_rpr: etree._Element | None = None,
) -> etree._Element:
    """A complete pPr with its children in schema order (Word rejects out-of-order children)."""
    ppr = _el("w:pPr")
    if keep_next:
        _sub(ppr, "w:keepNext")
    if page_break_before:
        _sub(ppr, "w:pageBreakBefore")
    _sub(ppr, "w:widowControl", val=0)
    if border_bottom:
        bdr = _sub(ppr, "w:pBdr")
        _sub(bdr, "w:bottom", **border_bottom)
    if tabs:
        tabs_el = _sub(ppr, "w:tabs")
        for kind, pos in tabs:
            _sub(tabs_el, "w:tab", val=kind, pos=pos)
    if not snap:
        _sub(ppr, "w:snapToGrid", val=0)
    spacing = _sub(ppr, "w:spacing", before=before, after=after)
    if line is not None:
        spacing.set(qn("w:line"), str(line))
        spacing.set(qn("w:lineRule"), rule)
    if left or right or first_line or hanging:
        ind = _sub(ppr, "w:ind", left=left, right=right)
        if hanging:
            ind.set(qn("w:hanging"), str(hanging))
        elif first_line:
            ind.set(qn("w:firstLine"), str(first_line))
    if jc:
        _sub(ppr, "w:jc", val=jc)
    if mark_rpr is not None:
        ppr.append(mark_rpr)
    return ppr


def _run(text: str, style: Style) -> etree._Element:
    """A run; '\\n' becomes a line break and '\\t' a tab."""
    r = _el("w:r")
    r.append(style.rpr())
    for i, chunk in enumerate(text.split("\n")):
        if i:
            _sub(r, "w:br")
        for j, piece in enumerate(chunk.split("\t")):
            if j:
                _sub(r, "w:tab")
            if piece:
                t = _sub(r, "w:t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def _para(runs: Iterable[tuple[str, Style]], ppr: etree._Element, mark: Style = BODY) -> etree._Element:
    p = _el("w:p")
    ppr.append(mark.rpr())  # paragraph mark formatting: keeps empty lines at the same height
    p.append(ppr)
    for text, style in runs:
        if text:
            p.append(_run(text, style))
    return p


# ---------------------------------------------------------------- text layout helpers
_PROTECTED_WORDS = (
    "人民政府",
    "办公室",
    "办公厅",
    "委员会",
    "领导小组",
    "无偿献血",
    "献血",
    "用血",
    "采血",
    "血液",
    "供应",
    "保障",
    "工作",
    "通知",
    "意见",
    "方案",
    "计划",
    "指标",
    "任务",
    "全民",
    "进一步",
    "推动",
    "做好",
    "加强",
    "开展",
    "实施",
    "管理",
    "卫生",
    "健康",
    "关于",
    "办法",
    "决定",
    "安排",
    "年度",
)
_OPENERS = "（《“‘〔［【(["
_CLOSERS = "，。、；：！？）》”’〕］】),.;:!?"
_DOC_ENDINGS = ("的通知", "的意见", "的决定", "的报告", "的批复", "的函", "的通报", "的方案", "的办法")


def _break_ok(text: str, i: int) -> bool:
    """Whether a title may be broken before text[i]."""
    a, b = text[i - 1], text[i]
    if b in _CLOSERS or a in _OPENERS:
        return False
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return False
    if a.isdigit():  # "2017|年", "64|号"
        return False
    depth = 0
    for ch in text[:i]:
        if ch in "《“":
            depth += 1
        elif ch in "》”":
            depth = max(0, depth - 1)
    return depth == 0


def _break_score(text: str, i: int) -> float:
    score = 0.0
    rest, head = text[i:], text[:i]
    if rest.startswith("关于"):
        score += 30
    if rest.startswith("《") or head.endswith("》") or head.endswith("、") or head.endswith("，"):
        score += 10
    if rest[:1].isdigit():
        score += 8
    if head.endswith("年") and len(head) > 1 and head[-2].isdigit():
        score += 6
    if any(rest.startswith(e) for e in _DOC_ENDINGS) or rest.startswith("的"):
        score -= 20
    for word in _PROTECTED_WORDS:
        start = text.find(word)
        while start != -1:
            if start < i < start + len(word):
                score -= 15
            start = text.find(word, start + 1)
    return score


def split_title(title: str, max_width: float = 20.0) -> list[str]:
    """Break a 2号 title into lines of at most *max_width* characters, keeping words whole.

    Explicit '\\n' in the title wins. Otherwise the fewest lines are used, preferring a break
    before 关于, never inside 《》 or a number, and a trapezoid/diamond shape (§7.3.1).
    """
    title = title.strip()
    if "\n" in title:
        return [line.strip() for line in title.split("\n") if line.strip()]
    if text_width(title) <= max_width:
        return [title]
    n_min = math.ceil(text_width(title) / max_width)
    positions = [i for i in range(1, len(title)) if _break_ok(title, i)]
    best: tuple[float, list[str]] | None = None
    for n in (n_min, n_min + 1):
        if n > 4:
            break
        for cuts in _combinations(positions, n - 1, len(title)):
            bounds = [0, *cuts, len(title)]
            lines = [title[bounds[k] : bounds[k + 1]] for k in range(n)]
            widths = [text_width(s) for s in lines]
            if max(widths) > max_width or min(widths) < 2:
                continue
            score = sum(_break_score(title, c) for c in cuts) - 100 * (n - n_min)
            score -= 0.6 * (max(widths) - min(widths))
            if n == 2 and widths[0] > widths[1]:
                score -= 0.5 * (widths[0] - widths[1])
            if n >= 3 and max(widths) != max(widths[1:-1]) and widths[0] > widths[-1]:
                score -= 3
            if best is None or score > best[0]:
                best = (score, lines)
        if best is not None:
            break
    if best is None:  # nothing whole fits: cut by width
        lines, current = [], ""
        for ch in title:
            if current and text_width(current + ch) > max_width:
                lines.append(current)
                current = ""
            current += ch
        return [*lines, current]
    return best[1]


def _combinations(positions: list[int], k: int, length: int) -> Iterable[tuple[int, ...]]:
    from itertools import combinations

    if k == 0:
        yield ()
        return
    if len(positions) > 80:  # very long titles: thin out candidates
        positions = positions[:: math.ceil(len(positions) / 80)]
    yield from combinations(positions, k)


def _heading_split(text: str, level: int) -> tuple[str, str]:
    """Split "一、标题。正文……" into the heading part (own font) and the rest."""
    if level not in (1, 2):
        return "", text
    m = re.search(r"[。！？]", text)
    if m and m.end() < len(text):
        return text[: m.end()], text[m.end() :]
    return text, ""


# ---------------------------------------------------------------- tables
@dataclass
class TablePlan:
    """How an appendix table will be laid out: widths (twips), font size, orientation."""

    widths: list[int]
    size: int  # half-points
    landscape: bool

    @property
    def total(self) -> int:
        return sum(self.widths)


CELL_MARGIN = 108  # left/right cell margin; tblInd equals it so borders align with the type area
CELL_MARGIN_V = 45


_UNBREAKABLE = re.compile(r"(?:[A-Za-z0-9.,%/:+\-]+[年月日号时分秒]?)+")


def _cell_width(text: str) -> float:
    """Like text_width but with ASCII at 0.6 em (proportional digits are wider than half an em)
    and 0.25 em per CJK/Latin boundary (the renderers' automatic spacing, autoSpaceDE/DN)."""
    width = sum(0.6 if ch.isascii() else 1.0 for ch in text)
    boundaries = sum(
        1 for a, b in pairwise(text) if a.isascii() != b.isascii() and not (a.isspace() or b.isspace())
    )
    return width + 0.25 * boundaries


def _token_width(text: str) -> float:
    """Widest piece of *text* that must not wrap (numbers, dates like 2018年6月, codes), in ems."""
    return max((_cell_width(m.group(0)) for m in _UNBREAKABLE.finditer(text)), default=0.0)


def _min_col_twips(table: AppendixTable, col: int, size: int) -> int:
    """Narrowest usable width of a column at *size*: numbers/dates on one line, header ≤ 2 lines, ≥ 2 chars."""
    pt = size / 2
    cells = [row[col] for row in table.rows if col < len(row)]
    if table.total_row and col < len(table.total_row):
        cells.append(table.total_row[col])
    header = table.columns[col].header
    chars = max(
        [2.0, _token_width(header), math.ceil(_cell_width(header) / 2)] + [_token_width(c) for c in cells]
    )
    return int(chars * pt * 20 + 2 * CELL_MARGIN + 20)


def _auto_weights(table: AppendixTable) -> list[float]:
    """Column weights from content, used when the caller left every weight at its default 1.0."""
    weights = []
    for col, column in enumerate(table.columns):
        cells = [row[col] for row in table.rows if col < len(row)]
        if table.total_row and col < len(table.total_row):
            cells.append(table.total_row[col])
        natural = max([math.ceil(_cell_width(column.header) / 2)] + [_cell_width(c) for c in cells])
        weights.append(min(max(natural, 2.0), 14.0))
    return weights


def _distribute(weights: list[float], mins: list[int], total: int) -> list[int]:
    """Share *total* by *weights* but give no column less than its minimum."""
    fixed: dict[int, int] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        budget = total - sum(fixed.values())
        wsum = sum(weights[i] for i in free) or 1.0
        widths = {i: budget * weights[i] / wsum for i in free}
        short = [i for i in free if widths[i] < mins[i]]
        if not short or len(short) == len(free):
            break
        for i in short:
            fixed[i] = mins[i]
    out = [fixed.get(i, round(widths.get(i, 0))) for i in range(len(weights))]
    out[-1] += total - sum(out)  # rounding: exact total
    return out


def _lines_needed(text: str, width_twips: int, size: int) -> int:
    usable = max(1, width_twips - 2 * CELL_MARGIN)
    return max(1, math.ceil(_cell_width(text) * size * 10 / usable))


def plan_table(table: AppendixTable) -> TablePlan:
    """Choose orientation, font size (四号 if it reads well, else 小四, else 五号) and widths."""
    n = len(table.columns)
    weights = [c.weight if c.weight > 0 else 1.0 for c in table.columns]
    if all(c.weight == 1.0 for c in table.columns):
        weights = _auto_weights(table)
    min_small = sum(_min_col_twips(table, i, 21) for i in range(n))
    landscape = table.landscape
    if landscape is None:
        landscape = n > MAX_PORTRAIT_COLUMNS or min_small > TYPE_W
    total = LANDSCAPE_TYPE_W if landscape else TYPE_W
    body_rows = list(table.rows) + ([table.total_row] if table.total_row else [])
    chosen: TablePlan | None = None
    for size in (28, 24, 21):
        mins = [_min_col_twips(table, i, size) for i in range(n)]
        if sum(mins) > total:
            continue
        widths = _distribute(weights, mins, total)
        header_ok = all(
            _lines_needed(c.header, w, size) <= 2 for c, w in zip(table.columns, widths, strict=True)
        )
        cells = [_lines_needed(row[i], widths[i], size) for row in body_rows for i in range(min(n, len(row)))]
        avg = sum(cells) / len(cells) if cells else 1.0
        wrapped = sum(1 for c in cells if c > 1) / len(cells) if cells else 0.0
        if header_ok and ((avg <= 1.5 and wrapped <= 0.25) or size == 21):
            chosen = TablePlan(widths, size, landscape)
            break
    if chosen is None:
        widths = _distribute(weights, [0] * n, total)
        chosen = TablePlan(widths, 21, landscape)
    return chosen


def _row_twips(cells: Sequence[str], plan: TablePlan) -> int:
    """Estimated height of one table row as the renderer will lay it out."""
    line = round(plan.size * 10 * 1.3)
    lines = max(_lines_needed(str(c), w, plan.size) for c, w in zip(cells, plan.widths, strict=False))
    return max(round(plan.size * 10 * 2.0), lines * line + 2 * CELL_MARGIN_V)


def table_tail_twips(table: AppendixTable, plan: TablePlan) -> int:
    """Estimated free height left on the last page of an appendix (heading, title, table, note).

    Used to decide whether the floating 版记 can share that page: LibreOffice, unlike Word, moves
    a whole table to the next page when a bottom-anchored frame would overlap its last rows.
    """
    capacity = LANDSCAPE_TYPE_H if plan.landscape else TYPE_H
    max_w = (LANDSCAPE_TYPE_W if plan.landscape else TYPE_W) / (SIZE_TITLE * 10)
    title_lines = len(split_title(table.title, max_width=math.floor(max_w)))
    y = (3 + title_lines) * LINE
    header = _row_twips([c.header for c in table.columns], plan)
    y += header
    rows = list(table.rows) + ([table.total_row] if table.total_row else [])
    for row in rows:
        h = _row_twips(row, plan)
        if y + h > capacity:
            y = header
        y += h
    if table.note and table.note.strip():
        y += 60 + round(plan.size * 10 * 1.6) * _lines_needed(_note_text(table.note), plan.total, plan.size)
    return capacity - y


def imprint_twips(notice: Notice) -> int:
    """Estimated height of the 版记 block (rows of exact 579-twip lines plus rules)."""
    lines = 1
    if notice.cc and notice.cc.strip():
        width = text_width("抄送：" + notice.cc.strip())
        first = (TYPE_W - 2 * CHAR_SMALL) / CHAR_SMALL
        rest = (TYPE_W - 5 * CHAR_SMALL) / CHAR_SMALL
        lines += 1 + math.ceil(max(0.0, width - first) / rest)
    return lines * LINE + 60


def _note_text(note: str) -> str:
    note = note.strip()
    return note if note.startswith("注") else f"注：{note}"


def _cell(text: str, width: int, style: Style, align: str, line: int) -> etree._Element:
    tc = _el("w:tc")
    tcpr = _sub(tc, "w:tcPr")
    _sub(tcpr, "w:tcW", w=width, type="dxa")
    _sub(tcpr, "w:vAlign", val="center")
    jc = {"left": "left", "right": "right"}.get(align, "center")
    tc.append(_para([(text, style)], _ppr(line=line, snap=False, jc=jc), mark=style))
    return tc


def _borders(tag: str, **edges: tuple[str, int]) -> etree._Element:
    el = _el(tag)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if edge in edges:
            val, sz = edges[edge]
            attrs: dict[str, str | int] = {"val": val, "sz": sz, "space": 0, "color": "000000"}
            if val == "nil":
                attrs = {"val": "nil"}
            _sub(el, f"w:{edge}", **attrs)
    return el


def _appendix_table(table: AppendixTable, plan: TablePlan) -> etree._Element:
    size = plan.size
    line = round(size * 10 * 1.3)  # exact line height in twips: 1.3 × the font size
    row_h = round(size * 10 * 2.0)
    body_style = Style(font=FONT_BODY, size=size)
    head_style = Style(font=FONT_HEI, size=size)
    tbl = _el("w:tbl")
    tblpr = _sub(tbl, "w:tblPr")
    _sub(tblpr, "w:tblW", w=plan.total, type="dxa")
    _sub(tblpr, "w:tblInd", w=CELL_MARGIN, type="dxa")
    single = ("single", 4)
    tblpr.append(
        _borders(
            "w:tblBorders",
            top=single,
            left=single,
            bottom=single,
            right=single,
            insideH=single,
            insideV=single,
        )
    )
    _sub(tblpr, "w:tblLayout", type="fixed")
    mar = _sub(tblpr, "w:tblCellMar")
    _sub(mar, "w:top", w=CELL_MARGIN_V, type="dxa")
    _sub(mar, "w:left", w=CELL_MARGIN, type="dxa")
    _sub(mar, "w:bottom", w=CELL_MARGIN_V, type="dxa")
    _sub(mar, "w:right", w=CELL_MARGIN, type="dxa")
    _sub(
        tblpr,
        "w:tblLook",
        val="0000",
        firstRow=0,
        lastRow=0,
        firstColumn=0,
        lastColumn=0,
        noHBand=1,
        noVBand=1,
    )
    grid = _sub(tbl, "w:tblGrid")
    for w in plan.widths:
        _sub(grid, "w:gridCol", w=w)

    def add_row(cells: Sequence[str], style: Style, header: bool, aligns: Sequence[str]) -> None:
        tr = _sub(tbl, "w:tr")
        trpr = _sub(tr, "w:trPr")
        _sub(trpr, "w:cantSplit")
        _sub(trpr, "w:trHeight", val=row_h, hRule="atLeast")
        if header:
            _sub(trpr, "w:tblHeader")
        for i, width in enumerate(plan.widths):
            text = cells[i] if i < len(cells) else ""
            tr.append(_cell(str(text), width, style, aligns[i], line))

    n = len(table.columns)
    add_row([c.header for c in table.columns], head_style, True, ["center"] * n)
    aligns = [c.align for c in table.columns]
    for row in table.rows:
        add_row(row, body_style, False, aligns)
    if table.total_row:
        add_row(table.total_row, head_style, False, aligns)
    return tbl


# ---------------------------------------------------------------- document assembly
class _Builder:
    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        self.final_sectpr = self.body.find(qn("w:sectPr"))

    # -- helpers
    def add(self, el: etree._Element) -> etree._Element:
        self.final_sectpr.addprevious(el)
        return el

    def blank(self, n: int = 1, *, keep_next: bool = False) -> None:
        for _ in range(n):
            self.add(_para([], _ppr(keep_next=keep_next)))

    # -- document-wide settings
    def setup(self) -> None:
        self._defaults()
        self._settings()
        self._font_table()
        self._drop_thumbnail()
        sec = self.doc.sections[0]
        self._portrait(sec._sectPr)
        sec.footer_distance = Twips(FOOTER_DISTANCE)
        sec.header_distance = Twips(851)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self._footer(sec.footer, odd=True)
        self._footer(sec.even_page_footer, odd=False)
        core = self.doc.core_properties
        core.title = self.notice.title.replace("\n", "")
        core.author = self.notice.signer
        core.comments = self.notice.doc_number
        core.keywords = "公文"

    def _portrait(self, sectpr: etree._Element) -> None:
        self._page(sectpr, PAGE_W, PAGE_H, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT, None)

    def _landscape(self, sectpr: etree._Element) -> None:
        # Portrait left (binding) becomes the landscape top: the table head faces the binding edge.
        self._page(sectpr, PAGE_H, PAGE_W, MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, "landscape")

    @staticmethod
    def _page(
        sectpr: etree._Element,
        w: int,
        h: int,
        top: int,
        right: int,
        bottom: int,
        left: int,
        orient: str | None,
    ) -> None:
        pgsz = sectpr.find(qn("w:pgSz"))
        pgsz.attrib.clear()
        pgsz.set(qn("w:w"), str(w))
        pgsz.set(qn("w:h"), str(h))
        if orient:
            pgsz.set(qn("w:orient"), orient)
        pgmar = sectpr.find(qn("w:pgMar"))
        for key, value in (("top", top), ("right", right), ("bottom", bottom), ("left", left), ("gutter", 0)):
            pgmar.set(qn(f"w:{key}"), str(value))
        footer = FOOTER_DISTANCE_LANDSCAPE if orient == "landscape" else FOOTER_DISTANCE
        pgmar.set(qn("w:footer"), str(footer))
        pgmar.set(qn("w:header"), "851")
        grid = sectpr.find(qn("w:docGrid"))
        if grid is None:
            grid = _sub(sectpr, "w:docGrid")
        grid.attrib.clear()
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(LINE))

    def _defaults(self) -> None:
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault"))
        for child in list(rpr_default):
            rpr_default.remove(child)
        rpr_default.append(BODY.rpr())
        ppr_default = defaults.find(qn("w:pPrDefault"))
        for child in list(ppr_default):
            ppr_default.remove(child)
        ppr = _el("w:pPr")
        _sub(ppr, "w:widowControl", val=0)
        _sub(ppr, "w:spacing", before=0, after=0, line=LINE, lineRule="exact")
        _sub(ppr, "w:jc", val="both")
        ppr_default.append(ppr)
        normal = self.doc.styles["Normal"].element
        for tag in ("w:pPr", "w:rPr"):
            old = normal.find(qn(tag))
            if old is not None:
                normal.remove(old)
        normal.append(copy.deepcopy(ppr))
        rpr = BODY.rpr()
        normal.append(rpr)

    def _settings(self) -> None:
        settings = self.doc.settings.element
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:eastAsia"), "zh-CN")
        # compatibilityMode stays 14: tblInd is then measured to the cell text, which the
        # appendix tables rely on (tblInd = left cell margin puts the border on the type area).

    def _font_table(self) -> None:
        part = self.doc.part.part_related_by(RT.FONT_TABLE)
        root = etree.fromstring(part.blob)
        names = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
        panose = {
            FONT_BODY: "02010609030101010101",
            FONT_HEI: "02010609060101010101",
            FONT_SONG: "02010600030101010101",
            FONT_KAI: "02010609030101010101",
        }
        for name in (FONT_XBS, FONT_BODY, FONT_HEI, FONT_KAI, FONT_SONG):
            if name in names:
                continue
            font = etree.SubElement(root, qn("w:font"))
            font.set(qn("w:name"), name)
            if name in panose:
                etree.SubElement(font, qn("w:panose1")).set(qn("w:val"), panose[name])
            etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")
            etree.SubElement(font, qn("w:family")).set(qn("w:val"), "modern" if name == FONT_HEI else "roman")
            etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _drop_thumbnail(self) -> None:
        """The template's thumbnail shows an English sample page; Explorer would preview it."""
        rels = self.doc.part.package.rels
        for rid, rel in list(rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                rels.pop(rid)

    def _footer(self, footer: _Footer, *, odd: bool) -> None:
        footer.is_linked_to_previous = False
        ftr = footer._element
        for child in list(ftr):
            ftr.remove(child)
        ppr = _ppr(
            line=None,
            snap=False,
            jc="right" if odd else "left",
            right=CHAR_SMALL if odd else 0,
            left=0 if odd else CHAR_SMALL,
        )
        p = _para([], ppr, mark=PAGE_NUM)
        p.append(_run("— ", PAGE_NUM))
        for kind, text in (
            ("begin", None),
            ("instr", " PAGE "),
            ("separate", None),
            ("cached", "1"),
            ("end", None),
        ):
            r = _el("w:r")
            r.append(PAGE_NUM.rpr())
            if kind == "instr":
                t = _sub(r, "w:instrText")
                t.text = text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            elif kind == "cached":
                _sub(r, "w:t").text = text
            else:
                _sub(r, "w:fldChar", fldCharType=kind)
            p.append(r)
        p.append(_run(" —", PAGE_NUM))
        ftr.append(p)

    # -- content
    def header_block(self) -> None:
        n = self.notice
        mark = n.organ_mark.strip()
        size, scale = _mark_size(mark)
        mark_style = Style(font=FONT_XBS, size=size, color=RED, scale=scale, tracking=0)
        mark_line = round(size * 10 * 1.2)
        self.add(
            _para(
                [(mark, mark_style)],
                _ppr(line=mark_line, before=MARK_BEFORE, snap=False, jc="center"),
                mark_style,
            )
        )
        self.blank(2)
        border = {"val": "single", "sz": RED_LINE_SZ, "space": RED_LINE_SPACE, "color": RED}
        self.add(_para([(n.doc_number.strip(), BODY)], _ppr(jc="center", border_bottom=border)))
        self.blank(2)
        title_lines = split_title(n.title)
        self.add(_para([("\n".join(title_lines), TITLE)], _ppr(snap=False, jc="center"), TITLE))
        self.blank(1)
        self.add(_para([(n.addressees.strip(), BODY)], _ppr(jc="both")))

    def body_text(self, keep_last: bool) -> None:
        paras = [p.strip() for p in self.notice.body if p.strip()]
        for i, text in enumerate(paras):
            level = heading_level(text)
            head, rest = _heading_split(text, level)
            style = {1: HEI, 2: KAI}.get(level, BODY)
            runs = [(head, style), (rest, BODY)]
            last = i == len(paras) - 1
            ppr = _ppr(jc="both", first_line=2 * 320, keep_next=level in (1, 2) or (last and keep_last))
            self.add(_para(runs, ppr))

    def attachment_note(self) -> None:
        lines = attachment_lines(self.notice)
        if not lines:
            return
        self.blank(1, keep_next=True)
        if len(lines) == 1:
            label = 3 * BODY_CHAR
            ppr = _ppr(jc="both", left=2 * BODY_CHAR + label, hanging=label, keep_next=True)
            self.add(_para([(lines[0], BODY)], ppr))
            return
        count = len(self.notice.attachments)
        num_w = BODY_CHAR if count < 10 else round(1.5 * BODY_CHAR)
        left = 5 * BODY_CHAR + num_w
        for i, table in enumerate(self.notice.attachments, start=1):
            text = f"{i}.\t{table.title.strip()}"
            if i == 1:
                ppr = _ppr(
                    jc="both", left=left, hanging=left - 2 * BODY_CHAR, tabs=[("left", left)], keep_next=True
                )
                self.add(_para([("附件：" + text, BODY)], ppr))
            else:
                ppr = _ppr(jc="both", left=left, hanging=num_w, tabs=[("left", left)], keep_next=True)
                self.add(_para([(text, BODY)], ppr))

    def signature(self) -> None:
        """Unsealed layout (§7.3.5.2): 署名 2 chars from the right, date starting 2 chars further right."""
        n = self.notice
        signer = n.signer.strip()
        date = format_cn_date(n.date)
        ws, wd = text_width(signer), text_width(date)
        line_w = 28.0
        # 署名 2 chars from the right; if the date would then stick out, the date is 2 chars from
        # the right instead and the 署名 moves left.
        sig_left = line_w - 2 - ws if wd + 2 <= ws else line_w - 2 - wd - 2
        date_left = sig_left + 2
        self.blank(1, keep_next=True)
        self.add(_para([(signer, BODY)], _ppr(jc="left", left=round(sig_left * BODY_CHAR), keep_next=True)))
        self.add(
            _para([(date, BODY)], _ppr(jc="left", left=round(date_left * BODY_CHAR), keep_next=bool(n.note)))
        )
        if n.note and n.note.strip():
            note = n.note.strip()
            if not note.startswith(("（", "(")):
                note = f"（{note}）"
            self.add(_para([(note, BODY)], _ppr(jc="both", first_line=2 * 320)))

    def appendix(self, index: int, table: AppendixTable, plan: TablePlan, single: bool) -> None:
        label = "附件" if single else f"附件{index}"
        self.add(_para([(label, HEI)], _ppr(jc="left", page_break_before=True)))
        self.blank(1)
        max_w = (LANDSCAPE_TYPE_W if plan.landscape else TYPE_W) / (SIZE_TITLE * 10)
        lines = split_title(table.title, max_width=math.floor(max_w))
        self.add(_para([("\n".join(lines), TITLE)], _ppr(snap=False, jc="center"), TITLE))
        self.blank(1)
        self.add(_appendix_table(table, plan))
        if table.note and table.note.strip():
            note_style = Style(font=FONT_BODY, size=plan.size)
            line = round(plan.size * 10 * 1.6)
            ppr = _ppr(line=line, snap=False, jc="left", before=60, left=0)
            self.add(_para([(_note_text(table.note), note_style)], ppr, note_style))

    def end_section(self, landscape: bool) -> None:
        """Close the section that ends here with a copy of the final sectPr (portrait/landscape)."""
        last = self.final_sectpr.getprevious()
        if last is None or last.tag != qn("w:p") or last.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
            last = self.add(_para([], _ppr(line=20, snap=False), Style(size=2)))
        # Keep the footer references: the first section must name its footers itself.
        sectpr = copy.deepcopy(self.final_sectpr)
        if landscape:
            self._landscape(sectpr)
        else:
            self._portrait(sectpr)
        ppr = last.find(qn("w:pPr"))
        ppr.append(sectpr)

    def imprint(self, new_page: bool = False) -> None:
        """版记: floating one-column table at the bottom of the type area of the last page.

        With *new_page* its anchor paragraph starts a new page, so the 版记 gets a page of its own.
        """
        n = self.notice
        tbl = _el("w:tbl")
        tblpr = _sub(tbl, "w:tblPr")
        _sub(
            tblpr,
            "w:tblpPr",
            leftFromText=0,
            rightFromText=0,
            topFromText=0,
            bottomFromText=0,
            vertAnchor="margin",
            horzAnchor="page",
            tblpX=MARGIN_LEFT,
            tblpYSpec="bottom",
        )
        _sub(tblpr, "w:tblOverlap", val="never")
        _sub(tblpr, "w:tblW", w=TYPE_W, type="dxa")
        _sub(tblpr, "w:jc", val="center")
        tblpr.append(
            _borders(
                "w:tblBorders",
                top=("single", 8),
                left=("nil", 0),
                bottom=("single", 8),
                right=("nil", 0),
                insideH=("single", 6),
                insideV=("nil", 0),
            )
        )
        _sub(tblpr, "w:tblLayout", type="fixed")
        mar = _sub(tblpr, "w:tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            _sub(mar, f"w:{side}", w=0, type="dxa")
        _sub(
            tblpr,
            "w:tblLook",
            val="0000",
            firstRow=0,
            lastRow=0,
            firstColumn=0,
            lastColumn=0,
            noHBand=1,
            noVBand=1,
        )
        grid = _sub(tbl, "w:tblGrid")
        _sub(grid, "w:gridCol", w=TYPE_W)

        def row(p: etree._Element) -> None:
            tr = _sub(tbl, "w:tr")
            trpr = _sub(tr, "w:trPr")
            _sub(trpr, "w:cantSplit")
            tc = _sub(tr, "w:tc")
            tcpr = _sub(tc, "w:tcPr")
            _sub(tcpr, "w:tcW", w=TYPE_W, type="dxa")
            _sub(tcpr, "w:vAlign", val="center")
            tc.append(p)

        if n.cc and n.cc.strip():
            label = 3 * CHAR_SMALL
            ppr = _ppr(snap=False, jc="both", left=CHAR_SMALL + label, right=CHAR_SMALL, hanging=label)
            row(_para([("抄送：" + n.cc.strip(), SMALL)], ppr, SMALL))
        date = format_cn_date(n.print_date) + "印发"
        ppr = _ppr(
            snap=False, jc="left", left=CHAR_SMALL, right=CHAR_SMALL, tabs=[("right", TYPE_W - CHAR_SMALL)]
        )
        row(_para([(n.printer.strip() + "\t" + date, SMALL)], ppr, SMALL))
        self.add(tbl)
        # The anchor paragraph of the floating table: as small as possible.
        self.add(_para([], _ppr(line=20, snap=False, page_break_before=new_page), Style(size=2)))

    def build(self) -> docx.document.Document:
        n = self.notice
        self.setup()
        self.header_block()
        self.body_text(keep_last=True)
        self.attachment_note()
        self.signature()
        plans = [plan_table(t) for t in n.attachments]
        single = len(n.attachments) == 1
        landscape_open = False
        for i, (table, plan) in enumerate(zip(n.attachments, plans, strict=True), start=1):
            if plan.landscape and not landscape_open:
                self.end_section(landscape=False)
                landscape_open = True
            elif not plan.landscape and landscape_open:
                self.end_section(landscape=True)
                landscape_open = False
            self.appendix(i, table, plan, single)
        if landscape_open:
            self.end_section(landscape=True)
            # The 版记 then gets a portrait page of its own after the landscape appendix. LibreOffice
            # needs an ordinary paragraph to open that section; a floating table alone does not.
            self.blank(1)
        new_page = False
        if n.attachments and not landscape_open:
            # The estimate was within ±2 mm of LibreOffice's layout for the sample tables; keep
            # 3.5 mm in hand. Too little room → the 版记 gets a page of its own.
            new_page = table_tail_twips(n.attachments[-1], plans[-1]) < imprint_twips(n) + IMPRINT_SAFETY
        self.imprint(new_page=new_page)
        return self.doc


def _mark_size(mark: str) -> tuple[int, int | None]:
    """Font size (half-points) and optional width scale (%) so the 标志 fits one 156 mm line.

    Practice keeps the 标志 tall (小初, 36 pt) and condenses long names horizontally; below
    70 % the height is reduced too (down to 一号, 26 pt) before condensing further.
    """
    width = max(text_width(mark), 1.0)
    room = (TYPE_W - 120) / 20  # points, a little slack for rounding in the renderer
    top = SIZE_MARK_MAX / 2
    if width * top <= room:
        return SIZE_MARK_MAX, None
    scale = math.floor(room / (width * top) * 100)
    if scale >= 70:
        return SIZE_MARK_MAX, scale
    size_pt = max(26.0, math.floor(room / (width * 0.7) * 2) / 2)
    scale = min(70, math.floor(room / (width * size_pt) * 100))
    return int(size_pt * 2), max(scale, 33)


def write_notice_docx(notice: Notice, path: Path) -> Path:
    """Write *notice* as a GB/T 9704 .docx at *path* and return the path.

    Call `model.validate` first if the notice comes from user input: this writer lays out
    whatever it is given.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = _Builder(notice).build()
    doc.save(str(path))
    return path
