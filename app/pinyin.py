"""Pinyin initials for search boxes ("zs" finds 张三).

Initials are computed when a record is saved and stored in an indexed TEXT column; the search box
then queries ``LIKE 'zs%' OR LIKE '% zs%'`` (see PITFALLS.md §7). pypinyin reads surnames wrongly
when a character has another common reading (单雄信 → "dxx", should be "sxx"; 曾国藩 → "cgf", should
be "zgf") and has no surname mode, so for people :func:`initials_variants` adds the surname reading
from a small map *and* keeps pypinyin's default, so a search over-matches rather than misses.
Unit names (城关镇, 县医院) are not people: use :func:`initials` alone for them.

pypinyin is imported lazily: it costs 0.3–0.5 s at start-up. It then reads about 20,000 names a
second, too slow for a 30,000-unit import or a million donors, so :func:`initials` answers from a
per-character table wherever the character's initial cannot depend on its neighbours (every
reading of it, alone and in pypinyin's phrase dictionary, starts with the same letter); a name
holding a character such as 长 (chang/zhang) or 校 (xiao/jiao), whose initial depends on the
word, is cut into words as pypinyin cuts it and each such word is read by pypinyin once. Results
are cached per name and per word, so repeated names (donors) and words (银行, 学校) cost a lookup.
tests/app/test_pinyin_fast.py checks the table against pypinyin over every character it knows.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import ModuleType

#: Two-character surnames: the surname override applies to both characters.
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "尉迟",
        "长孙",
        "东方",
        "皇甫",
        "夏侯",
        "令狐",
        "慕容",
        "宇文",
        "万俟",
        "司徒",
        "司空",
        "公孙",
        "轩辕",
        "澹台",
        "独孤",
        "端木",
        "单于",
        "呼延",
        "闻人",
        "南宫",
        "西门",
        "申屠",
        "东郭",
        "公羊",
        "钟离",
        "宗政",
        "濮阳",
        "淳于",
        "太叔",
        "赫连",
        "拓跋",
        "百里",
        "鲜于",
        "第五",
    }
)

#: Surname readings that differ from pypinyin's default for the character, as initials.
#: Sources: mozillazg/python-pinyin#297 and the usual 多音字姓氏 lists. Both this reading and the
#: default are indexed, so a surname with two readings in use (区 ou/qu, 秘 bi/mi, 种 chong/zhong,
#: 繁 po/fan) keeps the default one too, and an entry that is already the default does no harm.
SURNAME_INITIALS: dict[str, str] = {
    "单": "s",  # shan
    "曾": "z",  # zeng
    "解": "x",  # xie
    "区": "o",  # ou
    "仇": "q",  # qiu
    "朴": "p",  # piao
    "查": "z",  # zha
    "乐": "y",  # yue
    "覃": "q",  # qin
    "盖": "g",  # ge
    "缪": "m",  # miao
    "翟": "z",  # zhai
    "折": "s",  # she
    "召": "s",  # shao
    "种": "c",  # chong
    "秘": "b",  # bi
    "员": "y",  # yun
    "黑": "h",  # he
    "华": "h",  # hua (4th tone)
    "任": "r",  # ren (2nd tone)
    "冼": "x",  # xian
    "过": "g",  # guo (1st tone)
    "纪": "j",  # ji (3rd tone)
    "繁": "p",  # po
    "句": "g",  # gou
    "阚": "k",  # kan
    "叶": "y",  # ye
    "沈": "s",  # shen
    "柏": "b",  # bai
    "薄": "b",  # bo
    "卜": "b",  # bu
    "长": "c",  # chang
    "重": "c",  # chong
    "调": "d",  # diao
    "都": "d",  # du
    "费": "f",  # fei
    "葛": "g",  # ge
    "哈": "h",  # ha
    "和": "h",  # he
    "贾": "j",  # jia
    "角": "j",  # jue
    "隗": "w",  # wei
    "蕃": "p",  # pi
    "燕": "y",  # yan
    "殷": "y",  # yin
    "臧": "z",  # zang
    "祭": "z",  # zhai
    "藏": "z",  # zang
    "传": "c",  # chuan
    "宓": "f",  # fu
    "便": "p",  # pian
    "莘": "s",  # shen
    "洗": "x",  # xian
    "尉迟": "yc",  # yuchi
    "长孙": "zs",  # zhangsun
    "万俟": "mq",  # moqi
    "单于": "cy",  # chanyu
    "澹台": "tt",  # tantai
}


@functools.cache
def _pypinyin() -> ModuleType:
    import pypinyin

    return pypinyin


@functools.cache
def _fixed_initials() -> tuple[dict[str, str], re.Pattern[str]]:
    """Characters whose initial never depends on context, with that initial; and pypinyin's Han
    pattern (a Han character missing from the table goes to pypinyin with its whole name)."""
    _pypinyin()
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.style._utils import replace_symbol_to_no_symbol

    firsts: dict[str, str] = {}  # reading → initial; about 1,500 distinct syllables

    def first(reading: str) -> str:
        letter = firsts.get(reading)
        if letter is None:
            letter = firsts[reading] = replace_symbol_to_no_symbol(reading)[:1]
        return letter

    han = re.compile(RE_HANS.pattern.removeprefix("^").removesuffix("$").removesuffix("+"))
    table: dict[str, str] = {}
    for code, readings in PINYIN_DICT.items():
        found = {first(r) for r in readings.split(",")}
        if len(found) == 1 and (letter := found.pop()) and han.match(char := chr(code)):
            table[char] = letter
    for phrase, options in PHRASES_DICT.items():
        for char, readings in zip(phrase, options, strict=False):
            letter = table.get(char)
            if letter is not None:
                for reading in readings:
                    if first(reading) != letter:
                        table.pop(char, None)  # a phrase reads it with another initial
    return table, han


def _initials_by_words(text: str) -> str:
    """pypinyin's answer, one word at a time: it reads each run of Han characters on its own, cut
    into the words of its phrase dictionary, so only a run holding a heteronym is cut (as pypinyin
    cuts it), and a word such as 银行 or 学校 is read by pypinyin once however many names hold it."""
    _table, han = _fixed_initials()
    return "".join(_run_initials(run) for run in _runs(han).findall(text))


@functools.lru_cache(maxsize=1 << 16)
def _run_initials(run: str) -> str:
    from pypinyin.seg import mmseg

    table, han = _fixed_initials()
    if not han.match(run):
        return "".join(c.lower() for c in run if c.isascii() and c.isalnum())
    if all(c in table for c in run):
        return "".join(table[c] for c in run)
    return "".join(_word_initials(word) for word in mmseg.seg.cut(run))


@functools.cache
def _runs(han: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"{han.pattern}+|(?:(?!{han.pattern}).)+", re.DOTALL)


@functools.lru_cache(maxsize=1 << 16)
def _word_initials(word: str) -> str:
    table, _han = _fixed_initials()
    if all(c in table for c in word):
        return "".join(table[c] for c in word)
    return _initials_by_pypinyin(word)


def _initials_by_pypinyin(text: str) -> str:
    pypinyin = _pypinyin()
    parts = pypinyin.lazy_pinyin(text, style=pypinyin.Style.FIRST_LETTER, errors=_keep_non_han)
    return "".join(p for p in parts if p).lower()


def _keep_non_han(chunk: str) -> list[str]:
    """pypinyin's callback for text it cannot read: keep ASCII letters and digits, lower case."""
    return [c.lower() for c in chunk if c.isascii() and c.isalnum()]


