"""ui.models.roster_model over the database: the tree grows a window at a time, sorted in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from qthelpers import wait_idle

from app.admin import demo
from app.roster import units as roster
from app.roster.listing import RosterFilter, RosterQuery
from app.roster.records import UnitInput
from ui.models.roster_model import COL, RosterModel


@pytest.fixture
def nested(db):
    demo.load_demo(db)
    system = roster.create_unit(db, 2017, UnitInput(name="卫生健康系统", kind="系统"))
    for record in roster.list_units(db, 2017):
        if record.name in ("县医院", "县中医医院"):
            roster.update_unit(
                db,
                record.id,
                2017,
                UnitInput(
                    name=record.name, kind=record.kind, parent_id=system.id, sort_order=record.sort_order
                ),
            )
    return db


def _top(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_top_level_grows_a_window_at_a_time(qtbot, nested, monkeypatch):
    monkeypatch.setattr(RosterModel, "PAGE_SIZE", 5)
    model = RosterModel()
    grown: list[list[int]] = []
    model.grown.connect(grown.append)
    model.bind(RosterQuery(nested), RosterFilter(2017))
    wait_idle(qtbot)
    assert _top(model) == ["城关镇", "长安镇", "兴隆镇", "西河镇", "大贵镇"]
    assert model.totals.active == 14 and model.can_grow()
    assert not model.canFetchMore(QModelIndex())  # the page decides when, not each layout of the view
    while model.can_grow():
        model.grow()
        assert not model.can_grow()  # one window at a time
        wait_idle(qtbot)
    assert len(_top(model)) == 12 and _top(model)[-1] == "卫生健康系统"
    system = model.index(11, 0)
    assert [model.index(r, 0, system).data() for r in range(model.rowCount(system))] == [
        "县医院",
        "县中医医院",
    ]
    assert grown[-1] == [model.unit_id(system)]


def test_sort_and_search_reload_from_sql(qtbot, nested):
    model = RosterModel()
    model.sort(COL["population"], Qt.SortOrder.DescendingOrder)  # before bind: kept for it
    model.bind(RosterQuery(nested), RosterFilter(2017))
    wait_idle(qtbot)
    assert _top(model)[:2] == ["城关镇", "八仙镇"] and _top(model)[-1] == "卫生健康系统"
    model.sort(-1)
    model.set_filters(RosterFilter(2017, search="xzy"))
    wait_idle(qtbot)
    assert _top(model) == ["卫生健康系统"]
    assert model.index(0, 0, model.index(0, 0)).data() == "县中医医院"


def test_bound_model_passes_qtmodeltester(qtbot, qtmodeltester, nested):
    model = RosterModel()
    model.bind(RosterQuery(nested), RosterFilter(2017))
    wait_idle(qtbot)
    qtmodeltester.check(model, force_py=True)
