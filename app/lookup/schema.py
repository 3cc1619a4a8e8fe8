"""A small JSON-schema-like checker for rule files, whose refusals name the field in Chinese.

A broken rule file must never be half-applied: the administrator needs to know which field is
wrong and why, in words they can act on (``params.bands[1].min_ml（累计献血量下限）：应为整数``).
The full JSON Schema vocabulary is more than rule files need, and its messages are English, so
this module describes a file with :class:`Field` trees and reports every problem it finds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate

CTX = "lookup"

PERIOD = re.compile(r"^([1-9]\d{0,3})([dmy])$")


@dataclass
class Field:
    """What one value in a rule file must look like.

    ``kind`` is one of str, int, number, bool, date, period, object, list. An object lists its
    ``fields``; a list gives its ``item``. Unknown keys in an object are refused (a typo such as
    ``multipler`` would otherwise be silently ignored).
    """

    label: str
    kind: str
    required: bool = True
    nullable: bool = False
    fields: dict[str, Field] = field(default_factory=dict)
    item: Field | None = None
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    min_items: int = 0
    check: Callable[[Any], str | None] | None = None  # extra rule on a well-typed value


@dataclass(frozen=True)
class Problem:
    """A field path with its label and what is wrong there."""

    path: str
    label: str
    message: str

    @property
    def field(self) -> str:
        return f"{self.path}（{self.label}）" if self.label else self.path

    def __str__(self) -> str:
        return f"{self.field}：{self.message}"


def _describe(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 30 else text[:27] + "…"


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _kind_problem(spec: Field, value: Any) -> str | None:
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            return translate("lookup", "应为文字，实为 {value}").format(value=_describe(value))
        if spec.required and not value.strip():
            return translate("lookup", "不能为空")
    elif kind in ("int", "number"):
        ok = isinstance(value, int) if kind == "int" else isinstance(value, int | float)
        if isinstance(value, bool) or not ok:
            word = translate("lookup", "整数") if kind == "int" else translate("lookup", "数字")
            return translate("lookup", "应为{word}，实为 {value}").format(word=word, value=_describe(value))
        if spec.minimum is not None and value < spec.minimum:
            return translate("lookup", "应不小于{minimum}，实为 {value}").format(
                minimum=f"{spec.minimum:g}", value=_describe(value)
            )
    elif kind == "bool":
        if not isinstance(value, bool):
            return translate("lookup", "应为 true 或 false，实为 {value}").format(value=_describe(value))
    elif kind == "date":
        if parse_date(value) is None:
            return translate("lookup", "应为日期 YYYY-MM-DD，实为 {value}").format(value=_describe(value))
    elif kind == "period":
        if not isinstance(value, str) or not PERIOD.match(value):
            return translate(
                "lookup", "应为期限，如 3m（3个月）、5y（5年）、90d（90天），实为 {value}"
            ).format(value=_describe(value))
    elif kind == "object":
        if not isinstance(value, dict):
            return translate("lookup", "应为对象 {{…}}，实为 {value}").format(value=_describe(value))
    elif kind == "list":
        if not isinstance(value, list):
            return translate("lookup", "应为列表 […]，实为 {value}").format(value=_describe(value))
        if len(value) < spec.min_items:
            return translate("lookup", "至少应有{n}项").format(n=spec.min_items)
    else:  # pragma: no cover - a mistake in a schema, not in a file
        raise ValueError(f"unknown kind {kind}")
    if spec.choices and value not in spec.choices:
        return translate("lookup", "应为 {choices} 之一，实为 {value}").format(
            choices="、".join(str(c) for c in spec.choices), value=_describe(value)
        )
    return None


def validate(value: Any, spec: Field, path: str = "") -> list[Problem]:
    """Every problem of *value* against *spec*; an empty list means the value is well-formed."""
    where = path or "（文件）"
    if value is None:
        if spec.nullable:
            return []
        return [Problem(where, spec.label, translate("lookup", "不能为空（null）"))]
    problem = _kind_problem(spec, value)
    if problem:
        return [Problem(where, spec.label, problem)]
    problems: list[Problem] = []
    if spec.kind == "object":
        for key, sub in spec.fields.items():
            sub_path = f"{path}.{key}" if path else key
            if key not in value:
                if sub.required:
                    problems.append(Problem(sub_path, sub.label, translate("lookup", "缺少此字段")))
                continue
            problems.extend(validate(value[key], sub, sub_path))
        for key in value:
            if key not in spec.fields:
                problems.append(
                    Problem(
                        f"{path}.{key}" if path else str(key),
                        "",
                        translate("lookup", "未知字段（可用：{known}）").format(known="、".join(spec.fields)),
                    )
                )
    elif spec.kind == "list" and spec.item is not None:
        for i, item in enumerate(value):
            problems.extend(validate(item, spec.item, f"{path}[{i}]"))
    if not problems and spec.check is not None:
        message = spec.check(value)
        if message:
            problems.append(Problem(where, spec.label, message))
    return problems
