"""Rule sets in the database: presets loaded from ``resources/rules/``, versions, copy-and-edit.

A rule set row is never edited in place: an administrator copies a version and edits the copy,
which becomes the next version (``based_on_id`` names its origin). A claim stores the version it
was decided under, so an old decision can always be explained by the rules of its day.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.lookup.rules import (
    AwardRules,
    ReimbursementRules,
    award_rules,
    check_rule_data,
    reimbursement_rules,
)
from db.models import OfficeSetting, RuleSet

CTX = "lookup"

RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"
KINDS = ("reimbursement", "award", "eligibility")

_synced: weakref.WeakSet[Engine] = weakref.WeakSet()


@dataclass(frozen=True)
class RuleSetInfo:
    """A rule set row as the UI lists it."""

    id: int
    kind: str
    region: str
    name: str
    version: str
    effective_from: dt.date
    effective_to: dt.date | None
    citation: str
    verified: bool
    based_on_id: int | None
    note: str
    created_at: dt.datetime | None

    @property
    def status(self) -> str:
        return translate("lookup", "已核实") if self.verified else translate("lookup", "未核实")


def _info(row: RuleSet) -> RuleSetInfo:
    return RuleSetInfo(
        id=row.id,
        kind=row.kind,
        region=row.region,
        name=row.name,
        version=row.version,
        effective_from=row.effective_from,
        effective_to=row.effective_to,
        citation=row.citation,
        verified=row.verified,
        based_on_id=row.based_on_id,
        note=row.note or "",
        created_at=row.created_at,
    )


def normalize_region(region: str) -> str:
    """陕西省 → 陕西: rule sets are named by the short province name."""
    region = (region or "").strip()
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
        if region.endswith(suffix) and len(region) > len(suffix):
            return region[: -len(suffix)]
    return region


# ------------------------------------------------------------------ files
def read_rule_file(path: Path) -> dict[str, Any]:
    """A rule file, checked: InputError naming the file and every broken field otherwise."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(
            translate("lookup", "规则文件 {name} 不是有效的 JSON，未载入").format(name=path.name),
            [
                RowProblem(
                    exc.lineno,
                    "",
                    translate("lookup", "第{col}列附近：{msg}").format(col=exc.colno, msg=exc.msg),
                )
            ],
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(
            translate("lookup", "无法读取规则文件 {path}：{err}").format(path=path, err=exc)
        ) from exc
    from app.donations.eligibility_rules import common_form, is_standard_file

    if is_standard_file(data):  # GB 18467's own form: kept as the common form like the others
        data = common_form(data)
    check_or_raise(data, path.name)
    return data


def check_or_raise(data: Any, source: str) -> None:
    """Refuse rule data that breaks the schema, naming each field in Chinese."""
    problems = check_rule_data(data)
    if problems:
        raise InputError(
            translate("lookup", "规则 {source} 不符合格式，未载入").format(source=source),
            [RowProblem(0, p.field, p.message) for p in problems],
        )


def preset_files(kind: str | None = None) -> list[Path]:
    kinds = [kind] if kind else list(KINDS)
    return sorted(p for k in kinds for p in (RULES_DIR / k).glob("*.json"))


def _row_from_data(data: dict[str, Any], **extra: Any) -> RuleSet:
    return RuleSet(
        kind=data["kind"],
        region=data["region"],
        name=data["name"],
        version=str(data["version"]),
        effective_from=dt.date.fromisoformat(data["effective_from"]),
        effective_to=dt.date.fromisoformat(data["effective_to"]) if data.get("effective_to") else None,
        citation=data["citation"],
        verified=bool(data["verified"]),
        params=data["params"],
        note=data.get("note", "") or "",
        **extra,
    )


def row_data(row: RuleSet) -> dict[str, Any]:
    """A rule set row in the file form (what an administrator exports, edits and loads)."""
    return {
        "kind": row.kind,
        "region": row.region,
        "name": row.name,
        "version": row.version,
        "effective_from": row.effective_from.isoformat(),
        "effective_to": row.effective_to.isoformat() if row.effective_to else None,
        "citation": row.citation,
        "verified": bool(row.verified),
        "note": row.note or "",
        "params": row.params,
    }


@functools.cache
def _presets() -> tuple[dict[str, Any], ...]:
    """The shipped files, read and checked once per process (they do not change while it runs)."""
    return tuple(read_rule_file(path) for path in preset_files())


