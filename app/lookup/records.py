"""Plain records the lookup services hand out: no ORM object leaves ``app.lookup``.

Numbers are kept in full (claims and forms need them to match); pages, the command line and
documents show them through the ``masked_*`` properties.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.donations.masking import mask_id
from app.donations.records import DonorSummary
from app.lookup.engine import Entitlement, Ledger
from app.lookup.rules import ReimbursementRules


@dataclass(frozen=True)
class LookupDonation:
    """One donation in the donor's history, with the ml the rule set counts it as."""

    id: int
    donated_on: dt.date
    kind: str  # whole / platelets
    volume_ml: int
    doses: int
    counted_ml: int
    certificate_no: str
    unit: str

    @property
    def kind_label(self) -> str:
        return "单采血小板" if self.kind == "platelets" else "全血"

    @property
    def amount_label(self) -> str:
        return f"{self.doses}治疗量" if self.kind == "platelets" else f"{self.volume_ml}毫升"


@dataclass(frozen=True)
class RelativeRecord:
    """A relative on record: 亲属 name, ID, relation and the papers the clerk saw."""

    id: int
    donor_id: int
    relation: str
    name: str
    id_number: str
    evidence: str
    note: str = ""

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)


@dataclass(frozen=True)
class ClaimRecord:
    """A recorded claim, with the rule version it was decided under and any override reason."""

    id: int
    donor_id: int
    relative_id: int | None
    who: str
    name: str
    ml: int
    amount_fen: int | None
    used_on: dt.date
    hospital: str
    invoice_no: str
    rule_set_id: int | None
    rule_version: str
    explanation: str
    override_reason: str
    created_at: dt.datetime | None = None

    @property
    def amount_yuan(self) -> str:
        """ "1234.50" or "" when no amount was entered."""
        if self.amount_fen is None:
            return ""
        return f"{self.amount_fen // 100}.{self.amount_fen % 100:02d}"


@dataclass(frozen=True)
class CertificateDonation:
    donation_id: int
    donated_on: dt.date
    kind: str
    volume_ml: int
    doses: int


@dataclass(frozen=True)
class CertificateCheck:
    """Is this 献血证号 on record, whose is it, and does the name given match?"""

    number: str
    found: bool
    holder: DonorSummary | None
    issued_on: dt.date | None
    donations: tuple[CertificateDonation, ...]
    name_given: str
    name_matches: bool | None  # None: no name given
    flags: tuple[str, ...]  # what the clerk should notice, in Chinese

    @property
    def ok(self) -> bool:
        return self.found and self.name_matches is not False


@dataclass(frozen=True)
class PriorityAnswer:
    """优先用血: granted by the rule set or not, to whom, under which clause."""

    granted: bool
    who: tuple[str, ...]
    clause: str
    rule_label: str
    citation: str
    confirmed: bool = True  # False: the clause is listed as not yet confirmed in the rule set


@dataclass
class LookupResult:
    """Everything the lookup page shows for one donor on one day."""

    donor: DonorSummary
    on: dt.date
    rules: ReimbursementRules
    donations: list[LookupDonation]
    ledger: Ledger
    relatives: list[RelativeRecord]
    claims: list[ClaimRecord]
    priority: PriorityAnswer
    certificate: CertificateCheck | None = None
    matched_by: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def entitlements(self) -> list[Entitlement]:
        return self.ledger.entitlements

    @property
    def cumulative_ml(self) -> int:
        return self.ledger.cumulative_ml
