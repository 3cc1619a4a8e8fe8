"""Recording a clinical blood-use claim (用血报销) against the donor's entitlement.

One transaction: the rule set in force on the day of use, the donor's facts, the engine's check,
then the claim (and, the first time, the relative) with an audit line. Refused, writing nothing:
more than remains (unless an override reason is given, which is kept and shown), an invoice
number already claimed, a relation the rule set does not cover, an unverified rule set (unless
overridden), a day of use in the future.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.donations.search import normalize_name
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.lookup import engine
from app.lookup.claim_check import check_claim
from app.lookup.entitlements import donor_by_id, rules_for
from app.lookup.facts import claim_by_id, claim_facts, claims_of, donations_of, relative_facts, relatives_of
from app.lookup.records import ClaimRecord, RelativeRecord
from app.lookup.relations import SELF, canonical_relation, relation_problem
from app.lookup.relatives import RelativeInput, insert_relative, relative_problems
from app.lookup.rulesets import ensure_presets_in
from app.lookup.why import cn_date
from db.models import Claim

#: The claim row, prebuilt (a Core insert: no ORM unit of work in the clerk's wait).
_INSERT_CLAIM = insert(Claim)

CTX = "lookup"
OVERRIDE_MARK = "特批："  # where a claim's explanation turns to why it was recorded despite a refusal


@dataclass(frozen=True)
class ClaimInput:
    """What the clerk enters for a claim. *who* is 本人 or the relation (母亲 is read as 父母)."""

    donor_id: int
    who: str
    ml: int
    used_on: dt.date
    name: str = ""  # the patient; the donor's own name when who is 本人 and it is left empty
    hospital: str = ""
    amount_yuan: str | Decimal | None = None
    invoice_no: str = ""
    relative_id: int | None = None
    relative_id_number: str = ""  # for a relative recorded with this claim
    evidence: str = ""  # papers seen, for a relative recorded with this claim
    override_reason: str = ""
    region: str | None = None


@dataclass(frozen=True)
class ClaimResult:
    claim: ClaimRecord
    before: engine.Entitlement  # the pool on the day of use, before this claim
    remaining_ml: int | None  # after it (None: unlimited)
    relative: RelativeRecord | None  # recorded with this claim, the first time
    warnings: tuple[str, ...] = ()


def normalize_invoice(text: str) -> str:
    """An invoice number as compared for duplicates: no spaces, full-width folded, upper case."""
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).upper()


def parse_amount(value: str | Decimal | None) -> int | None:
    """Yuan as typed ("1234.5", "1,234.50元") → 分; None when left empty. ValueError if not money."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).replace(",", "").replace("，", "").replace("元", "").replace("¥", "").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(amount * 100)


def _existing_invoice(session: Session, invoice: str) -> tuple[str, dt.date] | None:
    row = session.execute(
        select(Claim.name, Claim.used_on).where(
            func.upper(func.replace(Claim.invoice_no, " ", "")) == invoice
        )
    ).first()
    return (row[0], row[1]) if row else None


