"""Where the pages of a notice will break, estimated before writing, for the two page rules that
depend on it:

* the 版记 must fall on an even page (printing is two-sided and the 版记 is the back of the last
  sheet, §7.4/§7.5): when the last page of text is odd the 版记 gets the next page; when it is even
  but too full, a blank page is added and the blank page and the 版记 page carry no page number;
* the 署名 and 成文日期 never stand alone on a page: they are chained to the last body lines
  (``keepNext``), and when they would just miss the page the blank lines above them are left out
  instead, as §7.3.5.5 allows ("采取调整行距、字距的措施解决").

The body is laid out on the 22-line grid the writer uses (exact 579-twip lines, 28 characters a
line), which makes the estimate close: the render tests check it against LibreOffice. Word was
not available to check.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from app.gongwen.docx_tables import TablePlan, plan_table, table_pages
from app.gongwen.imprint import imprint_twips
from app.gongwen.metrics import (
    IMPRINT_SAFETY,
    LETTER_TEXT_BEFORE,
    LINE,
    MARGIN_TOP,
    RED_LINE_SPACE,
    RED_LINE_SZ,
    TYPE_H,
    mark_before,
)
from app.gongwen.model import Notice, attachment_lines, heading_level
from app.gongwen.title import _mark_size, split_title

__all__ = ["PagePlan", "body_lines", "plan_pages"]

CHARS_PER_LINE = 28


def _char_width(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in ("W", "F", "A"):
        return 1.0
    return 0.55


def body_lines(text: str, indent: float = 2.0) -> int:
    """Lines a body paragraph takes: 28 characters a line, half-width characters about half."""
    width = indent + sum(_char_width(ch) for ch in text)
    return max(1, math.ceil((width - 0.3) / CHARS_PER_LINE))


@dataclass
class PagePlan:
    """What the writer does about the page rules, and what to tell the clerk."""

    text_pages: int  # the page the text (with appendices) ends on
    imprint_page: int  # the page the 版记 is on (0: no 版记)
    imprint_new_page: bool = False
    blank_page: bool = False
    tight_signature: bool = False  # blank line above the 署名 left out
    tight_enclosure: bool = False  # the same for the forwarded text's date line
    moved_last: bool = False  # the last body paragraph goes over with the 署名 (keepNext)
    appendix_starts: list[int] = field(default_factory=list)  # first page of each appendix
    notes: list[str] = field(default_factory=list)


class _Flow:
    """Lines placed on pages of TYPE_H twips."""

    def __init__(self, y: int) -> None:
        self.page = 1
        self.y = y

    def room(self) -> int:
        return TYPE_H - self.y

    def new_page(self) -> None:
        self.page += 1
        self.y = 0

    def place(self, height: int) -> None:
        if self.y + height > TYPE_H:
            self.new_page()
        self.y += height

    @staticmethod
    def kept(texts: list[str], sizes: list[int]) -> int:
        """Lines of the last paragraph and the headings kept with it (keepNext), which move to the
        next page together with the 署名 when the closing lines do not fit."""
        if not sizes:
            return 0
        lines, j = sizes[-1], len(sizes) - 2
        while j >= 0 and heading_level(texts[j]) in (1, 2):
            lines += sizes[j]
            j -= 1
        return lines

    def paragraphs(self, texts: list[str]) -> list[int]:
        """Place body paragraphs line by line; a heading keeps with the next paragraph's first line."""
        sizes = [body_lines(t) for t in texts]
        for i, n in enumerate(sizes):
            keep = heading_level(texts[i]) in (1, 2) and i + 1 < len(sizes)
            if keep and self.room() < (n + 1) * LINE and n * LINE <= self.room():
                self.new_page()
            for _ in range(n):
                self.place(LINE)
        return sizes

    def chain(self, last: int, tail_with_gaps: int, gaps: int) -> str:
        """The last paragraph (*last* lines, already placed) and the closing lines kept with it.

        Returns "fit", "tight" when the blank lines must be left out to keep the chain on this
        page, or "moved" when the last paragraph goes to the next page with them."""
        tail = tail_with_gaps * LINE
        if self.y + tail <= TYPE_H:
            self.y += tail
            return "fit"
        tight = (tail_with_gaps - gaps) * LINE
        if gaps and self.y + tight <= TYPE_H:
            self.y += tight
            return "tight"
        # keepNext moves the last paragraph over with them.
        start = self.y - last * LINE
        if start > 0 and last * LINE + tail <= TYPE_H:
            self.new_page()
            self.y = last * LINE + tail
            return "moved"
        for _ in range(tail_with_gaps):
            self.place(LINE)
        return "fit"


