"""Certificate check (献血证核验) and priority use (优先用血).

Some hospitals supply blood only against a certificate: the clerk confirms the 献血证号 is on
record, whose it is, when and what was given, and notices a number not on record or a holder's
name that differs from the one on the paper in front of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.records import DonorSummary
from app.donations.search import (
    donation_stats,
    donor_columns,
    normalize_code,
    normalize_name,
    summary_from_row,
)
from app.i18n import translate
from app.lookup.engine import DonationFact
from app.lookup.facts import donations_of
from app.lookup.records import CertificateCheck, CertificateDonation, PriorityAnswer
from app.lookup.rules import ReimbursementRules
from db.models import Certificate, Donation, Donor

CTX = "lookup"


def check_certificate(db: Database, number: str, name: str = "") -> CertificateCheck:
    """Whether *number* is on record, its holder and donation(s), and whether *name* matches."""
    with db.session() as s:
        return check_certificate_in(s, number, name)


_CERT = select(Certificate.donor_id, Certificate.donation_id, Certificate.issued_on).where(
    Certificate.number == bindparam("code")
)


@dataclass(frozen=True)
class CertRow:
    """The certificate table's entry for a number, as :data:`CERT_COLUMNS` bring it along."""

    donor_id: int
    donation_id: int | None
    issued_on: dt.date | None


#: The certificate table's entry for the number bound as ``value``, as three columns another
#: statement carries (the lookup's search), so the check needs no statement of its own.
CERT_COLUMNS = tuple(
    select(column)
    .where(Certificate.number == bindparam("value"))
    .scalar_subquery()
    .label(f"cert_{column.key}")
    for column in (Certificate.donor_id, Certificate.donation_id, Certificate.issued_on)
)


def cert_from_row(row: Row) -> CertRow | None:
    """The :data:`CERT_COLUMNS` of *row*, or None when the table has no entry."""
    if row.cert_donor_id is None:
        return None
    return CertRow(row.cert_donor_id, row.cert_donation_id, row.cert_issued_on)


_HOLDERS = select(Donation.donor_id).where(Donation.certificate_no == bindparam("code")).distinct().limit(5)


def check_certificate_in(session: Session, number: str, name: str = "") -> CertificateCheck:
    """:func:`check_certificate` inside a caller's session."""
    code = normalize_code(number)
    conn = session.connection()
    cert = conn.execute(_CERT, {"code": code}).first() if code else None
    holders = {r[0] for r in conn.execute(_HOLDERS, {"code": code})} if code else set()
    if cert is not None:
        holders.add(cert.donor_id)
    if not holders:
        flag = translate("lookup", "献血证号 {number} 不在记录中，请核对证件或向血站查询。").format(
            number=code or number
        )
        return CertificateCheck(code, False, None, None, (), normalize_name(name), None, (flag,))
    donor_id = cert.donor_id if cert is not None else min(holders)
    row = session.execute(donor_columns().where(Donor.id == donor_id)).first()
    holder = summary_from_row(row, donation_stats(session, [donor_id]).get(donor_id), "certificate")
    rows = [(f, c) for f, c, _u in donations_of(session, donor_id)]
    return certificate_check(code, name, holder, rows, cert, len(holders))


def certificate_check(
    code: str,
    name: str,
    holder: DonorSummary,
    rows: list[tuple[DonationFact, str]],
    cert: Row | CertRow | None,
    holders: int,
) -> CertificateCheck:
    """The check from what is already loaded: the holder and their (donation, 献血证号) rows."""
    given = normalize_name(name)
    flags: list[str] = []
    if holders > 1:
        flags.append(translate("lookup", "此献血证号登记在{n}位献血者名下，请核对。").format(n=holders))
    matches = None
    if given:
        matches = given == holder.name
        if not matches:
            flags.append(
                translate("lookup", "姓名不符：证件上为“{given}”，记录中持证人为“{holder}”。").format(
                    given=given, holder=holder.name
                )
            )
    linked = cert.donation_id if cert is not None else None
    donations = tuple(
        CertificateDonation(f.id or 0, f.donated_on, f.kind, f.volume_ml, f.doses)
        for f, number in rows
        if number == code or (linked is not None and f.id == linked)
    )
    return CertificateCheck(
        number=code,
        found=True,
        holder=holder,
        issued_on=cert.issued_on if cert is not None else None,
        donations=donations,
        name_given=given,
        name_matches=matches,
        flags=tuple(flags),
    )


def certificate_for(
    session: Session,
    number: str,
    holder: DonorSummary,
    rows: list[tuple[DonationFact, str]],
    *,
    sole_holder: bool = False,
    known: tuple[CertRow | None] | None = None,
) -> CertificateCheck:
    """The check for a lookup that found *holder* by this number (their rows already loaded);
    *sole_holder* when the search already knows no other donor's donation carries the number,
    *known* when it brought the certificate table's entry along (``(entry or None,)``)."""
    code = normalize_code(number)
    conn = session.connection()
    cert = known[0] if known is not None else conn.execute(_CERT, {"code": code}).first()
    holders = {holder.id}
    if not sole_holder:
        holders |= {r[0] for r in conn.execute(_HOLDERS, {"code": code})}
    return certificate_check(code, "", holder, rows, cert, len(holders))


def priority_use(rules: ReimbursementRules) -> PriorityAnswer:
    """What the rule set says about 优先用血."""
    p = rules.priority_use
    if p is None:
        return PriorityAnswer(
            granted=False,
            who=(),
            clause=translate("lookup", "{label}未规定优先用血。").format(label=rules.label),
            rule_label=rules.label,
            citation=rules.citation,
        )
    return PriorityAnswer(
        granted=True,
        who=p.who,
        clause=p.clause,
        rule_label=rules.label,
        citation=rules.citation,
        confirmed=rules.verified and "priority_use" not in rules.unconfirmed,
    )
