"""The 版记 (抄送 and 印发 lines) of a notice and an estimate of its height.

The 版记 is a floating one-column table anchored to the bottom of the type area, so its last rule
sits on the bottom of the last page (see :mod:`app.gongwen.docx_writer` for why it is anchored
this way); :func:`imprint_twips` tells the writer how much room it needs.
"""

from __future__ import annotations

import math

from lxml import etree

from app.gongwen.metrics import CHAR_SMALL, LINE, MARGIN_LEFT, TYPE_W
from app.gongwen.model import Notice, format_cn_date, text_width
from app.gongwen.ooxml import SMALL, _borders, _el, _para, _plain_look, _ppr, _sub


def imprint_twips(notice: Notice) -> int:
    """Estimated height of the 版记 block (rows of exact 579-twip lines plus rules)."""
    lines = 0 if notice.layout == "letter" else 1
    if notice.cc and notice.cc.strip():
        width = text_width("抄送：" + notice.cc.strip())
        first = (TYPE_W - 2 * CHAR_SMALL) / CHAR_SMALL
        rest = (TYPE_W - 5 * CHAR_SMALL) / CHAR_SMALL
        lines += 1 + math.ceil(max(0.0, width - first) / rest)
    return lines * LINE + 60


def _imprint_table(notice: Notice) -> etree._Element:
    """The 版记 table: floating, one column as wide as the type area, at the bottom of the margin.

    A letter's (§10.1) has only the 抄送, without rules and without the 印发 line.
    """
    n = notice
    letter = n.layout == "letter"
    outer, inner = (("nil", 0), ("nil", 0)) if letter else (("single", 8), ("single", 6))
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
            top=outer,
            left=("nil", 0),
            bottom=outer,
            right=("nil", 0),
            insideH=inner,
            insideV=("nil", 0),
        )
    )
    _sub(tblpr, "w:tblLayout", type="fixed")
    mar = _sub(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _sub(mar, f"w:{side}", w=0, type="dxa")
    _plain_look(tblpr)
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
    if letter:
        return tbl
    date = format_cn_date(n.print_date) + "印发"
    ppr = _ppr(
        snap=False, jc="left", left=CHAR_SMALL, right=CHAR_SMALL, tabs=[("right", TYPE_W - CHAR_SMALL)]
    )
    row(_para([(n.printer.strip() + "\t" + date, SMALL)], ppr, SMALL))
    return tbl
