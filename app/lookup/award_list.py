"""The award candidate list (奉献奖 donors, 促进奖 units) from the database, and as print-ready .xlsx.

Only donors whose total count could reach the lowest tier are read in full: SQL sums each donor's
count with the award rule's numbers first, so the list over a million donations reads a few
thousand donors' histories, not every row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from sqlalchemy import Float, and_, case, cast, func, select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.masking import mask_id
from app.files import safe_write
from app.gongwen.model import AppendixTable, Column
from app.gongwen.xlsx_writer import write_tables_xlsx
from app.i18n import translate
from app.lookup.awards import AwardDonation, count_value, standing, tier_rank
from app.lookup.rules import AwardRules
from app.lookup.rulesets import ensure_presets_in, pick_award
from db.models import Donation, Donor, Unit, UnitYear

CTX = "lookup"


@dataclass(frozen=True)
class AwardCandidate:
    donor_id: int
    name: str
    sex: str
    id_number: str
    blood: str
    work_unit: str
    count: int | float  # total, never restarted
    cycle_count: int | float  # since the last gold
    golds: int
    tier: str
    reached_on: dt.date

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)


@dataclass(frozen=True)
class UnitCandidate:
    unit_id: int
    unit: str
    donations: int
    staff: int | None
    share: float | None  # donations / staff
    reason: str


@dataclass
class AwardList:
    rules: AwardRules
    until: dt.date
    since: dt.date | None
    donors: list[AwardCandidate] = field(default_factory=list)
    units: list[UnitCandidate] = field(default_factory=list)


def _count_sql(rules: AwardRules):
    """One donation's count in SQL, the same arithmetic as :func:`app.lookup.awards.donation_count`."""
    return case(
        (
            Donation.kind == "platelets",
            case(
                (Donation.donated_on < rules.legacy_platelet_before, rules.legacy_platelet_count),
                else_=Donation.doses * rules.platelet_count_per_dose,
            ),
        ),
        else_=cast(Donation.volume_ml, Float) / rules.whole_ml_per_count,
    )


def _donor_candidates(
    s: Session, rules: AwardRules, until: dt.date, since: dt.date | None
) -> list[AwardCandidate]:
    lowest = rules.tiers[0][1]
    possible = (
        select(Donation.donor_id)
        .where(Donation.donated_on <= until)
        .group_by(Donation.donor_id)
        .having(func.sum(_count_sql(rules)) >= lowest)
    ).subquery()
    rows = s.execute(
        select(
            Donation.donor_id,
            Donation.id,
            Donation.donated_on,
            Donation.kind,
            Donation.volume_ml,
            Donation.doses,
        )
        .where(Donation.donor_id.in_(select(possible.c.donor_id)), Donation.donated_on <= until)
        .order_by(Donation.donor_id, Donation.donated_on, Donation.id)
    )
    found: list[tuple[int, object, object]] = []
    for donor_id, group in groupby(rows, key=lambda r: r.donor_id):
        st = standing(
            rules,
            (AwardDonation(r.donated_on, r.kind, r.volume_ml or 0, r.doses or 0, r.id) for r in group),
            until,
        )
        best = st.best(rules, since)
        if best is not None:
            found.append((donor_id, st, best))
    if not found:
        return []
    people = {
        r.id: r
        for r in s.execute(
            select(
                Donor.id, Donor.name, Donor.sex, Donor.id_number, Donor.abo, Donor.rh, Unit.name.label("unit")
            )
            .outerjoin(Unit, Unit.id == Donor.work_unit_id)
            .where(Donor.id.in_([f[0] for f in found]))
        )
    }
    rank = tier_rank(rules)
    out = [
        AwardCandidate(
            donor_id=donor_id,
            name=people[donor_id].name,
            sex=people[donor_id].sex or "",
            id_number=people[donor_id].id_number,
            blood=f"{people[donor_id].abo}{people[donor_id].rh}" if people[donor_id].abo else "",
            work_unit=people[donor_id].unit or "",
            count=count_value(st.total),
            cycle_count=count_value(st.cycle_count),
            golds=st.golds,
            tier=best.tier,
            reached_on=best.on,
        )
        for donor_id, st, best in found
    ]
    out.sort(key=lambda c: (-rank[c.tier], c.reached_on, c.name, c.donor_id))
    return out


def _staff(s: Session, year: int) -> dict[int, int]:
    """Each unit's 在职人数 from the latest roster year up to *year*."""
    latest = (
        select(UnitYear.unit_id, func.max(UnitYear.year).label("year"))
        .where(UnitYear.year <= year, UnitYear.staff.is_not(None))
        .group_by(UnitYear.unit_id)
        .subquery()
    )
    rows = s.execute(
        select(UnitYear.unit_id, UnitYear.staff).join(
            latest, and_(latest.c.unit_id == UnitYear.unit_id, latest.c.year == UnitYear.year)
        )
    )
    return {unit_id: staff for unit_id, staff in rows}


