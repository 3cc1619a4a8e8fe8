"""What the 公文 page does, each as one service call: a new draft from a template, a draft with the
office's next number, a working copy to open in WPS/Word, a preview of its pages.

Each composes the smaller services in one transaction (``Database.transaction``), so a template
that fails after a number was reserved, or a save that fails after the template was read,
leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from app.database import Database
from app.errors import CancelCheck, KnownError, ProgressReport, checkpoint
from app.gongwen.render import libreoffice_available
from app.notices.drafts import NoticeDraftData, list_drafts, load_draft, save_draft
from app.notices.output import GeneratedNotice, default_filename, generate, render_preview, work_dir
from app.notices.templates import new_draft
from app.office.settings import reserve_number

__all__ = [
    "PreviewResult",
    "create_draft",
    "draft_folder",
    "latest_or_new_draft",
    "make_preview",
    "make_working_copy",
    "save_draft_with_next_number",
]


def create_draft(
    db: Database,
    kind: str,
    year: int,
    *,
    plan_id: int | None = None,
    today: dt.date | None = None,
    until: dt.date | None = None,
) -> NoticeDraftData:
    """新建: a draft of *kind* from the template, saved (OfficeNotSet until the office is set);
    *until* is a 通报's report date (default today), as ``notice report --until``."""
    with db.transaction() as t:
        return save_draft(t, new_draft(t, kind, year, plan_id=plan_id, today=today, until=until))


def save_draft_with_next_number(db: Database, draft: NoticeDraftData) -> NoticeDraftData:
    """使用下一个发文序号: take the office's next number for the draft and save it, together: a save
    that fails uses up no number, and two clerks never get the same one."""
    with db.transaction() as t:
        return save_draft(t, replace(draft, doc_seq=reserve_number(t)))


def latest_or_new_draft(db: Database, kind: str, year: int) -> NoticeDraftData:
    """The year's most recent draft of *kind*, or a new one made from the template and saved."""
    with db.transaction() as t:
        found = next((d for d in list_drafts(t, year) if d.kind == kind), None)
        if found is not None:
            return load_draft(t, found.id)
        return save_draft(t, new_draft(t, kind, year))


@dataclass(frozen=True)
class PreviewResult:
    """A generated working copy and its page images; `problem` says why there are none."""

    generated: GeneratedNotice
    pages: list[Path]
    renderer_missing: bool = False
    problem: str = ""


def draft_folder(draft: NoticeDraftData) -> Path:
    """Working copies of one draft (the preview's .docx, its PDF and page images)."""
    return work_dir() / (f"draft-{draft.id}" if draft.id is not None else "draft-new")


def make_working_copy(
    db: Database,
    draft: NoticeDraftData,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> GeneratedNotice:
    """Write the draft to its working folder, for opening in WPS/Word, printing or previewing.
    ``cancelled``/``progress``: see :func:`app.errors.checkpoint`."""
    return generate(
        db, draft, draft_folder(draft) / default_filename(draft), cancelled=cancelled, progress=progress
    )


def make_preview(
    db: Database,
    draft: NoticeDraftData,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> PreviewResult:
    """生成并预览: the working copy plus page images; a missing or failing LibreOffice still leaves
    the .docx (and says why there are no pages). Cancelled before the pages are rendered, it
    leaves the working copy only."""
    generated = make_working_copy(db, draft, cancelled=cancelled)
    checkpoint(cancelled, progress)(1, 2)
    if not libreoffice_available():
        return PreviewResult(generated, [], renderer_missing=True)
    pages_dir = draft_folder(draft) / "preview"
    shutil.rmtree(pages_dir, ignore_errors=True)
    try:
        pages = render_preview(generated.docx, pages_dir)
    except KnownError as exc:
        return PreviewResult(generated, [], problem=str(exc))
    return PreviewResult(generated, pages)
