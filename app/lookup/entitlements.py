"""The lookup service: find the donor, apply the region's rule set, answer with the why.

One read transaction: the donor, the history, relatives and claims, the rule set in force on the
day, then the pure engine. The command line's ``lookup`` and the lookup page both call
:func:`lookup` (a search text) or :func:`donor_lookup` (a donor already chosen from a list).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.idcard import canonical_id, clean_id, looks_like_id
from app.donations.records import DonorSummary
from app.donations.search import (
    donor_columns,
    find_donors_in,
    normalize_code,
    summary_from_row,
)
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.lookup import engine
from app.lookup.certificates import CERT_COLUMNS, CertRow, cert_from_row, certificate_for, priority_use
from app.lookup.facts import claim_facts, donor_facts, history, relative_facts
from app.lookup.records import LookupResult
from app.lookup.rules import ReimbursementRules
from app.lookup.rulesets import ensure_presets_in, normalize_region, pick_reimbursement
from app.lookup.why import cn_date
from db.models import Certificate, Donation, Donor, OfficeSetting

CTX = "lookup"
AMBIGUOUS_LIMIT = 20
EXACT = ("id_number", "donation_code", "certificate")


_OFFICE_REGION = select(OfficeSetting.key, OfficeSetting.value).where(
    OfficeSetting.key.in_(("province", "region"))
)


def office_region(session: Session) -> str:
    """The office's province (office settings ``province`` or ``region``), else the default."""
    from app.office.settings import OfficeSettings

    stored = dict(session.connection().execute(_OFFICE_REGION).all())
    for key in ("province", "region"):
        value = stored.get(key)
        if isinstance(value, str) and value.strip():
            return normalize_region(value)
    defaults = OfficeSettings()
    return normalize_region(getattr(defaults, "province", "") or getattr(defaults, "region", "") or "陕西")


def rules_for(session: Session, region: str | None, on: dt.date) -> ReimbursementRules:
    """*region*'s rule set in force on *on* (the office's region when None)."""
    return pick_reimbursement(session, region or office_region(session), on)


# The exact numbers a clerk has in hand, as prebuilt indexed look-ups on the session's connection.
# They read the query exactly as app.donations.search does (its normalizers); anything else (a
# name, initials, the start of an ID number) goes to find_donors_in.
_BY_ID_NUMBER = donor_columns().where(Donor.id_number == bindparam("value")).limit(2)
_BY_CERTIFICATE = (
    donor_columns()
    .add_columns(*CERT_COLUMNS)
    .where(Donor.id.in_(select(Donation.donor_id).where(Donation.certificate_no == bindparam("value"))))
    .limit(2)
)
_BY_CERTIFICATE_TABLE = (
    donor_columns()
    .add_columns(*CERT_COLUMNS)
    .where(Donor.id.in_(select(Certificate.donor_id).where(Certificate.number == bindparam("value"))))
    .limit(2)
)
_BY_DONATION_CODE = (
    donor_columns()
    .where(Donor.id.in_(select(Donation.donor_id).where(Donation.donation_code == bindparam("value"))))
    .limit(2)
)


def _exact(session: Session, query: str) -> tuple[DonorSummary, tuple[CertRow | None] | None] | None:
    """The donor (with what matched) when *query* is a number that names exactly one donor: the
    donor's row comes with the match, in one indexed statement, and for a 献血证号 with the
    certificate table's entry (``(entry or None,)``, else None)."""
    conn = session.connection()
    text = (query or "").strip()
    if looks_like_id(text):
        number = canonical_id(text) or clean_id(text)
        rows = conn.execute(_BY_ID_NUMBER, {"value": number}).all()
        return (summary_from_row(rows[0], None, "id_number"), None) if len(rows) == 1 else None
    code = normalize_code(text)
    if not code.isascii() or not code[:1].isalnum():
        return None
    for stmt, kind in (
        (_BY_CERTIFICATE, "certificate"),
        (_BY_CERTIFICATE_TABLE, "certificate"),
        (_BY_DONATION_CODE, "donation_code"),
    ):
        rows = conn.execute(stmt, {"value": code}).all()
        if len(rows) == 1:
            cert = (cert_from_row(rows[0]),) if kind == "certificate" else None
            return summary_from_row(rows[0], None, kind), cert
        if rows:
            return None  # one number, several donors: the search lists them
    return None


