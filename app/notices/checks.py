"""Draft validation with each problem tied to the form field it is about.

`gongwen.validate` words its messages for a reader; the form needs to know *where* to show them,
so each message is assigned to a field here, and a few checks on the number parts (which the
engine never sees separately) are added.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InputError, RowProblem
from app.gongwen.model import validate
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.notices.drafts import NoticeDraftData

__all__ = ["FIELD_LABELS", "FieldProblem", "check_draft", "draft_problems"]


#: Form fields in reading order, with the names GB/T 9704 gives them.
FIELD_LABELS: dict[str, str] = {
    "organ_mark": QT_TRANSLATE_NOOP("notices", "发文机关标志"),
    "doc_number": QT_TRANSLATE_NOOP("notices", "发文字号"),
    "title": QT_TRANSLATE_NOOP("notices", "标题"),
    "addressees": QT_TRANSLATE_NOOP("notices", "主送机关"),
    "body": QT_TRANSLATE_NOOP("notices", "正文"),
    "attachments": QT_TRANSLATE_NOOP("notices", "附件"),
    "signer": QT_TRANSLATE_NOOP("notices", "发文机关署名"),
    "date": QT_TRANSLATE_NOOP("notices", "成文日期"),
    "note": QT_TRANSLATE_NOOP("notices", "附注"),
    "cc": QT_TRANSLATE_NOOP("notices", "抄送机关"),
    "printer": QT_TRANSLATE_NOOP("notices", "印发机关"),
    "print_date": QT_TRANSLATE_NOOP("notices", "印发日期"),
    "copy_no": QT_TRANSLATE_NOOP("notices", "份号"),
    "secrecy": QT_TRANSLATE_NOOP("notices", "密级和保密期限"),
    "urgency": QT_TRANSLATE_NOOP("notices", "紧急程度"),
    "issuers": QT_TRANSLATE_NOOP("notices", "签发人"),
    "layout": QT_TRANSLATE_NOOP("notices", "版式"),
    "enclosure": QT_TRANSLATE_NOOP("notices", "转发（印发）文件"),
}


@dataclass(frozen=True)
class FieldProblem:
    field: str  # a key of FIELD_LABELS
    message: str

    @property
    def label(self) -> str:
        return translate("notices", FIELD_LABELS[self.field])


def _field_of(message: str) -> str:
    """The field a `gongwen.validate` message is about: the longest label it starts with."""
    best = "body"
    best_len = 0
    for key, label in FIELD_LABELS.items():
        if message.startswith(label) and len(label) > best_len:
            best, best_len = key, len(label)
    return best


def draft_problems(draft: NoticeDraftData) -> list[FieldProblem]:
    """Everything that keeps the draft from being a standard notice; empty when it can be printed."""
    own: list[FieldProblem] = []
    if not draft.doc_prefix.strip():
        own.append(
            FieldProblem("doc_number", translate("notices", "发文字号的机关代字不能为空，如“平政办发”。"))
        )
    elif any(ch.isspace() for ch in draft.doc_prefix.strip()):
        own.append(FieldProblem("doc_number", translate("notices", "发文字号的机关代字中不能有空格。")))
    if not 1900 <= draft.doc_year <= 2200:
        own.append(FieldProblem("doc_number", translate("notices", "发文字号的年份应为四位年份。")))
    if draft.doc_seq < 1:
        own.append(FieldProblem("doc_number", translate("notices", "发文序号应为从1开始的整数。")))
    problems = [FieldProblem(_field_of(m), m) for m in validate(draft.to_notice())]
    if own:
        problems = [p for p in problems if p.field != "doc_number"]
    return own + problems


def check_draft(draft: NoticeDraftData) -> None:
    """Raise InputError naming every problem's field, so nothing is written for a bad draft."""
    problems = draft_problems(draft)
    if problems:
        raise InputError(
            translate("notices", "公文未生成，请先修改以下内容："),
            [RowProblem(0, p.label, p.message) for p in problems],
        )
