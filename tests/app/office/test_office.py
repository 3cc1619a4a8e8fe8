"""A new database has no office; notices wait for one; only the demo brings 平利县."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.admin import demo
from app.admin.first_run import first_run
from app.errors import InputError, KnownError, OfficeNotSet
from app.notices import new_draft
from app.office import settings as office
from app.office.settings import OfficeSettings
from app.office.working_year import data_year, default_working_year
from app.plans import plans, quotas
from app.plans import records as plan_records
from app.roster import units as roster
from app.roster.records import UnitInput
from db.models import AuditLog, OfficeSetting, Plan

MINE = OfficeSettings(
    office_name="寿县献血办公室",
    organ_mark="寿县人民政府办公室文件",
    doc_prefix="寿政办秘",
    cc="县委办，县人大办，县政协办。",
    region="安徽",
    next_number=62,
)


def _rows(db) -> tuple[int | None, ...]:
    """Rows of office settings, plans and audit lines: what a refused first run must not add."""
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(OfficeSetting)),
            s.scalar(select(func.count()).select_from(Plan)),
            s.scalar(select(func.count()).select_from(AuditLog)),
        )


def test_a_new_database_has_no_office_and_no_real_county(db):
    settings = office.load_office(db)
    assert not office.office_is_set(db)
    assert "平利" not in repr(settings) and "平政" not in repr(settings)
    assert settings.county == settings.organ_mark == settings.doc_prefix == ""


def test_a_notice_is_refused_until_the_office_is_set(db):
    plan = plans.create_plan(db, plan_records.PlanInput(name="2026年计划", year=2026, target=100))
    unit = roster.create_unit(db, 2026, UnitInput(name="城关镇", population=1000))
    quotas.set_quota(db, plan.id, unit.id, 100)
    with pytest.raises(OfficeNotSet, match="office set") as caught:
        new_draft(db, "quota", 2026)
    assert isinstance(caught.value, KnownError)
    assert set(caught.value.missing) == {"county", "organ_mark", "signer", "doc_prefix"}
    assert "发文机关标志" in str(caught.value)
    office.update_office(db, {"organ_mark": "寿县人民政府办公室文件", "doc_prefix": "寿政办秘"})
    draft = new_draft(db, "quota", 2026, today=dt.date(2026, 3, 1))
    assert draft.organ_mark == "寿县人民政府办公室文件" and draft.doc_number == "寿政办秘〔2026〕1号"
    assert draft.signer == "寿县人民政府办公室" and "我县" in draft.body[0]


def test_what_follows_from_the_names_is_filled_in():
    done = office.completed(
        OfficeSettings(office_name="如皋市献血办公室", organ_mark="如皋市人民政府办公室文件")
    )
    assert (done.county, done.we, done.signer, done.printer) == (
        "如皋市",
        "市",
        "如皋市人民政府办公室",
        "如皋市人民政府办公室",
    )
    assert "市政府" in done.addressees
    assert office.completed(OfficeSettings(county="恩施州", level="州")).we == "州"


def test_the_demo_alone_brings_pingli(db):
    demo.load_demo(db)
    settings = office.load_office(db)
    assert settings.organ_mark == "平利县人民政府办公室文件" and settings.doc_prefix == "平政办发"
    assert new_draft(db, "quota", 2017).doc_number == "平政办发〔2017〕64号"


def test_the_demo_keeps_an_office_already_set(db):
    office.save_office(db, MINE)
    demo.load_demo(db)
    assert office.load_office(db).organ_mark == "寿县人民政府办公室文件"


def test_first_run_saves_the_office_and_the_demo_together(db):
    done = first_run(db, MINE, demo=True)
    assert done.demo is not None and done.demo.total == 2300
    assert done.office.organ_mark == "寿县人民政府办公室文件" and done.office.county == "寿县"
    assert done.office.next_number == 62 and office.load_office(db).next_number == 62
    assert done.working_year == 2017  # the year the demo data holds


def test_first_run_without_the_demo_opens_on_this_year(db):
    done = first_run(db, MINE, today=dt.date(2026, 5, 1))
    assert done.demo is None and done.working_year == 2026 and office.office_is_set(db)


def test_first_run_with_the_demo_only_takes_pingli(db):
    done = first_run(db, None, demo=True)
    assert done.office.county == "平利县" and office.office_is_set(db)


def test_first_run_with_a_required_field_empty_writes_nothing(db):
    before = _rows(db)
    with pytest.raises(InputError) as caught:
        first_run(db, OfficeSettings(office_name="献血办", region="安徽"), demo=True)
    assert {p.field for p in caught.value.problems} >= {"发文机关标志", "发文字号前缀"}
    assert _rows(db) == before and demo.is_empty(db)


def test_first_run_asking_for_the_demo_on_data_writes_no_office(db):
    plans.create_plan(db, plan_records.PlanInput(name="2026年计划", year=2026))
    before = _rows(db)
    with pytest.raises(KnownError, match="已有数据"):
        first_run(db, MINE, demo=True)
    assert _rows(db) == before and not office.office_is_set(db)


def test_the_working_year_is_the_year_the_data_holds(db):
    assert data_year(db) is None
    assert default_working_year(db, today=dt.date(2026, 1, 5)) == 2026
    plans.create_plan(db, plan_records.PlanInput(name="2024年计划", year=2024))
    assert default_working_year(db, today=dt.date(2026, 1, 5)) == 2024
