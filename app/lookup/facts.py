"""Reading one donor's donations, claims and relatives as the engine's plain facts.

Core selects over the (donor_id, donated_on) index, built once at import and run on the session's
connection (no ORM layer, no statement construction per call): a lookup must answer in a few
milliseconds on a million donations, and claims check against the same facts.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.lookup.engine import ClaimFact, DonationFact, RelativeFact, counted_ml
from app.lookup.records import ClaimRecord, LookupDonation, RelativeRecord
from app.lookup.rules import ReimbursementRules
from db.models import Claim, Donation, Relative, Unit

_DONATIONS = (
    select(
        Donation.id,
        Donation.donated_on,
        Donation.kind,
        Donation.volume_ml,
        Donation.doses,
        Donation.certificate_no,
        Unit.name,
    )
    .outerjoin(Unit, Unit.id == Donation.unit_id)
    .where(Donation.donor_id == bindparam("donor_id"))
    .order_by(Donation.donated_on, Donation.id)
)


def donations_of(session: Session, donor_id: int) -> list[tuple[DonationFact, str, str]]:
    """(fact, 献血证号, unit name) for every donation of *donor_id*, oldest first."""
    return [
        (DonationFact(r[0], r[1], r[2], r[3] or 0, r[4] or 0), r[5] or "", r[6] or "")
        for r in session.connection().execute(_DONATIONS, {"donor_id": donor_id})
    ]


#: The history with two flags on every row: does the donor have claims, relatives? Most donors
#: have neither, and two index probes inside this statement cost less than two statements.
_DONATIONS_FLAGGED = _DONATIONS.add_columns(
    select(Claim.id).where(Claim.donor_id == bindparam("donor_id")).exists().label("has_claims"),
    select(Relative.id).where(Relative.donor_id == bindparam("donor_id")).exists().label("has_relatives"),
)


def donor_facts(
    session: Session, donor_id: int
) -> tuple[list[tuple[DonationFact, str, str]], list[ClaimRecord], list[RelativeRecord]]:
    """:func:`donations_of`, :func:`claims_of` and :func:`relatives_of` for one donor, reading
    claims and relatives only when the history says there are any."""
    result = session.connection().execute(_DONATIONS_FLAGGED, {"donor_id": donor_id}).all()
    rows = [(DonationFact(r[0], r[1], r[2], r[3] or 0, r[4] or 0), r[5] or "", r[6] or "") for r in result]
    ask_claims = not result or bool(result[0].has_claims)
    ask_relatives = not result or bool(result[0].has_relatives)
    return (
        rows,
        claims_of(session, donor_id) if ask_claims else [],
        relatives_of(session, donor_id) if ask_relatives else [],
    )


def history(rules: ReimbursementRules, rows: list[tuple[DonationFact, str, str]]) -> list[LookupDonation]:
    return [
        LookupDonation(
            id=f.id or 0,
            donated_on=f.donated_on,
            kind=f.kind,
            volume_ml=f.volume_ml,
            doses=f.doses,
            counted_ml=counted_ml(rules, f),
            certificate_no=cert,
            unit=unit,
        )
        for f, cert, unit in rows
    ]


_CLAIM_COLUMNS = (
    Claim.id,
    Claim.donor_id,
    Claim.relative_id,
    Claim.who,
    Claim.name,
    Claim.ml,
    Claim.amount_fen,
    Claim.used_on,
    Claim.hospital,
    Claim.invoice_no,
    Claim.rule_set_id,
    Claim.rule_version,
    Claim.explanation,
    Claim.override_reason,
    Claim.created_at,
)


def claim_record(row) -> ClaimRecord:
    return ClaimRecord(
        id=row.id,
        donor_id=row.donor_id,
        relative_id=row.relative_id,
        who=row.who,
        name=row.name,
        ml=row.ml,
        amount_fen=row.amount_fen,
        used_on=row.used_on,
        hospital=row.hospital or "",
        invoice_no=row.invoice_no or "",
        rule_set_id=row.rule_set_id,
        rule_version=row.rule_version or "",
        explanation=row.explanation or "",
        override_reason=row.override_reason or "",
        created_at=row.created_at,
    )


_CLAIMS = (
    select(*_CLAIM_COLUMNS).where(Claim.donor_id == bindparam("donor_id")).order_by(Claim.used_on, Claim.id)
)


def claims_of(session: Session, donor_id: int) -> list[ClaimRecord]:
    return [claim_record(r) for r in session.connection().execute(_CLAIMS, {"donor_id": donor_id})]


_CLAIM = select(*_CLAIM_COLUMNS).where(Claim.id == bindparam("claim_id"))


def claim_by_id(session: Session, claim_id: int) -> ClaimRecord | None:
    session.flush()  # a claim added in this session is read back with its defaults
    row = session.connection().execute(_CLAIM, {"claim_id": claim_id}).first()
    return claim_record(row) if row else None


def claim_facts(claims: list[ClaimRecord]) -> list[ClaimFact]:
    return [
        ClaimFact(
            id=c.id,
            used_on=c.used_on,
            who=c.who,
            ml=c.ml,
            relative_id=c.relative_id,
            name=c.name,
            override=bool(c.override_reason),
            invoice_no=c.invoice_no,
        )
        for c in claims
    ]


_RELATIVES = (
    select(
        Relative.id,
        Relative.donor_id,
        Relative.relation,
        Relative.name,
        Relative.id_number,
        Relative.evidence,
        Relative.note,
    )
    .where(Relative.donor_id == bindparam("donor_id"))
    .order_by(Relative.id)
)


def relatives_of(session: Session, donor_id: int) -> list[RelativeRecord]:
    return [
        RelativeRecord(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6] or "")
        for r in session.connection().execute(_RELATIVES, {"donor_id": donor_id})
    ]


def relative_facts(relatives: list[RelativeRecord]) -> list[RelativeFact]:
    return [RelativeFact(r.id, r.relation, r.name) for r in relatives]
