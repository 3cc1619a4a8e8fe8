"""Working copies of a draft: the .docx the preview and 打开/打印 use, and its page images.

One call each for the 公文 page (and anything else that shows a draft): the working copy is
written to the draft's own folder under :func:`~app.notices.output.work_dir`, so opening it in
WPS/Word never touches the clerk's saved copies.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from app.database import Database
from app.errors import CancelCheck, KnownError, ProgressReport, checkpoint
from app.gongwen.render import libreoffice_available
from app.notices.drafts import NoticeDraftData
from app.notices.output import GeneratedNotice, default_filename, generate, render_preview, work_dir


@dataclass(frozen=True)
class PreviewResult:
    """A generated working copy and its page images; ``problem`` says why there are none."""

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
    """Write the draft to its working folder, for opening in WPS/Word, printing or previewing."""
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
    """Working copy plus page images; a missing or failing LibreOffice still leaves the .docx."""
    generated = make_working_copy(db, draft, cancelled=cancelled)
    step = checkpoint(cancelled, progress)
    step(1, 2)
    if not libreoffice_available():
        return PreviewResult(generated, [], renderer_missing=True)
    pages_dir = draft_folder(draft) / "preview"
    shutil.rmtree(pages_dir, ignore_errors=True)
    try:
        pages = render_preview(generated.docx, pages_dir)
    except KnownError as exc:
        return PreviewResult(generated, [], problem=str(exc))
    return PreviewResult(generated, pages)
