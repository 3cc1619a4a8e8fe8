"""Pinyin search keys for many names at once, equal to :func:`app.pinyin.search_key`, faster.

pypinyin reads about 20,000 names a second (PITFALLS.md §7): an import of 60,000 new donors would
spend three seconds there. pypinyin only reads a character differently from its own default when
the character sits in a word of its phrase dictionary (长城, 重庆). A name with no such word inside
is therefore read character by character, from a per-character table filled once; the surname's
own reading (单 → s, 曾 → z) is added the way :func:`app.pinyin.initials_variants` adds it. Names
with a dictionary word inside, or anything that is not a Han character, go through
:func:`app.pinyin.search_key` itself, so the key is always the one a donor typed in by hand gets.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

_HAN = (0x4E00, 0x9FFF)


@functools.cache
def _phrases() -> dict:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


@functools.lru_cache(maxsize=30000)
def _initial(char: str) -> str:
    """pypinyin's default initial of one character, as :func:`app.pinyin.initials` gives it."""
    from app.pinyin import initials

    return initials(char)


def _fast(name: str) -> str | None:
    from app.pinyin import COMPOUND_SURNAMES, SURNAME_INITIALS

    if not name:
        return None
    for char in name:
        if not (_HAN[0] <= ord(char) <= _HAN[1]):
            return None
    phrases = _phrases()
    n = len(name)
    for i in range(n - 1):
        for j in range(i + 2, n + 1):
            if name[i:j] in phrases:
                return None
    letters = [_initial(c) for c in name]
    if any(len(letter) != 1 for letter in letters):
        return None
    default = "".join(letters)
    surname = name[:2] if n > 2 and name[:2] in COMPOUND_SURNAMES else name[:1]
    reading = SURNAME_INITIALS.get(surname)
    if not reading:
        return default
    variant = reading + default[len(surname) :]
    return default if variant == default else f"{default} {variant}"


def search_keys(names: Iterable[str]) -> dict[str, str]:
    """``{name: search key}`` for every distinct name, equal to ``app.pinyin.search_key(name)``."""
    from app.pinyin import search_key

    keys: dict[str, str] = {}
    for name in names:
        if name in keys:
            continue
        key = _fast(name)
        keys[name] = key if key is not None else search_key(name)
    return keys
