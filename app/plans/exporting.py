"""The quota table of a plan, as an appendix table and as a print-ready .xlsx."""

from __future__ import annotations

from pathlib import Path

from app.database import Database
from app.errors import CancelCheck, KnownError, ProgressReport, checkpoint
from app.files import safe_write
from app.i18n import translate
from app.plans.plans import get_plan
from app.plans.quotas import plan_quotas


def quota_table(db: Database, plan_id: int):  # -> app.gongwen.model.AppendixTable
    """The plan's quotas as a printable table: 序号, 单位, figure, 指标, 时间, 采血点, with 合计."""
    from app.gongwen.model import AppendixTable, Column
    from app.plans.records import MEASURE_LABELS

    plan = get_plan(db, plan_id)
    quotas = plan_quotas(db, plan_id)
    if not quotas:
        raise KnownError(translate("plan_io", "“{name}”还没有任何指标。").format(name=plan.name))
    with_pop = any(q.population is not None for q in quotas)
    with_staff = any(q.staff is not None for q in quotas)
    with_slot = any(q.slot_label for q in quotas)
    with_site = any(q.site_name for q in quotas)
    columns = [Column(translate("plan_io", "序号"), 0.6), Column(translate("plan_io", "单位"), 2.4, "left")]
    if with_pop:
        columns.append(Column(translate("plan_io", "人口数"), 1.1))
    if with_staff:
        columns.append(Column(translate("plan_io", "在职人数"), 1.1))
    columns.append(
        Column(
            translate("plan_io", "指标（{m}）").format(m=MEASURE_LABELS.get(plan.measure, plan.measure)), 1.2
        )
    )
    if with_slot:
        columns.append(Column(translate("plan_io", "时间"), 1.2))
    if with_site:
        columns.append(Column(translate("plan_io", "采血点"), 1.8))
    rows = []
    for i, q in enumerate(quotas, start=1):
        row = [str(i), q.unit_name]
        if with_pop:
            row.append("" if q.population is None else str(q.population))
        if with_staff:
            row.append("" if q.staff is None else str(q.staff))
        row.append(str(q.amount))
        if with_slot:
            row.append(q.slot_label)
        if with_site:
            row.append(q.site_name)
        rows.append(row)
    total = ["", translate("plan_io", "合计")]
    if with_pop:
        total.append(str(sum(q.population or 0 for q in quotas)))
    if with_staff:
        total.append(str(sum(q.staff or 0 for q in quotas)))
    total.append(str(sum(q.amount for q in quotas)))
    total += [""] * (len(columns) - len(total))
    return AppendixTable(title=plan.name, columns=columns, rows=rows, total_row=total)


def export_quota_table(
    db: Database,
    plan_id: int,
    path: Path,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressReport | None = None,
) -> Path:
    """The plan's quota table as a print-ready .xlsx (title, borders, totals, A4, repeated header).

    Cancelled (:func:`app.errors.checkpoint`) before the file is moved into place, it leaves nothing behind.
    """
    from app.gongwen.xlsx_writer import write_tables_xlsx

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise KnownError(
            translate("plan_io", "指标表只能导出为 .xlsx 文件，而不是“{suffix}”：{path}").format(
                suffix=path.suffix or translate("plan_io", "无扩展名"), path=path
            )
        )
    step = checkpoint(cancelled, progress)
    step(0, 2)
    table = quota_table(db, plan_id)
    step(1, 2)

    def write(tmp: Path) -> None:
        write_tables_xlsx([table], tmp)
        step(2, 2)

    return safe_write(Path(path), write)
