"""Unit names: one normal form and one set of rules, used wherever a name enters the program.

A name arrives from an import, the unit dialog or the command line, typed, pasted from a web page
or a WPS document. Pasted text carries invisible characters (zero-width spaces, a BOM, soft
hyphens, control characters) that make look-alike duplicates ("城关\u200b镇" beside 城关镇) and
later break a .docx; full-width letters and digits look the same as half-width ones. So every name
is brought to one form (:func:`normalize_name`) before it is compared or stored, and a value that
is not one unit's name (a bare number, punctuation, a cell listing several units with their
quotas, a paragraph) is refused with a reason (:func:`name_problem`).
"""

from __future__ import annotations

import re
import unicodedata

from app.i18n import translate

#: The longest unit name accepted; the longest real ones ("…县人民政府办公室（县政府研究室）") are
#: about 30 characters. Longer text is a paragraph or a cell holding a list.
MAX_NAME_LEN = 50

# Format (Cf) and control (Cc) characters, plus the line/paragraph separators, are invisible.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
_WHITESPACE = re.compile(r"\s+")
_SPACE_BESIDE_WIDE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")
# NFKC turns full-width brackets into ASCII ones; Chinese names are written with full-width ones.
_BRACKETS = str.maketrans({"(": "（", ")": "）"})
_LIST_SEPARATORS = re.compile(r"[；;，,、\n]")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕")
_AMOUNT_AFTER_NAME = re.compile(r"[^\d\s（）()]\s*\d+")


def _invisible(ch: str) -> bool:
    if ch in "\t\n\r ":
        return False
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES


def drop_invisible(text: str) -> str:
    """*text* without zero-width, format and control characters (a pasted "钱七\u200b"); a
    printable text is returned as it is after one C-level test."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if not _invisible(ch))


def normalize_name(name: object) -> str:
    """The one stored and compared form of a name.

    NFKC (full-width letters and digits to half-width), invisible and control characters removed,
    whitespace runs collapsed to one space and dropped beside Chinese characters ("县 医院" and
    "县医院" are the same unit), brackets written full-width, trimmed.
    """
    if name is None:
        return ""
    text = str(name)
    for _ in range(4):  # removing a space can join a combining mark to a letter: repeat until stable
        before = text
        text = unicodedata.normalize("NFKC", text)
        # every invisible character is one str.isprintable() refuses (Python's "Other" and
        # "Separator" categories): a printable text has none to remove, and the test is one C
        # pass instead of a Python call per character (an import normalises 180,000 names)
        text = drop_invisible(text)
        text = _WHITESPACE.sub(" ", text).strip()
        if " " in text:
            text = _SPACE_BESIDE_WIDE.sub("", text)
        text = text.translate(_BRACKETS)
        if text == before:
            break
    return text


def name_problem(name: str) -> str | None:
    """Why the normalised *name* cannot be one unit's name, or None when it can.

    Refused: empty; longer than :data:`MAX_NAME_LEN`; no letter or Chinese character at all (a
    bare number, a date, punctuation); several names with amounts ("组织部7；宣传部5"), or a list of
    three or more names, in one cell.
    """
    if not name:
        return translate("names", "不能为空")
    if len(name) > MAX_NAME_LEN:
        return translate(
            "names", "名称过长（{n}个字符，最多{max}个）：一个单元格里可能写了一段话或多个单位"
        ).format(n=len(name), max=MAX_NAME_LEN)
    if not any(ch.isalpha() for ch in name):
        return translate("names", "“{name}”不是单位名称（只有数字或符号）").format(name=name)
    outside = _BRACKETED.sub("", name)
    separators = len(_LIST_SEPARATORS.findall(outside))
    amounts = len(_AMOUNT_AFTER_NAME.findall(outside))
    if (separators and amounts) or amounts >= 2 or separators >= 2:
        return translate(
            "names",
            "“{name}”像是几个单位（及其数量）写在一起，不是一个单位名称：这可能是献血计划表，请用“导入计划”",
        ).format(name=name)
    return None


def clean_name(name: object) -> tuple[str, str | None]:
    """The normal form of *name* and why it is refused (None when it is a good name)."""
    key = normalize_name(name)
    return key, name_problem(key)
