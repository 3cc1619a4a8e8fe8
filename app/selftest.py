"""Self-test used after packaging: a temporary database, migrated, with one of each operation."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.errors import KnownError


@dataclass
class SelftestReport:
    steps: list[str] = field(default_factory=list)


def run_selftest() -> SelftestReport:
    """Raise KnownError naming the failed step; return the steps that passed."""
    from app import backup, demo
    from app.database import open_database
    from db import migrate
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


def _extra_checks():  # -> list[Callable[[Database], str]]
    """Later features add their own one-line checks here."""
    return []
