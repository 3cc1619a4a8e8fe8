"""Self-test used after packaging: a temporary database, migrated, with one of each operation."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.errors import KnownError

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.database import Database


@dataclass
class SelftestReport:
    steps: list[str] = field(default_factory=list)


def run_selftest() -> SelftestReport:
    """Raise KnownError naming the failed step; return the steps that passed."""
    from app.admin import demo
    from app.database import backup, open_database
    from app.database import upgrade as migrate
    from db.models import Quota, Unit

    report = SelftestReport()
    with tempfile.TemporaryDirectory(prefix="xxb-selftest-") as tmp:
        path = Path(tmp) / "selftest.db"
        db = open_database(path, backup=False)
        try:
            if migrate.current_revision(path) != migrate.head_revision():
                raise KnownError("自检失败：数据库未迁移到最新结构")
            report.steps.append(f"创建并迁移数据库（结构版本 {migrate.head_revision()}）")
            result = demo.load_demo(db)
            with db.session() as s:
                units = s.scalar(select(func.count(Unit.id)))
                total = s.scalar(select(func.sum(Quota.amount)))
            if units != result.units or total != result.total:
                raise KnownError("自检失败：演示数据读写不一致")
            report.steps.append(f"写入并读回演示数据（{units}个单位，指标合计{total}）")
            for check in _extra_checks():
                report.steps.append(check(db))
        finally:
            db.close()
        copy = backup.backup(path, Path(tmp) / "copy.db")
        if migrate.current_revision(copy) != migrate.head_revision():
            raise KnownError("自检失败：备份文件不完整")
        report.steps.append("备份数据库")
    return report


def _extra_checks() -> list[Callable[[Database], str]]:
    """One of each operation the packaged program must be able to do, each a one-line report."""
    return [_check_split, _check_roster_export, _check_notice]


def _check_split(db: Database) -> str:
    from app.plans import plans, quotas
    from app.plans import split as quota_split

    plan = plans.list_plans(db)[0]
    params = quota_split.SplitParams(
        "population", 2300, step=5, floor=100, fixed={"县医院": 80, "县中医医院": 50}
    )
    preview = quota_split.preview_split(db, plan.id, params)
    quota_split.apply_split(db, preview)
    total = sum(q.amount for q in quotas.plan_quotas(db, plan.id))
    if total != 2300:
        raise KnownError(f"自检失败：指标分解合计为{total}，应为2300")
    return "按人口分解指标（合计2300，取整5，保底100）"


def _check_roster_export(db: Database) -> str:
    from app.roster import exporting as roster_export
    from app.roster import importing as roster_import

    out = roster_export.export_roster(db, 2017, db.path.parent / "roster.xlsx")
    preview = roster_import.preview_roster_import(db, out, 2017)
    if len(preview.matched_rows) != 13:
        raise KnownError("自检失败：导出的名册读回不完整")
    return "导出名册 .xlsx 并读回"


def _check_notice(db: Database) -> str:
    from app import notices

    draft = notices.new_draft(db, "quota", 2017)
    result = notices.generate(db, draft, db.path.parent / "notice.docx", xlsx=db.path.parent / "notice.xlsx")
    if not Path(result.docx).stat().st_size:
        raise KnownError("自检失败：公文文件为空")
    return f"生成红头通知 .docx 与附件 .xlsx（{draft.doc_number}）"
