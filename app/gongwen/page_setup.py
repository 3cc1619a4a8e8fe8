"""Document-wide settings of the notice .docx: A4 sections, page-number footers, default styles.

python-docx's default template is an English Letter-size document; these functions turn it into
the GB/T 9704 page (margins, the 22-line grid, odd/even footers with "— 1 —" page numbers, body
font defaults, the Chinese font table) and switch a section between portrait and landscape for
wide appendix tables.
"""

from __future__ import annotations

import copy

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.section import Section, _Footer
from lxml import etree

from app.gongwen.metrics import (
    CHAR_SMALL,
    FONT_BODY,
    FONT_HEI,
    FONT_KAI,
    FONT_SONG,
    FONT_XBS,
    FOOTER_DISTANCE,
    FOOTER_DISTANCE_LANDSCAPE,
    LANDSCAPE_PN_BOX,
    LANDSCAPE_PN_X,
    LINE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
)
from app.gongwen.ooxml import BODY, PAGE_NUM, _el, _para, _ppr, _run, _sub


def _portrait(sectpr: etree._Element) -> None:
    _page(sectpr, PAGE_W, PAGE_H, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT, None)


def _landscape(sectpr: etree._Element) -> None:
    # Portrait left (binding) becomes the landscape top: the table head faces the binding edge.
    _page(sectpr, PAGE_H, PAGE_W, MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, "landscape")


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


def _defaults(doc: Document) -> None:
    styles = doc.styles.element
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
    normal = doc.styles["Normal"].element
    for tag in ("w:pPr", "w:rPr"):
        old = normal.find(qn(tag))
        if old is not None:
            normal.remove(old)
    normal.append(copy.deepcopy(ppr))
    rpr = BODY.rpr()
    normal.append(rpr)


def _settings(doc: Document) -> None:
    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    # compatibilityMode stays 14: tblInd is then measured to the cell text, which the
    # appendix tables rely on (tblInd = left cell margin puts the border on the type area).


def _font_table(doc: Document) -> None:
    part = doc.part.part_related_by(RT.FONT_TABLE)
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


def _drop_thumbnail(doc: Document) -> None:
    """The template's thumbnail shows an English sample page; Explorer would preview it."""
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            rels.pop(rid)


def _drop_styles_with_effects(doc: Document) -> None:
    """python-docx's template carries Word 2010's stylesWithEffects copy of the styles. We change
    styles.xml, so the copy would disagree (docDefaults, missing styles), which the Open XML
    validator reports and Word may treat as unreadable content; Word rebuilds it when needed."""
    rels = doc.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            rels.pop(rid)


def _page_number_paragraph(*, odd: bool) -> etree._Element:
    """ "— n —" in 四号宋体: odd pages flush right, even pages flush left, one character in (§7.5)."""
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
    return p


def _footer(footer: _Footer, *, odd: bool) -> None:
    footer.is_linked_to_previous = False
    ftr = footer._element
    for child in list(ftr):
        ftr.remove(child)
    ftr.append(_page_number_paragraph(odd=odd))


def landscape_footers(section: Section) -> None:
    """Footers of a landscape section: the page numbers in their portrait position (§8).

    GB/T 9704 §8: on a landscape table page the page number keeps the position it has on the other
    pages. The landscape page's top edge is the portrait page's binding edge, so the portrait bottom
    is the landscape left edge: the number runs down the left side, 28 mm from the left edge (7 mm
    outside the portrait type area), over the portrait type-area width (28–184 mm from the top),
    odd pages flush to its end, even pages to its start, as in the portrait footers.

    It is a floating one-cell table with vertical text (`rotated_page_number_table`), all plain
    WordprocessingML. A DrawingML text box was tried first: LibreOffice 7.4 put it at the page
    corner on some pages (the first of a section starting on an odd page, then the even footer).
    """
    for ref in section._sectPr.findall(qn("w:footerReference")):
        section._sectPr.remove(ref)  # (not is_linked_to_previous = True: it drops shared parts)
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        ftr = footer._element
        for child in list(ftr):
            ftr.remove(child)
        ftr.append(rotated_page_number_table(odd=odd))
        ftr.append(_para([], _ppr(line=None, snap=False), mark=PAGE_NUM))


def rotated_page_number_table(*, odd: bool) -> etree._Element:
    """The page-number paragraph in a floating one-cell table whose text runs top to bottom (tbRl,
    i.e. turned 90° clockwise: read as portrait once the landscape page is turned into place)."""
    tbl = _el("w:tbl")
    tblpr = _sub(tbl, "w:tblPr")
    _sub(
        tblpr,
        "w:tblpPr",
        leftFromText=0,
        rightFromText=0,
        topFromText=0,
        bottomFromText=0,
        vertAnchor="page",
        horzAnchor="page",
        tblpX=LANDSCAPE_PN_X,
        tblpY=MARGIN_LEFT,
    )
    _sub(tblpr, "w:tblW", w=LANDSCAPE_PN_BOX, type="dxa")
    borders = _sub(tblpr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, f"w:{edge}", val="nil")
    _sub(tblpr, "w:tblLayout", type="fixed")
    mar = _sub(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _sub(mar, f"w:{side}", w=0, type="dxa")
    grid = _sub(tbl, "w:tblGrid")
    _sub(grid, "w:gridCol", w=LANDSCAPE_PN_BOX)
    tr = _sub(tbl, "w:tr")
    trpr = _sub(tr, "w:trPr")
    _sub(trpr, "w:trHeight", val=PAGE_W - MARGIN_LEFT - MARGIN_RIGHT, hRule="exact")
    tc = _sub(tr, "w:tc")
    tcpr = _sub(tc, "w:tcPr")
    _sub(tcpr, "w:tcW", w=LANDSCAPE_PN_BOX, type="dxa")
    _sub(tcpr, "w:textDirection", val="tbRl")
    _sub(tcpr, "w:vAlign", val="center")
    tc.append(_page_number_paragraph(odd=odd))
    return tbl
