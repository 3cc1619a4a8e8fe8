"""Pinyin search keys for many names at once, as :func:`app.pinyin.search_key` gives them, faster.

pypinyin reads about 20,000 names a second (PITFALLS.md §7): an import of 60,000 new donors would
spend three seconds there. Most names are made of characters with one initial whatever their
reading (王, 伟, 芳…); for those the key is the characters' initials joined, read from a
per-character table built once. Names with a character whose readings start differently (曾, 单,
长…), a surname with its own reading, or anything not Han go through :func:`app.pinyin.search_key`,
so the result is always the same as for a donor typed in by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

_HAN = (0x4E00, 0x9FFF)


@functools.lru_cache(maxsize=20000)
def _initial(char: str) -> str | None:
    """The one initial every reading of *char* starts with, or None if readings differ."""
    from app.pinyin import _pypinyin

    pypinyin = _pypinyin()
    readings = pypinyin.pinyin(char, style=pypinyin.Style.FIRST_LETTER, heteronym=True)[0]
    letters = {r[:1].lower() for r in readings if r}
    return letters.pop() if len(letters) == 1 else None


def _fast(name: str) -> str | None:
    from app.pinyin import COMPOUND_SURNAMES, SURNAME_INITIALS

    if (
        not name
        or name[0] in SURNAME_INITIALS
        or name[:2] in COMPOUND_SURNAMES
        or name[:2] in SURNAME_INITIALS
    ):
        return None
    out = []
    for char in name:
        if not (_HAN[0] <= ord(char) <= _HAN[1]):
            return None
        letter = _initial(char)
        if letter is None:
            return None
        out.append(letter)
    return "".join(out)


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
