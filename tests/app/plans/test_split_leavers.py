"""preview_split reads roster and quotas in one pass: units leaving the plan still show, in order."""

from __future__ import annotations

from app.admin import demo
from app.plans import quotas
from app.plans import split as quota_split
from app.plans.split import SplitParams
from app.roster import units as roster
from app.roster.records import UnitInput


def test_archived_and_figureless_units_with_quotas_are_listed_as_leaving_in_roster_order(db):
    loaded = demo.load_demo(db)
    order = [q.unit_name for q in quotas.plan_quotas(db, loaded.plan_id)]  # roster order
    first, middle, last = order[1], order[len(order) // 2], order[-3]
    units = {u.name: u for u in roster.list_units(db, 2017)}
    roster.set_archived(db, units[first].id, True)
    roster.set_archived(db, units[last].id, True)
    town = units[middle]  # no population any more: it cannot take part in a population split
    roster.update_unit(
        db, town.id, 2017, UnitInput(name=town.name, kind=town.kind, sort_order=town.sort_order)
    )
    preview = quota_split.preview_split(
        db, loaded.plan_id, SplitParams("population", 2300, step=5, floor=100)
    )
    leaving = [c.name for c in preview.changes if c.new is None]
    assert leaving == [first, middle, last]
    assert all(c.delta == -c.old for c in preview.changes if c.new is None)
    assert preview.old_total == 2300 and preview.new_total == 2300
