"""取消 really stops: each long service checks ``cancelled()`` between chunks and writes nothing.

Real services on real files; the cancel comes from the ``progress`` callback at a chosen point, the
way the GUI's 取消 button reaches the worker in the middle of the work.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.admin import demo
from app.errors import Cancelled
from app.notices import generate, new_draft
from app.plans import exporting as plan_export
from app.plans import importing as plan_import
from app.roster import exporting as roster_export
from app.roster import importing as roster_import
from db.models import AuditLog, Plan, Quota, Unit


class CancelAt:
    """``cancelled``/``progress`` pair: progress is recorded, 取消 is pressed once *at* is reached
    and seen at the service's next check."""

    def __init__(self, at: int) -> None:
        self.at, self.seen, self.pressed = at, [], False

    def progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if done >= self.at:
            self.pressed = True

    def cancelled(self) -> bool:
        return self.pressed


def counts(db) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count(m.id))) for m in (Unit, Plan, Quota, AuditLog))  # type: ignore[return-value]


def test_a_cancelled_roster_import_writes_nothing(db, samples):
    preview = roster_import.preview_roster_import(db, samples / "pingli_2017_quota.csv", 2017)
    before = counts(db)
    token = CancelAt(5)
    with pytest.raises(Cancelled, match="已取消"):
        roster_import.commit_roster_import(db, preview, cancelled=token.cancelled, progress=token.progress)
    assert counts(db) == before, "no unit, no audit row"
    assert token.seen[:2] == [(0, 13), (1, 13)]


def test_a_roster_import_reports_progress_to_the_end(db, samples):
    preview = roster_import.preview_roster_import(db, samples / "pingli_2017_quota.csv", 2017)
    token = CancelAt(10_000)
    roster_import.commit_roster_import(db, preview, cancelled=token.cancelled, progress=token.progress)
    assert token.seen[-1] == (13, 13) and counts(db)[0] == 13


def test_a_plan_import_cancelled_at_its_last_step_writes_nothing(db, samples):
    preview = plan_import.preview_plan_import(db, samples / "pingli_2017_quota.csv", 2017)
    before = counts(db)
    token = CancelAt(len(preview.rows) - 1)  # seen after every row is written and flushed
    with pytest.raises(Cancelled):
        plan_import.commit_plan_import(db, preview, cancelled=token.cancelled, progress=token.progress)
    assert counts(db) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_cancelled_roster_export_leaves_no_file(db, tmp_path, suffix):
    demo.load_demo(db)
    out = tmp_path / "out"
    token = CancelAt(12)  # at the last of 13 rows; seen once the file is written, before it is moved
    with pytest.raises(Cancelled):
        roster_export.export_roster(
            db, 2017, out / f"名册{suffix}", cancelled=token.cancelled, progress=token.progress
        )
    assert not out.exists() or list(out.iterdir()) == []


def test_a_cancelled_quota_export_leaves_no_file(db, tmp_path):
    plan_id = demo.load_demo(db).plan_id
    token = CancelAt(1)  # seen once the workbook is written, before it is moved into place
    with pytest.raises(Cancelled):
        plan_export.export_quota_table(
            db, plan_id, tmp_path / "指标.xlsx", cancelled=token.cancelled, progress=token.progress
        )
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.db")] == []


def test_a_cancelled_notice_leaves_neither_file_nor_audit_row(db, tmp_path):
    demo.load_demo(db)
    draft = new_draft(db, "quota", 2017, today=dt.date(2017, 5, 4))
    before = counts(db)
    token = CancelAt(1)  # pressed once the .docx is written, seen once the .xlsx is
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        generate(
            db,
            draft,
            out / "通知.docx",
            xlsx=out / "通知.xlsx",
            cancelled=token.cancelled,
            progress=token.progress,
        )
    assert list(out.iterdir()) == []
    assert counts(db) == before
    generate(db, draft, out / "通知.docx", xlsx=out / "通知.xlsx")
    assert sorted(p.name for p in out.iterdir()) == ["通知.docx", "通知.xlsx"]
