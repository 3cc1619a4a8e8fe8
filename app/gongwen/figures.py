"""A figure (chart) in the body of a notice: the picture, then its caption, both on the line grid.

GB/T 9704 says nothing about pictures; the notice keeps its 22-line grid by giving the picture's
paragraph an exact height of a whole number of body lines (at least a third of a line more than
the picture, so nothing is clipped), so the text after the figure stays on the grid. The caption
is one centred body line (3号仿宋) kept with the picture. A picture higher than
:data:`MAX_LINES` lines is scaled down to fit.
"""

from __future__ import annotations

import io
import math

from docx.shared import Emu, Mm
from lxml import etree

from app.gongwen.metrics import LINE, TYPE_W
from app.gongwen.model import Figure
from app.gongwen.ooxml import BODY, Style, _el, _para, _ppr, _sub

__all__ = ["MAX_LINES", "figure_paragraphs"]

MAX_LINES = 16
_EMU_PER_TWIP = 635


def figure_paragraphs(part: object, figure: Figure) -> list[etree._Element]:
    """The picture paragraph and the caption paragraph; *part* is the document part that will
    hold the image (``document.part``)."""
    width = min(Mm(figure.width_mm), Emu(TYPE_W * _EMU_PER_TWIP))
    inline = part.new_pic_inline(io.BytesIO(figure.png), width=width)  # type: ignore[attr-defined]
    extent = inline.extent
    limit = (MAX_LINES - 0.35) * LINE * _EMU_PER_TWIP
    if extent.cy > limit:  # too tall: keep the aspect ratio within MAX_LINES lines
        factor = limit / extent.cy
        extent.cx, extent.cy = int(extent.cx * factor), int(limit)
        ext = inline.graphic.graphicData.pic.spPr.xfrm.ext
        ext.cx, ext.cy = extent.cx, extent.cy
    lines = math.ceil(extent.cy / _EMU_PER_TWIP / LINE + 0.35)
    run = _el("w:r")
    _sub(run, "w:drawing").append(inline)
    picture = _para(
        [], _ppr(line=lines * LINE, rule="atLeast", snap=False, jc="center", keep_next=True), Style(size=2)
    )
    picture.append(run)
    caption = _para([(figure.caption.strip(), BODY)], _ppr(jc="center"))
    return [picture, caption]
