"""Schedule slots (时间安排) and the free-text cells that carry them.

Real plans say *when* a unit donates in several ways: a month ("1月份", "2018年6月"), a ten-day part
of a month ("3月上旬", 张家界), or the whole year ("全年", 如皋's "卫健系统600（全年）"). This module
turns those into one small value type, :class:`Slot`, so the rest of the app can sort, compare and
print them without re-parsing text.

It also splits the two kinds of packed cells seen in real notices:

* 如皋: one cell per month listing units with their amounts, "组织部7；宣传部5；…；城北街道545",
  see :func:`parse_packed_units`;
* 寿县: free text naming the units taking part, "安丰镇、众兴镇机关镇直单位，安丰镇中心卫生院…",
  see :func:`split_participants`.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from app.i18n import translate

SlotKind = Literal["month", "dekad", "year"]


PART_NAMES: dict[int, str] = {1: "上旬", 2: "中旬", 3: "下旬"}
_PART_BY_NAME: dict[str, int] = {v: k for k, v in PART_NAMES.items()}

_CN_MONTHS: dict[str, int] = {
    "一": 1,
    "正": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "冬": 11,
    "十二": 12,
    "腊": 12,
}

_YEAR_WORDS = ("全年", "全年度", "整年", "年度", "全年内")


@dataclass(frozen=True)
class Slot:
    """When a unit donates: a month, a ten-day part of a month (旬) or the whole year.

    ``year`` may be unknown (None) when the table only says "3月"; callers that know the plan's year
    pass it as ``default_year`` to :func:`parse_slot`. ``part`` is 1/2/3 for 上旬/中旬/下旬.
    """

    kind: SlotKind
    year: int | None = None
    month: int | None = None
    part: int | None = None

    def label(self, with_year: bool = True) -> str:
        """The slot as a clerk writes it: "2018年6月", "3月上旬", "全年"."""
        prefix = f"{self.year}年" if (with_year and self.year is not None) else ""
        if self.kind == "year":
            return f"{prefix}全年" if prefix else "全年"
        text = f"{prefix}{self.month}月"
        if self.kind == "dekad" and self.part is not None:
            text += PART_NAMES[self.part]
        return text

    def __str__(self) -> str:
        return self.label()

    def sort_key(self) -> tuple[int, int, int, int]:
        """Order slots by time; a whole-year slot sorts before the months of its year."""
        kind_rank = {"year": 0, "month": 1, "dekad": 2}[self.kind]
        return (self.year or 0, self.month or 0, kind_rank, self.part or 0)

    def date_range(self, year: int | None = None) -> tuple[_dt.date, _dt.date]:
        """First and last day covered, so progress can tell whether a slot has passed.

        Args:
            year: used when the slot itself carries no year.

        Raises:
            ValueError: the year is unknown.
        """
        y = self.year if self.year is not None else year
        if y is None:
            raise ValueError(translate("slots", "“{slot}”没有年份，无法换算成日期").format(slot=self.label()))
        if self.kind == "year":
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
        assert self.month is not None
        last = calendar.monthrange(y, self.month)[1]
        if self.kind == "month" or self.part is None:
            return _dt.date(y, self.month, 1), _dt.date(y, self.month, last)
        start_day = {1: 1, 2: 11, 3: 21}[self.part]
        end_day = {1: 10, 2: 20, 3: last}[self.part]
        return _dt.date(y, self.month, start_day), _dt.date(y, self.month, end_day)

    def contains(self, day: _dt.date, year: int | None = None) -> bool:
        """Whether *day* falls inside the slot."""
        start, end = self.date_range(year)
        return start <= day <= end


def _norm(text: str) -> str:
    """NFKC (full-width digits and brackets to ASCII) and no whitespace at all."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_SLOT_RE = re.compile(
    r"""^(?:(?P<year>\d{4})(?:年|[-/.]))?
        (?P<month>\d{1,2}|[一二三四五六七八九十正冬腊]{1,2})
        (?:月份|月)?
        (?:(?:[-/.]|月)?(?P<day>\d{1,2})(?P<day_mark>[日号])?)?
        (?P<part>上旬|中旬|下旬)?$""",
    re.VERBOSE,
)
# What may follow a drive's day and says nothing of its slot: "（星期二）", "周六", "上午", "全天".
_DAY_NOTE_RE = re.compile(r"[(（]?(?:(?:星期|礼拜|周)[一二三四五六日天]|[上下中]午|全天)[)）]?$")
_YEAR_ONLY_RE = re.compile(r"^(?:(?P<year>\d{4})年?)?(?:" + "|".join(_YEAR_WORDS) + r")$")


