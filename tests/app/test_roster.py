from __future__ import annotations

import pytest

from app.admin import demo
from app.errors import InputError, KnownError
from app.plans import listing, quotas
from app.roster import units as roster
from app.roster.records import UnitInput


def test_create_edit_and_search_units(db):
    county = roster.create_unit(
        db, 2024, UnitInput(name="县 中医医院", population=None, staff=120, aliases=["县中医院"])
    )
    assert county.name == "县中医医院" and county.kind == "医院" and county.aliases == ("县中医院",)
    town = roster.create_unit(
        db, 2024, UnitInput(name="城关镇", population=47277, contact_name="张三", contact_phone="13800000000")
    )
    assert town.kind == "镇街" and town.population == 47277
    assert [u.name for u in roster.list_units(db, 2024, search="cgz")] == ["城关镇"]
    assert [u.name for u in roster.list_units(db, 2024, search="县中医院")] == ["县中医医院"]
    assert [u.name for u in roster.list_units(db, 2024, search="中医")] == ["县中医医院"]
    edited = roster.update_unit(db, town.id, 2024, UnitInput(name="城关镇", population=48000))
    assert edited.population == 48000 and edited.contact_name == ""


def test_surname_heteronym_search_over_matches(db):
    roster.create_unit(db, 2024, UnitInput(name="单县医院"))
    # 单 as a place name reads shan; both readings are indexed so either initial finds it.
    assert roster.list_units(db, 2024, search="sxyy") and roster.list_units(db, 2024, search="dxyy")


def test_names_and_aliases_must_be_unique(db):
    a = roster.create_unit(db, 2024, UnitInput(name="县医院", aliases=["人民医院"]))
    with pytest.raises(InputError, match="已被“县医院”使用"):
        roster.create_unit(db, 2024, UnitInput(name="人民医院"))
    with pytest.raises(InputError) as info:
        roster.create_unit(db, 2024, UnitInput(name="  ", population=-1))
    fields = {p.field for p in info.value.problems}
    assert fields == {"单位名称", "人口数"}
    assert roster.get_unit(db, a.id, 2024).name == "县医院"


def test_nesting_refuses_cycles(db):
    system = roster.create_unit(db, 2024, UnitInput(name="县教育局系统", kind="系统"))
    school = roster.create_unit(db, 2024, UnitInput(name="县一中", parent_id=system.id))
    assert school.parent_name == "县教育局系统"
    with pytest.raises(InputError, match="不能归属于自己"):
        roster.update_unit(
            db, system.id, 2024, UnitInput(name="县教育局系统", kind="系统", parent_id=school.id)
        )


def test_units_with_history_are_archived_not_deleted(db):
    demo.load_demo(db)
    town = next(u for u in roster.list_units(db, 2017) if u.name == "城关镇")
    with pytest.raises(KnownError, match="只能归档"):
        roster.delete_unit(db, town.id)
    roster.set_archived(db, town.id, True)
    assert "城关镇" not in [u.name for u in roster.list_units(db, 2017)]
    assert "城关镇" in [u.name for u in roster.list_units(db, 2017, include_archived=True)]
    fresh = roster.create_unit(db, 2017, UnitInput(name="新单位"))
    roster.delete_unit(db, fresh.id)
    assert "新单位" not in [u.name for u in roster.list_units(db, 2017, include_archived=True)]
    # the archived unit keeps its quota
    plan = listing.list_plans(db, 2017)[0]
    assert any(q.unit_name == "城关镇" for q in quotas.plan_quotas(db, plan.id))


def test_copy_year_keeps_existing_figures_unless_overwrite(db):
    demo.load_demo(db)
    town = next(u for u in roster.list_units(db, 2017) if u.name == "城关镇")
    roster.update_unit(db, town.id, 2018, UnitInput(name="城关镇", population=50000))
    assert roster.copy_year(db, 2017, 2018) == 12
    units = {u.name: u for u in roster.list_units(db, 2018)}
    assert units["城关镇"].population == 50000 and units["长安镇"].population == 17464
    assert roster.copy_year(db, 2017, 2018, overwrite=True) == 13
    assert roster.get_unit(db, town.id, 2018).population == 47277
    with pytest.raises(KnownError, match="没有名册数据"):
        roster.copy_year(db, 2015, 2016)
