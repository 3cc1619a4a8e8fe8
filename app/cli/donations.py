"""献血 commands: ``donations import``, ``eligible``, ``donors find/duplicates/merge/unmerge``,
``emergency`` (names and JSON keys as in ARCHITECTURE.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes, problems_json
from app.errors import KnownError


def _date(text: str) -> dt.date:
    from app.tabular import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise KnownError(f"日期“{text}”看不懂：请写成 2024-03-05") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("donations", help="献血记录：导入血站导出表")
    cmds = p.add_subparsers(dest="donations_command", metavar="操作", required=True)
    imp = cmds.add_parser(
        "import", help="导入血站的献血名单（.xlsx/.xls/.csv）；有问题的行列出原因，其余一次写入"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--rejects", type=Path, help="把未导入的行另存为 .xlsx，退回血站核对")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imp.add_argument("--by", default="", help="录入人")
    imp.set_defaults(func=cmd_import)

    p = sub.add_parser("eligible", help="按 GB 18467 判断某人某日能否献血")
    p.add_argument("query", help="身份证号、献血码、献血证号或姓名")
    p.add_argument("--on", type=_date, default=None, help="日期（默认今天）")
    p.add_argument("--kind", choices=("whole", "platelets"), default=None, help="只看全血或单采血小板")
    p.set_defaults(func=cmd_eligible)

    p = sub.add_parser("donors", help="献血者：查找、疑似重复、合并与撤销合并")
    cmds = p.add_subparsers(dest="donors_command", metavar="操作", required=True)
    f = cmds.add_parser("find", help="按身份证号、献血码、献血证号、姓名或拼音首字母查找")
    f.add_argument("query")
    f.add_argument("--limit", type=argtypes.bounded_int("limit", 1), default=20)
    f.set_defaults(func=cmd_find)
    d = cmds.add_parser("duplicates", help="姓名和出生日期相同、身份证号不同的献血者")
    d.set_defaults(func=cmd_duplicates)
    m = cmds.add_parser("merge", help="把 OTHER 的全部记录并入 KEEP，并删除 OTHER（可撤销）")
    m.add_argument("keep", help="保留的献血者：身份证号或献血者编号")
    m.add_argument("other", help="并入后删除的献血者：身份证号或献血者编号")
    m.add_argument("--by", default="")
    m.set_defaults(func=cmd_merge)
    u = cmds.add_parser("unmerge", help="撤销一次合并")
    u.add_argument("merge_id", type=argtypes.bounded_int("id", 1))
    u.add_argument("--by", default="")
    u.set_defaults(func=cmd_unmerge)

    p = sub.add_parser("emergency", help="应急献血：某血型某日可献血的献血者名单")
    p.add_argument("--blood", required=True, help="血型，如 O+、A-、AB+")
    p.add_argument("--on", type=_date, default=None, help="日期（默认今天）")
    p.add_argument("--kind", choices=("whole", "platelets"), default="whole")
    p.add_argument("--limit", type=argtypes.bounded_int("limit", 1), default=200)
    p.add_argument("--out", type=Path, help="导出可打印的 .xlsx")
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
    verb = "可导入" if args.dry_run else "已导入"
    ctx.say(
        f"{verb}{imported if not args.dry_run else len(preview.accepted)}条献血记录（新献血者{new_donors}人），"
        f"已有{already}条未重复导入，{len(rejected)}行未导入。"
    )
    if new_units:
        ctx.say(("将新建单位：" if args.dry_run else "新建单位：") + "、".join(new_units))
    for problem in rejected:
        ctx.say(f"未导入：{problem}")
    for problem in warnings:
        ctx.say(f"注意：{problem}")
    if args.rejects and preview.rejected:
        ctx.say(f"未导入的行已另存：{args.rejects}")
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
        raise KnownError(f"找不到献血者“{query}”")
    exact = [h for h in hits if h.matched_by in ("id_number", "donation_code", "certificate")]
    named = [h for h in hits if h.matched_by == "name"]
    for group in (exact, named, hits):
        if len(group) == 1:
            return group[0]
    names = "、".join(f"{h.name}（{h.masked_id}）" for h in hits[:5])
    raise KnownError(f"“{query}”对应多位献血者：{names}，请用身份证号或献血码")


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
    ctx.say(f"{donor.name}（{donor.masked_id}），{on.isoformat()}：")
    ctx.say(f"  全血：{answer.whole_blood_from.isoformat()} 起可献")
    ctx.say(f"  单采血小板：{answer.platelets_from.isoformat()} 起可献")
    for w in warnings:
        ctx.say(f"  注意：{w}")
    ctx.say(f"  依据：{answer.rules.citation}")
    return {
        "whole_blood_from": answer.whole_blood_from.isoformat() if answer.whole_blood_from else None,
        "platelets_from": answer.platelets_from.isoformat() if answer.platelets_from else None,
        "warnings": warnings,
        "donor": _donor_json(donor),
        "on": on.isoformat(),
        "rules": {"id": answer.rules.id, "citation": answer.rules.citation},
    }


def cmd_find(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.search import find_donors

    with ctx.database(create=False) as db:
        hits = find_donors(db, args.query, limit=args.limit)
    for h in hits:
        ctx.say(
            f"{h.id}\t{h.name}\t{h.masked_id}\t{h.blood}\t{h.work_unit}\t{h.donation_count}次\t（{h.matched_label}）"
        )
    if not hits:
        ctx.say("没有找到。")
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
        raise KnownError(f"找不到身份证号为“{text}”的献血者")
    return found.id


def cmd_merge(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.merge import merge_donors

    with ctx.database(create=False) as db:
        result = merge_donors(db, _donor_ref(db, args.keep), _donor_ref(db, args.other), by=args.by)
    moved = "、".join(f"{k} {v}" for k, v in result.moved.items() if v) or "无"
    ctx.say(
        f"已把“{result.merged_name}”并入“{result.kept.name}”（合并编号{result.merge_id}，移动：{moved}）。"
        f"撤销：donors unmerge {result.merge_id}"
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
        f"已撤销合并{args.merge_id}：恢复“{restored.name}”（{restored.masked_id}），{restored.donation_count}条献血记录。"
    )
    return {"restored": _donor_json(restored)}


def cmd_emergency(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.donations.emergency import emergency_list, export_emergency_xlsx

    on = args.on or dt.date.today()
    with ctx.database(create=False) as db:
        result = emergency_list(db, args.blood, on, kind=args.kind, limit=args.limit)
    if args.out:
        export_emergency_xlsx(result, args.out)
    ctx.say(
        f"{result.blood}，{on.isoformat()}可献{'全血' if args.kind == 'whole' else '单采血小板'}：{len(result.donors)}人"
        + ("（已达上限，另有更多）" if result.truncated else "")
    )
    for d in result.donors:
        team = "【应急队员】" if d.emergency_team else ""
        last = d.last_donated_on.isoformat() if d.last_donated_on else "—"
        ctx.say(
            f"{team}{d.name}\t{d.blood}\t{d.masked_phone}\t{d.work_unit}\t末次{last}\t{d.donation_count}次"
        )
    if args.out:
        ctx.say(f"已导出：{args.out}")
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
