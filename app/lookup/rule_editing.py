"""An administrator's work on rule sets: the list with what is in force, an edited copy saved as a
new version, activation, and the small text forms an editor needs.

A version is never changed in place (claims name the version they were decided under): an edit
is a copy with ``based_on_id``, checked by the same schema as a file (:func:`check_rule_data`),
saved as the next version. It is in force once activated (启用): the activated version is kept
as an office setting (:func:`app.lookup.rulesets.pin_key`), and versions saved after it wait as
drafts. Each service call is one transaction with its audit line; a refused edit writes nothing.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.lookup.rules import check_rule_data
from app.lookup.rulesets import (
    RuleSetInfo,
    _info,
    _pick,
    copy_rule_set,
    ensure_presets,
    pinned_id,
    set_pin,
)
from app.lookup.schema import PERIOD, Problem
from db.models import RuleSet

CTX = "lookup"


@dataclass(frozen=True)
class RuleSetEntry:
    """One version as the rule-set list shows it."""

    info: RuleSetInfo
    in_force: bool  # the version a lookup today uses for its region
    activated: bool  # the administrator's 启用 choice for its region
    draft: bool  # saved after the activated version: waits until activated
    office: bool  # its region is the office's

    @property
    def state(self) -> str:
        if self.in_force:
            return translate("lookup", "在用")
        if self.draft:
            return translate("lookup", "草稿（未启用）")
        return translate("lookup", "旧版本")


@dataclass(frozen=True)
class RuleSetOverview:
    kind: str
    office_region: str
    entries: tuple[RuleSetEntry, ...]


def rule_set_overview(
    db: Database, kind: str = "reimbursement", on: dt.date | None = None
) -> RuleSetOverview:
    """Every version of *kind*, marking the one in force on *on* (today) for each region."""
    from app.lookup.entitlements import office_region

    on = on or dt.date.today()
    ensure_presets(db)
    with db.session() as s:
        rows = s.scalars(
            select(RuleSet).where(RuleSet.kind == kind).order_by(RuleSet.region, RuleSet.id)
        ).all()
        mine = office_region(s) if kind == "reimbursement" else "全国"
        in_force, pins = set(), {}
        for region in sorted({r.region for r in rows}):
            pins[region] = pinned_id(s, kind, region)
            with contextlib.suppress(KnownError):  # none in force that day: none is marked
                in_force.add(_pick(s, kind, region, on)[0])
        entries = tuple(
            RuleSetEntry(
                info=_info(r),
                in_force=r.id in in_force,
                activated=pins[r.region] == r.id,
                draft=pins[r.region] is not None and r.id > pins[r.region],
                office=r.region == mine,
            )
            for r in rows
        )
        return RuleSetOverview(kind=kind, office_region=mine, entries=entries)


def _refuse(summary: str, problems: list[Problem]) -> InputError:
    return InputError(summary, [RowProblem(0, p.field, p.message) for p in problems])


def save_edited_copy(
    db: Database, base_id: int, data: dict[str, Any], note: str, *, activate: bool = False
) -> RuleSetInfo:
    """Save the administrator's edited *data* (file form) of version *base_id* as the next version.

    Kind, region and version are the base's (the version is assigned); every other field is taken
    from *data*, checked like a file. Refused with the fields named, nothing written, when it breaks
    the schema. Without *activate* the new version is a draft until :func:`activate_rule_set`.
    """
    changes = {k: copy.deepcopy(v) for k, v in data.items() if k != "note"}
    return copy_rule_set(db, base_id, changes, note, activate=activate)


def activate_rule_set(db: Database, rule_set_id: int) -> RuleSetInfo:
    """启用: lookups and claims of its region use this version from its effective date on
    (an older version stays in force for days before it); later versions become drafts."""
    with db.session() as s:
        row = s.get(RuleSet, rule_set_id)
        if row is None:
            raise KnownError(translate("lookup", "规则集 {id} 不存在").format(id=rule_set_id))
        before = pinned_id(s, row.kind, row.region)
        set_pin(s, row.kind, row.region, row.id)
        audit.record(s, "activate", "rule_set", row.id, region=row.region, version=row.version, before=before)
        return _info(row)


# ------------------------------------------------------------------ checking an edit
def check_edit(data: dict[str, Any]) -> list[Problem]:
    """The schema's problems of an edited rule set (what saving would refuse), without the DB."""
    return check_rule_data(data)


_PART = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")
_PLACES = {
    "bands": QT_TRANSLATE_NOOP("lookup", "第{n}档"),
    "windows": QT_TRANSLATE_NOOP("lookup", "第{n}个时段"),
    "tiers": QT_TRANSLATE_NOOP("lookup", "第{n}档"),
    "intervals": QT_TRANSLATE_NOOP("lookup", "第{n}条间隔"),
    "whole_blood_ml": QT_TRANSLATE_NOOP("lookup", "全血第{n}种献血量"),
    "platelet_doses": QT_TRANSLATE_NOOP("lookup", "血小板第{n}种治疗量"),
}
_NAMES = {
    "legacy": QT_TRANSLATE_NOOP("lookup", "旧规则"),
    "priority_use": QT_TRANSLATE_NOOP("lookup", "优先用血"),
    "donor": QT_TRANSLATE_NOOP("lookup", "本人"),
    "relatives": QT_TRANSLATE_NOOP("lookup", "亲属"),
    "age": QT_TRANSLATE_NOOP("lookup", "年龄"),
    "yearly": QT_TRANSLATE_NOOP("lookup", "每年上限"),
}


