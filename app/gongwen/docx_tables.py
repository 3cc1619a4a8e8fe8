"""Appendix tables of a notice: choosing widths, font size and orientation, and building them.

:func:`plan_table` decides how an :class:`~app.gongwen.model.AppendixTable` will be laid out
(四号, 小四 or 五号; portrait or landscape; column widths from content) and
:func:`table_tail_twips` estimates the room left under it on its last page, which decides whether
the 版记 can share that page (see :mod:`app.gongwen.docx_writer`). ``_appendix_table`` then
builds the fixed-layout table with its header row repeated on every page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from lxml import etree

from app.gongwen.metrics import (
    FONT_BODY,
    FONT_HEI,
    LANDSCAPE_TYPE_H,
    LANDSCAPE_TYPE_W,
    LINE,
    SIZE_TITLE,
    TYPE_H,
    TYPE_W,
)
from app.gongwen.model import MAX_PORTRAIT_COLUMNS, AppendixTable
from app.gongwen.ooxml import Style, _borders, _el, _para, _plain_look, _ppr, _sub
from app.gongwen.title import split_title


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


def table_pages(table: AppendixTable, plan: TablePlan) -> tuple[int, int]:
    """Estimated pages an appendix takes (heading, title, table, note) and the free height left
    on its last page, in twips."""
    capacity = LANDSCAPE_TYPE_H if plan.landscape else TYPE_H
    max_w = (LANDSCAPE_TYPE_W if plan.landscape else TYPE_W) / (SIZE_TITLE * 10)
    title_lines = len(split_title(table.title, max_width=math.floor(max_w)))
    y = (3 + title_lines) * LINE
    pages = 1
    header = _row_twips([c.header for c in table.columns], plan)
    y += header
    rows = list(table.rows) + ([table.total_row] if table.total_row else [])
    for row in rows:
        h = _row_twips(row, plan)
        if y + h > capacity:
            y = header
            pages += 1
        y += h
    if table.note and table.note.strip():
        y += 60 + round(plan.size * 10 * 1.6) * _lines_needed(_note_text(table.note), plan.total, plan.size)
    return pages, capacity - y


def table_tail_twips(table: AppendixTable, plan: TablePlan) -> int:
    """Estimated free height left on the last page of an appendix (heading, title, table, note).

    Used to decide whether the floating 版记 can share that page: LibreOffice, unlike Word, moves
    a whole table to the next page when a bottom-anchored frame would overlap its last rows.
    """
    return table_pages(table, plan)[1]


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
    _plain_look(tblpr)
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
