"""app.roster.listing: the 名册 tree worked out in SQL, window by window."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from app.admin import demo
from app.database.paging import NATURAL, Sort
from app.roster import units as roster
from app.roster.listing import RosterFilter, RosterQuery
from app.roster.records import UnitInput
from db.models import Unit


def _put_under(db, system_id: int, *names: str) -> None:
    for record in roster.list_units(db, 2017, include_archived=True):
        if record.name in names:
            roster.update_unit(
                db,
                record.id,
                2017,
                UnitInput(
                    name=record.name,
                    kind=record.kind,
                    parent_id=system_id,
                    sort_order=record.sort_order,
                    population=record.population,
                    aliases=list(record.aliases),
                ),
            )


@pytest.fixture
def nested(db):
    """平利 demo with a 卫生健康系统 holding both hospitals."""
    demo.load_demo(db)
    system = roster.create_unit(db, 2017, UnitInput(name="卫生健康系统", kind="系统"))
    _put_under(db, system.id, "县医院", "县中医医院")
    return db


def _all(query: RosterQuery, filters: RosterFilter, sort: Sort = NATURAL, limit: int = 4):
    """Every window in turn: top-level names and members by parent name."""
    top, members = [], {}
    names = {u.id: u.name for u in roster.list_units(query.db, filters.year, include_archived=True)}
    window = query.window(filters, sort, limit)
    while True:
        top += [r.name for r in window.top]
        for pid, rows in window.members.items():
            members[names[pid]] = [r.name for r in rows]
        if window.after is None:
            return top, members
        window = query.window(filters, sort, limit, after=window.after)


def test_windows_give_every_unit_once_in_the_clerks_order_with_members_under_their_system(nested):
    query = RosterQuery(nested)
    top, members = _all(query, RosterFilter(2017))
    listed = [u.name for u in roster.list_units(nested, 2017)]
    assert top == [n for n in listed if n not in ("县医院", "县中医医院")]
    assert members == {"卫生健康系统": ["县医院", "县中医医院"]}
    first = query.window(RosterFilter(2017), Sort(), 100).top[0]
    assert (first.name, first.population, first.has_year) == ("城关镇", 47277, True)


def test_a_search_shows_hits_under_their_system_and_a_matching_system_with_all_members(nested):
    query = RosterQuery(nested)
    assert _all(query, RosterFilter(2017, search="中医")) == (
        ["卫生健康系统"],
        {"卫生健康系统": ["县中医医院"]},
    )
    assert _all(query, RosterFilter(2017, search="卫生")) == (
        ["卫生健康系统"],
        {"卫生健康系统": ["县医院", "县中医医院"]},
    )
    assert _all(query, RosterFilter(2017, search="cgz")) == (["城关镇"], {})


def test_a_hit_two_levels_down_keeps_both_systems_above_it(nested):
    hospital = next(u for u in roster.list_units(nested, 2017) if u.name == "县医院")
    roster.create_unit(nested, 2017, UnitInput(name="县医院城关分院", parent_id=hospital.id))
    assert _all(RosterQuery(nested), RosterFilter(2017, search="分院")) == (
        ["卫生健康系统"],
        {"卫生健康系统": ["县医院"], "县医院": ["县医院城关分院"]},
    )
    assert _all(RosterQuery(nested), RosterFilter(2017, search="卫生"))[1] == {
        "卫生健康系统": ["县医院", "县中医医院"],
        "县医院": ["县医院城关分院"],
    }


def test_an_alias_finds_its_unit(nested):
    town = next(u for u in roster.list_units(nested, 2017) if u.name == "城关镇")
    roster.update_unit(
        nested,
        town.id,
        2017,
        UnitInput(name="城关镇", kind="镇街", sort_order=town.sort_order, aliases=["县城"]),
    )
    window = RosterQuery(nested).window(RosterFilter(2017, search="县城"))
    assert [(r.name, r.aliases) for r in window.top] == [("城关镇", ("县城",))]


def test_members_of_an_archived_system_and_of_a_loop_stay_visible_at_the_top(nested):
    system = next(u for u in roster.list_units(nested, 2017) if u.name == "卫生健康系统")
    roster.set_archived(nested, system.id, True)
    top, members = _all(RosterQuery(nested), RosterFilter(2017))
    assert {"县医院", "县中医医院"} <= set(top) and members == {}
    top, members = _all(RosterQuery(nested), RosterFilter(2017, include_archived=True))
    assert members == {"卫生健康系统": ["县医院", "县中医医院"]}
    roster.set_archived(nested, system.id, False)
    ids = {u.name: u.id for u in roster.list_units(nested, 2017)}
    with nested.session() as s:  # an import can make a loop: 长安镇 ⇄ 兴隆镇, 八仙镇 under 长安镇
        s.execute(update(Unit).where(Unit.id == ids["长安镇"]).values(parent_id=ids["兴隆镇"]))
        s.execute(update(Unit).where(Unit.id == ids["兴隆镇"]).values(parent_id=ids["长安镇"]))
        s.execute(update(Unit).where(Unit.id == ids["八仙镇"]).values(parent_id=ids["长安镇"]))
    top, members = _all(RosterQuery(nested), RosterFilter(2017))
    assert {"长安镇", "兴隆镇", "八仙镇"} <= set(top)
    assert members == {"卫生健康系统": ["县医院", "县中医医院"]}
    assert len(top) + 2 == len(roster.list_units(nested, 2017))


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_population_puts_blanks_first_and_windows_agree_with_one_read(nested, descending):
    query = RosterQuery(nested)
    sort = Sort("population", descending)
    whole = query.window(RosterFilter(2017), sort, 100)
    top, _members = _all(query, RosterFilter(2017), sort, limit=3)
    assert top == [r.name for r in whole.top]
    pops = [r.population if r.population is not None else -1 for r in whole.top]
    assert pops == sorted(pops, reverse=descending)
    assert whole.top[-1 if descending else 0].name == "卫生健康系统"  # no figures: a blank


@pytest.mark.parametrize("key", ["name", "kind", "contact_name", "aliases", "status", "total_staff"])
def test_every_column_sorts_and_pages_without_overlap(nested, key):
    query = RosterQuery(nested)
    top, _members = _all(query, RosterFilter(2017), Sort(key), limit=2)
    assert sorted(top) == sorted(r.name for r in query.window(RosterFilter(2017), Sort(key), 100).top)
    assert len(top) == len(set(top))


def test_totals_and_the_position_of_a_unit(nested):
    query = RosterQuery(nested)
    assert query.totals(RosterFilter(2017)).active == 14
    assert query.totals(RosterFilter(2018)).with_figures == 0
    ids = {u.name: u.id for u in roster.list_units(nested, 2017)}
    assert query.position(RosterFilter(2017), Sort(), ids["城关镇"]) == 0
    # a member is as far down as its 系统, the last unit in the clerk's order
    assert query.position(RosterFilter(2017), Sort(), ids["县医院"]) == 11
    assert query.position(RosterFilter(2017, search="cgz"), Sort(), ids["长安镇"]) is None
