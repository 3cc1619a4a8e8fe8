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


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_EMU_TWIP = 635


def _ns(ns: str, tag: str, parent: etree._Element | None = None, **attrs: str | int) -> etree._Element:
    el = etree.Element(f"{{{ns}}}{tag}") if parent is None else etree.SubElement(parent, f"{{{ns}}}{tag}")
    for key, value in attrs.items():
        el.set(key, str(value))
    return el


def _rotated_page_number(*, odd: bool, shape_id: int) -> etree._Element:
    """A run holding a text box, rotated 90° clockwise, where the portrait page number would be.

    GB/T 9704 §8: on a landscape table page the page number keeps the position it has on the other
    pages. The landscape page's top edge is the portrait page's binding edge, so the portrait bottom
    is the landscape left edge: the box runs down the left side, its line 28 mm from the left edge
    (7 mm outside the portrait type area), spanning the portrait type-area width (28–184 mm from
    the landscape top), and holds the ordinary odd/even page-number paragraph.
    """
    x = LANDSCAPE_PN_X
    y = MARGIN_LEFT
    cx, cy = LANDSCAPE_PN_BOX, PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
    r = _el("w:r")
    drawing = _sub(r, "w:drawing")
    anchor = _ns(
        _WP,
        "anchor",
        None,
        distT=0,
        distB=0,
        distL=0,
        distR=0,
        simplePos=0,
        relativeHeight=251659264 + shape_id,
        behindDoc=0,
        locked=0,
        layoutInCell=1,
        allowOverlap=1,
    )
    drawing.append(anchor)
    _ns(_WP, "simplePos", anchor, x=0, y=0)
    for axis, offset in (("positionH", x), ("positionV", y)):
        pos = _ns(_WP, axis, anchor, relativeFrom="page")
        _ns(_WP, "posOffset", pos).text = str(offset * _EMU_TWIP)
    _ns(_WP, "extent", anchor, cx=cx * _EMU_TWIP, cy=cy * _EMU_TWIP)
    _ns(_WP, "effectExtent", anchor, l=0, t=0, r=0, b=0)
    _ns(_WP, "wrapNone", anchor)
    _ns(_WP, "docPr", anchor, id=shape_id, name=f"页码{shape_id}")
    _ns(_WP, "cNvGraphicFramePr", anchor)
    graphic = _ns(_A, "graphic", anchor)
    data = _ns(_A, "graphicData", graphic, uri=_WPS)
    wsp = _ns(_WPS, "wsp", data)
    _ns(_WPS, "cNvSpPr", wsp, txBox=1)
    sppr = _ns(_WPS, "spPr", wsp)
    xfrm = _ns(_A, "xfrm", sppr)
    _ns(_A, "off", xfrm, x=0, y=0)
    _ns(_A, "ext", xfrm, cx=cx * _EMU_TWIP, cy=cy * _EMU_TWIP)
    geom = _ns(_A, "prstGeom", sppr, prst="rect")
    _ns(_A, "avLst", geom)
    _ns(_A, "noFill", sppr)
    ln = _ns(_A, "ln", sppr)
    _ns(_A, "noFill", ln)
    txbx = _ns(_WPS, "txbx", wsp)
    content = _sub(txbx, "w:txbxContent")
    content.append(_page_number_paragraph(odd=odd))
    body = _ns(
        _WPS, "bodyPr", wsp, rot=0, vert="vert", wrap="square", lIns=0, tIns=0, rIns=0, bIns=0, anchor="ctr"
    )
    _ns(_A, "noAutofit", body)
    return r


def landscape_footers(section: Section, first_id: int) -> None:
    """Footers of a landscape section: the page numbers in their portrait position (§8)."""
    for ref in section._sectPr.findall(qn("w:footerReference")):
        section._sectPr.remove(ref)  # (not is_linked_to_previous = True: it drops shared parts)
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        ftr = footer._element
        for child in list(ftr):
            ftr.remove(child)
        p = _para([], _ppr(line=None, snap=False), mark=PAGE_NUM)
        p.append(_rotated_page_number(odd=odd, shape_id=first_id + (0 if odd else 1)))
        ftr.append(p)
