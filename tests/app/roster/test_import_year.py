"""A table whose title says 2017, imported while the working year is 2026: the preview proposes
2017 and the import goes into the year the clerk chose."""

from __future__ import annotations

from datetime import date

from app.plans import importing as plan_import
from app.plans import plans
from app.plans.month_view import month_view
from app.roster import importing as roster_import
from app.roster import units as roster


def test_roster_preview_proposes_the_stated_year_and_commit_takes_the_chosen_one(db, samples):
    preview = roster_import.preview_roster_import(db, samples / "pingli_2017_quota.xlsx", 2026)
    assert preview.year == 2026 and preview.stated_year == 2017
    roster_import.commit_roster_import(db, preview, year=preview.stated_year)
    assert roster.years_with_roster(db) == [2017]
    assert {u.name: u.population for u in roster.list_units(db, 2017)}["城关镇"] == 47277


def test_roster_commit_defaults_to_the_year_asked_for(db, samples):
    preview = roster_import.preview_roster_import(db, samples / "pingli_2017_quota.xlsx", 2026)
    roster_import.commit_roster_import(db, preview)
    assert roster.years_with_roster(db) == [2026]


def test_a_table_without_a_year_states_none(db, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("单位名称,人口数\n城关镇,100\n", encoding="utf-8")
    assert roster_import.preview_roster_import(db, path, 2026).stated_year is None


def test_plan_preview_proposes_the_stated_year_and_commit_reads_months_in_the_chosen_one(db, samples):
    preview = plan_import.preview_plan_import(db, samples / "rugao_2020_monthly_plan.xlsx", 2026)
    assert preview.stated_year == 2020 and preview.rows[0].slot.year == 2026
    result = plan_import.commit_plan_import(db, preview, year=preview.stated_year)
    plan = plans.get_plan(db, result.plan_id)
    assert plan.year == 2020 and (plan.start_date, plan.end_date) == (date(2020, 1, 1), date(2020, 12, 31))
    december = next(m for m in month_view(db, plan.id).months if m.month == 12)
    assert december.year == 2020 and december.total == 545
    assert result.total == 8162
