"""公文 drafts: every field of a notice, kept as JSON so a reopened draft regenerates the same file.

The appendix tables are stored as a snapshot of their cells, not as a query: a draft reopened after
the roster changed still prints what the clerk checked. ``刷新数据`` (templates.refresh_tables)
rebuilds the snapshot from the database on request; `TableSpec.source` says how.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import KnownError
from app.gongwen.model import AppendixTable, Column, Enclosure, Notice, format_doc_number
from app.i18n import translate
from app.notices.figures import FigureSpec
from db.models import NoticeDraft, Plan

__all__ = [
    "FORMAT_VERSION",
    "DraftSummary",
    "NoticeDraftData",
    "TableSpec",
    "delete_draft",
    "list_drafts",
    "load_draft",
    "save_draft",
]

#: Bumped when the JSON layout changes; older drafts are read with defaults for new keys.
#: 2: layout, 份号, 密级, 紧急程度, 签发人, hidden columns, the forwarded/issued text.
FORMAT_VERSION = 2


@dataclass
class TableSpec:
    """One 附件 table: its cells as printed plus `source`, the template rule that made them.

    `source` is e.g. ``quota`` or ``plan_months``; an empty source means the table is typed
    by hand and 刷新数据 leaves it alone.
    """

    source: str
    title: str
    columns: list[Column]
    rows: list[list[str]]
    total_row: list[str] | None = None
    note: str | None = None
    landscape: bool | None = None

    def to_table(self, hidden: list[str] | tuple[str, ...] = ()) -> AppendixTable:
        """The table as printed, without the columns whose header is in *hidden*."""
        keep = [i for i, c in enumerate(self.columns) if c.header not in hidden] or list(
            range(len(self.columns))
        )

        def cells(row: list[str]) -> list[str]:
            return [row[i] if i < len(row) else "" for i in keep]

        return AppendixTable(
            title=self.title,
            columns=[
                Column(
                    self.columns[i].header,
                    self.columns[i].weight,
                    self.columns[i].align,
                    self.columns[i].text,
                )
                for i in keep
            ],
            rows=[cells(r) for r in self.rows],
            total_row=cells(self.total_row) if self.total_row is not None else None,
            note=self.note,
            landscape=self.landscape,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "columns": [
                {"header": c.header, "weight": c.weight, "align": c.align, "text": c.text}
                for c in self.columns
            ],
            "rows": [list(r) for r in self.rows],
            "total_row": list(self.total_row) if self.total_row is not None else None,
            "note": self.note,
            "landscape": self.landscape,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TableSpec:
        return cls(
            source=str(data.get("source", "")),
            title=str(data.get("title", "")),
            columns=[
                Column(
                    str(c["header"]),
                    float(c.get("weight", 1.0)),
                    str(c.get("align", "center")),
                    bool(c.get("text", False)),
                )
                for c in data.get("columns", [])
            ],
            rows=[[str(cell) for cell in row] for row in data.get("rows", [])],
            total_row=[str(c) for c in data["total_row"]] if data.get("total_row") is not None else None,
            note=data.get("note"),
            landscape=data.get("landscape"),
        )


@dataclass
class NoticeDraftData:
    """Everything the clerk can edit on a notice, plus what it is about (kind, year, plan).

    The 发文字号 is kept in its three parts so the form can offer a number spin box and the
    office's next number; `doc_number` joins them the way GB/T 9704 spells it.
    """

    kind: str
    year: int
    organ_mark: str
    doc_prefix: str
    doc_year: int
    doc_seq: int
    title: str
    addressees: str
    body: list[str]
    signer: str
    date: dt.date
    printer: str
    print_date: dt.date
    attachments: list[TableSpec] = field(default_factory=list)
    note: str = ""  # 附注, e.g. （此件公开发布）
    cc: str = ""  # 抄送机关
    plan_id: int | None = None
    id: int | None = None
    layout: str = "document"  # 文件 or letter (信函, §10.1)
    copy_no: str = ""  # 份号
    secrecy: str = ""  # 密级和保密期限
    urgency: str = ""  # 紧急程度
    issuers: list[str] = field(default_factory=list)  # 签发人 (上行文)
    hidden_columns: list[str] = field(default_factory=list)  # headers of table columns not printed
    enclosure: Enclosure | None = None  # the text a 转发/印发 notice carries
    figures: list[FigureSpec] = field(default_factory=list)  # placed where the body says 【图N】

    @property
    def doc_number(self) -> str:
        return format_doc_number(self.doc_prefix, self.doc_year, self.doc_seq)

    def to_notice(self) -> Notice:
        """The notice the writers print; blank 附注/抄送 become None so nothing empty is printed."""
        return Notice(
            organ_mark=self.organ_mark.strip(),
            doc_number=self.doc_number,
            title=self.title.strip(),
            addressees=self.addressees.strip(),
            body=[p.strip() for p in self.body if p.strip()],
            attachments=[t.to_table(self.hidden_columns) for t in self.attachments],
            signer=self.signer.strip(),
            date=self.date,
            note=self.note.strip() or None,
            cc=self.cc.strip() or None,
            printer=self.printer.strip(),
            print_date=self.print_date,
            copy_no=self.copy_no.strip() or None,
            secrecy=self.secrecy.strip() or None,
            urgency=self.urgency.strip() or None,
            issuers=[i.strip() for i in self.issuers if i.strip()],
            layout=self.layout,
            enclosure=(
                Enclosure(
                    title=self.enclosure.title.strip(),
                    body=[p.strip() for p in self.enclosure.body if p.strip()],
                    signer=self.enclosure.signer.strip(),
                    date=self.enclosure.date,
                )
                if self.enclosure is not None
                else None
            ),
            figures=[f.to_figure() for f in self.figures],
        )

    def to_json(self) -> dict[str, Any]:
        """The `NoticeDraft.fields` JSON: plain types only, dates as ISO strings."""
        return {
            "version": FORMAT_VERSION,
            "organ_mark": self.organ_mark,
            "doc_prefix": self.doc_prefix,
            "doc_year": self.doc_year,
            "doc_seq": self.doc_seq,
            "title": self.title,
            "addressees": self.addressees,
            "body": list(self.body),
            "attachments": [t.to_json() for t in self.attachments],
            "signer": self.signer,
            "date": self.date.isoformat(),
            "note": self.note,
            "cc": self.cc,
            "printer": self.printer,
            "print_date": self.print_date.isoformat(),
            "layout": self.layout,
            "copy_no": self.copy_no,
            "secrecy": self.secrecy,
            "urgency": self.urgency,
            "issuers": list(self.issuers),
            "hidden_columns": list(self.hidden_columns),
            "enclosure": _enclosure_json(self.enclosure),
            "figures": [f.to_json() for f in self.figures],
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any], *, kind: str, year: int, plan_id: int | None, draft_id: int | None
    ) -> NoticeDraftData:
        date = dt.date.fromisoformat(data["date"])
        return cls(
            kind=kind,
            year=year,
            organ_mark=str(data.get("organ_mark", "")),
            doc_prefix=str(data.get("doc_prefix", "")),
            doc_year=int(data.get("doc_year", year)),
            doc_seq=int(data.get("doc_seq", 1)),
            title=str(data.get("title", "")),
            addressees=str(data.get("addressees", "")),
            body=[str(p) for p in data.get("body", [])],
            attachments=[TableSpec.from_json(t) for t in data.get("attachments", [])],
            signer=str(data.get("signer", "")),
            date=date,
            note=str(data.get("note", "")),
            cc=str(data.get("cc", "")),
            printer=str(data.get("printer", "")),
            print_date=dt.date.fromisoformat(data.get("print_date") or data["date"]),
            plan_id=plan_id,
            id=draft_id,
            layout=str(data.get("layout", "document")),
            copy_no=str(data.get("copy_no", "")),
            secrecy=str(data.get("secrecy", "")),
            urgency=str(data.get("urgency", "")),
            issuers=[str(i) for i in data.get("issuers", [])],
            hidden_columns=[str(h) for h in data.get("hidden_columns", [])],
            enclosure=_enclosure_from(data.get("enclosure")),
            figures=[FigureSpec.from_json(f) for f in data.get("figures", [])],
        )


def _enclosure_json(enc: Enclosure | None) -> dict[str, Any] | None:
    if enc is None:
        return None
    return {
        "title": enc.title,
        "body": list(enc.body),
        "signer": enc.signer,
        "date": enc.date.isoformat() if enc.date else None,
    }


def _enclosure_from(data: dict[str, Any] | None) -> Enclosure | None:
    if not data:
        return None
    date = data.get("date")
    return Enclosure(
        title=str(data.get("title", "")),
        body=[str(p) for p in data.get("body", [])],
        signer=str(data.get("signer", "")),
        date=dt.date.fromisoformat(date) if date else None,
    )


@dataclass(frozen=True)
class DraftSummary:
    """One line of the draft list."""

    id: int
    kind: str
    year: int
    title: str
    doc_number: str
    plan_id: int | None
    updated_at: dt.datetime | None


def _summary(row: NoticeDraft) -> DraftSummary:
    fields_ = row.fields or {}
    try:
        number = format_doc_number(
            str(fields_.get("doc_prefix", "")),
            int(fields_.get("doc_year", row.year)),
            int(fields_["doc_seq"]),
        )
    except (KeyError, TypeError, ValueError):
        number = ""
    return DraftSummary(
        id=row.id,
        kind=row.kind,
        year=row.year,
        title=row.title,
        doc_number=number,
        plan_id=row.plan_id,
        updated_at=row.updated_at,
    )


def save_draft(db: Database, draft: NoticeDraftData) -> NoticeDraftData:
    """Insert or update the draft; returns it with its id (the argument is not changed)."""
    with db.session() as s:
        plan_id = draft.plan_id if draft.plan_id is not None and s.get(Plan, draft.plan_id) else None
        if draft.id is None:
            row = NoticeDraft(kind=draft.kind, year=draft.year)
            s.add(row)
            action = "create"
        else:
            found = s.get(NoticeDraft, draft.id)
            if found is None:
                raise KnownError(
                    translate("notices", "找不到该公文草稿（编号 {id}），可能已被删除。").format(id=draft.id)
                )
            row = found
            action = "update"
        row.kind = draft.kind
        row.year = draft.year
        row.title = draft.title.strip()[:300]
        row.plan_id = plan_id
        row.fields = draft.to_json()
        s.flush()
        audit.record(s, action, "notice_draft", row.id, kind=draft.kind, title=row.title)
        saved_id = row.id
    return NoticeDraftData.from_json(
        draft.to_json(), kind=draft.kind, year=draft.year, plan_id=plan_id, draft_id=saved_id
    )


def list_drafts(db: Database, year: int) -> list[DraftSummary]:
    """The year's drafts, most recently edited first."""
    with db.session() as s:
        rows = s.scalars(
            select(NoticeDraft)
            .where(NoticeDraft.year == year)
            .order_by(NoticeDraft.updated_at.desc(), NoticeDraft.id.desc())
        )
        return [_summary(r) for r in rows]


def load_draft(db: Database, draft_id: int) -> NoticeDraftData:
    with db.session() as s:
        row = s.get(NoticeDraft, draft_id)
        if row is None:
            raise KnownError(
                translate("notices", "找不到该公文草稿（编号 {id}），可能已被删除。").format(id=draft_id)
            )
        try:
            return NoticeDraftData.from_json(
                dict(row.fields or {}), kind=row.kind, year=row.year, plan_id=row.plan_id, draft_id=row.id
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KnownError(
                translate("notices", "公文草稿（编号 {id}）的内容已损坏，无法打开：{err}").format(
                    id=draft_id, err=exc
                )
            ) from exc


def delete_draft(db: Database, draft_id: int) -> None:
    """Delete the draft; deleting one that is already gone is not an error."""
    with db.session() as s:
        row = s.get(NoticeDraft, draft_id)
        if row is not None:
            audit.record(s, "delete", "notice_draft", row.id, title=row.title)
            s.delete(row)
