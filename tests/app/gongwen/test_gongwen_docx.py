"""XML layer of the .docx (GONGWEN.md §3.1): fast, deterministic, no renderer needed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from lxml import etree

from app.gongwen.docx_writer import (
    FONT_BODY,
    FONT_HEI,
    FONT_KAI,
    FONT_SONG,
    FONT_XBS,
    _mark_size,
    plan_table,
    write_notice_docx,
)
from app.gongwen.model import DATE_RE, DOC_NUMBER_RE, AppendixTable, Column, Notice
from app.gongwen.samples import pingli_notice, rugao_plan_table, shouxian_schedule_table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Schema order of pPr and rPr children (ECMA-376 CT_PPrBase / CT_RPr), the part we emit.
PPR_SEQ = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
]  # fmt: skip
RPR_SEQ = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]  # fmt: skip


def _full_notice() -> Notice:
    notice = pingli_notice()
    notice.body.insert(2, "（一）加强组织领导。各镇要成立献血工作领导小组，由分管领导任组长。")
    notice.body.insert(3, "1.明确任务分工。")
    notice.body.insert(4, "（1）城关镇负责城区单位。")
    notice.note = "联系人：张三，电话：0915-8421234"
    notice.attachments.append(rugao_plan_table())
    notice.attachments.append(
        AppendixTable(
            "2017年各镇无偿献血完成情况统计表",
            [Column(h) for h in ["单位", "指标", "1季度", "2季度", "3季度", "4季度", "合计", "完成率"]],
            [["城关镇", "520", "100", "120", "150", "150", "520", "100%"]],
        )
    )
    return notice


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[docx.document.Document, Notice, Path]:
    notice = _full_notice()
    path = write_notice_docx(notice, tmp_path_factory.mktemp("docx") / "notice.docx")
    return docx.Document(str(path)), notice, path


def _body(doc: docx.document.Document) -> etree._Element:
    return doc.element.body


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def _top_paragraphs(doc: docx.document.Document) -> list[etree._Element]:
    return [el for el in _body(doc) if el.tag == W + "p"]


def _find_p(doc: docx.document.Document, startswith: str) -> etree._Element:
    for p in _top_paragraphs(doc):
        if _text(p).startswith(startswith):
            return p
    raise AssertionError(f"no paragraph starting with {startswith!r}")


def _attr(el: etree._Element | None, name: str) -> str | None:
    return None if el is None else el.get(W + name)


def _run_props(p: etree._Element) -> list[dict[str, str | None]]:
    out = []
    for r in p.iter(W + "r"):
        if not _text(r).strip():
            continue
        rpr = r.find(W + "rPr")
        fonts = rpr.find(W + "rFonts")
        out.append(
            {
                "eastAsia": _attr(fonts, "eastAsia"),
                "ascii": _attr(fonts, "ascii"),
                "sz": _attr(rpr.find(W + "sz"), "val"),
                "spacing": _attr(rpr.find(W + "spacing"), "val"),
                "color": _attr(rpr.find(W + "color"), "val"),
                "w": _attr(rpr.find(W + "w"), "val"),
            }
        )
    return out


def _snap_off(p: etree._Element) -> bool:
    snap = p.find(f"{W}pPr/{W}snapToGrid")
    return snap is not None and snap.get(W + "val") == "0"


def test_page_setup_margins_and_grid(built) -> None:
    doc, _, _ = built
    sectprs = list(_body(doc).iter(W + "sectPr"))
    assert len(sectprs) >= 3  # body | landscape appendix | 版记 page
    final = _body(doc).find(W + "sectPr")
    pgsz = final.find(W + "pgSz")
    assert (pgsz.get(W + "w"), pgsz.get(W + "h")) == ("11906", "16838")
    mar = final.find(W + "pgMar")
    assert {k: mar.get(W + k) for k in ("top", "left", "right", "bottom")} == {
        "top": "2098",
        "left": "1587",
        "right": "1474",
        "bottom": "1984",
    }
    for sectpr in sectprs:
        grid = sectpr.find(W + "docGrid")
        assert grid.get(W + "type") == "lines"
        assert grid.get(W + "linePitch") == "579"
        # every section names the footers itself, so the first one has page numbers too
        assert {ref.get(W + "type") for ref in sectpr.findall(W + "footerReference")} == {"default", "even"}


def test_landscape_section_for_wide_table(built) -> None:
    doc, notice, _ = built
    assert plan_table(notice.attachments[2]).landscape
    assert not plan_table(notice.attachments[0]).landscape
    landscape = [
        s for s in _body(doc).iter(W + "sectPr") if s.find(W + "pgSz").get(W + "orient") == "landscape"
    ]
    assert len(landscape) == 1
    pgsz = landscape[0].find(W + "pgSz")
    assert (pgsz.get(W + "w"), pgsz.get(W + "h")) == ("16838", "11906")
    mar = landscape[0].find(W + "pgMar")
    # portrait left (binding edge, 28 mm) becomes the landscape top
    assert mar.get(W + "top") == "1587"
    width = int(pgsz.get(W + "w")) - int(mar.get(W + "left")) - int(mar.get(W + "right"))
    assert width == 12756  # 225 mm


def test_defaults_name_east_asian_fonts(built) -> None:
    doc, _, _ = built
    rpr = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = rpr.find(W + "rFonts")
    assert fonts.get(W + "eastAsia") == FONT_BODY
    assert not [k for k in fonts.attrib if k.endswith("Theme") or k.endswith("theme")]
    assert rpr.find(W + "lang").get(W + "eastAsia") == "zh-CN"
    assert rpr.find(W + "sz").get(W + "val") == "32"
    normal = doc.styles["Normal"].element
    assert normal.find(f"{W}rPr/{W}rFonts").get(W + "eastAsia") == FONT_BODY
    assert doc.settings.element.find(W + "themeFontLang").get(W + "eastAsia") == "zh-CN"


def test_every_run_names_fonts_and_chinese_language(built) -> None:
    doc, _, path = built
    parts = [
        doc.element,
        *(s.footer._element for s in doc.sections),
        *(s.even_page_footer._element for s in doc.sections),
    ]
    allowed = {FONT_BODY, FONT_HEI, FONT_KAI, FONT_XBS, FONT_SONG}
    count = 0
    for part in parts:
        for r in part.iter(W + "r"):
            rpr = r.find(W + "rPr")
            assert rpr is not None
            fonts = rpr.find(W + "rFonts")
            assert fonts.get(W + "eastAsia") in allowed
            assert fonts.get(W + "ascii") and fonts.get(W + "hAnsi")
            assert rpr.find(W + "lang").get(W + "eastAsia") == "zh-CN"
            count += 1
    assert count > 50
    assert path.stat().st_size > 10_000


def test_schema_order_of_ppr_and_rpr(built) -> None:
    doc, _, _ = built
    for ppr in doc.element.iter(W + "pPr"):
        names = [etree.QName(c).localname for c in ppr]
        assert names == sorted(names, key=PPR_SEQ.index), names
    for rpr in doc.element.iter(W + "rPr"):
        if rpr.getparent().tag == W + "pPr":
            continue
        names = [etree.QName(c).localname for c in rpr]
        assert names == sorted(names, key=RPR_SEQ.index), names


def test_organ_mark_red_small_biaosong_one_line(built) -> None:
    doc, notice, _ = built
    p = _find_p(doc, notice.organ_mark)
    assert _snap_off(p)
    assert p.find(f"{W}pPr/{W}jc").get(W + "val") == "center"
    (run,) = _run_props(p)
    assert run["eastAsia"] == FONT_XBS
    assert run["color"] == "FF0000"
    assert int(run["sz"]) <= 72
    assert run["spacing"] == "0"


@pytest.mark.parametrize(
    ("mark", "size", "scale"),
    [
        ("平利县人民政府办公室文件", 72, None),  # 12 × 36 pt = 432 pt fits 156 mm
        ("平顶山市人民政府办公室文件", 72, 93),  # 13 chars: GONGWEN §3.3 saw it wrap at 36 pt
        ("平利县卫生健康局平利县献血办公室文件", 69, 70),  # 18 chars: 34.5 pt at 70 %
    ],
)
def test_mark_size_fits_156mm(mark: str, size: int, scale: int | None) -> None:
    got_size, got_scale = _mark_size(mark)
    assert (got_size, got_scale) == (size, scale)
    width_pt = len(mark) * got_size / 2 * (got_scale or 100) / 100
    assert width_pt <= 442


def test_doc_number_paragraph_carries_red_line(built) -> None:
    doc, notice, _ = built
    p = _find_p(doc, notice.doc_number)
    assert DOC_NUMBER_RE.match(_text(p))
    bottom = p.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert bottom is not None
    assert bottom.get(W + "color") == "FF0000"
    assert bottom.get(W + "val") == "single"
    assert int(bottom.get(W + "sz")) in range(8, 13)
    assert 0 <= int(bottom.get(W + "space")) <= 11
    # two blank lines between 标志 and 发文字号, two between 发文字号 and title
    paras = _top_paragraphs(doc)
    i = paras.index(p)
    assert [_text(x) for x in paras[i - 2 : i]] == ["", ""]
    assert [_text(x) for x in paras[i + 1 : i + 3]] == ["", ""]
    assert _text(paras[i - 3]) == notice.organ_mark
    assert _text(paras[i + 3]).replace("\n", "") in notice.title


def test_title_xiaobiaosong_2hao(built) -> None:
    doc, _notice, _ = built
    p = _find_p(doc, "平利县人民政府办公室关于")
    assert _snap_off(p)
    runs = _run_props(p)
    assert {r["eastAsia"] for r in runs} == {FONT_XBS}
    assert {r["sz"] for r in runs} == {"44"}
    assert len(p.findall(f".//{W}br")) == 1  # broken into two lines
    assert p.find(f"{W}pPr/{W}jc").get(W + "val") == "center"


def test_body_paragraphs_exact_579_indent_tracking(built) -> None:
    doc, notice, _ = built
    p = _find_p(doc, "无偿献血制度是国家")
    spacing = p.find(f"{W}pPr/{W}spacing")
    assert spacing.get(W + "line") == "579"
    assert spacing.get(W + "lineRule") == "exact"
    assert p.find(f"{W}pPr/{W}ind").get(W + "firstLine") == "640"
    assert not _snap_off(p)
    runs = _run_props(p)
    assert {r["eastAsia"] for r in runs} == {FONT_BODY}
    assert {r["sz"] for r in runs} == {"32"}
    assert {r["spacing"] for r in runs} == {"-5"}
    addressees = _find_p(doc, notice.addressees)
    assert addressees.find(f"{W}pPr/{W}ind") is None  # flush left


@pytest.mark.parametrize(
    ("start", "font"),
    [
        ("一、统一思想", FONT_HEI),
        ("（一）加强组织领导", FONT_KAI),
        ("1.明确任务分工", FONT_BODY),
        ("（1）城关镇", FONT_BODY),
    ],
)
def test_heading_levels_fonts(built, start: str, font: str) -> None:
    doc, _, _ = built
    runs = _run_props(_find_p(doc, start))
    assert runs[0]["eastAsia"] == font
    assert runs[0]["sz"] == "32"


def test_level2_heading_only_the_heading_sentence_in_kai(built) -> None:
    doc, _, _ = built
    runs = _run_props(_find_p(doc, "（一）加强组织领导"))
    assert [r["eastAsia"] for r in runs] == [FONT_KAI, FONT_BODY]


def test_attachment_note_signature_date_note(built) -> None:
    doc, notice, _ = built
    first = _find_p(doc, "附件：1.")
    ind = first.find(f"{W}pPr/{W}ind")
    left, hanging = int(ind.get(W + "left")), int(ind.get(W + "hanging"))
    assert left - hanging == 2 * 315  # starts 2 characters in
    second = _find_p(doc, "2.")
    ind2 = second.find(f"{W}pPr/{W}ind")
    assert int(ind2.get(W + "left")) == left  # names align
    assert int(ind2.get(W + "left")) - int(ind2.get(W + "hanging")) == 5 * 315  # "2." under "1."
    paras = _top_paragraphs(doc)
    signer = next(p for p in paras if _text(p) == notice.signer)
    i = paras.index(signer)
    assert _text(paras[i - 1]) == ""  # one blank line below the body
    date = paras[i + 1]
    assert DATE_RE.match(_text(date))
    sig_left = int(signer.find(f"{W}pPr/{W}ind").get(W + "left"))
    date_left = int(date.find(f"{W}pPr/{W}ind").get(W + "left"))
    assert date_left - sig_left == 2 * 315
    assert sig_left + 10 * 315 == 26 * 315  # 10-char 署名 ends 2 chars from the right
    note = paras[i + 2]
    assert _text(note).startswith("（") and _text(note).endswith("）")


def test_footers_odd_even_page_fields(built) -> None:
    doc, _, _ = built
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    for footer, jc, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        ftr = footer._element
        text = "".join(t.text or "" for t in ftr.iter(W + "t"))
        assert text.startswith("—") and text.endswith("—")
        instr = "".join(t.text or "" for t in ftr.iter(W + "instrText"))
        assert instr.strip() == "PAGE"
        kinds = [f.get(W + "fldCharType") for f in ftr.iter(W + "fldChar")]
        assert kinds == ["begin", "separate", "end"]
        (p,) = ftr.findall(W + "p")
        assert p.find(f"{W}pPr/{W}jc").get(W + "val") == jc
        assert p.find(f"{W}pPr/{W}ind").get(W + side) == "280"  # one 四号 character
        assert _snap_off(p)
        for r in p.iter(W + "r"):
            fonts = r.find(f"{W}rPr/{W}rFonts")
            assert fonts.get(W + "eastAsia") == FONT_SONG
            assert fonts.get(W + "ascii") == FONT_SONG  # the dash must not fall back to a Latin font
            assert r.find(f"{W}rPr/{W}sz").get(W + "val") == "28"


def _tables(doc: docx.document.Document) -> list[etree._Element]:
    return [el for el in _body(doc) if el.tag == W + "tbl"]


def test_appendix_tables(built) -> None:
    doc, notice, _ = built
    tables = _tables(doc)
    assert len(tables) == len(notice.attachments) + 1  # + 版记
    for tbl, appendix in zip(tables[:-1], notice.attachments, strict=True):
        plan = plan_table(appendix)
        tblpr = tbl.find(W + "tblPr")
        width = int(tblpr.find(W + "tblW").get(W + "w"))
        assert width <= (12756 if plan.landscape else 8844)
        assert sum(int(g.get(W + "w")) for g in tbl.iter(W + "gridCol")) == width
        assert tblpr.find(W + "tblLayout").get(W + "type") == "fixed"
        margin = tblpr.find(f"{W}tblCellMar/{W}left").get(W + "w")
        assert tblpr.find(W + "tblInd").get(W + "w") == margin
        rows = tbl.findall(W + "tr")
        assert len(rows) == 1 + len(appendix.rows) + (1 if appendix.total_row else 0)
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
        for p in tbl.iter(W + "p"):
            assert _snap_off(p)
        head = _run_props(rows[0].find(f"{W}tc/{W}p"))
        assert head[0]["eastAsia"] == FONT_HEI
        cell_runs = _run_props(rows[1].findall(W + "tc")[0].find(W + "p"))
        assert cell_runs[0]["eastAsia"] == FONT_BODY
        assert cell_runs[0]["sz"] in ("28", "24", "21")


def test_appendix_headings(built) -> None:
    doc, notice, _ = built
    for i, appendix in enumerate(notice.attachments, start=1):
        label = _find_p(doc, f"附件{i}")
        assert _text(label) == f"附件{i}"
        assert label.find(f"{W}pPr/{W}pageBreakBefore") is not None
        assert _run_props(label)[0]["eastAsia"] == FONT_HEI
        paras = _top_paragraphs(doc)
        k = paras.index(label)
        assert _text(paras[k + 1]) == ""
        assert _text(paras[k + 2]).replace("\n", "") == appendix.title
        assert _run_props(paras[k + 2])[0]["sz"] == "44"


def test_single_attachment_is_labelled_without_number(tmp_path: Path) -> None:
    doc = docx.Document(str(write_notice_docx(pingli_notice(), tmp_path / "one.docx")))
    assert [_text(p) for p in _top_paragraphs(doc) if _text(p).startswith("附件")] == [
        "附件：2017年各镇、各单位无偿献血募集指标",
        "附件",
    ]


def test_imprint_anchored_at_type_area_bottom(built) -> None:
    doc, _notice, _ = built
    tbl = _tables(doc)[-1]
    tblpr = tbl.find(W + "tblPr")
    pos = tblpr.find(W + "tblpPr")
    assert pos.get(W + "vertAnchor") == "margin"
    assert pos.get(W + "tblpYSpec") == "bottom"
    assert int(tblpr.find(W + "tblW").get(W + "w")) == 8844
    borders = tblpr.find(W + "tblBorders")
    assert borders.find(W + "top").get(W + "sz") == "8"  # 0.35 mm
    assert borders.find(W + "bottom").get(W + "sz") == "8"
    assert borders.find(W + "insideH").get(W + "sz") == "6"  # 0.25 mm
    for p in tbl.iter(W + "p"):
        assert _snap_off(p)
    cc_row, print_row = tbl.findall(W + "tr")
    cc = _text(cc_row)
    assert cc.startswith("抄送：") and cc.endswith("。")
    p = print_row.find(f".//{W}p")
    assert p.find(f".//{W}tab") is not None
    assert _text(p).endswith("2017年5月4日印发")
    tab = p.find(f"{W}pPr/{W}tabs/{W}tab")
    assert tab.get(W + "val") == "right"
    for run in _run_props(cc_row.find(f".//{W}p")) + _run_props(p):
        assert run["eastAsia"] == FONT_BODY and run["sz"] == "28"
    # the floating table is the last table, after every appendix, and is followed by its anchor
    assert tbl.getnext().tag == W + "p"
    assert tbl.getnext().getnext().tag == W + "sectPr"


def test_imprint_without_cc(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.cc = None
    notice.attachments = []
    doc = docx.Document(str(write_notice_docx(notice, tmp_path / "nocc.docx")))
    (tbl,) = _tables(doc)
    assert len(tbl.findall(W + "tr")) == 1
    assert "附件" not in "".join(_text(p) for p in _top_paragraphs(doc))


def test_table_plan_font_size_and_min_widths() -> None:
    quota = plan_table(pingli_notice().attachments[0])
    assert quota.size == 28 and quota.total == 8844 and not quota.landscape
    schedule = plan_table(shouxian_schedule_table())
    assert schedule.size in (24, 28)
    assert schedule.widths[0] >= 1700  # "2019年12月" stays on one line
    long = plan_table(rugao_plan_table())
    assert long.size == 28 and long.total == 8844
    forced = AppendixTable("表", [Column("a"), Column("b")], [["1", "2"]], landscape=True)
    assert plan_table(forced).landscape and plan_table(forced).total == 12756


def test_core_properties(built) -> None:
    doc, notice, _ = built
    assert doc.core_properties.title == notice.title
    assert doc.core_properties.comments == notice.doc_number
