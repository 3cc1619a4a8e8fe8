"""计划 commands: import a quota/schedule table, split a target, export the quota table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes, problems_json
from app.names import name_problem, normalize_name


def _fixed(text: str) -> tuple[str, int]:
    name, sep, amount = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"固定指标应写作 单位=数量，而不是“{text}”")
    why = name_problem(normalize_name(name))
    if why:
        raise argparse.ArgumentTypeError(f"“{text[:60]}”中的单位名称{why}")
    return normalize_name(name), argtypes.bounded_int("amount")(amount)


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="献血计划：导入指标表、分配指标、导出")
    cmds = plan.add_subparsers(dest="plan_command", metavar="操作", required=True)

    p = cmds.add_parser("import", help="导入指标/任务表或时间安排表（.xlsx/.csv）")
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--plan", type=argtypes.bounded_int("id", 1), help="导入到已有计划（编号）；默认新建计划")
    p.add_argument("--accept-valid", action="store_true", help="有问题的行跳过并列出，其余照常导入")
    p.set_defaults(func=cmd_import)

    p = cmds.add_parser("allocate", help="把目标分解到各单位（按人口或按在职人数比例）")
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--total", type=argtypes.bounded_int("total"), required=True)
    p.add_argument("--method", choices=("population", "staff"), required=True)
    p.add_argument("--step", type=argtypes.bounded_int("step", 1), default=1, help="取整步长，如 5")
    p.add_argument(
        "--floor", type=argtypes.bounded_int("floor"), default=0, help="按人口分配时的保底指标，如 100"
    )
    p.add_argument("--rate", type=argtypes.fraction, help="按在职人数分配时的比例，如 0.2")
    p.add_argument(
        "--minimum", type=argtypes.bounded_int("minimum"), default=0, help="按在职人数分配时每个单位至少"
    )
    p.add_argument(
        "--fixed", type=_fixed, action="append", default=[], metavar="单位=数量", help="固定指标，可多次"
    )
    p.add_argument("--plan", type=argtypes.bounded_int("id", 1), help="计划编号（该年度有多个计划时必填）")
    p.set_defaults(func=cmd_allocate)

    p = cmds.add_parser("export", help="导出指标表为可直接打印的 .xlsx")
    p.add_argument("--year", type=argtypes.year, required=True)
    p.add_argument("--plan", type=argtypes.bounded_int("id", 1))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("list", help="列出某年度的献血计划")
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
        f"已导入{result.imported}行到计划（编号{result.plan_id}），指标合计{result.total}；新建单位{len(result.created_units)}个。"
    )
    for note in [*preview.notes, *preview.mismatches]:
        ctx.say(f"注意：{note}")
    for problem in result.rejected:
        ctx.say(f"未导入：{problem}")
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
    ctx.say(f"合计\t{preview.new_total}")
    if preview.left_out:
        ctx.say(f"未参与分配（缺少所需人数）：{'、'.join(preview.left_out)}")
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
    ctx.say(f"已导出：{out}")
    return {"out": str(out)}


def cmd_list(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans import plans

    with ctx.database(create=False) as db:
        found = plans.list_plans(db, args.year)
    for p in found:
        ctx.say(
            f"{p.id}\t{p.name}\t{p.start_date}至{p.end_date}\t目标{p.target}{p.measure_label}\t已分配{p.quota_total}"
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