def _bad_slot(text: object) -> ValueError:
    return ValueError(
        translate("slots", "无法识别的时间“{text}”：可写作“3月”“2018年6月”“3月上旬”或“全年”").format(
            text=text
        )
    )


def parse_slot(text: object, default_year: int | None = None) -> Slot:
    """Read a schedule slot from a cell: "1月", "1月份", "01", "2018年6月", "2018-06", "3月上旬",
    "全年", "（全年）", a number 1–12, or a ``datetime.date`` (taken as its month).

    Args:
        text: the cell value.
        default_year: the plan's year, used when the text names none.

    Raises:
        ValueError: with a Chinese message, when the text is not a slot.
    """
    if isinstance(text, _dt.datetime):
        return Slot("month", text.year, text.month)
    if isinstance(text, _dt.date):
        return Slot("month", text.year, text.month)
    if isinstance(text, bool):
        raise _bad_slot(text)
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    if isinstance(text, int):
        if 1 <= text <= 12:
            return Slot("month", default_year, text)
        raise _bad_slot(text)
    if not isinstance(text, str):
        raise _bad_slot(text)
    s = _norm(text)
    # "（全年）", "[3月]": brackets around the whole value carry no meaning.
    while len(s) >= 2 and s[0] in "([【〔" and s[-1] in ")]】〕":
        s = s[1:-1]
    if not s:
        raise _bad_slot(text)
    if _DAY_NOTE_RE.search(s) and re.search(r"\d[日号]", s):
        s = _DAY_NOTE_RE.sub("", s)
    m = _YEAR_ONLY_RE.match(s)
    if m:
        year = int(m["year"]) if m["year"] else default_year
        return Slot("year", _check_year(year, text), None, None)
    m = _SLOT_RE.match(s)
    if not m:
        raise _bad_slot(text)
    month_text = m["month"]
    month = int(month_text) if month_text.isdigit() else _CN_MONTHS.get(month_text)
    if month is None or not 1 <= month <= 12:
        raise _bad_slot(text)
    if not month_text.isdigit() and not s[len(m["year"] or "") :].lstrip("年-/.").startswith(
        month_text + "月"
    ):
        # A bare Chinese numeral ("三") is not a month; "三月" is.
        raise _bad_slot(text)
    year = int(m["year"]) if m["year"] else default_year
    year = _check_year(year, text)
    if m["day"] and not m["year"] and not ("月" in s and m["day_mark"]):
        # "3-15" could be anything; a full date "2018-06-15" or a day "3月5日" is taken (as its month).
        raise _bad_slot(text)
    if m["part"]:
        return Slot("dekad", year, month, _PART_BY_NAME[m["part"]])
    return Slot("month", year, month)


def _check_year(year: int | None, text: object) -> int | None:
    if year is not None and not 1900 <= year <= 2200:
        raise _bad_slot(text)
    return year


# --------------------------------------------------------------------------- 如皋 packed cells


@dataclass(frozen=True)
class PackedEntry:
    """One unit out of a packed cell: "卫健系统600（全年）" → ("卫健系统", 600, whole_year=True)."""

    name: str
    amount: int
    whole_year: bool = False


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_PACKED_SEPARATORS = re.compile(r"[；;，,、\n\r]+")
# name (lazy, so "审计局6统计局5" splits at the first number), amount, optional unit word,
# optional whole-year marker in either bracket style.
_PACKED_ENTRY = re.compile(
    r"\s*(?P<name>.+?)\s*[:：]?\s*(?P<amount>\d+)\s*(?:人次|人|单位|U|u)?\s*"
    r"(?P<whole>[（(]\s*全年\s*[）)])?\s*"
)