def resolve_donor(session: Session, query: str) -> DonorSummary:
    """Exactly one donor for *query*, or an InputError that lists the candidates (masked IDs)."""
    if not (query or "").strip():
        raise InputError(translate("lookup", "请输入献血证号、身份证号、姓名或拼音首字母"), [])
    found = find_donors_in(session, query, AMBIGUOUS_LIMIT)
    if not found:
        raise InputError(
            translate(
                "lookup", "未找到献血者“{query}”（可用献血证号、身份证号、姓名或拼音首字母查询）"
            ).format(query=query.strip()),
            [],
        )
    exact = [d for d in found if d.matched_by in EXACT]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    problems = [
        RowProblem(
            0,
            d.name,
            translate("lookup", "{id}，{count}次献血，最近{last}").format(
                id=d.masked_id, count=d.donation_count, last=d.last_donated_on or translate("lookup", "无")
            ),
        )
        for d in found
    ]
    raise InputError(
        translate("lookup", "“{query}”对应{n}位献血者，请用献血证号或身份证号查询：").format(
            query=query.strip(), n=len(found)
        ),
        problems,
    )


def find_one_donor(db: Database, query: str) -> DonorSummary:
    """The one donor *query* names (InputError listing candidates when it names several)."""
    with db.session() as s:
        return resolve_donor(s, query)


_DONOR_ROW = donor_columns().where(Donor.id == bindparam("donor_id"))


def donor_by_id(session: Session, donor_id: int) -> DonorSummary:
    """One donor as a summary (KnownError if the id is gone); the count and last donation are
    left to :func:`compute`, which has the history in hand anyway."""
    row = session.connection().execute(_DONOR_ROW, {"donor_id": donor_id}).first()
    if row is None:
        raise KnownError(translate("lookup", "献血者 {id} 不存在").format(id=donor_id))
    return summary_from_row(row, None)


def compute(
    session: Session,
    donor: DonorSummary,
    on: dt.date,
    region: str | None,
    matched_by: str = "",
    certificate: str = "",
    *,
    sole_holder: bool = False,
    known: tuple[CertRow | None] | None = None,
) -> LookupResult:
    """The whole answer for one donor, inside the caller's session (with the certificate check
    when *certificate* is the 献血证号 the donor was found by)."""
    rules = rules_for(session, region, on)
    rows, claims, relatives = donor_facts(session, donor.id)
    if rows and donor.last_donated_on is None:  # found by an exact number: count from the history
        donor = dataclasses.replace(donor, donation_count=len(rows), last_donated_on=rows[-1][0].donated_on)
    ledger = engine.ledger(
        rules, [f for f, _c, _u in rows], claim_facts(claims), on, relative_facts(relatives)
    )
    warnings = []
    if not rules.verified:
        warnings.append(
            translate("lookup", "{label}为预设规则，尚未核实；请管理员核对后复制修改为已核实的版本。").format(
                label=rules.label
            )
        )
    later = [c for c in claims if c.used_on > on]
    if later:
        warnings.append(
            translate("lookup", "{day}之后还有{n}笔报销，未计入本次结果。").format(
                day=cn_date(on), n=len(later)
            )
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
        certificate=certificate_for(
            session, certificate, donor, [(f, c) for f, c, _u in rows], sole_holder=sole_holder, known=known
        )
        if certificate
        else None,
    )


def lookup(db: Database, query: str, on: dt.date | None = None, region: str | None = None) -> LookupResult:
    """Find the donor by 献血证号, ID number, name or pinyin initials and state every entitlement.

    *on* defaults to today, *region* to the office's province. A query that is a 献血证号 also
    carries the certificate check.
    """
    on = on or dt.date.today()
    with db.session() as s:
        ensure_presets_in(s)
        exact = _exact(s, query)
        known = None
        if exact is not None:  # the number names this donor alone
            donor, known = exact
        else:
            donor = resolve_donor(s, query)
        certificate = query if donor.matched_by == "certificate" else ""
        return compute(
            s, donor, on, region, donor.matched_by, certificate, sole_holder=exact is not None, known=known
        )


def donor_lookup(
    db: Database, donor_id: int, on: dt.date | None = None, region: str | None = None
) -> LookupResult:
    """:func:`lookup` for a donor already chosen (e.g. from the search list)."""
    with db.session() as s:
        ensure_presets_in(s)
        return compute(s, donor_by_id(s, donor_id), on or dt.date.today(), region)
