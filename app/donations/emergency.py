"""应急献血: who of a blood type may be called to donate on a day.

Donors of the ABO group (and RhD, when given) who may donate on the day by the rule set in force
(intervals, yearly limits, age), not flagged 不再联系; the emergency team first, then donors who
gave most often and most recently (they answer the phone). Phones are masked in every output.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.database import Database
from app.donations.donors import parse_blood
from app.donations.eligibility import PastDonation, RuleSet, add_years, evaluate
from app.donations.eligibility_rules import rules_in
from app.donations.masking import mask_phone
from app.donations.records import blood_label
from app.errors import KnownError
from app.i18n import translate
from db.models import Donation, Donor, Unit

CTX = "emergency"
BATCH = 1000


@dataclass(frozen=True)
class EmergencyDonor:
    donor_id: int
    name: str
    sex: str
    age: int | None
    abo: str
    rh: str
    phone: str  # in full: show through masked_phone
    work_unit: str
    last_donated_on: _dt.date | None
    donation_count: int
    emergency_team: bool
    rare_blood: bool

    @property
    def blood(self) -> str:
        return blood_label(self.abo, self.rh)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class EmergencyList:
    blood: str
    on: _dt.date
    kind: str
    donors: tuple[EmergencyDonor, ...]
    rules: RuleSet
    truncated: bool = False


def parse_blood_arg(text: str) -> tuple[str, str]:
    """ "O+", "AB-", "A" (either RhD) as the command line and the GUI give it."""
    parsed = parse_blood(text)
    if not parsed or not parsed[0]:
        raise KnownError(
            translate("emergency", "血型“{text}”看不懂：请写成 O+、A-、AB+ 这样").format(text=text)
        )
    return parsed


def emergency_list(
    db: Database,
    blood: str,
    on: _dt.date,
    *,
    kind: str = "whole",
    limit: int | None = 200,
    region: str = "national",
) -> EmergencyList:
    """Donors of *blood* who may give *kind* on *on*, emergency team first, at most *limit*."""
    abo, rh = parse_blood_arg(blood)
    with db.session() as s:  # the version of the rules in force that day (ages, intervals)
        rules = rules_in(s, on, region)
    oldest = add_years(on, -(max(rules.repeat_age_max, rules.age_max) + 1)) + _dt.timedelta(days=1)
    youngest = add_years(on, -rules.age_min)
    stats = (
        select(
            Donation.donor_id.label("donor_id"),
            func.count().label("n"),
            func.max(Donation.donated_on).label("last"),
        )
        .group_by(Donation.donor_id)
        .subquery()
    )
    stmt = (
        select(
            Donor.id,
            Donor.name,
            Donor.sex,
            Donor.birth_date,
            Donor.abo,
            Donor.rh,
            Donor.phone,
            Donor.had_reaction,
            Donor.emergency_team,
            Donor.rare_blood,
            Unit.name.label("unit"),
            func.coalesce(stats.c.n, 0).label("n"),
            stats.c.last,
        )
        .outerjoin(stats, stats.c.donor_id == Donor.id)
        .outerjoin(Unit, Unit.id == Donor.work_unit_id)
        .where(
            Donor.abo == abo,
            Donor.no_contact.is_(False),
            Donor.birth_date.is_not(None),
            Donor.birth_date >= oldest,
            Donor.birth_date <= youngest,
        )
        .order_by(
            Donor.emergency_team.desc(),
            func.coalesce(stats.c.n, 0).desc(),
            stats.c.last.desc(),
            Donor.name,
            Donor.id,
        )
    )
    if rh:
        stmt = stmt.where(Donor.rh == rh)
    chosen: list[EmergencyDonor] = []
    truncated = False
    with db.session() as s:
        candidates = s.execute(stmt).all()
        for start in range(0, len(candidates), BATCH):
            batch = candidates[start : start + BATCH]
            history: dict[int, list[PastDonation]] = defaultdict(list)
            for donor_id, day, k, ml, doses in s.execute(
                select(
                    Donation.donor_id, Donation.donated_on, Donation.kind, Donation.volume_ml, Donation.doses
                ).where(Donation.donor_id.in_([c.id for c in batch]))
            ):
                history[donor_id].append(PastDonation(day, k, ml or 0, doses or 0))
            for c in batch:
                answer = evaluate(
                    rules,
                    on,
                    history[c.id],
                    birth_date=c.birth_date,
                    had_reaction=bool(c.had_reaction),
                    kind=kind,
                )
                if answer.warnings_for(kind):
                    continue
                if limit is not None and len(chosen) >= limit:
                    truncated = True
                    break
                chosen.append(
                    EmergencyDonor(
                        donor_id=c.id,
                        name=c.name,
                        sex=c.sex or "",
                        age=answer.age,
                        abo=c.abo,
                        rh=c.rh or "",
                        phone=c.phone or "",
                        work_unit=c.unit or "",
                        last_donated_on=answer.last_whole
                        if answer.last_platelets is None
                        else max(d for d in (answer.last_whole, answer.last_platelets) if d),
                        donation_count=answer.previous_count,
                        emergency_team=bool(c.emergency_team),
                        rare_blood=bool(c.rare_blood),
                    )
                )
            if truncated:
                break
    return EmergencyList(blood_label(abo, rh) or abo, on, kind, tuple(chosen), rules, truncated)


def _blood_words(abo: str, rh: str) -> str:
    words = f"{abo}型"
    if rh == "+":
        words += "RhD阳性"
    elif rh == "-":
        words += "RhD阴性"
    return words


def export_emergency_xlsx(result: EmergencyList, path: Path | str) -> Path:
    """A print-ready call list: A4 landscape, one page wide, title and header repeated on every
    page, page numbers, phones masked; written through :func:`app.files.safe_write`."""
    import xlsxwriter

    from app.files import safe_write

    abo, rh = parse_blood_arg(result.blood)
    kind = translate("emergency", "全血") if result.kind == "whole" else translate("emergency", "单采血小板")
    day = f"{result.on.year}年{result.on.month}月{result.on.day}日"
    title = translate("emergency", "应急献血联系名单（{blood}，{day}可献{kind}）").format(
        blood=_blood_words(abo, rh), day=day, kind=kind
    )
    headers = [
        translate("emergency", h)
        for h in (
            "序号",
            "姓名",
            "性别",
            "年龄",
            "血型",
            "联系电话",
            "工作单位",
            "末次献血",
            "献血次数",
            "备注",
        )
    ]
    widths = [6, 10, 6, 6, 7, 15, 24, 12, 9, 16]
    rows = [
        [
            i,
            d.name,
            d.sex,
            "" if d.age is None else d.age,
            d.blood,
            d.masked_phone,
            d.work_unit,
            d.last_donated_on.isoformat() if d.last_donated_on else "",
            d.donation_count,
            "、".join(
                w
                for w, on in (
                    (translate("emergency", "应急队员"), d.emergency_team),
                    (translate("emergency", "稀有血型"), d.rare_blood),
                )
                if on
            ),
        ]
        for i, d in enumerate(result.donors, start=1)
    ]
    note = translate(
        "emergency", "注：共{n}人；按{citation}判断{day}可献血；电话按个人信息保护要求部分隐藏。"
    ).format(n=len(rows), citation=result.rules.citation, day=day)

    def write(tmp: Path) -> None:
        wb = xlsxwriter.Workbook(str(tmp))
        try:
            base = {"font_charset": 134, "valign": "vcenter"}
            f_title = wb.add_format(
                {**base, "font_name": "方正小标宋简体", "font_size": 18, "align": "center"}
            )
            f_head = wb.add_format(
                {**base, "font_name": "黑体", "font_size": 12, "align": "center", "border": 1}
            )
            f_cell = wb.add_format(
                {**base, "font_name": "仿宋_GB2312", "font_size": 12, "align": "center", "border": 1}
            )
            f_left = wb.add_format(
                {**base, "font_name": "仿宋_GB2312", "font_size": 12, "border": 1, "text_wrap": True}
            )
            f_note = wb.add_format({**base, "font_name": "仿宋_GB2312", "font_size": 11, "text_wrap": True})
            ws = wb.add_worksheet(translate("emergency", "应急献血名单"))
            last = len(headers) - 1
            for col, width in enumerate(widths):
                ws.set_column(col, col, width)
            ws.merge_range(0, 0, 0, last, title, f_title)
            ws.set_row(0, 36)
            ws.write_row(1, 0, headers, f_head)
            ws.set_row(1, 24)
            for r, values in enumerate(rows, start=2):
                for c, value in enumerate(values):
                    ws.write(r, c, value, f_left if c in (6, 9) else f_cell)
                ws.set_row(r, 22)
            end = len(rows) + 2
            ws.merge_range(end, 0, end, last, note, f_note)
            ws.set_row(end, 36)
            ws.set_paper(9)
            ws.set_landscape()
            ws.fit_to_pages(1, 0)
            ws.repeat_rows(0, 1)
            ws.center_horizontally()
            ws.set_margins(left=0.6, right=0.6, top=0.8, bottom=0.8)
            ws.set_footer("&C第 &P 页 共 &N 页")
            ws.print_area(0, 0, end, last)
            ws.freeze_panes(2, 0)
        finally:
            wb.close()

    return safe_write(Path(path), write)
