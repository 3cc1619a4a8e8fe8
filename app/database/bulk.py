"""Helpers for work over many rows at once: statements a chunk at a time, and no cyclic garbage
collection while tens of thousands of plain values are built.

CPython's cycle collector runs every few hundred new container objects and walks every tracked
object each time it reaches its oldest generation; building 30,000 rows of tuples and dicts
(an import, a quota split) spent a third of its time there (bench/bench_split.py), and these
values hold no reference cycles for it to find.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

T = TypeVar("T")

#: Rows one statement writes: big enough to cost nothing per statement, small enough that the
#: parameters built for it stay a few hundred kilobytes.
CHUNK = 2000

_lock = threading.Lock()
_depth = 0
_was_enabled = True


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """*items* in lists of *size*, built one at a time."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside the block (reference counting still frees everything); nested
    and concurrent blocks are fine, and the collector's previous state comes back after the last."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def update_by_id(
    session: Session, table: Table, columns: Sequence[str], params: list[dict[str, Any]]
) -> None:
    """``UPDATE table SET columns… WHERE id = ?`` for many rows, a chunk at a time, as Core
    executemany; each parameter dict holds ``b_id`` and ``b_<column>``."""
    from sqlalchemy import bindparam, update

    stmt = (
        update(table).where(table.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in columns})
    )
    for chunk in chunks(params):
        session.execute(stmt, chunk)


def delete_by_id(session: Session, table: Table, ids: list[int]) -> None:
    """``DELETE FROM table WHERE id IN (…)`` a chunk at a time (SQLite allows 32,766 parameters)."""
    from sqlalchemy import delete

    for chunk in chunks(ids):
        session.execute(delete(table).where(table.c.id.in_(chunk)))
