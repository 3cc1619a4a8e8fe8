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
  225 × 156 mm, top of the table toward the binding edge). Its page numbers stand where the
  portrait number would be (§8): a floating one-cell table with vertical text down the landscape
  page's left edge (page_setup.landscape_footers). LibreOffice centres the 15.3-line grid in the
  156 mm landscape type area, so the first line of a landscape page sits about 1.2 mm lower than
  on a portrait page.
* Pages are estimated before writing (pagination.py): the 版记 goes on an even page (next page
  when the text ends on an odd one; a blank page, unnumbered like the 版记 page after it, when
  the last even page is too full), and the 署名/成文日期 are chained to the last body lines, with
  the blank lines above them left out when they would just miss the page (§7.3.5.5).
* The 信函 format (§10.1) and the optional 份号, 密级, 紧急程度 and 签发人 are in heading.py; a
  转发/印发 notice prints its forwarded text (`Notice.enclosure`) after the cover's date line.

This module only composes the document in reading order (header block, body, 附件 note,
signature, appendices, 版记) and keeps the public names importable from here. The parts live
next to it: :mod:`~app.gongwen.metrics` (page geometry, sizes, fonts, calibrated numbers),
:mod:`~app.gongwen.ooxml` (elements, runs, paragraphs, :class:`Style`),
:mod:`~app.gongwen.title` (title line breaking, 标志 sizing), :mod:`~app.gongwen.docx_tables`
(appendix table planning and building), :mod:`~app.gongwen.imprint` (版记) and
:mod:`~app.gongwen.page_setup` (sections, footers, default styles, font table).
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Twips
from lxml import etree

from app.gongwen.docx_tables import TablePlan, _appendix_table, _note_text, plan_table, table_tail_twips
from app.gongwen.figures import figure_paragraphs
from app.gongwen.heading import document_heading, letter_heading
from app.gongwen.imprint import _imprint_table, imprint_twips
from app.gongwen.metrics import (
    BODY_CHAR,
    FONT_BODY,
    FONT_HEI,
    FONT_KAI,
    FONT_SONG,
    FONT_XBS,
    FOOTER_DISTANCE,
    LANDSCAPE_TYPE_W,
    SIZE_TITLE,
    TYPE_W,
)
from app.gongwen.model import (
    FIGURE_MARK_RE,
    AppendixTable,
    Notice,
    attachment_lines,
    format_cn_date,
    heading_level,
    text_width,
)
from app.gongwen.ooxml import BODY, HEI, KAI, TITLE, Style, _para, _ppr
from app.gongwen.page_setup import (
    _defaults,
    _drop_styles_with_effects,
    _drop_thumbnail,
    _font_table,
    _footer,
    _landscape,
    _portrait,
    _settings,
    landscape_footers,
)
from app.gongwen.pagination import plan_pages
from app.gongwen.title import _mark_size, split_title

__all__ = [
    "FONT_BODY",
    "FONT_HEI",
    "FONT_KAI",
    "FONT_SONG",
    "FONT_XBS",
    "_mark_size",
    "imprint_twips",
    "page_notes",
    "plan_table",
    "split_title",
    "table_tail_twips",
    "write_notice_docx",
]


