"""Rows of a clerk's table that are not data: totals, notes, headings and signature lines.

Shared by :func:`~app.tabular.finding.find_table` (which reads whole sheets) and importers that
stream their rows themselves (the blood station's export), so both tell a 合计 row, a 主题词 or
抄送 line, a "注：" note and a 制表人 line from a data row the same way. Header text is compared in
one normal form (:func:`normalize_header`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from app.names import drop_invisible
from app.tabular.cells import _WHITESPACE, _blank

#: A header cell longer than this (after normalising) is a title, not a header: it may only
#: match a synonym exactly, never by containing it.
MAX_HEADER_LEN = 16


def normalize_header(text: str) -> str:
    """Header text for matching: NFKC (full-width to half-width), no whitespace or invisible
    characters (a zero-width space pasted into "证件\\u200b号码"), lower case."""
    return _WHITESPACE.sub("", drop_invisible(unicodedata.normalize("NFKC", text))).lower()


_BRACKETED = re.compile(r"[(\[【〔［<《][^)\]】〕］>》]*[)\]】〕］>》]")


def strip_brackets(text: str) -> str:
    """*text* without bracketed parts ("募集指标（单位）" → "募集指标")."""
    return _BRACKETED.sub("", text)


def cell_at(cells: list[Any], col: int) -> Any:
    return cells[col] if col < len(cells) else None


_TOTAL_RE = re.compile(r"^(?:全[县市区镇州省]|总)?(合计|总计|小计|共计|总合计)(?:[:：]|[(（].*)?$")
_NOTE_RE = re.compile(
    r"^(?:注|说明|备注|附注|填表说明|填报说明|制表人?|填表人|审核人?|负责人|联系人|联系电话|填报单位|填报日期|制表日期"
    r"|主题词|关键词|抄送|抄报|报送|分送|印发|签发)"
    r"\s*[0-9一二三四五六七八九十]*\s*(?:[:：、.．]|$)"
)
_NOTE_STARTS = frozenset("注说备附填制审负联主关抄报分印签")
# A signature or date line under a table: "平利县献血办公室 2017年3月5日", "二〇一七年三月五日".
_DATE_LINE_RE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$"
)
# A sentence, not a value: ends with 。 or holds a colon or a full stop inside.
_SENTENCE_RE = re.compile(r"[。！？!?]|[：:].")
HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def total_word(first: Any, cells: list[Any], text_columns: Sequence[int]) -> str | None:
    """ "合计"/"总计"/"小计" if the row is a total row: said in its first cell or a text column."""
    for cell in (first, *(cell_at(cells, col) for col in text_columns)):
        # Every total word contains 计: a cheap test before normalising (this runs on every row).
        if isinstance(cell, str) and "计" in cell:
            m = _TOTAL_RE.match(normalize_header(cell))
            if m:
                return m.group(1)
    return None


def is_note(cell: Any) -> bool:
    """Whether *cell* starts a note under the table: 注、说明、制表人、主题词、抄送、印发…"""
    return (
        isinstance(cell, str)
        and drop_invisible(cell).lstrip()[:1] in _NOTE_STARTS
        and bool(_NOTE_RE.match(normalize_header(cell)))
    )


def is_text_line(filled: list[Any], cells: list[Any], mapping: dict[str, int]) -> bool:
    """A line of text under the table, not a data row: a signature or date line, a sentence, or
    text standing outside the table's columns only."""
    if len(filled) > 2 or not all(isinstance(c, str) for c in filled):
        return False
    text = normalize_header("".join(filled))
    if _DATE_LINE_RE.search(text) or (len(filled) == 1 and _SENTENCE_RE.search(strip_brackets(text))):
        return True
    used = set(mapping.values())
    return not any(not _blank(cell_at(cells, col)) for col in used)
