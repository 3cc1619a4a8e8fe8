"""app.database.paging: windows by offset and by keyset agree, in both directions, without overlap."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import ColumnElement, Select, func, insert, select

from app.database.paging import NATURAL, Sort, SqlListing
from db.models import Unit


class Names(SqlListing[str, tuple[int, str]]):
    """Units whose name contains a text; sorted by id (natural) or by sort_order."""

    def select(self, filters: str) -> Select[Any]:
        return select(Unit.id, Unit.name).where(Unit.name.like(f"%{filters}%"))

    def order(self, filters: str, sort: Sort) -> Sequence[ColumnElement[Any]]:
        if sort.key == "order":
            return [func.coalesce(Unit.sort_order, 0), Unit.id]
        return [Unit.id]

    def row(self, values: Sequence[Any]) -> tuple[int, str]:
        return values[0], values[1]


@pytest.fixture
def listing(db):
    with db.session() as s:
        s.execute(
            insert(Unit.__table__),
            [
                {"name": f"单位{i:03d}", "kind": "其他", "sort_order": i % 7, "py_initials": ""}
                for i in range(95)
            ],
        )
    return Names(db)


@pytest.mark.parametrize("sort", [NATURAL, Sort("order"), Sort("order", True), Sort(None, True)])
def test_keyset_windows_equal_offset_windows(listing, sort):
    assert listing.count("单位") == 95 and listing.count("单位00") == 10
    by_offset = [r for start in range(0, 95, 10) for r in listing.fetch("单位", sort, start, 10).rows]
    by_key, page = [], listing.fetch("单位", sort, 0, 10)
    while True:
        by_key += page.rows
        if page.after is None:
            break
        page = listing.fetch("单位", sort, 0, 10, after=page.after)
    assert by_key == by_offset and len(set(by_key)) == 95
    keys = [
        ((r[0] - 1) % 7, r[0]) if sort.key == "order" else r[0] for r in by_key
    ]  # sort_order: (id-1) mod 7
    assert keys == sorted(keys, reverse=sort.descending)


def test_the_last_window_says_there_is_no_more(listing):
    page = listing.fetch("单位", NATURAL, 90, 10)
    assert len(page.rows) == 5 and page.after is None
    assert listing.fetch("单位", NATURAL, 0, 95).after is None
    assert listing.fetch("单位", NATURAL, 0, 94).after is not None
