"""Print-ready roster export (.xlsx through the gongwen writer, or .csv)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from app.database import Database
from app.errors import CancelCheck, KnownError, ProgressReport, checkpoint
from app.files import safe_write
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.roster.kinds import KIND_LABELS

ROSTER_EXPORT_COLUMNS = (
    (QT_TRANSLATE_NOOP("roster_io", "序号"), 0.5),
    (QT_TRANSLATE_NOOP("roster_io", "单位名称"), 2.2),
    (QT_TRANSLATE_NOOP("roster_io", "类别"), 0.8),
    (QT_TRANSLATE_NOOP("roster_io", "所属系统"), 1.4),
    (QT_TRANSLATE_NOOP("roster_io", "人口数"), 0.9),
    (QT_TRANSLATE_NOOP("roster_io", "在职人数"), 0.9),
    (QT_TRANSLATE_NOOP("roster_io", "总人数"), 0.9),
    (QT_TRANSLATE_NOOP("roster_io", "联络员"), 0.9),
    (QT_TRANSLATE_NOOP("roster_io", "联系电话"), 1.4),
    (QT_TRANSLATE_NOOP("roster_io", "分管负责人"), 1.0),
    (QT_TRANSLATE_NOOP("roster_io", "负责人电话"), 1.4),
)
PHONE_COLUMNS = (8, 10)  # 联系电话, 负责人电话: text, never numbers


def export_roster(
    db: Database,
    year: int,
    path: Path,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> Path:
    """Write the year's roster as a print-ready sheet (.xlsx) or a plain .csv, by suffix.

    Cancelled (:func:`app.errors.checkpoint`) before the file is moved into place, it leaves nothing behind.
    """
    from app.gongwen.model import AppendixTable, Column
    from app.gongwen.xlsx_writer import write_tables_xlsx
    from app.office.settings import load_office
    from app.roster.units import list_units

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise KnownError(
            translate("roster_io", "名册只能导出为 .xlsx 或 .csv 文件，而不是“{suffix}”：{path}").format(
                suffix=path.suffix or translate("roster_io", "无扩展名"), path=path
            )
        )
    step = checkpoint(cancelled, progress)
    units = list_units(db, year)
    if not units:
        raise KnownError(translate("roster_io", "{year}年名册中没有单位，无可导出。").format(year=year))
    total_steps = len(units) + 1
    rows = []
    for i, u in enumerate(units, start=1):
        step(i - 1, total_steps)
        rows.append(
            [
                str(i),
                u.name,
                KIND_LABELS.get(u.kind, u.kind),
                u.parent_name,
                _num(u.population),
                _num(u.staff),
                _num(u.total_staff),
                u.contact_name,
                u.contact_phone,
                u.leader_name,
                u.leader_phone,
            ]
        )
    total = [
        "",
        translate("roster_io", "合计"),
        "",
        "",
        *(_num(sum(getattr(u, f) or 0 for u in units)) for f in ("population", "staff", "total_staff")),
        "",
        "",
        "",
        "",
    ]
    headers = [translate("roster_io", h) for h, _w in ROSTER_EXPORT_COLUMNS]
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return _write_csv(path, headers, [*rows, total], lambda: step(total_steps, total_steps))
    county = load_office(db).county
    table = AppendixTable(
        title=translate("roster_io", "{county}{year}年献血单位名册").format(county=county, year=year),
        columns=[
            Column(h, w, text=i in PHONE_COLUMNS)
            for i, (h, (_h, w)) in enumerate(zip(headers, ROSTER_EXPORT_COLUMNS, strict=True))
        ],
        rows=rows,
        total_row=total,
    )

    def write(tmp: Path) -> None:
        write_tables_xlsx([table], tmp)
        step(total_steps, total_steps)  # after writing, before the file is moved into place

    return safe_write(path, write)


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def _write_csv(
    path: Path, headers: list[str], rows: list[list[str]], written: Callable[[], None] | None = None
) -> Path:
    def write(tmp: Path) -> Path:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            writer.writerows(rows)
        if written is not None:
            written()
        return tmp

    return safe_write(path, write)
