"""Certificate check (献血证核验) and priority use (优先用血).

Some hospitals supply blood only against a certificate: the clerk confirms the 献血证号 is on
record, whose it is, when and what was given, and notices a number not on record or a holder's
name that differs from the one on the paper in front of them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.search import (
    donation_stats,
    donor_columns,
    normalize_code,
    normalize_name,
    summary_from_row,
)
from app.i18n import tr
from app.lookup.records import CertificateCheck, CertificateDonation, PriorityAnswer
from app.lookup.rules import ReimbursementRules
from db.models import Certificate, Donation, Donor

CTX = "lookup"


def check_certificate(db: Database, number: str, name: str = "") -> CertificateCheck:
    """Whether *number* is on record, its holder and donation(s), and whether *name* matches."""
    with db.session() as s:
        return check_certificate_in(s, number, name)


def check_certificate_in(session: Session, number: str, name: str = "") -> CertificateCheck:
    code = normalize_code(number)
    given = normalize_name(name)
    cert = session.execute(
        select(Certificate.donor_id, Certificate.donation_id, Certificate.issued_on).where(
            Certificate.number == code
        )
    ).first()
    donation_filter = Donation.certificate_no == code
    if cert is not None and cert.donation_id is not None:
        donation_filter = donation_filter | (Donation.id == cert.donation_id)
    rows = session.execute(
        select(
            Donation.id,
            Donation.donor_id,
            Donation.donated_on,
            Donation.kind,
            Donation.volume_ml,
            Donation.doses,
        )
        .where(donation_filter)
        .order_by(Donation.donated_on, Donation.id)
    ).all()
    donor_ids = {cert.donor_id} if cert is not None else {r.donor_id for r in rows}
    flags: list[str] = []
    if not code or (cert is None and not rows):
        flags.append(
            tr(CTX, "献血证号 {number} 不在记录中，请核对证件或向血站查询。").format(number=code or number)
        )
        return CertificateCheck(code, False, None, None, (), given, None, tuple(flags))
    if len(donor_ids) > 1:
        flags.append(tr(CTX, "此献血证号登记在{n}位献血者名下，请核对。").format(n=len(donor_ids)))
    donor_id = min(donor_ids)
    row = session.execute(donor_columns().where(Donor.id == donor_id)).first()
    holder = summary_from_row(row, donation_stats(session, [donor_id]).get(donor_id), "certificate")
    matches = None
    if given:
        matches = given == holder.name
        if not matches:
            flags.append(
                tr(CTX, "姓名不符：证件上为“{given}”，记录中持证人为“{holder}”。").format(
                    given=given, holder=holder.name
                )
            )
    donations = tuple(
        CertificateDonation(r.id, r.donated_on, r.kind, r.volume_ml or 0, r.doses or 0)
        for r in rows
        if r.donor_id == donor_id
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


def priority_use(rules: ReimbursementRules) -> PriorityAnswer:
    """What the rule set says about 优先用血."""
    p = rules.priority_use
    if p is None:
        return PriorityAnswer(
            granted=False,
            who=(),
            clause=tr(CTX, "{label}未规定优先用血。").format(label=rules.label),
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
