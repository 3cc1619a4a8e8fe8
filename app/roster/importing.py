"""Roster import (preview, then commit the rows the clerk accepted) and print-ready export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app import audit
from app.bounds import check_year
from app.database import Database
from app.database.bulk import paused_gc
from app.errors import CancelCheck, InputError, ProgressReport, RowProblem, checkpoint
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.roster.importing_rows import RowCompactor, RowValues
from app.roster.kinds import KIND_LABELS
from app.roster.matching import (
    ImportRow,
    RowsByMatch,
    UnitIndex,
    UnitResolver,
    decision_for,
    has_importable,
    normalize,
)
from app.roster.records import NUMERIC_FIELDS, YEAR_FIELDS
from app.tabular import FieldSpec, Table, find_table, read_rows
from db.tables.units import UNIT_KINDS

#: Contact names and phone numbers longer than this are a pasted paragraph, not a value.
MAX_TEXT_LEN = 100

NAME_SYNONYMS = ("单位", "单位名称", "募集单位", "名称", "参与献血单位", "乡镇", "镇（街道）", "部门")
#: The import preview (ui.dialogs.import_preview) shows these labels as column headers, translated
#: in its model's context; the name's column is headed differently there.
_PREVIEW = "ImportPreviewModel"
ROSTER_FIELDS = (
    FieldSpec("name", "单位名称", NAME_SYNONYMS, "text", True),
    FieldSpec(
        "kind", QT_TRANSLATE_NOOP("ImportPreviewModel", "类别"), ("单位类别", "单位类型", "类型"), "text"
    ),
    FieldSpec(
        "parent",
        QT_TRANSLATE_NOOP("ImportPreviewModel", "所属系统"),
        ("上级单位", "所属单位", "主管部门", "系统"),
        "text",
    ),
    FieldSpec(
        "population",
        QT_TRANSLATE_NOOP("ImportPreviewModel", "人口数"),
        ("人口", "常住人口", "户籍人口", "总人口"),
        "int",
    ),
    FieldSpec(
        "staff",
        QT_TRANSLATE_NOOP("ImportPreviewModel", "在职人数"),
        ("在职", "在职职工", "在职职工人数", "职工人数", "在编人数"),
        "int",
    ),
    FieldSpec(
        "total_staff", QT_TRANSLATE_NOOP("ImportPreviewModel", "总人数"), ("职工总数", "人员总数"), "int"
    ),
    FieldSpec(
        "contact_name", QT_TRANSLATE_NOOP("ImportPreviewModel", "联络员"), ("联系人", "献血联络员"), "text"
    ),
    FieldSpec(
        "contact_phone",
        QT_TRANSLATE_NOOP("ImportPreviewModel", "联系电话"),
        ("联络员电话", "联系方式", "电话", "手机"),
        "text",
    ),
    FieldSpec(
        "leader_name", QT_TRANSLATE_NOOP("ImportPreviewModel", "分管负责人"), ("分管领导", "负责人"), "text"
    ),
    FieldSpec(
        "leader_phone",
        QT_TRANSLATE_NOOP("ImportPreviewModel", "负责人电话"),
        ("分管领导电话", "领导电话"),
        "text",
    ),
    FieldSpec("aliases", QT_TRANSLATE_NOOP("ImportPreviewModel", "别名"), ("简称", "曾用名"), "text"),
)
_KIND_WORDS = {
    **{label: code for code, label in KIND_LABELS.items()},
    "镇": "镇街",
    "乡": "镇街",
    "乡镇": "镇街",
    "街道": "镇街",
}


@dataclass
class RosterImportPreview(RowsByMatch[ImportRow]):
    path: Path
    year: int
    rows: list[ImportRow]
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # field keys found in the file
    #: The year the table's title states ("2017年各镇…"), None if it names none: the preview
    #: proposes it when it differs from the year asked for; commit_roster_import(year=…) takes
    #: the one the clerk chose.
    stated_year: int | None = None


@dataclass
class ImportResult:
    imported: int
    created: list[str]
    updated: int
    skipped: int
    rejected: list[RowProblem] = field(default_factory=list)


def _kind_code(text: str) -> str | None:
    key = normalize(text)
    if not key:
        return ""
    if key in UNIT_KINDS:
        return key
    return _KIND_WORDS.get(key)


def preview_roster_import(db: Database, path: Path, year: int) -> RosterImportPreview:
    """Read *path* and say, row by row, what an import would do. Writes nothing."""
    path = Path(path)
    check_year(year)
    sheets = read_rows(path)
    _refuse_plan_table(sheets, path, year)
    table = find_table(sheets, ROSTER_FIELDS, default_year=year)
    del sheets  # the sheet's rows: what the records need of them they hold
    if not table.records:
        raise InputError(translate("roster_io", "“{file}”只有表头，没有可导入的单位").format(file=path.name))
    notes = [str(p) for p in table.total_mismatches(["population", "staff", "total_staff"])]
    # Each record (raw cells and parsed values) is let go as soon as its compact row is made, so
    # the file is never held twice (memory per unit: bench/bench_roster_import.py).
    records, table.records = table.records, []
    compact = RowCompactor()
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    with db.session() as s:
        index = UnitIndex(s)
        names = [normalize(r.values.get("name") or "") for r in records]
        file_names = set(names)
        for at, record in enumerate(records):
            records[at] = None  # type: ignore[call-overload]
            name = names[at]
            problems = list(record.problems)
            kind_text = record.values.get("kind") or ""
            if kind_text and _kind_code(kind_text) is None:
                problems.append(
                    RowProblem(
                        record.row,
                        translate("roster_io", "类别"),
                        translate("roster_io", "未知类别“{kind}”，可填：{all}").format(
                            kind=kind_text, all="、".join(KIND_LABELS.values())
                        ),
                    )
                )
            parent = normalize(record.values.get("parent") or "")
            if parent and parent not in file_names and index.match(parent)[0] == "new":
                problems.append(
                    RowProblem(
                        record.row,
                        translate("roster_io", "所属系统"),
                        translate("roster_io", "名册和本文件中都没有“{name}”").format(name=parent),
                    )
                )
            if name and name in seen:
                problems.append(
                    RowProblem(
                        record.row,
                        translate("roster_io", "单位名称"),
                        translate("roster_io", "与第{row}行重复").format(row=seen[name]),
                    )
                )
            seen.setdefault(name, record.row)
            for key in YEAR_FIELDS:
                value = record.values.get(key)
                if key not in NUMERIC_FIELDS and isinstance(value, str) and len(value) > MAX_TEXT_LEN:
                    problems.append(
                        RowProblem(
                            record.row,
                            _label(key),
                            translate("roster_io", "内容过长（{n}个字符，最多{max}个）").format(
                                n=len(value), max=MAX_TEXT_LEN
                            ),
                        )
                    )
            rows.append(
                index.import_row(
                    record.row, name, compact(record.values), problems, translate("roster_io", "单位名称")
                )
            )
        del records, names
    if table.other_sheets:
        notes.append(other_sheets_note(table))
    if table.year_hint and table.year_hint != year:
        notes.append(
            translate("roster_io", "表头写的是{hint}年，将导入为{year}年的名册").format(
                hint=table.year_hint, year=year
            )
        )
    return RosterImportPreview(
        path=path,
        year=year,
        rows=rows,
        skipped=[f"第{s.row}行：{s.reason}" for s in table.skipped],
        notes=notes,
        columns=list(table.columns),
        stated_year=table.year_hint,
    )


def other_sheets_note(table: Table) -> str:
    """The note for a workbook whose other sheets hold the same table, which is not imported."""
    return translate(
        "roster_io",
        "只导入了工作表“{sheet}”；工作表{others}也是这样的表，未导入：如需导入，请把它另存为单独的文件再导入",
    ).format(sheet=table.sheet, others="、".join(f"“{name}”" for name in table.other_sheets))


def _label(key: str) -> str:
    spec = next((f for f in ROSTER_FIELDS if f.key == key), None)
    return translate("ImportPreviewModel", spec.label) if spec is not None else key


def _refuse_plan_table(sheets: list, path: Path, year: int) -> None:
    """A month table (如皋) or a drive table (寿县) is a plan, not a roster: its "单位及计划数" or
    "参与献血单位" column would otherwise be read as unit names ("组织部7；宣传部5；…")."""
    from app.plans.importing import PACKED_FIELDS, SCHEDULE_FIELDS

    for fields, kind in (
        (PACKED_FIELDS, translate("roster_io", "按月份的计划表")),
        (SCHEDULE_FIELDS, translate("roster_io", "献血时间安排表")),
    ):
        try:
            table = find_table(sheets, fields, default_year=year)
        except InputError:
            continue
        if table.records:
            raise InputError(
                translate(
                    "roster_io",
                    "“{file}”是{kind}，不是名册：请用“plan import”命令（或“指标与排期”页的“导入”）导入，"
                    "名册未改动",
                ).format(file=path.name, kind=kind)
            )


def commit_roster_import(
    db: Database,
    preview: RosterImportPreview,
    decisions: dict | None = None,
    *,
    accept_valid: bool = False,
    year: int | None = None,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> ImportResult:
    """Write the accepted rows in one transaction, as the roster of *year* (default: the
    preview's; the clerk may pick the table's `stated_year` instead).

    Without *decisions* (the command line) new units are created; rows with errors make the whole
    import fail unless *accept_valid*, in which case they are left out and listed.
    ``cancelled``/``progress``: see :func:`app.errors.checkpoint`; a cancelled import writes nothing.
    """
    step = checkpoint(cancelled, progress)
    year = preview.year if year is None else year
    errors = [p for r in preview.error_rows for p in r.problems]
    if errors and decisions is None and not accept_valid:
        raise InputError(translate("roster_io", "名册未导入，请先改正文件中的问题："), errors)
    if not has_importable(preview.rows, decisions):
        raise InputError(translate("roster_io", "名册未导入：没有可导入的行。"), errors)
    check_year(year)
    updated = skipped = 0
    # the year's figures of every row as compact rows over one shared tuple of keys
    figure_keys = tuple(key for key in YEAR_FIELDS if key in preview.columns)
    with db.session() as s, paused_gc():
        db.lock_for_writing(s)
        units = UnitResolver(s, year)
        by_row_name: dict[str, str] = {}  # the file's name → the unit it stands for
        parents: list[tuple[str, str]] = []
        for done, row in enumerate(preview.rows):
            step(done, len(preview.rows))
            decision = decision_for(decisions, row)
            if row.match == "error" or (decision is not None and decision.action == "skip"):
                skipped += 1
                continue
            kind_text = row.values.get("kind") or ""
            kind = _kind_code(kind_text) or None if kind_text else None
            name = units.resolve(row, decision, kind=kind)
            if not units.is_new(name):
                updated += 1
            by_row_name[row.name] = name
            if kind:
                units.set_kind(name, kind)
            units.unarchive(name)
            for alias in _split_aliases(row.values.get("aliases") or ""):
                units.add_alias(name, alias)
            values = row.values
            units.set_figures(
                name,
                RowValues(
                    figure_keys,
                    tuple(
                        value if key in NUMERIC_FIELDS else (value or "")
                        for key in figure_keys
                        for value in (values.get(key),)
                    ),
                ),
            )
            parent = normalize(row.values.get("parent") or "")
            if parent:
                parents.append((name, parent))
        for name, parent_name in parents:
            parent = by_row_name.get(parent_name) or units.find(parent_name)
            if parent is not None and parent != name:
                units.set_parent(name, parent)
        created = units.created
        units.write()
        step(len(preview.rows), len(preview.rows))
        audit.record(
            s,
            "import",
            "roster",
            None,
            file=str(preview.path),
            year=year,
            created=len(created),
            updated=updated,
            skipped=skipped,
        )
    return ImportResult(
        imported=len(created) + updated,
        created=created,
        updated=updated,
        skipped=skipped,
        rejected=errors,
    )


def _split_aliases(text: str) -> list[str]:
    import re

    return [normalize(a) for a in re.split(r"[，,、;；/]", str(text)) if normalize(a)]
