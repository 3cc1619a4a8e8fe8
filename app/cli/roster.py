"""名册 commands: import and export the roster of a year."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes, problems_json
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    roster = sub.add_parser("roster", help=translate("cli", "名册：导入、导出、复制年度"))
    cmds = roster.add_subparsers(dest="roster_command", metavar=translate("cli", "操作"), required=True)

    p = cmds.add_parser("import", help=translate("cli", "从 .xlsx/.csv 导入单位及其人口数、在职人数、联系人"))
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=argtypes.year, required=True, help=translate("cli", "名册年度"))
    p.add_argument(
        "--accept-valid",
        action="store_true",
        help=translate("cli", "有问题的行跳过并列出，其余照常导入（默认：有问题则全部不导入）"),
    )
    p.set_defaults(func=cmd_import)

    p = cmds.add_parser("export", help=translate("cli", "导出名册为可直接打印的 .xlsx（或 .csv）"))
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("copy-year", help=translate("cli", "把某年名册的人数与联系人复制到另一年"))
    p.add_argument("--from", dest="from_year", type=argtypes.year, required=True)
    p.add_argument("--to", dest="to_year", type=argtypes.year, required=True)
    p.add_argument("--overwrite", action="store_true", help=translate("cli", "覆盖目标年度已有的数字"))
    p.set_defaults(func=cmd_copy_year)


def cmd_import(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.roster import importing as roster_import

    with ctx.database() as db:
        preview = roster_import.preview_roster_import(db, args.file, args.year)
        result = roster_import.commit_roster_import(db, preview, accept_valid=args.accept_valid)
    ctx.say(
        translate("cli", "已导入{imported}个单位（新建{created}，更新{updated}），跳过{skipped}行。").format(
            imported=result.imported,
            created=len(result.created),
            updated=result.updated,
            skipped=result.skipped,
        )
    )
    for note in preview.notes:
        ctx.say(translate("cli", "注意：{note}").format(note=note))
    for problem in result.rejected:
        ctx.say(translate("cli", "未导入：{problem}").format(problem=problem))
    return {
        "imported": result.imported,
        "created": result.created,
        "updated": result.updated,
        "rejected": problems_json(result.rejected),
        "notes": preview.notes,
        "stated_year": preview.stated_year,
    }


def cmd_export(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.roster import exporting as roster_export

    with ctx.database(create=False) as db:
        out = roster_export.export_roster(db, args.year, args.out)
    ctx.say(translate("cli", "已导出：{path}").format(path=out))
    return {"out": str(out)}


def cmd_copy_year(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.roster import units as roster

    with ctx.database(create=False) as db:
        copied = roster.copy_year(db, args.from_year, args.to_year, overwrite=args.overwrite)
    ctx.say(
        translate("cli", "已把{source}年名册复制到{target}年：{count}个单位。").format(
            source=args.from_year, target=args.to_year, count=copied
        )
    )
    return {"copied": copied}
