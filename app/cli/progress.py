"""``progress --year Y [--until DATE] [--by category|month]``: completion per unit (ARCHITECTURE.md).

JSON (a contract): ``{"units": [{"unit", "quota", "done", "rate"}], "total": {...}}`` with units
in rank order (units without a quota last), ``rate`` a float such as 0.4034 (None without a
quota), ``done`` a whole number or a float with two decimals (300 ml is 1.5 U). ``--by`` adds
``"categories"`` or ``"months"``; ``--supply N`` adds the 以献定用 allocation as ``"supply"``;
``--out FILE.xlsx`` writes the summary tables as a print-ready workbook.
"""

from __future__ import annotations

import argparse
import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.cli import Context
from app.i18n import translate


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "日期应写作 YYYY-MM-DD，如 2021-06-30，而不是“{text}”").format(text=text)
        ) from None


def _cap(text: str) -> Fraction:
    try:
        value = Fraction(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(
            translate("cli", "封顶完成率应写作 1 或 100%，而不是“{text}”").format(text=text)
        ) from None
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "progress", help=translate("cli", "献血任务完成情况：各单位完成数、完成率、排名、全县合计")
    )
    p.add_argument("--year", type=int, required=True, help=translate("cli", "年度，如 2021"))
    p.add_argument(
        "--until", type=_date, help=translate("cli", "统计截止日期 YYYY-MM-DD（默认今天，不超过计划结束日）")
    )
    p.add_argument("--by", choices=("category", "month"), help=translate("cli", "另按献血类别或按月份列出"))
    p.add_argument("--plan", type=int, help=translate("cli", "献血计划编号（该年度有多个计划时必填）"))
    p.add_argument("--out", type=Path, help=translate("cli", "把完成情况表、逐月表和分类表另存为 .xlsx"))
    p.add_argument(
        "--supply",
        type=int,
        metavar=translate("cli", "数量"),
        help=translate("cli", "以献定用：可供血量（按计划计量）"),
    )
    p.add_argument(
        "--floor", type=int, default=0, help=translate("cli", "以献定用：每个单位的应急保底量（默认 0）")
    )
    p.add_argument(
        "--cap",
        type=_cap,
        default=Fraction(1),
        help=translate("cli", "以献定用：完成率计到多少为止（默认 100%%）"),
    )
    p.set_defaults(func=cmd_progress)


def _amount(value: Fraction) -> int | float:
    from app.progress.counting import amount_json

    return amount_json(value)


def _share(value: Fraction | None) -> float | None:
    from app.progress.counting import rate_json

    return rate_json(value)


def progress_json(p: Any, by: str | None = None) -> dict[str, Any]:  # p: app.progress.Progress
    """The command's JSON object for a computed progress."""
    from app.progress.counting import round_half_up

    t = p.totals
    result: dict[str, Any] = {
        "units": [
            {"unit": u.name, "quota": u.quota, "done": _amount(u.done), "rate": _share(u.rate)}
            for u in p.ranked
        ],
        "total": {
            "plan": p.plan.name,
            "measure": p.plan.measure,
            "from": p.start.isoformat(),
            "until": p.until.isoformat(),
            "quota": t.quota,
            "done": _amount(t.done),
            "rate": _share(t.rate),
            "donations": t.tally.donations,
            "volume_ml": t.tally.volume_ml,
            "tonnes": float(round_half_up(t.tonnes, 2)),
            "population": t.population,
            "per_thousand": float(round_half_up(t.per_thousand, 2)) if t.per_thousand is not None else None,
            "share_400": _share(t.share_400),
            "share_first_time": _share(t.share_first_time),
            "last_year": {
                "donations": t.last_year.donations,
                "done": _amount(t.last_year_done),
                "volume_ml": t.last_year.volume_ml,
            },
            "change": {
                "donations": _share(t.change_donations),
                "done": _share(t.change_done),
                "volume_ml": _share(t.change_volume),
            },
            "unassigned": t.unassigned.donations,
            "behind": [u.name for u in p.behind],
        },
    }
    if by == "category":
        result["categories"] = [
            {
                "category": c.category,
                "donations": c.tally.donations,
                "done": _amount(c.done),
                "share": _share(c.share),
                "last_year": _amount(c.last_year_done),
            }
            for c in p.categories
        ]
    elif by == "month":
        result["months"] = [
            {
                "month": f"{m.year}-{m.month:02d}",
                "plan": m.plan,
                "plan_cumulative": m.plan_cumulative,
                "done": _amount(m.done) if m.done is not None else None,
                "done_cumulative": _amount(m.done_cumulative) if m.done_cumulative is not None else None,
                "last_year": _amount(m.last_year_done),
            }
            for m in p.months
        ]
    return result


