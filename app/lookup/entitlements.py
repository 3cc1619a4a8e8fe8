"""The lookup service: find the donor, apply the region's rule set, answer with the why.

One read transaction: the donor, the history, relatives and claims, the rule set in force on the
day, then the pure engine. The command line's ``lookup`` and the lookup page both call
:func:`lookup` (a search text) or :func:`donor_lookup` (a donor already chosen from a list).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.database import Database
from app.donations.records import DonorSummary
from app.donations.search import donation_stats, donor_columns, find_donors_in, summary_from_row
from app.errors import InputError, KnownError, RowProblem
from app.i18n import tr
from app.lookup import engine
from app.lookup.certificates import check_certificate_in, priority_use
from app.lookup.facts import claim_facts, claims_of, donations_of, history, relative_facts, relatives_of
from app.lookup.records import LookupResult
from app.lookup.rules import ReimbursementRules
from app.lookup.rulesets import ensure_presets_in, normalize_region, pick_reimbursement
from db.models import Donor, OfficeSetting

CTX = "lookup"
AMBIGUOUS_LIMIT = 20


def office_region(session: Session) -> str:
    """The office's province (office settings ``province`` or ``region``), else the default."""
    from app.office.settings import OfficeSettings

    for key in ("province", "region"):
        row = session.get(OfficeSetting, key)
        if row is not None and isinstance(row.value, str) and row.value.strip():
            return normalize_region(row.value)
    defaults = OfficeSettings()
    return normalize_region(getattr(defaults, "province", "") or getattr(defaults, "region", "") or "陕西")


def rules_for(session: Session, region: str | None, on: dt.date) -> ReimbursementRules:
    """*region*'s rule set in force on *on* (the office's region when None)."""
    return pick_reimbursement(session, region or office_region(session), on)


def resolve_donor(session: Session, query: str) -> DonorSummary:
    """Exactly one donor for *query*, or an InputError that lists the candidates (masked IDs)."""
    if not (query or "").strip():
        raise InputError(tr(CTX, "请输入献血证号、身份证号、姓名或拼音首字母"), [])
    found = find_donors_in(session, query, AMBIGUOUS_LIMIT)
    if not found:
        raise InputError(
            tr(CTX, "未找到献血者“{query}”（可用献血证号、身份证号、姓名或拼音首字母查询）").format(
                query=query.strip()
            ),
            [],
        )
    exact = [d for d in found if d.matched_by in ("id_number", "donation_code", "certificate")]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    problems = [
        RowProblem(
            0,
            d.name,
            tr(CTX, "{id}，{count}次献血，最近{last}").format(
                id=d.masked_id, count=d.donation_count, last=d.last_donated_on or tr(CTX, "无")
            ),
        )
        for d in found
    ]
    raise InputError(
        tr(CTX, "“{query}”对应{n}位献血者，请用献血证号或身份证号查询：").format(
            query=query.strip(), n=len(found)
        ),
        problems,
    )


def find_one_donor(db: Database, query: str) -> DonorSummary:
    """The one donor *query* names (InputError listing candidates when it names several)."""
    with db.session() as s:
        return resolve_donor(s, query)


def donor_by_id(session: Session, donor_id: int) -> DonorSummary:
    """One donor as a summary (KnownError if the id is gone)."""
    row = session.execute(donor_columns().where(Donor.id == donor_id)).first()
    if row is None:
        raise KnownError(tr(CTX, "献血者 {id} 不存在").format(id=donor_id))
    return summary_from_row(row, donation_stats(session, [donor_id]).get(donor_id))


def compute(
    session: Session, donor: DonorSummary, on: dt.date, region: str | None, matched_by: str = ""
) -> LookupResult:
    """The whole answer for one donor, inside the caller's session."""
    rules = rules_for(session, region, on)
    rows = donations_of(session, donor.id)
    claims = claims_of(session, donor.id)
    relatives = relatives_of(session, donor.id)
    ledger = engine.ledger(
        rules, [f for f, _c, _u in rows], claim_facts(claims), on, relative_facts(relatives)
    )
    warnings = []
    if not rules.verified:
        warnings.append(
            tr(CTX, "{label}为预设规则，尚未核实；请管理员核对后复制修改为已核实的版本。").format(
                label=rules.label
            )
        )
    later = [c for c in claims if c.used_on > on]
    if later:
        warnings.append(
            tr(CTX, "{day}之后还有{n}笔报销，未计入本次结果。").format(day=engine.cn_date(on), n=len(later))
        )
    return LookupResult(
        donor=donor,
        on=on,
        rules=rules,
        donations=history(rules, rows),
        ledger=ledger,
        relatives=relatives,
        claims=claims,
        priority=priority_use(rules),
        matched_by=matched_by,
        warnings=warnings,
    )


def lookup(db: Database, query: str, on: dt.date | None = None, region: str | None = None) -> LookupResult:
    """Find the donor by 献血证号, ID number, name or pinyin initials and state every entitlement.

    *on* defaults to today, *region* to the office's province. A query that is a 献血证号 also
    carries the certificate check.
    """
    on = on or dt.date.today()
    with db.session() as s:
        ensure_presets_in(s)
        donor = resolve_donor(s, query)
        result = compute(s, donor, on, region, donor.matched_by)
        if donor.matched_by == "certificate":
            result.certificate = check_certificate_in(s, query)
        return result


def donor_lookup(
    db: Database, donor_id: int, on: dt.date | None = None, region: str | None = None
) -> LookupResult:
    """:func:`lookup` for a donor already chosen (e.g. from the search list)."""
    with db.session() as s:
        ensure_presets_in(s)
        return compute(s, donor_by_id(s, donor_id), on or dt.date.today(), region)
