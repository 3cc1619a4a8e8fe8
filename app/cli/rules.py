"""``rules``: the rule sets an administrator keeps — list, show, export, import, copy, edit, activate.

What the 规则 dialog does, headless: an edit is saved as the next version (``based_on_id`` kept),
a draft until ``rules activate`` (or ``--activate``); a refused edit names the field and writes
nothing. JSON keys of ``rules list`` are additions over the earlier shape only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    rules = sub.add_parser(
        "rules",
        help=translate("cli", "用血减免、表彰奖励与献血条件规则集：列出、查看、导出、载入、复制修改、启用"),
    )
    cmds = rules.add_subparsers(dest="rules_command", metavar=translate("cli", "操作"), required=True)
    p = cmds.add_parser("list", help=translate("cli", "列出规则集及其版本（标明在用、草稿）"))
    p.add_argument("--kind", choices=("reimbursement", "award", "eligibility"), default="reimbursement")
    p.set_defaults(func=cmd_rules_list)
    p = cmds.add_parser("show", help=translate("cli", "显示一个版本的全部内容（JSON）"))
    p.add_argument("id", type=argtypes.bounded_int("id", 1))
    p.set_defaults(func=cmd_rules_show)
    p = cmds.add_parser("export", help=translate("cli", "把一个版本导出为 JSON 文件（修改后用 copy 载入）"))
    p.add_argument("id", type=argtypes.bounded_int("id", 1))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_rules_export)
    p = cmds.add_parser("copy", help=translate("cli", "复制一个版本并按 JSON 文件修改，保存为新版本并启用"))
    p.add_argument("id", type=argtypes.bounded_int("id", 1))
    p.add_argument(
        "--file",
        type=Path,
        required=True,
        help=translate("cli", "修改后的规则 JSON（种类、地区、版本号不可改）"),
    )
    p.add_argument("--note", required=True, help=translate("cli", "修改原因"))
    p.set_defaults(func=cmd_rules_copy)
    p = cmds.add_parser(
        "edit", help=translate("cli", "复制一个版本并逐项修改（--set 字段=值），保存为新版本（草稿）")
    )
    p.add_argument("id", type=argtypes.bounded_int("id", 1))
    p.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar=translate("cli", "字段=值"),
        help=translate(
            "cli", "如 params.ml_per_dose=300、verified=true、params.legacy=null（值按 JSON 读）；可重复"
        ),
    )
    p.add_argument("--note", required=True, help=translate("cli", "修改原因"))
    p.add_argument("--activate", action="store_true", help=translate("cli", "保存后立即启用"))
    p.set_defaults(func=cmd_rules_edit)
    p = cmds.add_parser(
        "activate", help=translate("cli", "启用一个版本：本地区的查询和报销自其生效日期起按此版本")
    )
    p.add_argument("id", type=argtypes.bounded_int("id", 1))
    p.set_defaults(func=cmd_rules_activate)
    p = cmds.add_parser("import", help=translate("cli", "载入一个新的规则文件"))
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_rules_import)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _saved(ctx: Context, info, activated: bool) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    state = (
        translate("cli", "已启用")
        if activated
        else translate("cli", "草稿，启用前不影响查询（rules activate）")
    )
    ctx.say(
        translate("cli", "已保存为 {region} 第{version}版（#{id}，{status}，{state}）。").format(
            region=info.region, version=info.version, id=info.id, status=info.status, state=state
        )
    )
    return {
        "id": info.id,
        "region": info.region,
        "version": info.version,
        "verified": info.verified,
        "based_on_id": info.based_on_id,
        "activated": activated,
    }


def cmd_rules_list(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.rule_editing import rule_set_overview

    with ctx.database() as db:
        overview = rule_set_overview(db, args.kind)
    for e in overview.entries:
        r = e.info
        origin = translate("cli", "，复制自 #{id}").format(id=r.based_on_id) if r.based_on_id else ""
        mine = translate("cli", "（本办）") if e.office else ""
        version = translate("cli", "第{version}版").format(version=r.version)
        since = translate("cli", "自{day}").format(day=r.effective_from)
        ctx.say(f"#{r.id}\t{r.region}{mine}\t{version}\t{e.state}\t{r.status}\t{since}{origin}\t{r.name}")
    return {
        "office_region": overview.office_region,
        "rule_sets": [
            {
                "id": e.info.id,
                "region": e.info.region,
                "version": e.info.version,
                "name": e.info.name,
                "verified": e.info.verified,
                "effective_from": _iso(e.info.effective_from),
                "effective_to": _iso(e.info.effective_to),
                "citation": e.info.citation,
                "based_on_id": e.info.based_on_id,
                "note": e.info.note,
                "in_force": e.in_force,
                "activated": e.activated,
                "draft": e.draft,
            }
            for e in overview.entries
        ],
    }


def cmd_rules_show(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.rulesets import rule_set_data

    with ctx.database() as db:
        data = rule_set_data(db, args.id)
    ctx.say(json.dumps(data, ensure_ascii=False, indent=2))
    return {"id": args.id, "rule_set": data}


def cmd_rules_export(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.files import safe_write
    from app.lookup.rulesets import rule_set_data

    with ctx.database() as db:
        data = rule_set_data(db, args.id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path = safe_write(args.out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    ctx.say(translate("cli", "已导出：{path}").format(path=path))
    return {"out": str(path)}


def cmd_rules_copy(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.errors import InputError, RowProblem
    from app.lookup.rulesets import copy_rule_set, rule_set_data

    try:
        edited = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            translate("cli", "无法读取 {file}").format(file=args.file), [RowProblem(0, "", str(exc))]
        ) from exc
    if not isinstance(edited, dict):
        raise InputError(translate("cli", "{file} 应为一个 JSON 对象").format(file=args.file), [])
    with ctx.database() as db:
        base_keys = {"kind", "region", "version"}
        current = rule_set_data(db, args.id)
        changes = {k: v for k, v in edited.items() if k not in base_keys or v != current.get(k)}
        changes.pop("note", None)
        info = copy_rule_set(db, args.id, changes, args.note)
    return _saved(ctx, info, True)


def cmd_rules_edit(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.rule_editing import edited_with, save_edited_copy
    from app.lookup.rulesets import rule_set_data

    with ctx.database() as db:
        data = edited_with(rule_set_data(db, args.id), args.assignments)
        info = save_edited_copy(db, args.id, data, args.note, activate=args.activate)
    return _saved(ctx, info, args.activate)


def cmd_rules_activate(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.rule_editing import activate_rule_set

    with ctx.database() as db:
        info = activate_rule_set(db, args.id)
    ctx.say(
        translate("cli", "已启用 {region} 第{version}版（#{id}，自{day}起）。").format(
            region=info.region, version=info.version, id=info.id, day=info.effective_from
        )
    )
    return {"id": info.id, "region": info.region, "version": info.version, "activated": True}


def cmd_rules_import(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.rulesets import import_rule_file

    with ctx.database() as db:
        info = import_rule_file(db, args.file)
    ctx.say(
        translate("cli", "已载入 {region} 第{version}版（#{id}，{status}）。").format(
            region=info.region, version=info.version, id=info.id, status=info.status
        )
    )
    return {"id": info.id, "region": info.region, "version": info.version, "verified": info.verified}
