"""Recording one donation as the clerk types it (献血登记), with the eligibility check inline.

Eligibility warnings never block: the blood station's doctor decides. But a donation recorded
despite a warning needs a reason, which is kept (``override_reason``), so the record says why.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.donations.donors import DonorInput, create_in, donation_records
from app.donations.eligibility import (
    Eligibility,
    EligibilityWarning,
    donor_history,
    evaluate,
)
from app.donations.eligibility_rules import rules_in
from app.donations.first_dates import refresh_first_dates
from app.donations.records import DonationRecord
from app.donations.search import normalize_code
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from db.models import Donation, Donor, ScheduleSlot, Site, Unit
from db.tables.donors import CATEGORIES

CTX = "donations"
#: The earliest donation date accepted (献血法 took effect 1998-10-01; older records exist, older
#: than this they are typing errors).
EARLIEST_DONATION = _dt.date(1950, 1, 1)


@dataclass
class DonationInput:
    """One donation as typed. ``unit_id`` None counts it for the donor's work unit."""

    donor_id: int
    donated_on: _dt.date
    kind: str = "whole"  # whole / platelets
    volume_ml: int = 0  # whole blood: 200 / 300 / 400
    doses: int = 0  # platelets: 1 / 2 治疗量
    category: str = "街头个人"
    unit_id: int | None = None
    site_id: int | None = None
    slot_id: int | None = None
    donation_code: str = ""  # 献血码, unique
    certificate_no: str = ""  # 献血证号
    note: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class DonationCheck:
    """What the entry page shows before saving: problems that refuse, warnings that need a reason."""

    problems: tuple[RowProblem, ...]
    eligibility: Eligibility | None

    @property
    def warnings(self) -> list[EligibilityWarning]:
        return [] if self.eligibility is None else self.eligibility.warnings_for(None)


@dataclass(frozen=True)
class RecordedDonation:
    record: DonationRecord
    warnings: tuple[EligibilityWarning, ...] = field(default_factory=tuple)


class NeedsReason(InputError):
    """The donation has eligibility warnings and no reason was given to record it anyway."""

    def __init__(self, summary: str, problems: list[RowProblem], eligibility: Eligibility) -> None:
        super().__init__(summary, problems)
        self.eligibility = eligibility


def amount_problem(kind: str, volume_ml: int, doses: int, rules) -> str | None:
    """Why this amount is not allowed for the kind, or None (the allowed amounts are rule data)."""
    if kind == "whole":
        if volume_ml not in rules.whole_blood_ml:
            allowed = "、".join(str(v) for v in rules.whole_blood_ml)
            return translate("donations", "全血献血量应为 {allowed} ml，不能是 {value}").format(
                allowed=allowed, value=volume_ml
            )
        if doses:
            return translate("donations", "全血不计治疗量")
        return None
    if kind == "platelets":
        if doses not in rules.platelet_doses:
            allowed = "、".join(str(v) for v in rules.platelet_doses)
            return translate("donations", "单采血小板应为 {allowed} 个治疗量，不能是 {value}").format(
                allowed=allowed, value=doses
            )
        return None
    return translate("donations", "献血种类应为全血或单采血小板")


def _problems(session: Session, data: DonationInput, today: _dt.date, donor) -> list[RowProblem]:
    problems: list[RowProblem] = []
    field_date, field_amount = translate("donations", "献血日期"), translate("donations", "献血量")
    if donor is None:
        return [RowProblem(0, translate("donations", "献血者"), translate("donations", "找不到这位献血者"))]
    if data.donated_on > today:
        problems.append(RowProblem(0, field_date, translate("donations", "不能晚于今天")))
    elif data.donated_on < EARLIEST_DONATION or (donor.birth_date and data.donated_on <= donor.birth_date):
        problems.append(RowProblem(0, field_date, translate("donations", "日期不可能：早于出生日期或1950年")))
    try:
        rules = rules_in(session, data.donated_on)
    except KnownError:
        rules = rules_in(session, _dt.date.today())
    why = amount_problem(data.kind, data.volume_ml, data.doses, rules)
    if why:
        problems.append(RowProblem(0, field_amount, why))
    if data.category not in CATEGORIES:
        problems.append(
            RowProblem(
                0,
                translate("donations", "类别"),
                translate("donations", "应为{choices}之一").format(choices="、".join(CATEGORIES)),
            )
        )
    if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
        problems.append(
            RowProblem(0, translate("donations", "计入单位"), translate("donations", "单位不存在"))
        )
    if data.site_id is not None and session.get(Site, data.site_id) is None:
        problems.append(
            RowProblem(0, translate("donations", "采血点"), translate("donations", "采血点不存在"))
        )
    if data.slot_id is not None and session.get(ScheduleSlot, data.slot_id) is None:
        problems.append(
            RowProblem(0, translate("donations", "献血安排"), translate("donations", "安排不存在"))
        )
    code = normalize_code(data.donation_code)
    if code:
        other = session.execute(
            select(Donation.donated_on, Donor.name)
            .join(Donor, Donor.id == Donation.donor_id)
            .where(Donation.donation_code == code)
        ).first()
        if other is not None:
            problems.append(
                RowProblem(
                    0,
                    translate("donations", "献血码"),
                    translate("donations", "“{code}”已用于{name}{day}的献血").format(
                        code=code, name=other.name, day=other.donated_on.isoformat()
                    ),
                )
            )
    return problems


