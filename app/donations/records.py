"""Plain records the donations services hand out: no ORM object ever leaves ``app.donations``."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from app.donations.masking import mask_id, mask_phone

#: What a search matched on, in the order hits are ranked.
MATCH_KINDS = (
    "id_number",
    "donation_code",
    "certificate",
    "name",
    "initials",
    "name_prefix",
    "id_prefix",
)
MATCH_LABELS = {
    "id_number": "身份证号",
    "donation_code": "献血码",
    "certificate": "献血证号",
    "name": "姓名",
    "initials": "拼音首字母",
    "name_prefix": "姓名",
    "id_prefix": "身份证号开头",
}


def blood_label(abo: str, rh: str) -> str:
    """ "O+", "AB-", or "" when the ABO group is unknown ("O" when only RhD is unknown)."""
    return f"{abo}{rh}" if abo else ""


@dataclass(frozen=True)
class DonorSummary:
    """A donor as a search result or a list row; numbers in full, masked through the properties."""

    id: int
    id_number: str
    name: str
    sex: str
    birth_date: _dt.date | None
    abo: str
    rh: str
    phone: str
    work_unit_id: int | None
    work_unit: str
    emergency_team: bool = False
    rare_blood: bool = False
    no_contact: bool = False
    had_reaction: bool = False
    last_donated_on: _dt.date | None = None
    donation_count: int = 0
    matched_by: str = ""

    @property
    def blood(self) -> str:
        return blood_label(self.abo, self.rh)

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def matched_label(self) -> str:
        return MATCH_LABELS.get(self.matched_by, "")


@dataclass(frozen=True)
class DonationRecord:
    """One donation as lists and the donor's history show it."""

    id: int
    donor_id: int
    donor_name: str
    id_number: str
    donated_on: _dt.date
    kind: str  # whole / platelets
    volume_ml: int
    doses: int
    category: str
    unit_id: int | None
    unit: str
    site_id: int | None
    site: str
    slot_id: int | None
    donation_code: str
    certificate_no: str
    source: str
    abo: str = ""
    rh: str = ""
    entered_by: str = ""
    entered_at: _dt.datetime | None = None
    override_reason: str = ""
    note: str = ""

    @property
    def blood(self) -> str:
        return blood_label(self.abo, self.rh)

    @property
    def amount_label(self) -> str:
        """ "400ml" or "2治疗量"."""
        return f"{self.doses}治疗量" if self.kind == "platelets" else f"{self.volume_ml}ml"

    @property
    def kind_label(self) -> str:
        return "单采血小板" if self.kind == "platelets" else "全血"

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)


@dataclass(frozen=True)
class DonorDetail:
    """A donor with the history an entry page or a look-up shows."""

    donor: DonorSummary
    address: str
    note: str
    donations: tuple[DonationRecord, ...] = field(default_factory=tuple)