def initials(name: str) -> str:
    """First letters of each Han character's default reading, lower case; ASCII letters and digits
    are kept lower case, everything else dropped: "城关镇" → "cgz", "A座张三" → "azzs"."""
    if not name:
        return ""
    return _initials_of(unicodedata.normalize("NFKC", name))


def _initials_of(text: str) -> str:
    # Not cached itself: a name is mostly one run of Han characters, whose initials
    # _run_initials caches already; a second cache of whole names cost 300 bytes a unit in an
    # import of 30,000 (bench/bench_roster_import.py) for a regular expression saved per call.
    return _initials_by_words(text)


def _split_surname(name: str) -> tuple[str, str]:
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def initials_variants(name: str) -> set[str]:
    """All initials a person's name may be searched by: pypinyin's default reading, plus the
    surname's reading as a surname ("单雄信" → {"dxx", "sxx"}; "曾国藩" → {"cgf", "zgf"})."""
    text = unicodedata.normalize("NFKC", name).strip()
    default = initials(text)
    variants = {default} if default else set()
    if not text:
        return variants
    surname, given = _split_surname(text)
    reading = SURNAME_INITIALS.get(surname)
    if reading:
        variants.add(reading + initials(given))
    return variants


def search_key(name: str) -> str:
    """The variants joined by spaces, default reading first, for an indexed TEXT column searched
    with ``LIKE 'zs%' OR LIKE '% zs%'``."""
    variants = initials_variants(name)
    default = initials(name)
    ordered = ([default] if default in variants else []) + sorted(variants - {default})
    return " ".join(ordered)