def _first_page_start(notice: Notice) -> int:
    """Height of everything above the body on page 1, in twips from the type-area top."""
    title = len(split_title(notice.title)) * LINE
    addressees = body_lines(notice.addressees.strip(), indent=0) * LINE
    if notice.layout == "letter":
        return LETTER_TEXT_BEFORE - MARGIN_TOP + LINE + 2 * LINE + title + LINE + addressees
    size, _ = _mark_size(notice.organ_mark.strip())
    stack = sum(1 for v in (notice.copy_number, notice.secrecy, notice.urgency) if v and v.strip())
    issuers = max(0, math.ceil(len([i for i in notice.issuers if i.strip()]) / 2) - 1)
    mark = stack * LINE + max(0, mark_before(size) - stack * LINE) + round(size * 12)
    rule = round((RED_LINE_SPACE + RED_LINE_SZ / 8) * 20)
    return mark + 2 * LINE + issuers * LINE + LINE + rule + 2 * LINE + title + LINE + addressees


def _tail_lines(notice: Notice, note: str | None, with_attachments: bool) -> tuple[int, int]:
    """Closing lines after the last body paragraph (附件说明, 署名, date, 附注) and their blank lines."""
    lines = gaps = 0
    if with_attachments:
        note_lines = attachment_lines(notice)
        if note_lines:
            lines += 1 + sum(body_lines(t, indent=2) for t in note_lines)
            gaps += 1
    lines += 1 + 2
    gaps += 1
    if note and note.strip():
        lines += body_lines(note.strip())
    return lines, gaps


def plan_pages(notice: Notice, plans: list[TablePlan] | None = None) -> PagePlan:
    """Estimate the pages of *notice* and decide where the 版记 goes (see the module docstring)."""
    plans = plans if plans is not None else [plan_table(t) for t in notice.attachments]
    flow = _Flow(_first_page_start(notice))
    body = [p.strip() for p in notice.body if p.strip()]
    sizes = flow.paragraphs(body)
    enc = notice.enclosure
    tail, gaps = _tail_lines(notice, notice.note, with_attachments=enc is None)
    status = flow.chain(flow.kept(body, sizes), tail, gaps)
    tight = status == "tight"
    tight_enc = False
    if enc is not None:
        flow.new_page()
        flow.y = (len(split_title(enc.title)) + 1) * LINE
        enc_body = [p.strip() for p in enc.body if p.strip()]
        enc_sizes = flow.paragraphs(enc_body)
        etail, egaps = _tail_lines(notice, None, with_attachments=True)
        if not enc.signer.strip():
            etail -= 1
        if enc.date is None:
            etail -= 1
        tight_enc = flow.chain(flow.kept(enc_body, enc_sizes), etail, egaps) == "tight"
    free = flow.room()
    landscape_last = False
    starts: list[int] = []
    for table, plan in zip(notice.attachments, plans, strict=True):
        starts.append(flow.page + 1)
        pages, free = table_pages(table, plan)
        flow.page += pages
        landscape_last = plan.landscape
    text_pages = flow.page
    result = PagePlan(
        text_pages=text_pages,
        imprint_page=0,
        tight_signature=tight,
        tight_enclosure=tight_enc,
        moved_last=status == "moved",
        appendix_starts=starts,
    )
    if tight or tight_enc:
        result.notes.append("为使发文机关署名和成文日期与正文同页，已去掉其上方的空行。")
    has_imprint = notice.layout != "letter" or bool((notice.cc or "").strip())
    if not has_imprint:
        return result
    fits = not landscape_last and free >= imprint_twips(notice) + IMPRINT_SAFETY
    if fits and text_pages % 2 == 0:
        result.imprint_page = text_pages
    elif text_pages % 2 == 1:
        result.imprint_page = text_pages + 1
        result.imprint_new_page = True
        result.notes.append(
            f"正文止于第{text_pages}页（单页），版记另起一页，排在第{text_pages + 1}页（双页）。"
        )
    else:
        result.imprint_page = text_pages + 2
        result.imprint_new_page = True
        result.blank_page = True
        result.notes.append(
            f"第{text_pages}页已排不下版记：已加一页空白页，版记排在第{text_pages + 2}页（双页），"
            "空白页和版记页不编页码。"
        )
    return result
