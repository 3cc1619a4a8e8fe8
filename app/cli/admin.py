"""Commands that keep the database safe: selftest, backup, restore, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import Context
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selftest", help=translate("cli", "在临时数据库上迁移并各运行一次主要操作（打包后检验用）")
    )
    p.set_defaults(func=cmd_selftest)

    p = sub.add_parser("backup", help=translate("cli", "备份数据库（一致性副本）"))
    p.add_argument(
        "--out", type=Path, help=translate("cli", "备份文件路径（默认：数据文件夹 backups/ 下带时间戳）")
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=translate("cli", "用备份文件恢复数据库（当前文件先另存一份）"))
    p.add_argument("file", type=Path, help=translate("cli", "备份文件"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("demo", help=translate("cli", "在空数据库中载入演示数据（平利县2017年名册与指标）"))
    p.set_defaults(func=cmd_demo)


def cmd_selftest(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.admin.selftest import run_selftest

    report = run_selftest()
    for step in report.steps:
        ctx.say(translate("cli", "通过：{step}").format(step=step))
    ctx.say(translate("cli", "自检完成。"))
    return {"ok": True, "steps": report.steps}


def cmd_backup(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.database import backup

    out = backup.backup(ctx.db_path, args.out)
    ctx.say(translate("cli", "已备份到：{path}").format(path=out))
    return {"backup": str(out)}


def cmd_restore(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.database import backup
    from app.database.contents import check_backup

    contents = check_backup(args.file)  # refused here, before anything is replaced
    ctx.say(
        translate("cli", "备份文件 {path} 中有：{summary}。").format(
            path=args.file, summary=contents.summary()
        )
    )
    safety = backup.restore(args.file, ctx.db_path)
    # Open once so a restored older database is migrated (after its own backup) right away.
    with ctx.database():
        pass
    ctx.say(
        translate("cli", "已从 {path} 恢复。").format(path=args.file)
        + (translate("cli", "原数据库已另存为：{path}").format(path=safety) if safety else "")
    )
    return {
        "restored": str(args.file),
        "previous": str(safety) if safety else None,
        "contents": {
            "units": contents.units,
            "plans": contents.plans,
            "donations": contents.donations,
            "first_year": contents.first_year,
            "last_year": contents.last_year,
        },
    }


def cmd_demo(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.admin import demo
    from app.errors import KnownError

    with ctx.database() as db:
        if not demo.is_empty(db):
            raise KnownError(translate("cli", "数据库中已有数据，演示数据只能载入空数据库。"))
        result = demo.load_demo(db)
    ctx.say(
        translate("cli", "已载入演示数据：{units}个单位，指标合计{total}。").format(
            units=result.units, total=result.total
        )
    )
    return {"units": result.units, "plan_id": result.plan_id, "total": result.total}
