"""The 版头 of a notice in both layouts: the 文件 format (§7.2) and the 信函 format (§10.1).

* 文件: 份号, 密级和保密期限 and 紧急程度 stacked flush left from line 1 of the type area (§7.2.1–
  §7.2.3), the red 发文机关标志 with its top 35 mm below the type-area top, two blank lines, the
  发文字号 with the red rule 4 mm below it; with 签发人 (上行文, §7.2.6) the 发文字号 moves to one
  character from the left and "签发人：" + names in 楷体 sit one character from the right on its line.
* 信函: the 标志 (organ name, red) with its top 30 mm below the *page* top, a red double rule
  (thick over thin) 4 mm below it and another (thin over thick) 20 mm above the page bottom, both
  170 mm long and centred; 份号/密级/紧急 flush left and the 发文字号 flush right on the first
  line under the upper rule; no page number on page 1. Both 标志 and rules are framed paragraphs
  positioned on the page (``w:framePr``), so the type area of every page stays the standard one
  and the body of page 1 simply starts below the upper rule.

Each element is a paragraph with its own calibrated numbers (metrics.py); this module only
composes them.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml.ns import qn
from lxml import etree

from app.gongwen.metrics import (
    BODY_CHAR,
    FONT_XBS,
    LETTER_BOTTOM_RULE_Y,
    LETTER_MARK_PAD,
    LETTER_MARK_Y,
    LETTER_RULE_SPACE,
    LETTER_RULE_W,
    LETTER_TEXT_BEFORE,
    LINE,
    MARGIN_TOP,
    PAGE_W,
    RED,
    RED_LINE_SPACE,
    RED_LINE_SZ,
    TYPE_W,
    mark_before,
)
from app.gongwen.model import Notice
from app.gongwen.ooxml import BODY, HEI, KAI, Style, _el, _para, _ppr
from app.gongwen.title import _mark_size

Add = Callable[[etree._Element], etree._Element]


def _stack(notice: Notice) -> list[tuple[str, Style]]:
    """份号, 密级和保密期限, 紧急程度 in the standard's order, those that are given."""
    out: list[tuple[str, Style]] = []
    if notice.copy_number:
        out.append((notice.copy_number, BODY))
    if notice.secrecy and notice.secrecy.strip():
        out.append((notice.secrecy.strip(), HEI))
    if notice.urgency and notice.urgency.strip():
        out.append((notice.urgency.strip(), HEI))
    return out


def _mark_style(mark: str) -> tuple[Style, int, int]:
    size, scale = _mark_size(mark)
    return Style(font=FONT_XBS, size=size, color=RED, scale=scale, tracking=0), size, round(size * 10 * 1.2)


def _issuer_lines(issuers: list[str]) -> list[str]:
    """Two 签发人 a line (§7.2.6), separated by a full-width space."""
    names = [n.strip() for n in issuers if n.strip()]
    return ["\u3000".join(names[i : i + 2]) for i in range(0, len(names), 2)]


def document_heading(notice: Notice, add: Add, blank: Callable[[int], None]) -> None:
    """版头 of the 文件 format, down to the red rule under the 发文字号."""
    stack = _stack(notice)
    for text, style in stack:
        add(_para([(text, style)], _ppr(jc="left")))
    mark = notice.organ_mark.strip()
    style, size, line = _mark_style(mark)
    # The stacked lines take body lines off the space above the 标志, whose top stays at 35 mm.
    before = max(0, mark_before(size) - len(stack) * LINE)
    add(_para([(mark, style)], _ppr(line=line, before=before, snap=False, jc="center"), style))
    blank(2)
    border = {"val": "single", "sz": RED_LINE_SZ, "space": RED_LINE_SPACE, "color": RED}
    number = notice.doc_number.strip()
    lines = _issuer_lines(notice.issuers)
    if not lines:
        add(_para([(number, BODY)], _ppr(jc="center", border_bottom=border)))
        return
    # 签发人: "签发人：" in 仿宋, the names in 楷体, one character from the right; further lines of
    # names above the last one, which shares its line with the 发文字号 (one character from the left).
    label = "签发人："
    for text in lines[:-1]:
        add(_para([(label, BODY), (text, KAI)], _ppr(jc="right", right=BODY_CHAR)))
        label = "\u3000" * 4
    tab = TYPE_W - BODY_CHAR
    runs = [(number, BODY), ("\t" + label, BODY), (lines[-1], KAI)]
    add(_para(runs, _ppr(jc="left", left=BODY_CHAR, tabs=[("right", tab)], border_bottom=border)))


def _frame(p: etree._Element, *, y: int, height: int, width: int = LETTER_RULE_W) -> etree._Element:
    """Make *p* a frame at *y* twips below the page top, centred on the page (schema order kept)."""
    ppr = p.find(qn("w:pPr"))
    frame = _el(
        "w:framePr",
        w=width,
        h=height,
        hRule="exact",
        wrap="notBeside",
        vAnchor="page",
        hAnchor="page",
        x=(PAGE_W - width) // 2,
        y=y,
    )
    # framePr comes after keepNext/keepLines/pageBreakBefore and before widowControl.
    anchor = ppr.find(qn("w:widowControl"))
    anchor.addprevious(frame)
    return p


def letter_heading(notice: Notice, add: Add, blank: Callable[[int], None]) -> None:
    """版头 of the 信函 format (§10.1): framed 标志 and rules, then 份号… and the 发文字号."""
    mark = notice.organ_mark.strip()
    style, size, line = _mark_style(mark)
    thick_thin = {"val": "thickThinSmallGap", "sz": 18, "space": LETTER_RULE_SPACE, "color": RED}
    mark_p = _para([(mark, style)], _ppr(line=line, snap=False, jc="center", border_bottom=thick_thin), style)
    add(_frame(mark_p, y=LETTER_MARK_Y - round(size * 10 * 0.1), height=line + LETTER_MARK_PAD))
    # In a top border the first line of thickThin is the inner (lower) one: thin over thick.
    thin_thick = {"val": "thickThinSmallGap", "sz": 18, "space": 0, "color": RED}
    rule = _para([], _ppr(line=20, snap=False, border_top=thin_thick), Style(size=2))
    add(_frame(rule, y=LETTER_BOTTOM_RULE_Y, height=120))
    stack = _stack(notice)
    number = notice.doc_number.strip()
    first_before = LETTER_TEXT_BEFORE - MARGIN_TOP
    right_tab = [("right", TYPE_W)]
    if not stack:
        add(_para([(number, BODY)], _ppr(jc="right", before=first_before)))
    for i, (text, st) in enumerate(stack):
        runs = [(text, st)] + ([("\t" + number, BODY)] if i == 0 else [])
        add(_para(runs, _ppr(jc="left", before=first_before if i == 0 else 0, tabs=right_tab)))
