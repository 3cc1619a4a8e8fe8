"""Self-test used after packaging: a temporary database and one of each operation that reads or
writes a file, each read back.

The installed program differs from the source tree in what it can open at run time (templates,
migrations, data files inside libraries), so every feature that touches a file has a check here,
and `installer/build.py` and CI run it in the frozen program. A new capability that reads or
writes files (donations import, charts, lookup forms) adds one function to :data:`CHECKS`.
Checks that need Qt (pictures drawn by the GUI) belong to the GUI smoke start instead, since
`app/` never imports Qt.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.errors import KnownError

if TYPE_CHECKING:
    from app.database import Database

log = logging.getLogger(__name__)
DEMO_TOTAL = 2300
DEMO_UNITS = 13


@dataclass
class SelftestContext:
    """What a check gets: the migrated demo database and a scratch folder for its files."""

    db: Database
    folder: Path
    plan_id: int
    year: int = 2017


Check = Callable[[SelftestContext], str]


@dataclass
class SelftestReport:
    steps: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def run_selftest(checks: list[Check] | None = None) -> SelftestReport:
    """Run every check (a failing one does not stop the others); raise KnownError naming each
    failed check, else return the one-line reports of the checks that passed."""
    from app.admin import demo
    from app.database import open_database
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
            ctx = SelftestContext(db=db, folder=Path(tmp), plan_id=result.plan_id, year=demo.DEMO_YEAR)
            for check in CHECKS if checks is None else checks:
                _run_one(check, ctx, report)
        finally:
            db.close()
    if report.failures:
        lines = "\n".join(report.failures)
        raise KnownError(f"自检失败（{len(report.failures)}项）：\n{lines}")
    return report


def _run_one(check: Check, ctx: SelftestContext, report: SelftestReport) -> None:
    name = (check.__doc__ or check.__name__).strip().splitlines()[0]
    try:
        report.steps.append(check(ctx))
    except KnownError as exc:
        log.warning("selftest %s failed: %s", check.__name__, exc)
        report.failures.append(f"{name}：{exc}")
    except Exception as exc:
        log.exception("selftest %s failed", check.__name__)
        report.failures.append(f"{name}：程序错误 {type(exc).__name__}: {exc}")


# -- the checks: one per feature that reads or writes a file --------------------------------------
def check_split(ctx: SelftestContext) -> str:
    """按人口分解指标"""
    from app.plans import plans, quotas
    from app.plans import split as quota_split

    plan = plans.get_plan(ctx.db, ctx.plan_id)
    params = quota_split.SplitParams(
        "population", DEMO_TOTAL, step=5, floor=100, fixed={"县医院": 80, "县中医医院": 50}
    )
    quota_split.apply_split(ctx.db, quota_split.preview_split(ctx.db, plan.id, params))
    total = sum(q.amount for q in quotas.plan_quotas(ctx.db, plan.id))
    if total != DEMO_TOTAL:
        raise KnownError(f"合计为{total}，应为{DEMO_TOTAL}")
    return f"按人口分解指标（合计{DEMO_TOTAL}，取整5，保底100）"


def check_pinyin_search(ctx: SelftestContext) -> str:
    """拼音首字母查找"""
    from app.pinyin import initials_variants
    from app.roster.units import list_units

    found = [u.name for u in list_units(ctx.db, ctx.year, search="cgz")]
    if "城关镇" not in found:
        raise KnownError(f"按“cgz”查不到城关镇（查到：{'、'.join(found) or '无'}）")
    if "sxx" not in initials_variants("单雄信"):  # pypinyin's dictionaries plus our surname map
        raise KnownError("姓氏读音表未生效：单雄信应可按 sxx 查找")
    return "拼音首字母查找（cgz → 城关镇；单雄信 → sxx）"


def _figures(db: Database, year: int) -> dict[str, tuple[int | None, int | None]]:
    from app.roster.units import list_units

    return {u.name: (u.population, u.staff) for u in list_units(db, year)}


def check_roster_round_trip(ctx: SelftestContext) -> str:
    """导出名册并导入"""
    from app.roster import exporting as roster_export
    from app.roster import importing as roster_import

    before = _figures(ctx.db, ctx.year)
    for suffix, year in ((".xlsx", ctx.year + 1), (".csv", ctx.year + 2)):
        out = roster_export.export_roster(ctx.db, ctx.year, ctx.folder / f"名册{suffix}")
        preview = roster_import.preview_roster_import(ctx.db, out, year)
        if len(preview.matched_rows) != DEMO_UNITS or preview.error_rows:
            raise KnownError(f"导出的{suffix}名册读回{len(preview.matched_rows)}个单位，应为{DEMO_UNITS}个")
        roster_import.commit_roster_import(ctx.db, preview)
        if _figures(ctx.db, year) != before:
            raise KnownError(f"从{suffix}导入的{year}年名册与导出的不一致")
    return "导出名册 .xlsx 与 .csv，再导入为新年度，人口数一致"


def check_plan_round_trip(ctx: SelftestContext) -> str:
    """导出指标表并导入"""
    from app.plans import exporting as plan_export
    from app.plans import importing as plan_import
    from app.plans.plans import get_plan
    from app.plans.quotas import plan_quotas

    plan = get_plan(ctx.db, ctx.plan_id)
    quotas = {q.unit_name: q.amount for q in plan_quotas(ctx.db, plan.id)}
    out = plan_export.export_quota_table(ctx.db, plan.id, ctx.folder / "指标表.xlsx")
    preview = plan_import.preview_plan_import(ctx.db, out, ctx.year)
    if preview.error_rows or preview.mismatches:
        problems = [str(p) for r in preview.error_rows for p in r.problems] + preview.mismatches
        raise KnownError("导出的指标表读回有问题：" + "；".join(problems[:3]))
    result = plan_import.commit_plan_import(ctx.db, preview)
    again = {q.unit_name: q.amount for q in plan_quotas(ctx.db, result.plan_id)}
    if again != quotas:
        raise KnownError(f"导入的指标与导出的不一致（合计{result.total}，应为{sum(quotas.values())}）")
    return f"导出指标表 .xlsx 并导入为新计划（{len(again)}个单位，合计{result.total}）"


def _notice(ctx: SelftestContext, kind: str) -> str:
    from docx import Document

    from app import notices
    from app.tabular import read_rows

    draft = notices.new_draft(ctx.db, kind, ctx.year, plan_id=ctx.plan_id)
    docx, xlsx = ctx.folder / f"{kind}.docx", ctx.folder / f"{kind}.xlsx"
    notices.generate(ctx.db, draft, docx, xlsx=xlsx)
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    if draft.title.strip() not in text.replace("\n", ""):
        raise KnownError(f"{docx.name} 中读不到标题“{draft.title}”")
    cells = {str(c) for sheet in read_rows(xlsx) for _n, row in sheet.rows for c in row if c is not None}
    wanted = {t.title for t in draft.attachments}
    if not wanted <= cells:
        raise KnownError(f"{xlsx.name} 中读不到表题“{'、'.join(wanted - cells)}”")
    return f"{notices.template_label(kind)}：红头通知 .docx 与附件 .xlsx 写出并读回（{draft.doc_number}）"


def check_notice_quota(ctx: SelftestContext) -> str:
    """生成指标通知"""
    return _notice(ctx, "quota")


def check_notice_plan(ctx: SelftestContext) -> str:
    """生成计划安排通知"""
    return _notice(ctx, "plan")


def check_notice_forward(ctx: SelftestContext) -> str:
    """生成转发通知"""
    return _notice(ctx, "forward")


def check_notice_letter(ctx: SelftestContext) -> str:
    """生成函（信函格式）"""
    return _notice(ctx, "letter")


def check_database_integrity(ctx: SelftestContext) -> str:
    """数据库完整性检查"""
    from app.database import upgrade as migrate

    migrate.check_integrity(ctx.db.path)  # every page read: not done on each open, so done here
    return "数据库完整性检查通过（PRAGMA quick_check）"


def check_backup_restore(ctx: SelftestContext) -> str:
    """备份与恢复数据库"""
    from app.database import backup, open_database
    from app.database import upgrade as migrate

    copy = backup.backup(ctx.db.path, ctx.folder / "备份.db")
    if migrate.current_revision(copy) != migrate.head_revision():
        raise KnownError("备份文件不完整")
    restored = ctx.folder / "恢复.db"
    backup.restore(copy, restored)  # a new file: no safety copy in the user's backups folder
    db = open_database(restored, backup=False)
    try:
        if _figures(db, ctx.year) != _figures(ctx.db, ctx.year):
            raise KnownError("恢复出的数据库与原库不一致")
    finally:
        db.close()
    return "备份数据库并从备份恢复，数据一致"


CHECKS: list[Check] = [
    check_split,
    check_pinyin_search,
    check_roster_round_trip,
    check_plan_round_trip,
    check_notice_quota,
    check_notice_plan,
    check_notice_forward,
    check_notice_letter,
    check_database_integrity,
    check_backup_restore,
]