def _unit_candidates(s: Session, rules: AwardRules, until: dt.date) -> list[UnitCandidate]:
    start = dt.date(until.year - rules.unit_window_years, until.month, min(until.day, 28))
    if (until.month, until.day) == (2, 29):
        start = dt.date(until.year - rules.unit_window_years, 2, 28)
    counts = s.execute(
        select(Donation.unit_id, Unit.name, func.count())
        .join(Unit, Unit.id == Donation.unit_id)
        .where(Donation.donated_on > start, Donation.donated_on <= until)
        .group_by(Donation.unit_id, Unit.name)
        .having(func.count() >= rules.unit_min_donations)
    ).all()
    staff = _staff(s, until.year)
    out = []
    for unit_id, name, n in counts:
        people = staff.get(unit_id)
        share = n / people if people else None
        if n >= rules.unit_alt_min_donations:
            reason = translate("lookup", "{years}年内献血{n}人次（≥{alt}）").format(
                years=rules.unit_window_years, n=n, alt=rules.unit_alt_min_donations
            )
        elif share is not None and share >= rules.unit_min_staff_share:
            reason = translate("lookup", "{years}年内献血{n}人次，占职工{staff}人的{pct:.0%}").format(
                years=rules.unit_window_years, n=n, staff=people, pct=share
            )
        else:
            continue
        out.append(UnitCandidate(unit_id, name, n, people, share, reason))
    out.sort(key=lambda u: (-u.donations, u.unit))
    return out


def award_candidates(db: Database, until: dt.date, since: dt.date | None = None) -> AwardList:
    """奉献奖 donors (tier reached by *until*; with *since*, reached on or after it) and 促进奖 units."""
    with db.session() as s:
        ensure_presets_in(s)
        rules = pick_award(s, max(until, dt.date.today()))  # the list is made now, under today's rules
        return AwardList(
            rules=rules,
            until=until,
            since=since,
            donors=_donor_candidates(s, rules, until, since),
            units=_unit_candidates(s, rules, until),
        )


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def award_tables(result: AwardList, *, full_ids: bool = False) -> list[AppendixTable]:
    """The list as appendix tables (a 通知's 附件 or the workbook's sheets)."""
    donors = AppendixTable(
        title=translate("lookup", "无偿献血奉献奖候选人名单"),
        columns=[
            Column(translate("lookup", "序号"), weight=0.7, align="center"),
            Column(translate("lookup", "姓名"), weight=1.9, align="center"),
            Column(translate("lookup", "性别"), weight=0.8, align="center"),
            Column(translate("lookup", "身份证号"), weight=4.4, align="center"),
            Column(translate("lookup", "血型"), weight=0.8, align="center"),
            Column(translate("lookup", "工作单位"), weight=1.9, align="left"),
            Column(translate("lookup", "折算献血次数"), weight=1.3, align="right"),
            Column(translate("lookup", "奖项"), weight=1.1, align="center"),
            Column(translate("lookup", "达到日期"), weight=2.8, align="center"),
        ],
        rows=[
            [
                str(i),
                c.name,
                c.sex,
                c.id_number if full_ids else c.masked_id,
                c.blood,
                c.work_unit,
                str(c.count),
                c.tier
                + (
                    translate("lookup", "（第{n}次）").format(n=c.golds)
                    if c.tier == result.rules.restart_after and c.golds > 1
                    else ""
                ),
                _cn(c.reached_on),
            ]
            for i, c in enumerate(result.donors, 1)
        ],
        note=translate("lookup", "统计截至{until}。依据：{citation}").format(
            until=_cn(result.until), citation=result.rules.citation
        ),
    )
    units = AppendixTable(
        title=translate("lookup", "无偿献血促进奖候选单位名单"),
        columns=[
            Column(translate("lookup", "序号"), align="center"),
            Column(translate("lookup", "单位"), weight=2.5, align="left"),
            Column(translate("lookup", "献血人次"), align="right"),
            Column(translate("lookup", "在职人数"), align="right"),
            Column(translate("lookup", "依据"), weight=3.0, align="left"),
        ],
        rows=[
            [str(i), u.unit, str(u.donations), "" if u.staff is None else str(u.staff), u.reason]
            for i, u in enumerate(result.units, 1)
        ],
    )
    return [donors, units]


def write_award_list_xlsx(result: AwardList, path: Path, *, full_ids: bool = False) -> Path:
    """The candidate list as a print-ready workbook (one sheet each for donors and units)."""
    tables = award_tables(result, full_ids=full_ids)
    return safe_write(Path(path), lambda tmp: write_tables_xlsx(tables, tmp))
