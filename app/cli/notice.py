"""``notice quota|plan|forward|letter|report --year Y --out FILE.docx``: a red-header notice from the year's data.

The same template and generator as the 公文 page: the draft is built from the plan and the
office settings, checked, and written; nothing is saved as a draft. The 发文字号 is the one the
template proposes (the office's next number, not used up) unless ``--number`` gives it or
``--reserve-number`` takes the office's next number and advances it.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes
from app.cli.progress import _date
from app.i18n import translate

KINDS = ("quota", "plan", "forward", "letter", "report")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "notice",
        help=translate(
            "cli",
            "按年度数据生成红头公文（quota：指标通知+指标表；plan：印发计划+安排表；"
            "forward：转发通知+任务表；letter：函（信函格式）+任务表；report：进度通报+完成情况表）",
        ),
    )
    p.add_argument(
        "kind",
        choices=KINDS,
        help=translate(
            "cli",
            "quota（通知+指标表）、plan（印发计划+安排表）、forward（转发通知）、letter（函）"
            "或 report（通报+完成情况表）",
        ),
    )
    p.add_argument(
        "--until", type=_date, help=translate("cli", "report：统计截止日期 YYYY-MM-DD（默认今天）")
    )
    p.add_argument("--year", type=argtypes.year, required=True, help=translate("cli", "年度，如 2017"))
    p.add_argument("--out", type=Path, required=True, help=translate("cli", "输出的 .docx 文件"))
    p.add_argument(
        "--plan",
        type=argtypes.bounded_int("id", 1),
        help=translate("cli", "献血计划编号（该年度有多个计划时必填）"),
    )
    p.add_argument("--xlsx", type=Path, help=translate("cli", "同时把附件表格另存为 .xlsx 文件"))
    number = p.add_mutually_exclusive_group()
    number.add_argument(
        "--number",
        type=argtypes.bounded_int("number"),
        help=translate("cli", "发文序号（默认：本单位下一个发文序号，不占用）"),
    )
    number.add_argument(
        "--reserve-number",
        action="store_true",
        help=translate("cli", "占用本单位下一个发文序号（序号随之加一）"),
    )
    p.set_defaults(func=cmd_notice)


def cmd_notice(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app import notices

    with ctx.database() as db:
        # OfficeNotSet (exit 2, naming `office set`) until the office's names are filled in.
        draft = notices.new_draft(db, args.kind, args.year, plan_id=args.plan, until=args.until)
        if args.number is not None:
            draft = replace(draft, doc_seq=args.number)
        # The number is taken in the transaction that records the written files: a notice
        # refused for its fields or its file uses up no number, and two processes never share one.
        result = notices.generate(db, draft, args.out, xlsx=args.xlsx, reserve_number=args.reserve_number)
    ctx.say(
        translate("cli", "已生成公文 {number}：{path}").format(number=result.doc_number, path=result.docx)
    )
    if result.xlsx is not None:
        ctx.say(translate("cli", "附件表格：{path}").format(path=result.xlsx))
    for note in result.notes:
        ctx.say(note)
    return result.to_json()