def sync_presets(session: Session) -> int:
    """Add the shipped presets the database lacks (by kind, region, version); returns how many."""
    have = {(k, r, v) for k, r, v in session.execute(select(RuleSet.kind, RuleSet.region, RuleSet.version))}
    added = 0
    for data in _presets():
        if (data["kind"], data["region"], str(data["version"])) in have:
            continue
        session.add(_row_from_data(copy.deepcopy(data)))
        added += 1
    if added:
        session.flush()
        audit.record(session, "load_presets", "rule_set", None, added=added)
    return added


def ensure_presets_in(session: Session) -> None:
    """Load missing presets inside the caller's transaction, so a refused action rolls them back
    with everything else; once a database is known to hold them all, the check is skipped."""
    engine = session.get_bind()
    if engine in _synced:
        return
    if sync_presets(session) == 0:
        _synced.add(engine)


def ensure_presets(db: Database) -> None:
    """:func:`ensure_presets_in` in a transaction of its own."""
    if db.engine in _synced:
        return
    with db.session() as s:
        ensure_presets_in(s)


# ------------------------------------------------------------------ choosing
_PIN = select(OfficeSetting.value).where(OfficeSetting.key == bindparam("key"))
#: The versions of one kind and region, each row carrying the activated version's id (one statement).
_VERSIONS = (
    select(
        RuleSet.id,
        RuleSet.effective_from,
        RuleSet.effective_to,
        RuleSet.created_at,
        _PIN.scalar_subquery().label("pin"),
    )
    .where(RuleSet.kind == bindparam("kind"), RuleSet.region == bindparam("region"))
    .order_by(RuleSet.id)
)
#: Parsed rule sets by (database file, id, created_at). Rows are never edited in place (a change
#: is a new version), so a parsed version stays valid; created_at guards against a restored file
#: whose ids mean other rows.
_parsed: dict[tuple[str, int, object], Any] = {}


def pin_key(kind: str, region: str) -> str:
    """The office setting that holds the version an administrator activated (启用) for a region.

    Versions saved after it are drafts until activated; without a pin every version counts."""
    return f"rules.{kind}.{region}"


def pinned_id(session: Session, kind: str, region: str) -> int | None:
    return _as_id(session.connection().execute(_PIN, {"key": pin_key(kind, region)}).scalar())


def _as_id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _pick(session: Session, kind: str, region: str, on: dt.date) -> tuple[int, object]:
    """(id, created_at) of the newest version of *region*'s *kind* in force on *on*: the activated
    version or an older one whose dates cover *on* (drafts saved after the activated one wait)."""
    params = {"kind": kind, "region": region, "key": pin_key(kind, region)}
    rows = session.connection().execute(_VERSIONS, params).all()
    pin = _as_id(rows[0].pin) if rows else None
    if pin is not None:
        rows = [r for r in rows if r.id <= pin] or rows
    if not rows:
        regions = session.scalars(select(RuleSet.region).where(RuleSet.kind == kind).distinct()).all()
        raise KnownError(
            translate("lookup", "没有“{region}”的规则集（已有：{regions}）").format(
                region=region, regions="、".join(sorted(regions)) or translate("lookup", "无")
            )
        )
    live = [r for r in rows if r.effective_from <= on and (r.effective_to is None or on <= r.effective_to)]
    if not live:
        raise KnownError(
            translate("lookup", "{region}的规则集在{day}不在有效期内（最早自{start}起施行）").format(
                region=region,
                day=f"{on.year}年{on.month}月{on.day}日",
                start=min(r.effective_from for r in rows).isoformat(),
            )
        )
    return live[-1].id, live[-1].created_at


def _parsed_rules(session: Session, rule_set_id: int, created_at: object, parse: Any) -> Any:
    key = (str(session.get_bind().url), rule_set_id, created_at)
    rules = _parsed.get(key)
    if rules is None:
        row = session.get(RuleSet, rule_set_id)
        rules = _parsed[key] = parse(row_data(row), rule_set_id=row.id)
    return rules


def pick_reimbursement(session: Session, region: str, on: dt.date) -> ReimbursementRules:
    """The newest version of *region*'s reimbursement rules in force on *on*."""
    rule_set_id, created = _pick(session, "reimbursement", normalize_region(region), on)
    return _parsed_rules(session, rule_set_id, created, reimbursement_rules)


def pick_award(session: Session, on: dt.date, region: str = "全国") -> AwardRules:
    rule_set_id, created = _pick(session, "award", region, on)
    return _parsed_rules(session, rule_set_id, created, award_rules)


def reimbursement_by_id(session: Session, rule_set_id: int) -> ReimbursementRules:
    row = session.get(RuleSet, rule_set_id)
    if row is None or row.kind != "reimbursement":
        raise KnownError(translate("lookup", "规则集 {id} 不存在").format(id=rule_set_id))
    return reimbursement_rules(row_data(row), rule_set_id=row.id)


