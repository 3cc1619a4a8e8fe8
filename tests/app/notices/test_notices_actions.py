"""What the 公文 page does, each one service call in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import KnownError, OfficeNotSet
from app.notices import (
    create_draft,
    delete_draft,
    generate,
    latest_or_new_draft,
    list_drafts,
    make_working_copy,
    save_draft_with_next_number,
)
from app.office.settings import load_office, reserve_number
from app.plans import plans
from app.plans import records as plan_records
from db.models import AuditLog, NoticeDraft

ISSUED = dt.date(2017, 5, 4)


def _drafts(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(NoticeDraft.id)))


def test_create_draft_makes_and_saves_it(demo_db):
    draft = create_draft(demo_db, "plan", 2017, today=ISSUED)
    assert draft.id is not None and draft.organ_mark == "平利县人民政府办公室文件"
    assert [d.id for d in list_drafts(demo_db, 2017)] == [draft.id]


def test_create_draft_without_an_office_saves_nothing(db):
    plans.create_plan(db, plan_records.PlanInput(name="2026年计划", year=2026))
    with pytest.raises(OfficeNotSet):
        create_draft(db, "plan", 2026)
    assert _drafts(db) == 0


def test_the_next_number_and_the_save_go_together(demo_db):
    draft = create_draft(demo_db, "plan", 2017, today=ISSUED)
    saved = save_draft_with_next_number(demo_db, draft)
    assert saved.doc_seq == 1 and load_office(demo_db).next_number == 2
    delete_draft(demo_db, saved.id)  # another clerk deleted it meanwhile: the save fails half-way
    with pytest.raises(KnownError, match="找不到该公文草稿"):
        save_draft_with_next_number(demo_db, saved)
    assert load_office(demo_db).next_number == 2  # the number was not used up
    assert reserve_number(demo_db) == 2


def test_a_notice_that_cannot_be_written_uses_up_no_number(demo_db, tmp_path):
    draft = dataclasses.replace(create_draft(demo_db, "plan", 2017, today=ISSUED), doc_seq=99)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(KnownError):
        generate(demo_db, draft, blocker / "a.docx", reserve_number=True)
    assert load_office(demo_db).next_number == 1
    made = generate(demo_db, draft, tmp_path / "b.docx", reserve_number=True)
    assert made.doc_number == "平政办发〔2017〕1号" and load_office(demo_db).next_number == 2
    with demo_db.session() as s:
        generated = s.scalars(select(AuditLog.detail).where(AuditLog.action == "generate")).all()
    assert len(generated) == 1 and "〔2017〕1号" in generated[0]


def test_latest_or_new_draft_reuses_the_one_there_is(demo_db):
    made = latest_or_new_draft(demo_db, "quota", 2017)
    assert made.id is not None and latest_or_new_draft(demo_db, "quota", 2017).id == made.id
    assert _drafts(demo_db) == 1


def test_a_working_copy_lands_in_the_draft_folder(demo_db):
    draft = create_draft(demo_db, "quota", 2017, today=ISSUED)
    made = make_working_copy(demo_db, draft)
    assert made.docx.is_file() and made.docx.parent.name == f"draft-{draft.id}"