def problem_text(problem: Problem) -> str:
    """A problem as an administrator reads it in the editor: where (第2档 · 亲属 · 第1个时段), the
    field's label and what is wrong, without the file's key path."""
    parts = _PART.findall(problem.path)
    where = []
    for i, (key, index) in enumerate(parts):
        last = i == len(parts) - 1
        if key == "params" and not last:
            continue
        if index:
            place = _PLACES.get(key, key + "[{n}]")
            where.append(translate("lookup", place).format(n=int(index) + 1))
        elif not last or not problem.label:
            where.append(translate("lookup", _NAMES[key]) if key in _NAMES else key)
    if problem.label and (not where or where[-1] != problem.label):
        where.append(problem.label)
    return "·".join(where) + "：" + problem.message


# ------------------------------------------------------------------ grants as text
_SEP = re.compile(r"[；;，,、\s]+")
_WINDOW = re.compile(r"^(.+?)[×xX*](\d+(?:\.\d+)?)倍?$")
LIFE_WORDS = ("终身", "此后", "长期")


def grant_text(grant: dict[str, Any] | None) -> str:
    """A grant as one line an administrator edits: ``不限`` or ``3m×1；5y×3；终身×1``."""
    if not grant:
        return ""
    if grant.get("unlimited"):
        return translate("lookup", "不限")
    parts = []
    for w in grant.get("windows") or []:
        until = w.get("until") or translate("lookup", "终身")
        m = w.get("multiplier")
        parts.append(f"{until}×{m:g}" if isinstance(m, int | float) else f"{until}×{m}")
    return "；".join(parts)


def parse_grant_text(text: str, path: str, label: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The grant a line of :func:`grant_text` describes, or the problems naming *path*."""
    text = (text or "").strip()
    if text in (translate("lookup", "不限"), "不限", "不限量", "unlimited"):
        return {"unlimited": True}, []
    hint = translate("lookup", "应写“不限”，或按“期限×倍数”列出各时段，如 3m×1；5y×3；终身×1")
    if not text:
        return None, [Problem(path, label, translate("lookup", "不能为空；") + hint)]
    windows = []
    for part in (p for p in _SEP.split(text) if p):
        m = _WINDOW.match(part)
        if not m:
            return None, [
                Problem(path, label, translate("lookup", "看不懂“{part}”；").format(part=part) + hint)
            ]
        until, times = m.group(1).strip(), m.group(2)
        if until in LIFE_WORDS or until == translate("lookup", "终身"):
            until = None
        elif not PERIOD.match(until):
            return None, [
                Problem(
                    path,
                    label,
                    translate(
                        "lookup", "期限“{until}”应写作 3m（3个月）、5y（5年）、90d（90天）或“终身”"
                    ).format(until=until),
                )
            ]
        number = float(times)
        windows.append({"until": until, "multiplier": int(number) if number.is_integer() else number})
    return {"windows": windows}, []


# ------------------------------------------------------------------ command-line edits
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def apply_assignment(data: dict[str, Any], assignment: str) -> None:
    """``params.bands[0].relatives.windows[0].multiplier=2`` applied to *data* in place.

    The value is read as JSON when it is JSON (2, true, null, "3m", {...}), else as text. A path
    that does not exist is refused (InputError naming it), so a typo never adds a stray key that
    the schema would only then reject with a less direct message.
    """
    key, sep, raw = assignment.partition("=")
    key = key.strip()
    if not sep or not key:
        raise InputError(
            translate("lookup", "修改应写作 字段=值，如 params.ml_per_dose=300"),
            [RowProblem(0, assignment, translate("lookup", "缺少“=”"))],
        )
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    steps = [int(i) if i else name for name, i in _STEP.findall(key)]
    target: Any = data
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        ok = (isinstance(step, int) and isinstance(target, list) and step < len(target)) or (
            isinstance(step, str) and isinstance(target, dict) and (step in target or last)
        )
        if not ok:
            raise InputError(
                translate("lookup", "规则中没有字段 {key}").format(key=key),
                [RowProblem(0, key, translate("lookup", "找不到“{step}”").format(step=step))],
            )
        if last:
            target[step] = value
        else:
            target = target[step]


def edited_with(data: dict[str, Any], assignments: list[str]) -> dict[str, Any]:
    """A copy of *data* with every ``key=value`` of *assignments* applied."""
    out = copy.deepcopy(data)
    for a in assignments:
        apply_assignment(out, a)
    return out
