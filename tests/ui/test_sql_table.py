"""ui.models.sql_table: a flat table over a listing that fetches only what is shown, on the worker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from qthelpers import wait_idle
from sqlalchemy import ColumnElement, Select, insert, select

from app.database.paging import Sort, SqlListing
from db.models import Unit
from ui.models.sql_table import PLACEHOLDER, RIGHT, Column, PagedTableModel


class Units(SqlListing[str, tuple[int, str, int]]):
    def select(self, filters: str) -> Select[Any]:
        return select(Unit.id, Unit.name, Unit.sort_order).where(Unit.name.like(f"%{filters}%"))

    def order(self, filters: str, sort: Sort) -> Sequence[ColumnElement[Any]]:
        return [Unit.sort_order, Unit.id] if sort.key == "order" else [Unit.id]

    def row(self, values: Sequence[Any]) -> tuple[int, str, int]:
        return values[0], values[1], values[2]


COLUMNS = [
    Column("name", "名称", lambda r: r[1]),
    Column("order", "顺序", lambda r: str(r[2]), align=RIGHT),
    Column("id", "编号", lambda r: str(r[0]), sortable=False),
]


@pytest.fixture
def listing(db):
    with db.session() as s:
        s.execute(
            insert(Unit.__table__),
            [
                {"name": f"单位{i:04d}", "kind": "其他", "sort_order": 1000 - i, "py_initials": ""}
                for i in range(1000)
            ],
        )
    return Units(db)


def test_rows_outside_the_fetched_windows_show_a_placeholder_then_fill_in(qtbot, listing):
    model = PagedTableModel(listing, COLUMNS, "单位", page_size=100)
    assert model.rowCount() == 0  # nothing waits on the database: the answer comes later
    wait_idle(qtbot)
    assert model.rowCount() == 1000 and model.columnCount() == 3
    assert model.index(0, 0).data() == "单位0000" and model.row_at(99) == (100, "单位0099", 901)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "顺序"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    assert model.index(550, 0).data() == PLACEHOLDER and model.index(550, 1).data() == ""
    assert model.row_at(550) is None
    wait_idle(qtbot)
    assert changed == [(500, 599)]
    assert model.index(550, 0).data() == "单位0550"


def test_sorting_and_filtering_happen_in_sql(qtbot, listing):
    model = PagedTableModel(listing, COLUMNS, "单位", page_size=100)
    wait_idle(qtbot)
    resets: list[int] = []
    model.loaded.connect(lambda: resets.append(model.rowCount()))
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by sort_order: the last unit first
    wait_idle(qtbot)
    assert model.index(0, 0).data() == "单位0999"
    model.sort(2, Qt.SortOrder.DescendingOrder)  # not sortable: the listing's own order
    wait_idle(qtbot)
    assert model.index(0, 0).data() == "单位0000"
    model.set_filters("单位00")
    wait_idle(qtbot)
    assert model.rowCount() == 100 and resets == [1000, 1000, 100]


def test_a_newer_request_overtakes_an_older_answer(qtbot, listing):
    model = PagedTableModel(listing, COLUMNS, "单位", page_size=100)
    model.set_filters("单位01")
    model.set_filters("单位002")
    wait_idle(qtbot)
    assert model.rowCount() == 10 and model.index(0, 0).data() == "单位0020"


def test_memory_is_bounded_by_the_windows_kept(qtbot, listing):
    model = PagedTableModel(listing, COLUMNS, "单位", page_size=100, max_pages=3)
    wait_idle(qtbot)
    for row in (150, 250, 350, 450):
        model.index(row, 0).data()
        wait_idle(qtbot)
    assert len(model._pages) == 3 and model.row_at(0) is None  # the least recently used went first
    assert model.index(450, 0).data() == "单位0450"


def test_passes_qtmodeltester(qtbot, qtmodeltester, listing):
    model = PagedTableModel(listing, COLUMNS, "单位", page_size=100)
    wait_idle(qtbot)
    qtmodeltester.check(model, force_py=True)
