"""本单位信息 commands: show the office's details, set them (a notice is refused until they are set)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.cli import Context, argtypes
from app.i18n import QT_TRANSLATE_NOOP, translate

#: option -> OfficeSettings field, in the order ``office show`` lists them.
OPTIONS = (
    ("--name", "office_name", QT_TRANSLATE_NOOP("cli", "本办名称，如“某某县献血办公室”")),
    ("--county", "county", QT_TRANSLATE_NOOP("cli", "县（市、区）名（默认从名称中取出）")),
    (
        "--level",
        "level",
        QT_TRANSLATE_NOOP("cli", "公文中“我县”“我市”的说法：县、市、区或州（默认取县名的最后一字）"),
    ),
    ("--organ", "organ_mark", QT_TRANSLATE_NOOP("cli", "发文机关标志（红头），如“某某县人民政府办公室文件”")),
    ("--signer", "signer", QT_TRANSLATE_NOOP("cli", "发文机关署名（默认：发文机关标志去掉“文件”）")),
    ("--prefix", "doc_prefix", QT_TRANSLATE_NOOP("cli", "发文字号前缀，如“某政办发”")),
    ("--printer", "printer", QT_TRANSLATE_NOOP("cli", "印发机关（默认：发文机关署名）")),
    ("--addressees", "addressees", QT_TRANSLATE_NOOP("cli", "默认主送机关")),
    ("--cc", "cc", QT_TRANSLATE_NOOP("cli", "默认抄送机关")),
    ("--province", "region", QT_TRANSLATE_NOOP("cli", "省份（用血报销规则）")),
)


def register(sub: argparse._SubParsersAction) -> None:
    office = sub.add_parser(
        "office", help=translate("cli", "本单位信息：发文机关、发文字号前缀等（生成公文前须设置）")
    )
    cmds = office.add_subparsers(dest="office_command", metavar=translate("cli", "操作"), required=True)

    p = cmds.add_parser("show", help=translate("cli", "显示本单位信息"))
    p.set_defaults(func=cmd_show)

    p = cmds.add_parser("set", help=translate("cli", "设置本单位信息（未给出的项保持不变）"))
    for option, dest, text in OPTIONS:
        p.add_argument(option, dest=dest, help=translate("cli", text))
    p.add_argument(
        "--next-number",
        dest="next_number",
        type=argtypes.bounded_int("number", 1),
        help=translate("cli", "下一个发文序号"),
    )
    p.set_defaults(func=cmd_set)


def _report(ctx: Context, settings: Any) -> dict[str, Any]:
    from app.office.settings import FIELD_LABELS, missing_fields

    for key, label in FIELD_LABELS.items():
        value = getattr(settings, key)
        if key == "level" and not str(value).strip():  # what notices will say all the same
            value = translate("cli", "{level}（未填写，按县名推定）").format(level=settings.we)
        ctx.say(translate("cli", "{label}：{value}").format(label=translate("office", label), value=value))
    missing = missing_fields(settings)
    if missing:
        names = translate("cli", "、").join(translate("office", FIELD_LABELS[m]) for m in missing)
        ctx.say(translate("cli", "尚未设置：{names}。生成公文前请用 office set 填写。").format(names=names))
    return {"office": asdict(settings), "is_set": not missing, "missing": missing}


def cmd_show(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.office.settings import load_office

    with ctx.database() as db:
        settings = load_office(db)
    return _report(ctx, settings)


def cmd_set(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.office.settings import update_office

    changes: dict[str, object] = {
        dest: getattr(args, dest) for _o, dest, _t in OPTIONS if getattr(args, dest) is not None
    }
    if args.next_number is not None:
        changes["next_number"] = args.next_number
    with ctx.database() as db:
        settings = update_office(db, changes)
    ctx.say(translate("cli", "已保存本单位信息。"))
    return _report(ctx, settings)
