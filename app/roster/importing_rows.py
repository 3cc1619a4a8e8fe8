"""Compact rows for an import preview: what a preview holds for each row of a big file.

A preview holds every row of the file until the clerk commits it. A row's parsed values as a dict
of their own cost about 650 bytes at 30,000 units (bench/bench_roster_import.py), and the same
texts (a 类别, a 所属系统) repeat in thousands of rows as separate string objects. Here the keys
are one tuple shared by every row of the file, the values a tuple, and repeated texts one object.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: Fields whose texts repeat across a file's rows: each distinct text is kept once.
SHARED_FIELDS = frozenset({"kind", "parent"})


class RowValues(Mapping[str, Any]):
    """A row's parsed values by field key, read-only (``get``, ``[]``, ``in``, iteration)."""

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._keys = keys
        self._values = values

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            return default

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"RowValues({dict(self)!r})"


class RowCompactor:
    """Turns each parsed row's dict into a :class:`RowValues`, sharing keys and repeated texts."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._texts: dict[str, str] = {}

    def __call__(self, values: Mapping[str, Any]) -> RowValues:
        keys = tuple(values)
        keys = self._keys.setdefault(keys, keys)
        texts = self._texts
        return RowValues(
            keys,
            tuple(
                texts.setdefault(value, value) if key in SHARED_FIELDS and isinstance(value, str) else value
                for key, value in values.items()
            ),
        )