def _eligibility(session: Session, data: DonationInput, donor) -> Eligibility:
    return evaluate(
        rules_in(session, data.donated_on),
        data.donated_on,
        donor_history(session, data.donor_id),
        birth_date=donor.birth_date,
        had_reaction=bool(donor.had_reaction),
        kind=data.kind,
        volume_ml=data.volume_ml or None,
    )


def check_donation(db: Database, data: DonationInput, *, today: _dt.date | None = None) -> DonationCheck:
    """Everything the entry page shows before saving; writes nothing."""
    today = today or _dt.date.today()
    with db.session() as s:
        donor = s.get(Donor, data.donor_id)
        problems = _problems(s, data, today, donor)
        eligibility = None
        if donor is not None and data.donated_on >= EARLIEST_DONATION:
            try:
                eligibility = _eligibility(s, data, donor)
            except KnownError:
                eligibility = None
    return DonationCheck(tuple(problems), eligibility)


def record_donation(
    db: Database, data: DonationInput, *, entered_by: str = "", today: _dt.date | None = None
) -> RecordedDonation:
    """Save one donation in one transaction.

    Raises:
        InputError: a problem that makes the record wrong (amount not allowed, date impossible,
            献血码 used, unknown donor/unit/site/slot); nothing is written.
        NeedsReason: eligibility warnings and no ``override_reason``; nothing is written. The
            caller shows the warnings and asks the clerk for a reason.
    """
    with db.session() as s:
        return _record(s, data, entered_by, today or _dt.date.today())


def record_new_donor_donation(
    db: Database,
    donor: DonorInput,
    data: DonationInput,
    *,
    entered_by: str = "",
    today: _dt.date | None = None,
) -> RecordedDonation:
    """A walk-in donor registered and the donation recorded in ONE transaction (the entry page's
    new-donor path); ``data.donor_id`` is ignored. Refusals and :class:`NeedsReason` write
    nothing, not even the donor."""
    with db.session() as s:
        data = replace(data, donor_id=create_in(s, donor, by=entered_by))
        return _record(s, data, entered_by, today or _dt.date.today())


def _record(s: Session, data: DonationInput, entered_by: str, today: _dt.date) -> RecordedDonation:
    donor = s.get(Donor, data.donor_id)
    problems = _problems(s, data, today, donor)
    if problems:
        raise InputError(translate("donations", "无法登记这次献血"), problems)
    eligibility = _eligibility(s, data, donor)
    warnings = eligibility.warnings_for(data.kind)
    reason = (data.override_reason or "").strip()
    if warnings and not reason:
        raise NeedsReason(
            translate("donations", "这次献血不符合献血条件，仍要登记请填写原因"),
            [RowProblem(0, translate("donations", "献血条件"), w.message) for w in warnings],
            eligibility,
        )
    site_id = data.site_id
    if site_id is None and data.slot_id is not None:
        site_id = s.get(ScheduleSlot, data.slot_id).site_id
    donation = Donation(
        donor_id=data.donor_id,
        donated_on=data.donated_on,
        kind=data.kind,
        volume_ml=data.volume_ml if data.kind == "whole" else 0,
        doses=data.doses if data.kind == "platelets" else 0,
        category=data.category,
        unit_id=data.unit_id if data.unit_id is not None else donor.work_unit_id,
        site_id=site_id,
        slot_id=data.slot_id,
        donation_code=normalize_code(data.donation_code) or None,
        certificate_no=normalize_code(data.certificate_no),
        source="manual",
        note=data.note or "",
        entered_by=entered_by,
        entered_at=_dt.datetime.now().replace(microsecond=0),
        override_reason=reason if warnings else "",
    )
    s.add(donation)
    s.flush()
    refresh_first_dates(s, [data.donor_id])
    audit.record(
        s,
        "donation.create",
        "donation",
        donation.id,
        donor_id=data.donor_id,
        on=data.donated_on,
        override=bool(warnings),
        by=entered_by,
    )
    [record] = donation_records(s, Donation.id == donation.id)
    return RecordedDonation(record, tuple(warnings))


def delete_donation(db: Database, donation_id: int, *, by: str = "") -> None:
    """Remove a donation typed in error (the audit log keeps what it was)."""
    with db.session() as s:
        donation = s.get(Donation, donation_id)
        if donation is None:
            raise KnownError(translate("donations", "找不到这条献血记录（编号{id}）").format(id=donation_id))
        audit.record(
            s,
            "donation.delete",
            "donation",
            donation_id,
            donor_id=donation.donor_id,
            on=donation.donated_on,
            code=donation.donation_code,
            by=by,
        )
        s.delete(donation)
        s.flush()
        refresh_first_dates(s, [donation.donor_id])


def donor_donations(db: Database, donor_id: int) -> list[DonationRecord]:
    """A donor's donations, newest first."""
    with db.session() as s:
        return donation_records(s, Donation.donor_id == donor_id)
