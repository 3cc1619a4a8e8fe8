"""Turning a draft into files: the .docx (and the tables as .xlsx), the number, the preview.

Files are written to a temporary name in the target folder and moved into place only when every
file is complete, so a full disk or a locked file never leaves half a document behind, and the
clerk's previous copy survives a failed attempt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app import audit
from app.database import Database
from app.errors import CancelCheck, InputError, ProgressReport, RowProblem, checkpoint
from app.files import safe_write_all
from app.gongwen.render import docx_to_pdf, pdf_to_pngs
from app.i18n import translate
from app.notices.checks import check_draft
from app.notices.drafts import NoticeDraftData
from app.office.settings import reserve_number, reserve_number_in
from app.paths import data_dir

__all__ = [
    "GeneratedNotice",
    "TableSummary",
    "default_filename",
    "generate",
    "render_preview",
    "reserve_number",
    "work_dir",
]


@dataclass(frozen=True)
class TableSummary:
    title: str
    rows: int  # data rows, without the header and the 合计 row


@dataclass(frozen=True)
class GeneratedNotice:
    docx: Path
    xlsx: Path | None
    doc_number: str
    tables: list[TableSummary]
    notes: list[str] = field(default_factory=list)  # what the layout did: blank page, spacing

    def to_json(self) -> dict[str, Any]:
        """The `notice` command's JSON object (a contract: keep the keys)."""
        return {
            "docx": str(self.docx),
            "xlsx": str(self.xlsx) if self.xlsx is not None else None,
            "doc_number": self.doc_number,
            "tables": [{"title": t.title, "rows": t.rows} for t in self.tables],
            "notes": list(self.notes),
        }


def work_dir() -> Path:
    """Where the GUI keeps its working copies and previews (inside the data folder)."""
    return data_dir() / "notices"


_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def default_filename(draft: NoticeDraftData, suffix: str = ".docx") -> str:
    """A file name the clerk recognises: the 发文字号 and the title, without characters Windows refuses."""
    name = f"{draft.doc_number} {draft.title.strip()}".strip()
    name = _UNSAFE.sub("", name)[:120].strip(" .") or "公文"
    return name + suffix


def _check_paths(out_docx: Path, xlsx: Path | None) -> None:
    problems = []
    if out_docx.suffix.lower() != ".docx":
        problems.append(
            RowProblem(
                0,
                translate("notices", "公文文件"),
                translate("notices", "文件名应以 .docx 结尾：{p}").format(p=out_docx),
            )
        )
    if xlsx is not None:
        if xlsx.suffix.lower() != ".xlsx":
            problems.append(
                RowProblem(
                    0,
                    translate("notices", "表格文件"),
                    translate("notices", "文件名应以 .xlsx 结尾：{p}").format(p=xlsx),
                )
            )
        elif xlsx.resolve() == out_docx.resolve():
            problems.append(
                RowProblem(0, translate("notices", "表格文件"), translate("notices", "不能与公文文件同名"))
            )
    if problems:
        raise InputError(translate("notices", "公文未生成："), problems)


def generate(
    db: Database,
    draft: NoticeDraftData,
    out_docx: Path,
    *,
    xlsx: Path | None = None,
    reserve_number: bool = False,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> GeneratedNotice:
    """Validate the draft, then write the notice as .docx (and its tables as .xlsx).

    Raises InputError naming each bad field before anything is written, KnownError (DiskFull
    for a full disk) when the files cannot be written; in both cases no new file is left behind.
    With *reserve_number* the office's next 发文序号 is taken for the notice in the same
    transaction as its audit line: the number is used up only if the files were written, and
    two clerks generating at once never get the same number. Cancelled (:func:`app.errors.checkpoint`) before
    the files are moved into place, it leaves no file and uses up no number.
    """
    step = checkpoint(cancelled, progress)
    step(0, 3)
    out_docx = Path(out_docx)
    xlsx = Path(xlsx) if xlsx is not None else None
    _check_paths(out_docx, xlsx)
    check_draft(draft)
    if xlsx is not None and not draft.attachments:
        raise InputError(
            translate("notices", "公文未生成："),
            [
                RowProblem(
                    0, translate("notices", "附件"), translate("notices", "没有附件表格，无法另存 Excel 表格")
                )
            ],
        )
    # python-docx and xlsxwriter load here, when a notice is written, not when the page opens
    from app.gongwen.docx_writer import page_notes, write_notice_docx
    from app.gongwen.xlsx_writer import write_tables_xlsx

    with db.session() as s:
        if reserve_number:
            draft = replace(draft, doc_seq=reserve_number_in(s))
        notice = draft.to_notice()
        jobs: list[tuple[Path, Callable[[Path], object]]] = [
            (out_docx, lambda p: (write_notice_docx(notice, p), step(1, 3)))
        ]
        if xlsx is not None:
            jobs.append(
                (
                    xlsx,
                    lambda p: (
                        write_tables_xlsx(notice.attachments, p, doc_number=notice.doc_number),
                        step(2, 3),
                    ),
                )
            )
        safe_write_all(jobs)
        audit.record(
            s,
            "generate",
            "notice_draft",
            draft.id,
            doc_number=notice.doc_number,
            docx=str(out_docx),
            xlsx=str(xlsx) if xlsx else None,
        )
    return GeneratedNotice(
        docx=out_docx,
        xlsx=xlsx,
        doc_number=notice.doc_number,
        tables=[TableSummary(t.title, len(t.rows)) for t in notice.attachments],
        notes=page_notes(notice),
    )


def render_preview(docx: Path, outdir: Path, dpi: int = 80) -> list[Path]:
    """Page images of *docx* for the preview pane (LibreOffice, then poppler); KnownError if missing."""
    pdf = docx_to_pdf(Path(docx), Path(outdir))
    return pdf_to_pngs(pdf, Path(outdir), dpi=dpi)