def _heading_split(text: str, level: int) -> tuple[str, str]:
    """Split "一、标题。正文……" into the heading part (own font) and the rest."""
    if level not in (1, 2):
        return "", text
    m = re.search(r"[。！？]", text)
    if m and m.end() < len(text):
        return text[: m.end()], text[m.end() :]
    return text, ""


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
        _defaults(self.doc)
        _settings(self.doc)
        _font_table(self.doc)
        _drop_thumbnail(self.doc)
        _drop_styles_with_effects(self.doc)
        sec = self.doc.sections[0]
        _portrait(sec._sectPr)
        sec.footer_distance = Twips(FOOTER_DISTANCE)
        sec.header_distance = Twips(851)
        self.doc.settings.odd_and_even_pages_header_footer = True
        _footer(sec.footer, odd=True)
        _footer(sec.even_page_footer, odd=False)
        if self.notice.layout == "letter":
            # §10.1: no page number on the first page of a letter.
            sec.different_first_page_header_footer = True
            first = sec.first_page_footer
            first.is_linked_to_previous = False
            for child in list(first._element):
                first._element.remove(child)
            first._element.append(_para([], _ppr(line=None, snap=False)))
        core = self.doc.core_properties
        core.title = self.notice.title.replace("\n", "")
        core.author = self.notice.signer
        core.comments = self.notice.doc_number
        core.keywords = "公文"

    # -- content
    def header_block(self) -> None:
        n = self.notice
        heading = letter_heading if n.layout == "letter" else document_heading
        heading(n, self.add, self.blank)
        self.blank(2)
        title_lines = split_title(n.title)
        self.add(_para([("\n".join(title_lines), TITLE)], _ppr(snap=False, jc="center"), TITLE))
        self.blank(1)
        self.add(_para([(n.addressees.strip(), BODY)], _ppr(jc="both")))

    def body_text(self, paragraphs: list[str], keep_last: bool) -> None:
        paras = [p.strip() for p in paragraphs if p.strip()]
        for i, text in enumerate(paras):
            mark = FIGURE_MARK_RE.match(text)
            if mark and 1 <= int(mark[1]) <= len(self.notice.figures):
                for el in figure_paragraphs(self.doc.part, self.notice.figures[int(mark[1]) - 1]):
                    self.add(el)
                continue
            level = heading_level(text)
            head, rest = _heading_split(text, level)
            style = {1: HEI, 2: KAI}.get(level, BODY)
            runs = [(head, style), (rest, BODY)]
            last = i == len(paras) - 1
            ppr = _ppr(jc="both", first_line=2 * 320, keep_next=level in (1, 2) or (last and keep_last))
            self.add(_para(runs, ppr))

    def attachment_note(self, gap: bool = True) -> None:
        lines = attachment_lines(self.notice)
        if not lines:
            return
        if gap:
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

    def signature(self, signer: str, date: dt.date | None, note: str | None, gap: bool = True) -> None:
        """Unsealed layout (§7.3.5.2): 署名 2 chars from the right, date starting 2 chars further right.

        Without *gap* the blank line above the 署名 is left out: the standard lets spacing be
        adjusted so that the 署名 and date stay on the page of the last body lines (§7.3.5.5).
        """
        signer = signer.strip()
        date_text = format_cn_date(date) if date else ""
        ws, wd = text_width(signer), text_width(date_text)
        line_w = 28.0
        # 署名 2 chars from the right; if the date would then stick out, the date is 2 chars from
        # the right instead and the 署名 moves left.
        sig_left = line_w - 2 - ws if wd + 2 <= ws else line_w - 2 - wd - 2
        date_left = sig_left + 2
        # The lines may run into the right margin rather than wrap: where 仿宋_GB2312 is missing, a
        # renderer's fallback digits are wider than half an em and "2026年11月30日" would otherwise
        # break before its 日 (the positions themselves follow the standard's half-em digits).
        overhang = -4 * BODY_CHAR
        if gap:
            self.blank(1, keep_next=True)
        if signer:
            ppr = _ppr(
                jc="left", left=round(sig_left * BODY_CHAR), right=overhang, keep_next=bool(date_text or note)
            )
            self.add(_para([(signer, BODY)], ppr))
        if date_text:
            ppr = _ppr(jc="left", left=round(date_left * BODY_CHAR), right=overhang, keep_next=bool(note))
            self.add(_para([(date_text, BODY)], ppr))
        if note and note.strip():
            text = note.strip()
            if not text.startswith(("（", "(")):
                text = f"（{text}）"
            self.add(_para([(text, BODY)], _ppr(jc="both", first_line=2 * 320)))

    def enclosure(self, gap: bool) -> None:
        """The forwarded (转发) or issued (印发) text on a new page: its title, body and date line."""
        enc = self.notice.enclosure
        assert enc is not None
        lines = split_title(enc.title)
        self.add(
            _para([("\n".join(lines), TITLE)], _ppr(snap=False, jc="center", page_break_before=True), TITLE)
        )
        self.blank(1)
        self.body_text(enc.body, keep_last=True)
        self.attachment_note(gap=gap)
        self.signature(enc.signer, enc.date, None, gap=gap)

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
            _landscape(sectpr)
        else:
            _portrait(sectpr)
        ppr = last.find(qn("w:pPr"))
        ppr.append(sectpr)
        if landscape:
            landscape_footers(Section(sectpr, self.doc.part))

    def imprint(self, new_page: bool = False) -> None:
        """版记: floating one-column table at the bottom of the type area of the last page.

        With *new_page* its anchor paragraph starts a new page, so the 版记 gets a page of its own.
        A letter (§10.1) has only its 抄送 there, without rules; without 抄送 it has no 版记.
        """
        if self.notice.layout == "letter" and not (self.notice.cc or "").strip():
            return
        self.add(_imprint_table(self.notice))
        # The anchor paragraph of the floating table: as small as possible.
        self.add(_para([], _ppr(line=20, snap=False, page_break_before=new_page), Style(size=2)))

    def unnumbered_final_section(self, close: bool = True) -> None:
        """The final section (blank page, 版记 page) gets empty footers; with *close* the text's
        section ends here first (after a landscape appendix it has just ended)."""
        if close:
            self.end_section(landscape=False)
        sec = self.doc.sections[-1]
        # Drop this section's references by hand: python-docx's is_linked_to_previous = True
        # would also drop the numbered footer parts the earlier section still uses.
        for ref in sec._sectPr.findall(qn("w:footerReference")):
            sec._sectPr.remove(ref)
        for footer in (sec.footer, sec.even_page_footer):
            footer.is_linked_to_previous = False  # a new, empty footer part for this section
            for child in list(footer._element):
                footer._element.remove(child)
            footer._element.append(_para([], _ppr(line=None, snap=False)))

    def build(self) -> docx.document.Document:
        n = self.notice
        plans = [plan_table(t) for t in n.attachments]
        self.pages = pages = plan_pages(n, plans)
        self.setup()
        self.header_block()
        self.body_text(n.body, keep_last=True)
        if n.enclosure is None:
            self.attachment_note(gap=not pages.tight_signature)
        self.signature(n.signer, n.date, n.note, gap=not pages.tight_signature)
        if n.enclosure is not None:
            self.enclosure(gap=not pages.tight_enclosure)
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
        if not pages.imprint_page:
            if landscape_open:
                self.end_section(landscape=True)
                self.blank(1)
            return self.doc
        if landscape_open:
            # The 版记 gets a portrait page after the landscape appendix. LibreOffice needs an
            # ordinary paragraph to open that section; a floating table alone does not.
            self.end_section(landscape=True)
            if pages.blank_page:
                self.unnumbered_final_section(close=False)
                self.blank(1)
                self.imprint(new_page=True)
            else:
                self.blank(1)
                self.imprint(new_page=False)
            return self.doc
        if pages.blank_page:
            # A blank page, then the 版记 on the next (even) page; neither is numbered (§7.5).
            self.unnumbered_final_section()
            self.blank(1)
        self.imprint(new_page=pages.imprint_new_page)
        return self.doc


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


def page_notes(notice: Notice) -> list[str]:
    """What the writer did about the page rules for *notice* (blank page, tightened spacing), in
    Chinese for the clerk; the same estimate the writer lays out by."""
    return plan_pages(notice).notes
