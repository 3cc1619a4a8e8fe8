"""献血 commands: ``donations import``, ``eligible``, ``donors find/duplicates/merge/unmerge``,
``emergency`` (names and JSON keys as in ARCHITECTURE.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes, problems_json
from app.errors import KnownError
from app.i18n import translate


def _date(text: str) -> dt.date:
    from app.tabular import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise KnownError(
            translate("cli", "日期“{text}”看不懂：请写成 2024-03-05").format(text=text)
        ) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("donations", help=translate("cli", "献血记录：导入血站导出表"))
    cmds = p.add_subparsers(dest="donations_command", metavar=translate("cli", "操作"), required=True)
    imp = cmds.add_parser(
        "import",
        help=translate("cli", "导入血站的献血名单（.xlsx/.xls/.csv）；有问题的行列出原因，其余一次写入"),
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--rejects", type=Path, help=translate("cli", "把未导入的行另存为 .xlsx，退回血站核对"))
    imp.add_argument("--dry-run", action="store_true", help=translate("cli", "只检查，不写入"))
    imp.add_argument("--by", default="", help=translate("cli", "录入人"))
    imp.set_defaults(func=cmd_import)

    p = sub.add_parser("eligible", help=translate("cli", "按 GB 18467 判断某人某日能否献血"))
    p.add_argument("query", help=translate("cli", "身份证号、献血码、献血证号或姓名"))
    p.add_argument("--on", type=_date, default=None, help=translate("cli", "日期（默认今天）"))
    p.add_argument(
        "--kind", choices=("whole", "platelets"), default=None, help=translate("cli", "只看全血或单采血小板")
    )
    p.set_defaults(func=cmd_eligible)

    p = sub.add_parser("donors", help=translate("cli", "献血者：查找、疑似重复、合并与撤销合并"))
    cmds = p.add_subparsers(dest="donors_command", metavar=translate("cli", "操作"), required=True)
    f = cmds.add_parser("find", help=translate("cli", "按身份证号、献血码、献血证号、姓名或拼音首字母查找"))
    f.add_argument("query")
    f.add_argument("--limit", type=argtypes.bounded_int("limit", 1), default=20)
    f.set_defaults(func=cmd_find)
    d = cmds.add_parser("duplicates", help=translate("cli", "姓名和出生日期相同、身份证号不同的献血者"))
    d.set_defaults(func=cmd_duplicates)
    m = cmds.add_parser(
        "merge", help=translate("cli", "把 OTHER 的全部记录并入 KEEP，并删除 OTHER（可撤销）")
    )
    m.add_argument("keep", help=translate("cli", "保留的献血者：身份证号或献血者编号"))
    m.add_argument("other", help=translate("cli", "并入后删除的献血者：身份证号或献血者编号"))
    m.add_argument("--by", default="")
    m.set_defaults(func=cmd_merge)
    u = cmds.add_parser("unmerge", help=translate("cli", "撤销一次合并"))
    u.add_argument("merge_id", type=argtypes.bounded_int("id", 1))
    u.add_argument("--by", default="")
    u.set_defaults(func=cmd_unmerge)

    p = sub.add_parser("emergency", help=translate("cli", "应急献血：某血型某日可献血的献血者名单"))
    p.add_argument("--blood", required=True, help=translate("cli", "血型，如 O+、A-、AB+"))
    p.add_argument("--on", type=_date, default=None, help=translate("cli", "日期（默认今天）"))
    p.add_argument("--kind", choices=("whole", "platelets"), default="whole")
    p.add_argument("--limit", type=argtypes.bounded_int("limit", 1), default=200)
    p.add_argument("--out", type=Path, help=translate("cli", "导出可打印的 .xlsx"))
    p.set_defaults(func=cmd_emergency)


def cmd_import(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations import station_import as si

    with ctx.database() as db:
        preview = si.preview_station_import(db, args.file)
        if args.dry_run:
            imported, already, new_units = 0, preview.already, [u.name for u in preview.new_units]
            new_donors, rejected, warnings = preview.new_donors, preview.rejected_problems, preview.warnings
        else:
            result = si.commit_station_import(db, preview, entered_by=args.by)
            imported, already, new_units = result.imported, result.already, result.new_units
            new_donors, rejected, warnings = result.new_donors, result.rejected, result.warnings
        if args.rejects and preview.rejected:
            si.save_rejects(preview, args.rejects)
    if args.dry_run:
        summary = translate(
            "cli",
            "可导入{n}条献血记录（新献血者{donors}人），已有{already}条未重复导入，{rejected}行未导入。",
        )
    else:
        summary = translate(
            "cli",
            "已导入{n}条献血记录（新献血者{donors}人），已有{already}条未重复导入，{rejected}行未导入。",
        )
    ctx.say(
        summary.format(
            n=imported if not args.dry_run else len(preview.accepted),
            donors=new_donors,
            already=already,
            rejected=len(rejected),
        )
    )
    if new_units:
        units = "、".join(new_units)
        if args.dry_run:
            ctx.say(translate("cli", "将新建单位：{units}").format(units=units))
        else:
            ctx.say(translate("cli", "新建单位：{units}").format(units=units))
    for problem in rejected:
        ctx.say(translate("cli", "未导入：{problem}").format(problem=problem))
    for problem in warnings:
        ctx.say(translate("cli", "注意：{note}").format(note=problem))
    if args.rejects and preview.rejected:
        ctx.say(translate("cli", "未导入的行已另存：{path}").format(path=args.rejects))
    return {
        "imported": imported,
        "rejected": problems_json(rejected),
        "new_units": new_units,
        "warnings": problems_json(warnings),
        "already": already,
        "new_donors": new_donors,
        "would_import": len(preview.accepted) if args.dry_run else imported,
    }


def _one_donor(db, query: str):
    from app.donations.search import find_donors

    hits = find_donors(db, query, limit=6)
    if not hits:
        raise KnownError(translate("cli", "找不到献血者“{query}”").format(query=query))
    exact = [h for h in hits if h.matched_by in ("id_number", "donation_code", "certificate")]
    named = [h for h in hits if h.matched_by == "name"]
    for group in (exact, named, hits):
        if len(group) == 1:
            return group[0]
    names = "、".join(f"{h.name}（{h.masked_id}）" for h in hits[:5])
    raise KnownError(
        translate("cli", "“{query}”对应多位献血者：{names}，请用身份证号或献血码").format(
            query=query, names=names
        )
    )


def _donor_json(d) -> dict[str, Any]:
    return {
        "id": d.id,
        "name": d.name,
        "id_number": d.masked_id,
        "sex": d.sex,
        "birth_date": d.birth_date.isoformat() if d.birth_date else None,
        "blood": d.blood,
        "phone": d.masked_phone,
        "unit": d.work_unit,
        "donations": d.donation_count,
        "last": d.last_donated_on.isoformat() if d.last_donated_on else None,
        "emergency_team": d.emergency_team,
        "no_contact": d.no_contact,
    }


def cmd_eligible(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.eligibility import check_eligibility

    on = args.on or dt.date.today()
    with ctx.database(create=False) as db:
        donor = _one_donor(db, args.query)
        answer = check_eligibility(db, donor.id, on, kind=args.kind)
    warnings = [w.message for w in answer.warnings]
    ctx.say(
        translate("cli", "{name}（{id}），{day}：").format(
            name=donor.name, id=donor.masked_id, day=on.isoformat()
        )
    )
    ctx.say(translate("cli", "  全血：{day} 起可献").format(day=answer.whole_blood_from.isoformat()))
    ctx.say(translate("cli", "  单采血小板：{day} 起可献").format(day=answer.platelets_from.isoformat()))
    for w in warnings:
        ctx.say(translate("cli", "  注意：{note}").format(note=w))
    ctx.say(
        translate("cli", "  依据：{why}（{region}第{version}版）").format(
            why=answer.rules.citation, region=answer.rules.region_name, version=answer.rules.version
        )
    )
    return {
        "whole_blood_from": answer.whole_blood_from.isoformat() if answer.whole_blood_from else None,
        "platelets_from": answer.platelets_from.isoformat() if answer.platelets_from else None,
        "warnings": warnings,
        "donor": _donor_json(donor),
        "on": on.isoformat(),
        "rules": {
            "id": answer.rules.id,
            "citation": answer.rules.citation,
            "version": answer.rules.version,
            "rule_set_id": answer.rules.rule_set_id,
        },
    }


def cmd_find(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.search import find_donors

    with ctx.database(create=False) as db:
        hits = find_donors(db, args.query, limit=args.limit)
    for h in hits:
        ctx.say(
            translate("cli", "{id}\t{name}\t{id_number}\t{blood}\t{unit}\t{n}次\t（{matched}）").format(
                id=h.id,
                name=h.name,
                id_number=h.masked_id,
                blood=h.blood,
                unit=h.work_unit,
                n=h.donation_count,
                matched=h.matched_label,
            )
        )
    if not hits:
        ctx.say(translate("cli", "没有找到。"))
    return {"donors": [{**_donor_json(h), "matched_by": h.matched_by} for h in hits]}


def cmd_duplicates(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.donors import duplicate_candidates

    with ctx.database(create=False) as db:
        pairs = duplicate_candidates(db)
    for p in pairs:
        ctx.say(
            f"{p.first.id} {p.first.name}（{p.first.masked_id}） ↔ {p.second.id} {p.second.name}（{p.second.masked_id}）：{p.reason}"
        )
    return {
        "pairs": [
            {"first": _donor_json(p.first), "second": _donor_json(p.second), "reason": p.reason}
            for p in pairs
        ]
    }


def _donor_ref(db, text: str) -> int:
    from app.donations.donors import find_by_id_number

    if text.isdigit() and len(text) < 15:
        return int(text)
    found = find_by_id_number(db, text)
    if found is None:
        raise KnownError(translate("cli", "找不到身份证号为“{text}”的献血者").format(text=text))
    return found.id


def cmd_merge(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.merge import merge_donors

    with ctx.database(create=False) as db:
        result = merge_donors(db, _donor_ref(db, args.keep), _donor_ref(db, args.other), by=args.by)
    moved = "、".join(f"{k} {v}" for k, v in result.moved.items() if v) or translate("cli", "无")
    ctx.say(
        translate(
            "cli", "已把“{merged}”并入“{kept}”（合并编号{id}，移动：{moved}）。撤销：donors unmerge {id}"
        ).format(merged=result.merged_name, kept=result.kept.name, id=result.merge_id, moved=moved)
    )
    return {
        "merge_id": result.merge_id,
        "kept": _donor_json(result.kept),
        "merged": {"name": result.merged_name, "id_number": _mask(result.merged_id_number)},
        "moved": result.moved,
    }


def _mask(text: str) -> str:
    from app.donations.masking import mask_id

    return mask_id(text)


def cmd_unmerge(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.merge import undo_merge

    with ctx.database(create=False) as db:
        restored = undo_merge(db, args.merge_id, by=args.by)
    ctx.say(
        translate("cli", "已撤销合并{id}：恢复“{name}”（{id_number}），{n}条献血记录。").format(
            id=args.merge_id, name=restored.name, id_number=restored.masked_id, n=restored.donation_count
        )
    )
    return {"restored": _donor_json(restored)}


def cmd_emergency(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.emergency import emergency_list, export_emergency_xlsx

    on = args.on or dt.date.today()
    with ctx.database(create=False) as db:
        result = emergency_list(db, args.blood, on, kind=args.kind, limit=args.limit)
    if args.out:
        export_emergency_xlsx(result, args.out)
    if args.kind == "whole":
        head = translate("cli", "{blood}，{day}可献全血：{n}人")
    else:
        head = translate("cli", "{blood}，{day}可献单采血小板：{n}人")
    ctx.say(
        head.format(blood=result.blood, day=on.isoformat(), n=len(result.donors))
        + (translate("cli", "（已达上限，另有更多）") if result.truncated else "")
    )
    for d in result.donors:
        team = translate("cli", "【应急队员】") if d.emergency_team else ""
        last = d.last_donated_on.isoformat() if d.last_donated_on else "—"
        ctx.say(
            translate("cli", "{team}{name}\t{blood}\t{phone}\t{unit}\t末次{last}\t{n}次").format(
                team=team,
                name=d.name,
                blood=d.blood,
                phone=d.masked_phone,
                unit=d.work_unit,
                last=last,
                n=d.donation_count,
            )
        )
    if args.out:
        ctx.say(translate("cli", "已导出：{path}").format(path=args.out))
    return {
        "donors": [
            {
                "name": d.name,
                "blood": d.blood,
                "phone": d.masked_phone,
                "last": d.last_donated_on.isoformat() if d.last_donated_on else None,
                "unit": d.work_unit,
                "age": d.age,
                "donations": d.donation_count,
                "emergency_team": d.emergency_team,
            }
            for d in result.donors
        ],
        "truncated": result.truncated,
        "out": str(args.out) if args.out else None,
    }