def record_claim(db: Database, data: ClaimInput) -> ClaimResult:
    """Check and record a claim; InputError naming each problem (nothing written) otherwise."""
    with db.session() as s:
        ensure_presets_in(s)
        donor = donor_by_id(s, data.donor_id)
        problems: list[RowProblem] = []
        who = canonical_relation(data.who)
        if who is None:
            problems.append(RowProblem(0, translate("lookup", "用血人关系"), relation_problem(data.who)))
        if not isinstance(data.ml, int) or isinstance(data.ml, bool) or data.ml <= 0:
            problems.append(
                RowProblem(
                    0,
                    translate("lookup", "用血量"),
                    translate("lookup", "应为正整数（毫升），实为“{v}”").format(v=data.ml),
                )
            )
        if data.used_on > dt.date.today():
            problems.append(
                RowProblem(0, translate("lookup", "用血日期"), translate("lookup", "用血日期不能晚于今天"))
            )
        try:
            amount_fen = parse_amount(data.amount_yuan)
        except ValueError:
            amount_fen = None
            problems.append(
                RowProblem(
                    0,
                    translate("lookup", "血费金额"),
                    translate("lookup", "应为金额（元，最多两位小数），实为“{v}”").format(v=data.amount_yuan),
                )
            )
        invoice = normalize_invoice(data.invoice_no)
        if invoice:
            dup = _existing_invoice(s, invoice)
            if dup is not None:
                problems.append(
                    RowProblem(
                        0,
                        translate("lookup", "发票号"),
                        translate(
                            "lookup", "发票 {no} 已于{day}报销过（用血人 {name}），不能重复报销"
                        ).format(no=invoice, day=cn_date(dup[1]), name=dup[0]),
                    )
                )
        if problems:
            raise InputError(translate("lookup", "报销未登记："), problems)

        rules = rules_for(s, data.region, data.used_on)
        relatives = relatives_of(s, donor.id)
        relative: RelativeRecord | None = None
        new_relative: RelativeInput | None = None
        name = donor.name if who == SELF and not data.name.strip() else normalize_name(data.name)
        if who == SELF and name != donor.name:
            problems.append(
                RowProblem(
                    0,
                    translate("lookup", "用血人姓名"),
                    translate("lookup", "本人用血，姓名应为献血者“{donor}”，实为“{name}”").format(
                        donor=donor.name, name=name
                    ),
                )
            )
        if who != SELF and not name:
            problems.append(
                RowProblem(0, translate("lookup", "用血人姓名"), translate("lookup", "请填写用血亲属的姓名"))
            )
        elif who != SELF:
            if who not in rules.relations:
                problems.append(
                    RowProblem(
                        0,
                        translate("lookup", "用血人关系"),
                        translate("lookup", "{label}不包括“{who}”（可享受：本人、{rel}）").format(
                            label=rules.label, who=who, rel="、".join(rules.relations)
                        ),
                    )
                )
            elif data.relative_id is not None:
                relative = next((r for r in relatives if r.id == data.relative_id), None)
                if relative is None or relative.relation != who:
                    problems.append(
                        RowProblem(
                            0,
                            translate("lookup", "亲属"),
                            translate("lookup", "所选亲属不是此献血者的{who}").format(who=who),
                        )
                    )
                else:
                    name = relative.name
            else:
                relative = next((r for r in relatives if r.relation == who and r.name == name), None)
                if relative is None:
                    found, new_relative = relative_problems(
                        s, donor.id, RelativeInput(who, name, data.relative_id_number, data.evidence)
                    )
                    problems.extend(found)
        if problems:
            raise InputError(translate("lookup", "报销未登记："), problems)

        override = data.override_reason.strip()
        rows = donations_of(s, donor.id)
        claims = claims_of(s, donor.id)
        new = engine.ClaimFact(
            None, data.used_on, who, data.ml, relative.id if relative else None, name, bool(override), invoice
        )
        check = check_claim(
            rules, [f for f, _c, _u in rows], claim_facts(claims), new, relative_facts(relatives)
        )
        assert check.pool is not None  # relation covered: checked above
        refusals = []
        if not rules.verified:
            refusals.append(translate("lookup", "{label}尚未核实，不能据以报销").format(label=rules.label))
        if check.short_ml > 0:
            left = (
                translate("lookup", "不限量")
                if check.pool.remaining_ml is None
                else f"{check.pool.remaining_ml}毫升"
            )
            refusals.append(
                translate("lookup", "超出剩余额度：{day}可报销{left}，本次{ml}毫升，超出{short}毫升").format(
                    day=cn_date(data.used_on), left=left, ml=data.ml, short=check.short_ml
                )
            )
        for c in check.broken:
            refusals.append(
                translate("lookup", "补登此笔会使{day}已登记的报销（{name}{ml}毫升）超额").format(
                    day=cn_date(c.used_on), name=c.name, ml=c.ml
                )
            )
        if refusals and not override:
            raise InputError(
                translate("lookup", "报销未登记（如确需办理，请填写特批原因）："),
                [
                    RowProblem(
                        0, translate("lookup", "用血量") if check.short_ml else translate("lookup", "规则"), r
                    )
                    for r in refusals
                ],
            )

        warnings = []
        if override and not refusals:
            warnings.append(translate("lookup", "本次报销未超出额度，无需特批，特批原因未保存。"))
            override = ""
        if new_relative is not None:
            relative = insert_relative(s, donor.id, new_relative)
        explanation = check.pool.why + translate("lookup", "本次报销{ml}毫升。").format(ml=data.ml)
        if refusals:
            explanation += OVERRIDE_MARK + translate("lookup", "{reasons}；原因：{why}").format(
                reasons="；".join(refusals), why=override
            )
        claim_id = (
            s.connection()
            .execute(
                _INSERT_CLAIM,
                {
                    "donor_id": donor.id,
                    "relative_id": relative.id if relative else None,
                    "who": who,
                    "name": name,
                    "ml": data.ml,
                    "amount_fen": amount_fen,
                    "used_on": data.used_on,
                    "hospital": data.hospital.strip(),
                    "invoice_no": invoice,
                    "rule_set_id": rules.rule_set_id,
                    "rule_version": rules.version_key,
                    "explanation": explanation,
                    "override_reason": override,
                },
            )
            .inserted_primary_key[0]
        )
        audit.record(
            s,
            "create",
            "claim",
            claim_id,
            donor_id=donor.id,
            who=who,
            name=name,
            ml=data.ml,
            invoice_no=invoice,
            rule_version=rules.version_key,
            override_reason=override,
        )
        after = engine.ledger(
            rules,
            [f for f, _c, _u in rows],
            claim_facts(claims_of(s, donor.id)),
            data.used_on,
            relative_facts(relatives_of(s, donor.id)),
        ).pool_for(who, relative.id if relative else None, name)
        record = claim_by_id(s, claim_id)
        assert record is not None and after is not None
        if who != SELF and relative is not None and not relative.evidence:
            warnings.append(translate("lookup", "未登记亲属关系证明（户口本、结婚证或派出所证明）。"))
        return ClaimResult(
            record, check.pool, after.remaining_ml, relative if new_relative else None, tuple(warnings)
        )


def list_claims(db: Database, donor_id: int) -> list[ClaimRecord]:
    with db.session() as s:
        return claims_of(s, donor_id)


def get_claim(db: Database, claim_id: int) -> ClaimRecord:
    with db.session() as s:
        record = claim_by_id(s, claim_id)
    if record is None:
        raise KnownError(translate("lookup", "报销记录 {id} 不存在").format(id=claim_id))
    return record