def _print_table(ctx: Context, header: list[str], rows: list[list[str]]) -> None:
    from app.gongwen.model import text_width

    widths = [max(text_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [cell + " " * int(widths[i] - text_width(cell)) for i, cell in enumerate(row)]
        ctx.say("  ".join(cells).rstrip())


def cmd_progress(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.plans.plans import plan_of_year
    from app.progress import compute_progress
    from app.progress.counting import amount_text, change_text, percent_text, round_half_up
    from app.progress.supply import allocate_supply
    from app.progress.tables import category_table, completion_table, export_xlsx, month_table

    with ctx.database() as db:
        plan = plan_of_year(db, args.year, args.plan)
        p = compute_progress(db, plan.id, args.until)
        supply = (
            allocate_supply(p, args.supply, floor=args.floor, cap=args.cap)
            if args.supply is not None
            else None
        )
        if args.out is not None:
            export_xlsx(p, args.out, supply=supply)
    result = progress_json(p, args.by)
    if supply is not None:
        result["supply"] = {
            "available": supply.available,
            "floor": supply.floor,
            "units": [{"unit": r.name, "allowance": r.allowance} for r in supply.rows],
            "why": supply.explanation,
        }
    t = p.totals
    table = {"category": category_table, "month": month_table}.get(args.by or "", completion_table)(p)
    ctx.say(
        translate("cli", "{title}（截至{until}，{counting}）").format(
            title=table.title, until=p.until.isoformat(), counting=p.counting.explanation()
        )
    )
    _print_table(
        ctx, [c.header for c in table.columns], table.rows + ([table.total_row] if table.total_row else [])
    )
    ctx.say(
        translate(
            "cli",
            "全部献血 {donations} 人次，{done}{measure}，完成率 {rate}；采血量 {volume} 毫升（{tonnes} 吨）；"
            "千人口献血率 {per_thousand}；400毫升占比 {share_400}；初次献血者占比 {first_time}；"
            "人次同比{change}",
        ).format(
            donations=t.tally.donations,
            done=amount_text(t.done),
            measure=p.plan.measure_label,
            rate=percent_text(t.rate),
            volume=t.tally.volume_ml,
            tonnes=round_half_up(t.tonnes, 2),
            per_thousand="—" if t.per_thousand is None else f"{round_half_up(t.per_thousand, 2)}‰",
            share_400=percent_text(t.share_400),
            first_time=percent_text(t.share_first_time),
            change=change_text(t.change_donations),
        )
    )
    if p.behind:
        ctx.say(
            translate("cli", "进度滞后：{units}").format(
                units="、".join(f"{u.name}（{percent_text(u.rate)}）" for u in p.behind)
            )
        )
    if supply is not None:
        ctx.say(supply.explanation)
        _print_table(
            ctx,
            [translate("cli", "单位"), translate("cli", "分配量")],
            [[r.name, str(r.allowance)] for r in supply.rows],
        )
    if args.out is not None:
        ctx.say(translate("cli", "已导出：{path}").format(path=args.out))
    return result
