"""Low-level OOXML for the notice writer: elements, run formatting (:class:`Style`), paragraphs.

python-docx's high-level API cannot express what GB/T 9704 needs (exact line pitch, grid snapping,
tracking, per-script fonts, schema-ordered pPr children), so the writer builds the XML itself with
these helpers. The underscore names are package-internal: only the ``app.gongwen`` .docx modules
use them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from app.gongwen.metrics import (
    BODY_SZ,
    BODY_TRACKING,
    FONT_BODY,
    FONT_HEI,
    FONT_KAI,
    FONT_SONG,
    FONT_XBS,
    LINE,
    SIZE_SMALL,
    SIZE_TITLE,
)


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
    border_top: dict[str, str | int] | None = None,
    mark_rpr: etree._Element | None = None,
) -> etree._Element:
    """A complete pPr with its children in schema order (Word rejects out-of-order children)."""
    ppr = _el("w:pPr")
    if keep_next:
        _sub(ppr, "w:keepNext")
    if page_break_before:
        _sub(ppr, "w:pageBreakBefore")
    _sub(ppr, "w:widowControl", val=0)
    if border_bottom or border_top:
        bdr = _sub(ppr, "w:pBdr")
        if border_top:
            _sub(bdr, "w:top", **border_top)
        if border_bottom:
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


def _plain_look(tblpr: etree._Element) -> None:
    """Every tblLook flag off, so no table style adds header or banded-row formatting: our tables
    format each cell themselves."""
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
