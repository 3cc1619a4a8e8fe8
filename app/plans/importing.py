"""Quota and schedule tables in and out: the three layouts clerks send, and a print-ready export.

Layouts recognised by their headers, whatever the column order:

* ``long`` — one row a unit: 单位, 指标/计划数/任务数, optional 时间, 采血点, 人口数, 在职人数, 总人数
  (平利, 如皋 CSV, 张家界's 单位 · 总人数 · 任务数(人) · 计划献血时间);
* ``packed`` — one row a month: 月份, 单位及计划数 "组织部7；宣传部5；…", 合计 (如皋's printed table);
  whole-year entries "卫健系统600（全年）" belong to the year, not to the month they are printed in;
* ``schedule`` — one row a drive: 时间, 参与献血单位、对象 (free text), 采血点 (寿县), without quotas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app import audit
from app.bounds import check_year, number_problem
from app.database import Database
from app.database.bulk import paused_gc
from app.errors import CancelCheck, InputError, KnownError, ProgressReport, RowProblem, checkpoint
from app.i18n import translate
from app.plans.schedule import find_or_make_slot, site_id_for
from app.plans.slots import Slot, parse_packed_units, parse_slot, split_participants
from app.roster.importing import NAME_SYNONYMS, other_sheets_note
from app.roster.matching import (
    ImportRow,
    RowsByMatch,
    UnitIndex,
    UnitResolver,
    decision_for,
    has_importable,
    normalize,
)
from app.tabular import FieldSpec, SheetRows, Table, find_table, read_rows
from db.models import Plan, Quota

Layout = Literal["long", "packed", "schedule"]

LONG_FIELDS = (
    FieldSpec("name", "单位", NAME_SYNONYMS, "text", True),
    FieldSpec(
        "amount",
        "指标",
        ("计划数", "募集指标", "献血指标", "任务数", "指标数", "计划献血数", "任务", "计划"),
        "int",
        True,
    ),
    FieldSpec(
        "slot", "时间", ("月份", "献血时间", "安排时间", "时间安排", "采血时间", "计划献血时间"), "text"
    ),
    FieldSpec("part", "旬", ("上中下旬", "旬别", "旬次"), "text"),  # beside a 月份 column
    FieldSpec("site", "采血点", ("采血地点", "献血地点", "地点"), "text"),
    FieldSpec("population", "人口数", ("人口", "常住人口", "户籍人口"), "int"),
    FieldSpec("staff", "在职人数", ("在职", "在职职工", "职工人数"), "int"),
    FieldSpec("total_staff", "总人数", ("职工总数", "总人口数"), "int"),  # 张家界 2012
)
PACKED_FIELDS = (
    FieldSpec("slot", "月份", ("时间", "月"), "text", True),
    FieldSpec("packed", "单位及计划数", ("单位及指标", "单位及任务数", "单位及计划"), "text", True),
    FieldSpec("month_total", "合计", ("小计", "月合计"), "int"),
)
SCHEDULE_FIELDS = (
    FieldSpec("slot", "时间", ("月份", "献血时间", "采血时间"), "text", True),
    FieldSpec(
        "participants",
        "参与献血单位、对象",
        ("参与献血单位", "参与单位", "献血单位及对象", "献血对象"),
        "text",
        True,
    ),
    FieldSpec("site", "采血点", ("采血地点", "献血地点", "地点"), "text"),
    FieldSpec("note", "备注", ("说明",), "text"),
)


@dataclass
class PlanImportRow(ImportRow):
    amount: int | None = None
    slot: Slot | None = None
    site: str = ""
    participants: str = ""


@dataclass
class PlanImportPreview(RowsByMatch[PlanImportRow]):
    path: Path
    year: int
    layout: Layout
    rows: list[PlanImportRow]
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    title: str = ""
    plan_name: str = ""
    start: date | None = None
    end: date | None = None
    measure: str = "U"
    total: int = 0
    month_totals: dict[str, int] = field(default_factory=dict)
    file_totals: dict[str, int] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    #: The year the table's title states, None if it names none: proposed to the clerk when it
    #: differs from the year asked for; commit_plan_import(year=…) takes the one chosen.
    stated_year: int | None = None


@dataclass
class PlanImportResult:
    plan_id: int
    imported: int
    total: int
    created_units: list[str]
    skipped: int
    rejected: list[RowProblem] = field(default_factory=list)


def _measure(header: str) -> str:
    text = header or ""
    if "人" in text and "人口" not in text:
        return "人次"
    if "ml" in text.lower() or "毫升" in text:
        return "ml"
    return "U"


def _find_layout(sheets: list[SheetRows], year: int) -> tuple[Layout, Table]:
    """Try the layouts most specific first; the error of the long layout explains a failure."""
    for layout, fields in (("packed", PACKED_FIELDS), ("schedule", SCHEDULE_FIELDS)):
        try:
            return layout, find_table(sheets, fields, default_year=year)  # type: ignore[return-value]
        except InputError:
            continue
    return "long", find_table(sheets, LONG_FIELDS, default_year=year)


def _slot_of(text: Any, year: int, row: int, problems: list[RowProblem], label: str) -> Slot | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        return parse_slot(text, default_year=year)
    except ValueError as exc:
        problems.append(RowProblem(row, label, str(exc)))
        return None


def _with_part(month: Any, part: Any) -> Any:
    """A month and a 旬 kept in two columns ("3月" | "上旬", or 3 | "中旬") as one slot text."""
    part_text = "" if part is None else str(part).strip()
    if not part_text:
        return month
    month_text = "" if month is None else str(month).strip()
    if month_text.endswith(".0"):
        month_text = month_text[:-2]
    if month_text.isdigit():
        month_text += "月"
    return month_text + part_text if month_text and "旬" not in month_text else month


def preview_plan_import(db: Database, path: Path, year: int) -> PlanImportPreview:
    """Read a quota/schedule table and say what an import would do. Writes nothing."""
    path = Path(path)
    check_year(year)
    layout, table = _find_layout(read_rows(path), year)
    if not table.records:
        raise InputError(translate("plan_io", "“{file}”只有表头，没有可导入的行").format(file=path.name))
    preview = PlanImportPreview(
        path=path, year=year, layout=layout, rows=[], columns=list(table.columns), stated_year=table.year_hint
    )
    preview.title = next((t for t in table.title_lines if t.strip()), "")
    preview.plan_name = preview.title or translate("plan_io", "{year}年无偿献血计划").format(year=year)
    preview.skipped = [f"第{s.row}行：{s.reason}" for s in table.skipped]
    if table.other_sheets:
        preview.notes.append(other_sheets_note(table))
    if table.year_hint and table.year_hint != year and layout != "schedule":
        preview.notes.append(
            translate("plan_io", "表头写的是{hint}年，将导入为{year}年的计划").format(
                hint=table.year_hint, year=year
            )
        )
    with db.session() as s:
        index = UnitIndex(s)
        if layout == "long":
            preview.measure = _measure(table.headers.get("amount", ""))
            _long_rows(preview, table, index)
        elif layout == "packed":
            preview.measure = _measure(table.headers.get("packed", ""))
            _packed_rows(preview, table, index)
        else:
            _schedule_rows(preview, table, index)
    _period(preview)
    preview.total = sum(r.amount or 0 for r in preview.rows if r.match != "error")
    multi_year = (
        preview.start is not None and preview.end is not None and preview.start.year != preview.end.year
    )
    for r in preview.rows:
        if r.match != "error" and r.amount is not None and r.slot is not None and r.slot.kind != "year":
            label = r.slot.label(with_year=multi_year)
            preview.month_totals[label] = preview.month_totals.get(label, 0) + r.amount
    if layout == "long":
        preview.mismatches = [
            str(p) for p in table.total_mismatches(["amount", "population", "staff", "total_staff"])
        ]
    for key, stated in preview.file_totals.items():
        got = preview.month_totals.get(key, 0)
        if got != stated:
            preview.mismatches.append(
                translate("plan_io", "{label}合计写的是{stated}，但各单位相加是{got}").format(
                    label=key, stated=stated, got=got
                )
            )
    return preview


def _row(
    index: UnitIndex, row: int, name: str, values: dict, problems: list[RowProblem], **extra: Any
) -> PlanImportRow:
    return index.import_row(row, name, values, problems, translate("plan_io", "单位"), PlanImportRow, **extra)


def _long_rows(preview: PlanImportPreview, table: Table, index: UnitIndex) -> None:
    seen: dict[str, int] = {}
    for record in table.records:
        problems = list(record.problems)
        amount = record.values.get("amount")
        slot = _slot_of(
            _with_part(record.values.get("slot"), record.values.get("part")),
            preview.year,
            record.row,
            problems,
            translate("plan_io", "时间"),
        )
        name = normalize(record.values.get("name") or "")
        if name in seen:
            problems.append(
                RowProblem(
                    record.row,
                    translate("plan_io", "单位"),
                    translate("plan_io", "与第{row}行重复").format(row=seen[name]),
                )
            )
        seen.setdefault(name, record.row)
        preview.rows.append(
            _row(
                index,
                record.row,
                name,
                dict(record.values),
                problems,
                amount=amount if isinstance(amount, int) else None,
                slot=slot,
                site=record.values.get("site") or "",
            )
        )


def _packed_rows(preview: PlanImportPreview, table: Table, index: UnitIndex) -> None:
    seen: dict[str, int] = {}
    for record in table.records:
        problems = list(record.problems)
        slot = _slot_of(
            record.values.get("slot"), preview.year, record.row, problems, translate("plan_io", "月份")
        )
        if slot is not None and slot.kind == "year":
            slot = None
            problems.append(
                RowProblem(
                    record.row,
                    translate("plan_io", "月份"),
                    translate("plan_io", "月份一栏应写某月，全年指标请写在单位后加“（全年）”"),
                )
            )
        cell = record.values.get("packed") or ""
        try:
            entries = parse_packed_units(str(cell)) if cell else []
        except ValueError as exc:  # "组织部" without its number
            entries = []
            problems.append(RowProblem(record.row, translate("plan_io", "单位及计划数"), str(exc)))
        if not entries and not problems:
            problems.append(
                RowProblem(
                    record.row,
                    translate("plan_io", "单位及计划数"),
                    translate("plan_io", "没有读出任何“单位+数量”"),
                )
            )
        if problems:
            preview.rows.append(
                PlanImportRow(
                    row=record.row,
                    name=str(cell)[:20],
                    values=dict(record.values),
                    unit_id=None,
                    match="error",
                    problems=problems,
                )
            )
            continue
        stated = record.values.get("month_total")
        if isinstance(stated, int) and slot is not None:
            preview.file_totals[slot.label(with_year=False)] = stated
        for entry in entries:
            entry_problems: list[RowProblem] = []
            too_big = number_problem("amount", entry.amount)
            if too_big:
                entry_problems.append(RowProblem(record.row, translate("plan_io", "单位及计划数"), too_big))
            name = normalize(entry.name)
            if name in seen:
                entry_problems.append(
                    RowProblem(
                        record.row,
                        translate("plan_io", "单位"),
                        translate("plan_io", "“{name}”在第{row}行已出现").format(name=name, row=seen[name]),
                    )
                )
            seen.setdefault(name, record.row)
            entry_slot = Slot("year", None, None, None) if entry.whole_year else slot
            preview.rows.append(
                _row(
                    index,
                    record.row,
                    name,
                    {
                        "name": name,
                        "amount": entry.amount,
                        "slot": entry_slot.label(with_year=False) if entry_slot else "",
                    },
                    entry_problems,
                    amount=entry.amount,
                    slot=entry_slot,
                )
            )


def _schedule_rows(preview: PlanImportPreview, table: Table, index: UnitIndex) -> None:
    for record in table.records:
        problems = list(record.problems)
        slot = _slot_of(
            record.values.get("slot"), preview.year, record.row, problems, translate("plan_io", "时间")
        )
        if slot is None and not problems:
            problems.append(
                RowProblem(record.row, translate("plan_io", "时间"), translate("plan_io", "不能为空"))
            )
        participants = str(record.values.get("participants") or "").strip()
        if not participants:
            problems.append(
                RowProblem(
                    record.row, translate("plan_io", "参与献血单位、对象"), translate("plan_io", "不能为空")
                )
            )
        known = [n for n in split_participants(participants) if index.match(n)[0] != "new"]
        preview.rows.append(
            PlanImportRow(
                row=record.row,
                name=participants,
                values=dict(record.values),
                unit_id=None,
                match="error" if problems else "drive",
                matched_name="、".join(known),
                problems=problems,
                slot=slot,
                site=str(record.values.get("site") or "").strip(),
                participants=participants,
            )
        )


def _period(preview: PlanImportPreview) -> None:
    months = [r.slot for r in preview.rows if r.slot is not None and r.slot.kind != "year" and r.slot.year]
    if preview.layout == "schedule" and months:
        first = min(months, key=lambda s: s.sort_key())
        last = max(months, key=lambda s: s.sort_key())
        preview.start = first.date_range()[0].replace(day=1)
        preview.end = last.date_range()[1]
        if preview.start.year != preview.end.year:
            preview.plan_name = preview.title or translate(
                "plan_io", "{a}年{b}月至{c}年{d}月无偿献血时间安排"
            ).format(a=preview.start.year, b=preview.start.month, c=preview.end.year, d=preview.end.month)
    else:
        preview.start, preview.end = date(preview.year, 1, 1), date(preview.year, 12, 31)
        outside = [r for r in preview.rows if r.slot is not None and r.slot.year not in (None, preview.year)]
        for r in outside:
            r.problems.append(
                RowProblem(
                    r.row,
                    translate("plan_io", "时间"),
                    translate("plan_io", "“{label}”不在{year}年内").format(
                        label=r.slot.label(), year=preview.year
                    ),
                )
            )
            r.match = "error"


def commit_plan_import(
    db: Database,
    preview: PlanImportPreview,
    decisions: dict | None = None,
    *,
    plan_id: int | None = None,
    accept_valid: bool = False,
    year: int | None = None,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> PlanImportResult:
    """Write the accepted rows in one transaction, into *plan_id* or a new plan named from the file.

    Quotas of units in the file are replaced; other quotas of the plan stay. Without *decisions*
    (the command line) unknown units are created; any error row refuses the whole import unless
    *accept_valid*. A *year* other than the preview's (the clerk took the table's `stated_year`)
    reads the file again for that year, since months without a year belong to it.
    ``cancelled``/``progress``: see :func:`app.errors.checkpoint`; a cancelled import writes nothing.
    """
    step = checkpoint(cancelled, progress)
    if year is not None and year != preview.year:
        preview = preview_plan_import(db, preview.path, year)
    errors = [p for r in preview.error_rows for p in r.problems]
    if errors and decisions is None and not accept_valid:
        raise InputError(translate("plan_io", "指标表未导入，请先改正文件中的问题："), errors)
    if not has_importable(preview.rows, decisions):
        raise InputError(translate("plan_io", "指标表未导入：没有可导入的行。"), errors)
    imported = skipped = 0
    with db.session() as s, paused_gc():
        db.lock_for_writing(s)
        if plan_id is None:
            plan = Plan(
                name=preview.plan_name[:200],
                year=preview.year,
                start_date=preview.start or date(preview.year, 1, 1),
                end_date=preview.end or date(preview.year, 12, 31),
                measure=preview.measure,
                target=0,
                source_doc="",
                note=translate("plan_io", "由 {file} 导入").format(file=preview.path.name),
            )
            s.add(plan)
            s.flush()
        else:
            plan = s.get(Plan, plan_id)
            if plan is None:
                raise KnownError(translate("plan_io", "找不到该献血计划（编号 {id}）").format(id=plan_id))
        units = UnitResolver(s, plan.year)
        quotas: dict[str, dict[str, Any]] = {}  # unit name → the quota row to write
        slots: dict[tuple[Slot, str], int] = {}  # (time, site) → slot id: one lookup per drive, not per row
        for done, row in enumerate(preview.rows):
            step(done, len(preview.rows))
            decision = decision_for(decisions, row)
            if row.match == "error" or (decision is not None and decision.action == "skip"):
                skipped += 1
                continue
            if row.match == "drive":
                site_id = site_id_for(s, row.site)
                slot = find_or_make_slot(s, plan, row.slot, site_id, row.participants)
                if row.values.get("note"):
                    slot.note = str(row.values["note"])
                imported += 1
                continue
            name = units.resolve(row, decision)
            # the unit joins the plan year's roster, with the figures the file gives
            units.set_figures(
                name,
                {
                    key: row.values[key]
                    for key in ("population", "staff", "total_staff")
                    if row.values.get(key) is not None
                },
            )
            slot_id = None
            if row.slot is not None:
                key = (row.slot, row.site.strip())
                if key not in slots:
                    slots[key] = find_or_make_slot(s, plan, row.slot, site_id_for(s, row.site)).id
                slot_id = slots[key]
            quotas[name] = {
                "amount": row.amount or 0,
                "method": "import",
                "basis": translate("plan_io", "导入自 {file} 第{row}行").format(
                    file=preview.path.name, row=row.row
                ),
                "slot_id": slot_id,
            }
            imported += 1
        ids = units.write()
        _write_quotas(s, plan.id, {ids[name]: values for name, values in quotas.items()})
        s.flush()
        step(len(preview.rows), len(preview.rows))
        total = sum(q for q in s.scalars(select(Quota.amount).where(Quota.plan_id == plan.id)))
        if plan_id is None or not plan.target:
            plan.target = total
        audit.record(
            s,
            "import",
            "plan",
            plan.id,
            file=str(preview.path),
            layout=preview.layout,
            imported=imported,
            skipped=skipped,
        )
        result_plan_id = plan.id
    return PlanImportResult(result_plan_id, imported, total, units.created, skipped, errors)


def _write_quotas(s: Session, plan_id: int, values: dict[int, dict[str, Any]]) -> None:
    """Replace the quotas of these units in one UPDATE and one INSERT of many rows each."""
    quota = Quota.__table__
    existing = dict(s.execute(select(Quota.unit_id, Quota.id).where(Quota.plan_id == plan_id)).all())
    updates = [
        {"b_id": existing[uid], **{f"b_{k}": v for k, v in row.items()}}
        for uid, row in values.items()
        if uid in existing
    ]
    inserts = [
        {"plan_id": plan_id, "unit_id": uid, "locked": False, **row}
        for uid, row in values.items()
        if uid not in existing
    ]
    if updates:
        columns = ("amount", "method", "basis", "slot_id")
        stmt = (
            update(quota)
            .where(quota.c.id == bindparam("b_id"))
            .values({c: bindparam(f"b_{c}") for c in columns})
        )
        s.execute(stmt, updates)
    if inserts:
        s.execute(insert(quota), inserts)