def parse_packed_units(cell: str) -> list[PackedEntry]:
    """Split a 如皋-style packed cell into (unit, amount, whole-year) entries.

    Separators are ；;，,、 and newlines; empty pieces (a trailing "；") are ignored. A piece holding
    two entries because the clerk forgot the separator ("审计局6统计局5") yields both, since a name
    ends where its number does. Names keep their brackets ("融媒体中心（传媒集团）46").

    Raises:
        ValueError: a piece has no amount ("组织部"), naming the piece.
    """
    text = cell.translate(_FULLWIDTH_DIGITS).replace("\u3000", " ")
    entries: list[PackedEntry] = []
    for piece in _PACKED_SEPARATORS.split(text):
        piece = piece.strip()
        if not piece:
            continue
        pos = 0
        found: list[PackedEntry] = []
        while pos < len(piece):
            m = _PACKED_ENTRY.match(piece, pos)
            if not m or m.end() == pos:
                break
            name = m["name"].strip()
            whole = bool(m["whole"])
            if name.endswith(("（全年）", "(全年)")):
                # "卫健系统（全年）600": the marker written before the number.
                name = re.sub(r"[（(]\s*全年\s*[）)]$", "", name).strip()
                whole = True
            found.append(PackedEntry(name, int(m["amount"]), whole))
            pos = m.end()
        if pos < len(piece) or not found:
            raise ValueError(
                translate("slots", "“{piece}”没有写计划数：应写成“单位名称+数字”，如“组织部7”").format(
                    piece=piece[pos:] if found else piece
                )
            )
        entries.extend(found)
    return entries


# --------------------------------------------------------------------------- 寿县 participants

# Words that describe *who* inside a unit takes part, not *which* unit: stripped from the end of a
# piece, repeatedly ("涧沟镇机关及镇直单位干部职工" → "涧沟镇"). Longest first.
_DESCRIPTOR_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        (
            "干部职工",
            "教师职工",
            "教职员工",
            "教职工",
            "医务人员",
            "工作人员",
            "全体人员",
            "职工",
            "干警",
            "干部",
            "教师",
            "员工",
            "人员",
            "全体",
            "机关",
            "单位",
            "镇乡直",
            "乡镇直",
            "镇直",
            "乡直",
            "内各",
            "各",
            "内",
            "及",
            "和",
            "等",
        ),
        key=len,
        reverse=True,
    )
)
_PARTICIPANT_SEPARATORS = re.compile(r"([、，,；;/／\n\r]+)")
# A piece already ends like a unit name: then it never borrows a suffix from its neighbour.
_UNIT_ENDINGS = tuple("镇乡村局委办院校所站队部司行社会厂场馆园区县市省处科室团中")
_TOWN_SUFFIXES = ("街道", "镇", "乡")


def _strip_descriptors(piece: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in _DESCRIPTOR_SUFFIXES:
            if piece.endswith(suffix) and len(piece) - len(suffix) >= 2:
                piece = piece[: -len(suffix)]
                changed = True
                break
    return piece


def split_participants(text: str) -> list[str]:
    """Split a 寿县-style "参与献血单位、对象" cell into unit names, in order, without repeats.

    What it does, and why it is only a suggestion to match against the roster:

    * splits on 、，,；;/ and newlines (never on 及/和, which join descriptors such as
      "机关及镇直单位");
    * strips trailing words that say who inside the unit donates (干部职工, 教师职工, 机关, 镇直单位,
      内各单位 …): "公安局机关干警" → "公安局", "国投大厦内各机关单位干部职工" → "国投大厦";
    * a short bare name (2–3 characters, no unit-like ending) directly followed, after 、, by a
      town ending in 镇/乡/街道 borrows that ending: "双桥、涧沟镇机关…" → 双桥镇, 涧沟镇.
      This is a guess (it is right for 寿县's towns); callers should also try the bare name.
    """
    parts = _PARTICIPANT_SEPARATORS.split(text.replace("\u3000", " "))
    pieces: list[str] = []
    seps: list[str] = []  # seps[i] is the separator after pieces[i]
    for i in range(0, len(parts), 2):
        piece = re.sub(r"\s+", "", parts[i])
        sep = parts[i + 1] if i + 1 < len(parts) else ""
        if piece:
            pieces.append(_strip_descriptors(piece))
            seps.append(sep)
        elif seps:
            seps[-1] += sep
    for i in range(len(pieces) - 2, -1, -1):
        piece, nxt = pieces[i], pieces[i + 1]
        if (
            "、" in seps[i]
            and 2 <= len(piece) <= 3
            and not piece.endswith(_UNIT_ENDINGS)
            and not piece.endswith("街道")
        ):
            suffix = next((s for s in _TOWN_SUFFIXES if nxt.endswith(s)), None)
            if suffix:
                pieces[i] = piece + suffix
    result: list[str] = []
    for piece in pieces:
        if piece and piece not in result:
            result.append(piece)
    return result
