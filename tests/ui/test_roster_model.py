from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.admin import demo
from app.roster import records as roster_records
from app.roster import units as roster
from app.roster.records import UnitInput
from ui.models.roster_model import COL, SORT_ROLE, UNIT_ID_ROLE, RosterFilterProxy, RosterModel


def _as_input(record: roster_records.UnitRecord, **changes) -> UnitInput:
    data = UnitInput(
        name=record.name,
        kind=record.kind,
        parent_id=record.parent_id,
        sort_order=record.sort_order,
        note=record.note,
        aliases=list(record.aliases),
        population=record.population,
    )
    return replace(data, **changes)


@pytest.fixture
def nested_db(db):
    """The 平利 demo with a 卫生健康系统 holding both hospitals (a 系统 nested one level)."""
    demo.load_demo(db)
    system = roster.create_unit(db, 2017, UnitInput(name="卫生健康系统", kind="系统"))
    for record in roster.list_units(db, 2017):
        if record.name in ("县医院", "县中医医院"):
            roster.update_unit(db, record.id, 2017, _as_input(record, parent_id=system.id))
    return db


def _names(model, parent: QModelIndex | None = None) -> list[str]:
    parent = QModelIndex() if parent is None else parent
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_qtmodeltester_with_a_nested_system(qtmodeltester, nested_db):
    model = RosterModel()
    model.set_records(roster.list_units(nested_db, 2017))
    qtmodeltester.check(model)  # Qt's QAbstractItemModelTester
    qtmodeltester.check(model, force_py=True)  # pytest-qt's own checks, which name the failing rule
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_matches([r.id for r in roster.list_units(nested_db, 2017, search="医院")])
    qtmodeltester.check(proxy)


def test_system_holds_its_members_and_others_stay_top_level(qapp, nested_db):
    model = RosterModel()
    model.set_records(roster.list_units(nested_db, 2017))
    top = _names(model)
    assert "县医院" not in top and "城关镇" in top and "卫生健康系统" in top
    assert len(top) == 12  # 13 demo units, 2 moved under the 系统, plus the 系统 itself
    system = model.index(top.index("卫生健康系统"), 0)
    assert _names(model, system) == ["县医院", "县中医医院"]
    member = model.index(0, 0, system)
    assert model.parent(member) == system
    assert model.record(member).parent_name == "卫生健康系统"


def test_cells_numbers_right_aligned_and_archived_greyed(qapp, db):
    demo.load_demo(db)
    town = next(r for r in roster.list_units(db, 2017) if r.name == "城关镇")
    roster.set_archived(db, town.id, True)
    model = RosterModel()
    model.set_records(roster.list_units(db, 2017, include_archived=True))
    row = model.index_of(town.id)
    pop = model.index(row.row(), COL["population"], row.parent())
    assert pop.data() == "47277"
    assert pop.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert pop.data(SORT_ROLE) == 47277
    status = model.index(row.row(), COL["status"], row.parent())
    assert status.data() == "已归档"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    kind = model.index(row.row(), COL["kind"], row.parent())
    assert kind.data() == "镇/街道"
    hospital = model.index_of(next(r.id for r in model.records() if r.name == "县医院"))
    assert hospital.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(hospital.row(), COL["population"]).data() == ""


def test_year_without_figures_is_flagged(qapp, db):
    demo.load_demo(db)
    model = RosterModel()
    model.set_records(roster.list_units(db, 2018))
    assert model.index(0, COL["status"]).data() == "无本年数据"


def test_member_whose_system_is_hidden_shows_at_top_level(qapp, nested_db):
    records = [r for r in roster.list_units(nested_db, 2017) if r.name != "卫生健康系统"]
    model = RosterModel()
    model.set_records(records)
    assert {"县医院", "县中医医院"} <= set(_names(model))


def test_proxy_keeps_the_system_of_a_matching_member(qapp, nested_db):
    model = RosterModel()
    model.set_records(roster.list_units(nested_db, 2017))
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    hits = [r.id for r in roster.list_units(nested_db, 2017, search="中医")]
    proxy.set_matches(hits)
    assert _names(proxy) == ["卫生健康系统"]
    assert _names(proxy, proxy.index(0, 0)) == ["县中医医院"]
    proxy.set_matches([r.id for r in roster.list_units(nested_db, 2017, search="cgz")])
    assert _names(proxy) == ["城关镇"]
    proxy.set_matches(None)
    assert proxy.rowCount() == 12


def test_proxy_sorts_numbers_as_numbers(qapp, db):
    demo.load_demo(db)
    model = RosterModel()
    model.set_records(roster.list_units(db, 2017))
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL["population"], Qt.SortOrder.AscendingOrder)
    pops = [proxy.index(r, COL["population"]).data() for r in range(proxy.rowCount())]
    assert pops[:3] == ["", "", "7429"]  # blanks first, then 7429 before 10541 (text order would not)
    assert pops[-1] == "47277"
    assert proxy.index(2, 0).data(UNIT_ID_ROLE) == next(r.id for r in model.records() if r.name == "正阳镇")
