"""计划 commands: import a quota/schedule table, split a target, export the quota table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes, problems_json
from app.i18n import translate
from app.names import name_problem, normalize_name


def _fixed(text: str) -> tuple[str, int]:
    name, sep, amount = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            translate("cli", "固定指标应写作 单位=数量，而不是“{text}”").format(text=text)
        )
    why = name_problem(normalize_name(name))
    if why:
        raise argparse.ArgumentTypeError(
            translate("cli", "“{text}”中的单位名称{why}").format(text=text[:60], why=why)
        )
    return normalize_name(name), argtypes.bounded_int("amount")(amount)


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help=translate("cli", "献血计划：导入指标表、分配指标、导出"))
    cmds = plan.add_subparsers(dest="plan_command", metavar=translate("cli", "操作"), required=True)

    p = cmds.add_parser("import", help=translate("cli", "导入指标/任务表或时间安排表（.xlsx/.csv）"))
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument(
        "--plan",
        type=argtypes.bounded_int("id", 1),
        help=translate("cli", "导入到已有计划（编号）；默认新建计划"),
    )
    p.add_argument(
        "--accept-valid", action="store_true", help=translate("cli", "有问题的行跳过并列出，其余照常导入")
    )
    p.set_defaults(func=cmd_import)

    p = cmds.add_parser("allocate", help=translate("cli", "把目标分解到各单位（按人口或按在职人数比例）"))
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--total", type=argtypes.bounded_int("total"), required=True)
    p.add_argument("--method", choices=("population", "staff"), required=True)
    p.add_argument(
        "--step", type=argtypes.bounded_int("step", 1), default=1, help=translate("cli", "取整步长，如 5")
    )
    p.add_argument(
        "--floor",
        type=argtypes.bounded_int("floor"),
        default=0,
        help=translate("cli", "按人口分配时的保底指标，如 100"),
    )
    p.add_argument("--rate", type=argtypes.fraction, help=translate("cli", "按在职人数分配时的比例，如 0.2"))
    p.add_argument(
        "--minimum",
        type=argtypes.bounded_int("minimum"),
        default=0,
        help=translate("cli", "按在职人数分配时每个单位至少"),
    )
    p.add_argument(
        "--fixed",
        type=_fixed,
        action="append",
        default=[],
        metavar=translate("cli", "单位=数量"),
        help=translate("cli", "固定指标，可多次"),
    )
    p.add_argument(
        "--plan",
        type=argtypes.bounded_int("id", 1),
        help=translate("cli", "计划编号（该年度有多个计划时必填）"),
    )
    p.set_defaults(func=cmd_allocate)

    p = cmds.add_parser("export", help=translate("cli", "导出指标表为可直接打印的 .xlsx"))
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--plan", type=argtypes.bounded_int("id", 1))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("list", help=translate("cli", "列出某年度的献血计划"))
    p.add_argument("--year", type=argtypes.year)
    p.set_defaults(func=cmd_list)


def plan_for_year(db, year: int, plan_id: int | None) -> int:  # type: ignore[no-untyped-def]
    """The plan a command works on: --plan, or the year's only plan."""
    from app.plans import plans

    return plans.plan_of_year(db, year, plan_id).id


def cmd_import(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans import importing as plan_import

    with ctx.database() as db:
        preview = plan_import.preview_plan_import(db, args.file, args.year)
        result = plan_import.commit_plan_import(
            db, preview, plan_id=args.plan, accept_valid=args.accept_valid
        )
    ctx.say(
        translate("cli", "已导入{n}行到计划（编号{id}），指标合计{total}；新建单位{units}个。").format(
            n=result.imported, id=result.plan_id, total=result.total, units=len(result.created_units)
        )
    )
    for note in [*preview.notes, *preview.mismatches]:
        ctx.say(translate("cli", "注意：{note}").format(note=note))
    for problem in result.rejected:
        ctx.say(translate("cli", "未导入：{problem}").format(problem=problem))
    return {
        "imported": result.imported,
        "total": result.total,
        "plan_id": result.plan_id,
        "layout": preview.layout,
        "new_units": result.created_units,
        "month_totals": preview.month_totals,
        "rejected": problems_json(result.rejected),
        "warnings": [*preview.notes, *preview.mismatches],
        "stated_year": preview.stated_year,
    }


def cmd_allocate(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans import split as quota_split

    params = quota_split.SplitParams(
        method=args.method,
        total=args.total,
        step=args.step,
        floor=args.floor,
        fixed=dict(args.fixed),
        rate=args.rate,
        minimum=args.minimum,
    )
    with ctx.database() as db:
        # One service call, one transaction: a refused split leaves no plan and no audit line.
        outcome = quota_split.allocate_plan(db, args.year, params, plan_id=args.plan)
    preview, plan_id = outcome.preview, outcome.plan_id
    for line in preview.allocation.lines:
        ctx.say(f"{line.name}\t{line.amount}\t{line.basis}")
    ctx.say(translate("cli", "合计\t{total}").format(total=preview.new_total))
    if preview.left_out:
        ctx.say(
            translate("cli", "未参与分配（缺少所需人数）：{units}").format(units="、".join(preview.left_out))
        )
    return {
        "total": preview.allocation.total,
        "plan_id": plan_id,
        "left_out": preview.left_out,
        "quotas": [
            {"unit": line.name, "amount": line.amount, "basis": line.basis}
            for line in preview.allocation.lines
        ],
    }


def cmd_export(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans import exporting as plan_export

    with ctx.database(create=False) as db:
        out = plan_export.export_quota_table(db, plan_for_year(db, args.year, args.plan), args.out)
    ctx.say(translate("cli", "已导出：{path}").format(path=out))
    return {"out": str(out)}


def cmd_list(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans.listing import list_plans

    with ctx.database(create=False) as db:
        found = list_plans(db, args.year)
    for p in found:
        ctx.say(
            translate("cli", "{id}\t{name}\t{start}至{end}\t目标{target}{measure}\t已分配{assigned}").format(
                id=p.id,
                name=p.name,
                start=p.start_date,
                end=p.end_date,
                target=p.target,
                measure=p.measure_label,
                assigned=p.quota_total,
            )
        )
    return {
        "plans": [
            {
                "id": p.id,
                "name": p.name,
                "year": p.year,
                "start": p.start_date.isoformat(),
                "end": p.end_date.isoformat(),
                "measure": p.measure,
                "target": p.target,
                "quota_total": p.quota_total,
            }
            for p in found
        ]
    }