def default_region(db: Database) -> str:
    """The office's province (office settings), which picks the default rule set."""
    from app.office.settings import load_office

    office = load_office(db)
    return normalize_region(getattr(office, "province", "") or getattr(office, "region", "") or "陕西")


# ------------------------------------------------------------------ administrator's services
def list_rule_sets(db: Database, kind: str = "reimbursement") -> list[RuleSetInfo]:
    ensure_presets(db)
    with db.session() as s:
        rows = s.scalars(select(RuleSet).where(RuleSet.kind == kind).order_by(RuleSet.region, RuleSet.id))
        return [_info(r) for r in rows]


def rule_set_data(db: Database, rule_set_id: int) -> dict[str, Any]:
    """The rule set in file form, for an editor or an export."""
    with db.session() as s:
        row = s.get(RuleSet, rule_set_id)
        if row is None:
            raise KnownError(translate("lookup", "规则集 {id} 不存在").format(id=rule_set_id))
        return row_data(row)


def _next_version(session: Session, kind: str, region: str) -> str:
    versions = session.scalars(select(RuleSet.version).where(RuleSet.kind == kind, RuleSet.region == region))
    numbers = [int(v) for v in versions if v.isdigit()]
    return str(max(numbers, default=0) + 1)


def set_pin(session: Session, kind: str, region: str, rule_set_id: int) -> None:
    """Make *rule_set_id* the activated version of its region (see :func:`pin_key`)."""
    key = pin_key(kind, region)
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=rule_set_id))
    else:
        row.value = rule_set_id


def copy_rule_set(
    db: Database, rule_set_id: int, changes: dict[str, Any], note: str, *, activate: bool = True
) -> RuleSetInfo:
    """Copy a version, apply *changes* (top-level keys of the file form), save as the next version.

    *note* says why (kept with the new version). The result is checked like a file; a broken
    edit is refused with the field named and nothing is written. With *activate* the new version
    is the one in force from its effective date; without, it waits as a draft until activated.
    """
    if not (note or "").strip():
        raise InputError(
            translate("lookup", "复制规则集须说明修改原因"),
            [RowProblem(0, "note", translate("lookup", "不能为空"))],
        )
    with db.session() as s:
        base = s.get(RuleSet, rule_set_id)
        if base is None:
            raise KnownError(translate("lookup", "规则集 {id} 不存在").format(id=rule_set_id))
        data = row_data(base)
        forbidden = {k for k in ("kind", "region", "version") if k in changes and changes[k] != data[k]}
        if forbidden:
            raise InputError(
                translate("lookup", "复制的规则集不能改变种类、地区或版本号"),
                [RowProblem(0, k, translate("lookup", "不可修改")) for k in sorted(forbidden)],
            )
        data.update(changes)
        data["version"] = _next_version(s, base.kind, base.region)
        data["note"] = note.strip()
        check_or_raise(
            data,
            translate("lookup", "{region}第{version}版").format(region=base.region, version=data["version"]),
        )
        if not activate and pinned_id(s, base.kind, base.region) is None:
            newest = s.scalar(
                select(RuleSet.id)
                .where(RuleSet.kind == base.kind, RuleSet.region == base.region)
                .order_by(RuleSet.id.desc())
                .limit(1)
            )
            set_pin(s, base.kind, base.region, newest)  # what is in force now stays in force
        row = _row_from_data(data, based_on_id=base.id)
        s.add(row)
        s.flush()
        if activate:
            set_pin(s, row.kind, row.region, row.id)
        audit.record(
            s,
            "copy",
            "rule_set",
            row.id,
            based_on=base.id,
            version=row.version,
            note=row.note,
            activated=activate,
        )
        return _info(row)


def import_rule_file(db: Database, path: Path) -> RuleSetInfo:
    """Load an administrator's rule file as a new rule set (refused if its version exists)."""
    data = read_rule_file(path)
    with db.session() as s:
        exists = s.scalar(
            select(RuleSet.id).where(
                RuleSet.kind == data["kind"],
                RuleSet.region == data["region"],
                RuleSet.version == str(data["version"]),
            )
        )
        if exists:
            raise InputError(
                translate("lookup", "规则文件 {name} 未载入").format(name=Path(path).name),
                [
                    RowProblem(
                        0,
                        "version",
                        translate(
                            "lookup", "{region}已有第{version}版；新版本请用“复制并修改”或改用新的版本号"
                        ).format(region=data["region"], version=data["version"]),
                    )
                ],
            )
        row = _row_from_data(data)
        s.add(row)
        s.flush()
        audit.record(s, "import", "rule_set", row.id, file=str(path), version=row.version)
        return _info(row)
