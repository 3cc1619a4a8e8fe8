"""证件查询 commands: lookup, claim, awards, certificate and the rule sets.

The JSON keys are a contract (ARCHITECTURE.md): ``lookup`` answers
``{"donor", "donations", "entitlements": [{"who", "name", "remaining_ml", "until", "why"}]}``
with ``remaining_ml`` null for unlimited and ``until`` ISO or null; ``awards`` answers
``{"donors": [{"id_number", "name", "count", "tier"}]}``. Extra keys are additions only.
ID numbers and phones are masked in every output.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import Context, argtypes
from app.i18n import translate


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "日期应写作 YYYY-MM-DD，而不是“{text}”").format(text=text)
        ) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lookup",
        help=translate("cli", "证件查询：按献血证号、身份证号、姓名或拼音首字母查献血者及用血减免额度"),
    )
    p.add_argument("query", help=translate("cli", "献血证号、身份证号、姓名或拼音首字母"))
    p.add_argument("--on", type=_date, help=translate("cli", "查询日期（默认今天），YYYY-MM-DD"))
    p.add_argument("--rules", help=translate("cli", "规则所在省份（默认：本办设置的省份）"))
    p.add_argument("--name", default="", help=translate("cli", "证件上的姓名（按献血证号查询时核对持证人）"))
    p.add_argument(
        "--priority-letter", type=Path, metavar="FILE.docx", help=translate("cli", "同时开具优先用血证明")
    )
    p.add_argument("--patient", default="", help=translate("cli", "优先用血证明中的用血人姓名"))
    p.add_argument("--relation", default="", help=translate("cli", "用血人与献血者的关系"))
    p.add_argument("--hospital", default="", help=translate("cli", "优先用血证明的抬头（医院）"))
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser("claim", help=translate("cli", "登记用血报销（超出剩余额度或重复发票时拒绝）"))
    p.add_argument("query", help=translate("cli", "献血证号、身份证号、姓名或拼音首字母"))
    p.add_argument(
        "--who", required=True, help=translate("cli", "本人，或与献血者的关系（配偶、父母、子女……）")
    )
    p.add_argument("--name", default="", help=translate("cli", "用血人姓名（本人可省略）"))
    p.add_argument(
        "--ml", type=argtypes.bounded_int("ml"), required=True, help=translate("cli", "用血量（毫升）")
    )
    p.add_argument("--date", type=_date, required=True, help=translate("cli", "用血日期 YYYY-MM-DD"))
    p.add_argument("--invoice", default="", help=translate("cli", "发票号"))
    p.add_argument("--amount", default=None, help=translate("cli", "血费金额（元）"))
    p.add_argument("--hospital", default="", help=translate("cli", "用血医院"))
    p.add_argument("--id-number", default="", help=translate("cli", "亲属身份证号（首次登记亲属时）"))
    p.add_argument(
        "--evidence", default="", help=translate("cli", "看过的关系证明：户口本、结婚证、派出所证明")
    )
    p.add_argument(
        "--override-reason",
        default="",
        help=translate("cli", "特批原因：超出剩余额度时仍登记，原因随报销保存"),
    )
    p.add_argument("--rules", help=translate("cli", "规则所在省份（默认：本办设置的省份）"))
    p.add_argument(
        "--form", type=Path, metavar="FILE.docx", help=translate("cli", "同时生成用血费用减免审核表")
    )
    p.set_defaults(func=cmd_claim)

    p = sub.add_parser("awards", help=translate("cli", "无偿献血奉献奖、促进奖候选名单"))
    p.add_argument("--until", type=_date, required=True, help=translate("cli", "统计截止日期 YYYY-MM-DD"))
    p.add_argument("--since", type=_date, help=translate("cli", "只列此日期以后达到奖项的献血者"))
    p.add_argument("--out", type=Path, metavar="FILE.xlsx", help=translate("cli", "另存为可直接打印的 .xlsx"))
    p.add_argument(
        "--full-id", action="store_true", help=translate("cli", "名单中显示完整身份证号（上报用）")
    )
    p.set_defaults(func=cmd_awards)

    p = sub.add_parser(
        "certificate", help=translate("cli", "献血证核验：是否在记录中、持证人、献血日期和献血量")
    )
    p.add_argument("number", help=translate("cli", "献血证号"))
    p.add_argument("--name", default="", help=translate("cli", "证件上的姓名"))
    p.set_defaults(func=cmd_certificate)

    from app.cli import rules

    rules.register(sub)


# ------------------------------------------------------------------ JSON shapes
def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def entitlement_json(e) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "who": e.who,
        "name": e.name,
        "remaining_ml": e.remaining_ml,
        "until": _iso(e.until),
        "why": e.why,
        "pool": e.pool,
        "relative_id": e.relative_id,
        "clause": e.clause,
        "changes": [{"from": _iso(c.on), "remaining_ml": c.remaining_ml} for c in e.changes],
        "claims": [
            {"used_on": _iso(c.used_on), "who": c.who, "name": c.name, "ml": c.ml, "short_ml": c.short_ml}
            for c in e.claims
        ],
    }


def lookup_json(result) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    d = result.donor
    rules = result.rules
    out: dict[str, Any] = {
        "donor": {
            "id": d.id,
            "name": d.name,
            "sex": d.sex,
            "id_number": d.masked_id,
            "blood": d.blood,
            "phone": d.masked_phone,
            "work_unit": d.work_unit,
            "matched_by": result.matched_by,
        },
        "on": _iso(result.on),
        "cumulative_ml": result.cumulative_ml,
        "donations": [
            {
                "date": _iso(x.donated_on),
                "kind": x.kind,
                "volume_ml": x.volume_ml,
                "doses": x.doses,
                "counted_ml": x.counted_ml,
                "certificate_no": x.certificate_no,
                "unit": x.unit,
            }
            for x in result.donations
        ],
        "entitlements": [entitlement_json(e) for e in result.entitlements],
        "rules": {
            "id": rules.rule_set_id,
            "region": rules.region,
            "version": rules.version,
            "name": rules.name,
            "citation": rules.citation,
            "verified": rules.verified,
        },
        "priority_use": {
            "granted": result.priority.granted,
            "who": list(result.priority.who),
            "clause": result.priority.clause,
            "confirmed": result.priority.confirmed,
        },
        "relatives": [
            {
                "id": r.id,
                "relation": r.relation,
                "name": r.name,
                "id_number": r.masked_id,
                "evidence": r.evidence,
            }
            for r in result.relatives
        ],
        "warnings": result.warnings,
    }
    if result.certificate is not None:
        out["certificate"] = certificate_json(result.certificate)
    return out


def certificate_json(check) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "number": check.number,
        "found": check.found,
        "holder": check.holder.name if check.holder else None,
        "id_number": check.holder.masked_id if check.holder else None,
        "issued_on": _iso(check.issued_on),
        "donations": [
            {"date": _iso(x.donated_on), "kind": x.kind, "volume_ml": x.volume_ml, "doses": x.doses}
            for x in check.donations
        ],
        "name_matches": check.name_matches,
        "flags": list(check.flags),
    }


# ------------------------------------------------------------------ commands
def _say_lookup(ctx: Context, result) -> None:  # type: ignore[no-untyped-def]
    d = result.donor
    ctx.say(
        translate("cli", "{name}（{sex}，{id}，{blood}）{unit}").format(
            name=d.name,
            sex=d.sex or "—",
            id=d.masked_id,
            blood=d.blood or translate("cli", "血型不详"),
            unit=d.work_unit,
        )
    )
    ctx.say(
        translate("cli", "累计献血 {ml} 毫升，{n} 次；规则：{rules}").format(
            ml=result.cumulative_ml, n=len(result.donations), rules=result.rules.label
        )
    )
    for x in result.donations:
        ctx.say(f"  {x.donated_on}  {x.kind_label} {x.amount_label}  {x.certificate_no}")
    for e in result.entitlements:
        left = (
            translate("cli", "不限量")
            if e.remaining_ml is None
            else translate("cli", "剩余 {ml} 毫升").format(ml=e.remaining_ml)
        )
        until = translate("cli", "，至 {day}").format(day=e.until) if e.until else ""
        ctx.say(f"{e.who}{'（' + e.name + '）' if e.name else ''}：{left}{until}")
        ctx.say(translate("cli", "  依据：{why}").format(why=e.why))
    if result.priority.granted:
        ctx.say(
            translate("cli", "优先用血：{who}（{clause}）").format(
                who="、".join(result.priority.who), clause=result.priority.clause
            )
        )
    for w in result.warnings:
        ctx.say(translate("cli", "注意：{note}").format(note=w))
    if result.certificate is not None:
        for flag in result.certificate.flags:
            ctx.say(translate("cli", "注意：{note}").format(note=flag))


def cmd_lookup(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.certificates import check_certificate
    from app.lookup.documents import write_priority_letter
    from app.lookup.entitlements import lookup

    with ctx.database() as db:
        result = lookup(db, args.query, args.on, args.rules)
        if result.certificate is not None and args.name:
            result.certificate = check_certificate(db, args.query, args.name)
        _say_lookup(ctx, result)
        out = lookup_json(result)
        if args.priority_letter:
            path = write_priority_letter(
                db,
                result.donor.id,
                args.priority_letter,
                on=result.on,
                patient=args.patient,
                relation=args.relation,
                hospital=args.hospital,
                region=args.rules,
            )
            ctx.say(translate("cli", "优先用血证明：{path}").format(path=path))
            out["priority_letter"] = str(path)
    return out


def cmd_claim(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.claims import ClaimInput, record_claim
    from app.lookup.documents import write_approval_form
    from app.lookup.entitlements import find_one_donor

    with ctx.database() as db:
        if args.form:  # the form is signed by the office: refuse before the claim is recorded
            from app.office.settings import require_office

            require_office(db)
        donor = find_one_donor(db, args.query)
        result = record_claim(
            db,
            ClaimInput(
                donor_id=donor.id,
                who=args.who,
                name=args.name,
                ml=args.ml,
                used_on=args.date,
                hospital=args.hospital,
                amount_yuan=args.amount,
                invoice_no=args.invoice,
                relative_id_number=args.id_number,
                evidence=args.evidence,
                override_reason=args.override_reason,
                region=args.rules,
            ),
        )
        c = result.claim
        left = (
            translate("cli", "不限量")
            if result.remaining_ml is None
            else translate("cli", "{ml} 毫升").format(ml=result.remaining_ml)
        )
        ctx.say(
            translate("cli", "已登记报销 #{id}：{who} {name} {ml} 毫升（{day}），剩余 {left}。").format(
                id=c.id, who=c.who, name=c.name, ml=c.ml, day=c.used_on, left=left
            )
        )
        if c.override_reason:
            ctx.say(translate("cli", "特批原因：{reason}").format(reason=c.override_reason))
        for w in result.warnings:
            ctx.say(translate("cli", "注意：{note}").format(note=w))
        out: dict[str, Any] = {
            "claim_id": c.id,
            "donor": {"id": donor.id, "name": donor.name, "id_number": donor.masked_id},
            "who": c.who,
            "name": c.name,
            "ml": c.ml,
            "date": _iso(c.used_on),
            "invoice": c.invoice_no,
            "amount_yuan": c.amount_yuan or None,
            "rule_version": c.rule_version,
            "override_reason": c.override_reason or None,
            "remaining_before_ml": result.before.remaining_ml,
            "remaining_ml": result.remaining_ml,
            "why": c.explanation,
            "warnings": list(result.warnings),
        }
        if args.form:
            path = write_approval_form(db, c.id, args.form)
            ctx.say(translate("cli", "审核表：{path}").format(path=path))
            out["form"] = str(path)
    return out


def cmd_awards(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.award_list import award_candidates, write_award_list_xlsx

    with ctx.database() as db:
        result = award_candidates(db, args.until, args.since)
    for c in result.donors:
        ctx.say(
            translate("cli", "{tier}\t{name}\t{id}\t{count}次\t{day}").format(
                tier=c.tier,
                name=c.name,
                id=c.id_number if args.full_id else c.masked_id,
                count=c.count,
                day=c.reached_on,
            )
        )
    for u in result.units:
        ctx.say(translate("cli", "促进奖\t{unit}\t{reason}").format(unit=u.unit, reason=u.reason))
    ctx.say(
        translate("cli", "奉献奖候选 {donors} 人，促进奖候选 {units} 个单位（截至 {day}）。").format(
            donors=len(result.donors), units=len(result.units), day=args.until
        )
    )
    out: dict[str, Any] = {
        "until": _iso(args.until),
        "since": _iso(args.since),
        "donors": [
            {
                "id_number": c.id_number if args.full_id else c.masked_id,
                "name": c.name,
                "count": c.count,
                "tier": c.tier,
                "reached_on": _iso(c.reached_on),
                "golds": c.golds,
                "work_unit": c.work_unit,
            }
            for c in result.donors
        ],
        "units": [
            {"unit": u.unit, "donations": u.donations, "staff": u.staff, "reason": u.reason}
            for u in result.units
        ],
        "rules": {"id": result.rules.rule_set_id, "name": result.rules.name, "version": result.rules.version},
    }
    if args.out:
        path = write_award_list_xlsx(result, args.out, full_ids=args.full_id)
        ctx.say(translate("cli", "已保存：{path}").format(path=path))
        out["out"] = str(path)
    return out


def cmd_certificate(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    from app.lookup.certificates import check_certificate

    with ctx.database() as db:
        check = check_certificate(db, args.number, args.name)
    if check.found and check.holder:
        ctx.say(
            translate("cli", "献血证 {number}：持证人 {name}（{id}）").format(
                number=check.number, name=check.holder.name, id=check.holder.masked_id
            )
        )
        for x in check.donations:
            if x.kind == "platelets":
                line = translate("cli", "  {day}  单采血小板 {n}治疗量").format(day=x.donated_on, n=x.doses)
            else:
                line = translate("cli", "  {day}  全血 {n}毫升").format(day=x.donated_on, n=x.volume_ml)
            ctx.say(line)
    for flag in check.flags:
        ctx.say(translate("cli", "注意：{note}").format(note=flag))
    return certificate_json(check)
