"""公文 service: drafts of red-header notices, templates filled from the plan, generating the files.

Pure Python (no Qt): the 公文 page and the ``notice`` command both call these functions.
`gongwen` does the layout; this package decides what goes into a notice and keeps the drafts.
"""

from __future__ import annotations

# The 通报 template registers itself (and its table and figure sources) on import.
from app.notices import report as _report  # noqa: F401
from app.notices.actions import (
    PreviewResult,
    create_draft,
    draft_folder,
    latest_or_new_draft,
    make_preview,
    make_working_copy,
    save_draft_with_next_number,
)
from app.notices.checks import FIELD_LABELS, FieldProblem, check_draft, draft_problems
from app.notices.drafts import (
    DraftSummary,
    NoticeDraftData,
    TableSpec,
    delete_draft,
    list_drafts,
    load_draft,
    save_draft,
)
from app.notices.output import (
    GeneratedNotice,
    TableSummary,
    default_filename,
    generate,
    render_preview,
    reserve_number,
    work_dir,
)
from app.notices.templates import (
    TEMPLATES,
    Template,
    choose_plan,
    new_draft,
    refresh_tables,
    register_template,
    template_label,
)

__all__ = [
    "FIELD_LABELS",
    "TEMPLATES",
    "DraftSummary",
    "FieldProblem",
    "GeneratedNotice",
    "NoticeDraftData",
    "PreviewResult",
    "TableSpec",
    "TableSummary",
    "Template",
    "check_draft",
    "choose_plan",
    "create_draft",
    "default_filename",
    "delete_draft",
    "draft_folder",
    "draft_problems",
    "generate",
    "latest_or_new_draft",
    "list_drafts",
    "load_draft",
    "make_preview",
    "make_working_copy",
    "new_draft",
    "refresh_tables",
    "register_template",
    "render_preview",
    "reserve_number",
    "save_draft",
    "save_draft_with_next_number",
    "template_label",
    "work_dir",
]
