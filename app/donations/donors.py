"""The donor registry: one person per 身份证号, blood type, phone, work unit, flags.

The same ID number is the same person (the database refuses a second record); the same name and
birth date under different numbers may be the same person with a miscopied number, so it is
offered as a merge (:func:`duplicate_candidates`, :mod:`app.donations.merge`), never merged silently.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.database import Database
from app.donations.idcard import IdNumberError, parse_id
from app.donations.records import DonationRecord, DonorDetail, DonorSummary
from app.donations.search import (
    donation_stats,
    donor_columns,
    normalize_name,
    summary_from_row,
)
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from db.models import Donation, Donor, Site, Unit

CTX = "donors"
ABO_GROUPS = ("A", "B", "O", "AB")

_ABO_RE = re.compile(r"^(AB|A|B|O)(?:型)?")
_RH_PREFIX = re.compile(r"^(?:rh\(d\)|rhd|rh|d)")
_RH_NOISE = re.compile(r"rh\(d\)|rhd|rh|[()（）\[\]【】:：]")
_RH_SIGN = re.compile(r"阳性|阴性|pos|neg|阳|阴|[+-]")
_RH_WORDS = {"+": "+", "阳": "+", "阳性": "+", "pos": "+", "-": "-", "阴": "-", "阴性": "-", "neg": "-"}


def parse_abo(text: object) -> str | None:
    """ "O", "O型", "ｏ", "AB型RhD阳性" → the ABO group; "" for blank; None when unreadable."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip().upper().replace(" ", "")
    if not raw or raw in ("-", "/", "未知", "不详", "未检"):
        return ""
    m = _ABO_RE.match(raw)
    return m.group(1) if m else None


def parse_rh(text: object) -> str | None:
    """ "+", "阳性", "RhD+", "Rh(D)阴性", "(-)" → "+" / "-"; "" for blank; None when unreadable."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip().lower().replace(" ", "")
    if not raw or raw in ("/", "未知", "不详", "未检", "未查"):
        return ""
    rest = _RH_PREFIX.sub("", raw).strip("()（）:：")
    if rest in _RH_WORDS:
        return _RH_WORDS[rest]
    # a sign said twice or in brackets: "阳性(+)", "+(阳性)", "(RhD阴性)", "Rh阳性（+）"
    words = _RH_NOISE.sub("", raw)
    signs = {_RH_WORDS[w] for w in _RH_SIGN.findall(words)}
    return signs.pop() if len(signs) == 1 and not _RH_SIGN.sub("", words) else None


def parse_blood(text: object) -> tuple[str, str] | None:
    """ "O+", "AB-", "A型阳性", "B型RhD阴性" → (abo, rh); a bare group gives rh ""."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip().upper().replace(" ", "")
    abo = parse_abo(raw)
    if abo is None:
        return None
    rest = _ABO_RE.sub("", raw, count=1)
    rh = parse_rh(rest) if rest else ""
    return None if rh is None else (abo, rh)


@dataclass
class DonorInput:
    """What the clerk types for a donor; sex and birth date come from the ID number."""

    id_number: str
    name: str
    abo: str = ""
    rh: str = ""
    phone: str = ""
    address: str = ""
    work_unit_id: int | None = None
    emergency_team: bool = False
    rare_blood: bool = False
    no_contact: bool = False
    had_reaction: bool = False
    note: str = ""


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that may be one person: same name and birth date, different ID numbers."""

    first: DonorSummary
    second: DonorSummary
    reason: str


def _validate(session: Session, data: DonorInput, donor_id: int | None) -> tuple[dict, list[RowProblem]]:
    problems: list[RowProblem] = []
    values: dict = {}
    try:
        info = parse_id(data.id_number)
        values.update(id_number=info.number, sex=info.sex, birth_date=info.birth_date)
    except IdNumberError as exc:
        problems.append(RowProblem(0, translate("donors", "身份证号"), str(exc)))
    name = normalize_name(data.name)
    if not name:
        problems.append(RowProblem(0, translate("donors", "姓名"), translate("donors", "不能为空")))
    elif len(name) > 50:
        problems.append(RowProblem(0, translate("donors", "姓名"), translate("donors", "太长（最多50个字）")))
    abo = parse_abo(data.abo)
    rh = parse_rh(data.rh)
    if abo is None:
        problems.append(RowProblem(0, translate("donors", "血型"), translate("donors", "应为 A、B、O 或 AB")))
    if rh is None:
        problems.append(RowProblem(0, "RhD", translate("donors", "应为阳性（+）或阴性（-）")))
    if data.work_unit_id is not None and session.get(Unit, data.work_unit_id) is None:
        problems.append(RowProblem(0, translate("donors", "工作单位"), translate("donors", "单位不存在")))
    number = values.get("id_number")
    if number:
        other = session.execute(
            select(Donor.id, Donor.name).where(Donor.id_number == number, Donor.id != (donor_id or -1))
        ).first()
        if other is not None:
            problems.append(
                RowProblem(
                    0,
                    translate("donors", "身份证号"),
                    translate("donors", "已登记为“{name}”：同一身份证号就是同一个人").format(name=other.name),
                )
            )
    from app.pinyin import search_key

    values.update(
        name=name,
        py_initials=search_key(name) if name else "",
        abo=abo or "",
        rh=rh or "",
        phone=unicodedata.normalize("NFKC", data.phone or "").strip(),
        address=(data.address or "").strip(),
        work_unit_id=data.work_unit_id,
        emergency_team=bool(data.emergency_team),
        rare_blood=bool(data.rare_blood),
        no_contact=bool(data.no_contact),
        had_reaction=bool(data.had_reaction),
        note=data.note or "",
    )
    return values, problems


def create_donor(db: Database, data: DonorInput, *, by: str = "") -> DonorSummary:
    """Register a donor; refused (nothing written) with every problem named."""
    with db.session() as s:
        return _summary(s, create_in(s, data, by=by))


def create_in(session: Session, data: DonorInput, *, by: str = "") -> int:
    """:func:`create_donor` inside a caller's transaction; returns the new donor's id."""
    values, problems = _validate(session, data, None)
    if problems:
        raise InputError(translate("donors", "无法登记献血者"), problems)
    donor = Donor(**values)
    session.add(donor)
    session.flush()
    audit.record(session, "donor.create", "donor", donor.id, name=donor.name, by=by)
    return donor.id


def update_donor(db: Database, donor_id: int, data: DonorInput, *, by: str = "") -> DonorSummary:
    """Change a donor's details (a corrected ID number must not belong to someone else)."""
    with db.session() as s:
        donor = s.get(Donor, donor_id)
        if donor is None:
            raise KnownError(translate("donors", "找不到这位献血者（编号{id}）").format(id=donor_id))
        values, problems = _validate(s, data, donor_id)
        if problems:
            raise InputError(translate("donors", "无法保存献血者"), problems)
        for key, value in values.items():
            setattr(donor, key, value)
        audit.record(s, "donor.update", "donor", donor_id, name=donor.name, by=by)
        s.flush()
        return _summary(s, donor_id)


def set_flags(
    db: Database,
    donor_id: int,
    *,
    emergency_team: bool | None = None,
    rare_blood: bool | None = None,
    no_contact: bool | None = None,
    by: str = "",
) -> DonorSummary:
    """Set 应急献血队伍 / 稀有血型 / 不再联系; None leaves a flag as it is."""
    with db.session() as s:
        donor = s.get(Donor, donor_id)
        if donor is None:
            raise KnownError(translate("donors", "找不到这位献血者（编号{id}）").format(id=donor_id))
        changed = {}
        for key, value in (
            ("emergency_team", emergency_team),
            ("rare_blood", rare_blood),
            ("no_contact", no_contact),
        ):
            if value is not None and getattr(donor, key) != value:
                setattr(donor, key, value)
                changed[key] = value
        if changed:
            audit.record(s, "donor.flags", "donor", donor_id, by=by, **changed)
        s.flush()
        return _summary(s, donor_id)


def _summary(session: Session, donor_id: int) -> DonorSummary:
    row = session.execute(donor_columns().where(Donor.id == donor_id)).one()
    return summary_from_row(row, donation_stats(session, [donor_id]).get(donor_id))


def _blank(column):
    return func.coalesce(column, "")


def donation_records(session, where, order=None, limit: int | None = None) -> list[DonationRecord]:
    """Donations with their donor, unit and site names, as records (*session* may be a Session or
    a Connection). Columns come in :class:`DonationRecord` field order and are built positionally:
    reading 23 attributes by name per row cost more than the query at 100 rows a page."""
    stmt = _record_select().where(where)
    stmt = stmt.order_by(*(order if order is not None else (Donation.donated_on.desc(), Donation.id.desc())))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [DonationRecord(*r) for r in session.execute(stmt)]


@functools.cache
def _record_select() -> Select:
    """The columns of a :class:`DonationRecord`, built once (a page of the list runs it again and
    again)."""
    return (
        select(
            Donation.id,
            Donation.donor_id,
            Donor.name,
            Donor.id_number,
            Donation.donated_on,
            Donation.kind,
            func.coalesce(Donation.volume_ml, 0),
            func.coalesce(Donation.doses, 0),
            Donation.category,
            Donation.unit_id,
            _blank(Unit.name),
            Donation.site_id,
            _blank(Site.name),
            Donation.slot_id,
            _blank(Donation.donation_code),
            _blank(Donation.certificate_no),
            _blank(Donation.source),
            _blank(Donor.abo),
            _blank(Donor.rh),
            _blank(Donation.entered_by),
            Donation.entered_at,
            _blank(Donation.override_reason),
            _blank(Donation.note),
        )
        .join(Donor, Donor.id == Donation.donor_id)
        .outerjoin(Unit, Unit.id == Donation.unit_id)
        .outerjoin(Site, Site.id == Donation.site_id)
    )


def get_donor(db: Database, donor_id: int) -> DonorDetail:
    """A donor with the whole donation history, newest first."""
    with db.session() as s:
        row = s.execute(
            donor_columns().add_columns(Donor.address, Donor.note).where(Donor.id == donor_id)
        ).first()
        if row is None:
            raise KnownError(translate("donors", "找不到这位献血者（编号{id}）").format(id=donor_id))
        donations = donation_records(s, Donation.donor_id == donor_id)
    last = donations[0].donated_on if donations else None
    summary = summary_from_row(row, (len(donations), last))
    return DonorDetail(summary, row.address or "", row.note or "", tuple(donations))


def find_by_id_number(db: Database, id_number: str) -> DonorSummary | None:
    """The donor with this ID number (15-digit numbers converted), or None."""
    try:
        number = parse_id(id_number).number
    except IdNumberError:
        return None
    with db.session() as s:
        row = s.execute(donor_columns().where(Donor.id_number == number)).first()
        return None if row is None else summary_from_row(row, donation_stats(s, [row.id]).get(row.id))


def duplicate_candidates(db: Database, donor_id: int | None = None, limit: int = 200) -> list[DuplicatePair]:
    """Pairs with the same name and birth date but different ID numbers, to offer as merges.

    For one donor it is an indexed look-up by name; for the whole registry one grouped query.
    """
    a, b = aliased(Donor), aliased(Donor)
    with db.session() as s:
        if donor_id is not None:
            stmt = (
                select(a.id, b.id)
                .join(b, and_(b.name == a.name, b.birth_date == a.birth_date, b.id != a.id))
                .where(a.id == donor_id)
            )
        else:
            groups = (
                select(Donor.name, Donor.birth_date)
                .where(Donor.birth_date.is_not(None))
                .group_by(Donor.name, Donor.birth_date)
                .having(func.count() > 1)
                .subquery()
            )
            stmt = (
                select(a.id, b.id)
                .join(groups, and_(groups.c.name == a.name, groups.c.birth_date == a.birth_date))
                .join(b, and_(b.name == a.name, b.birth_date == a.birth_date, b.id > a.id))
                .order_by(a.name, a.id, b.id)
            )
        pairs = s.execute(stmt.limit(limit)).all()
        ids = sorted({i for pair in pairs for i in pair})
        rows = {r.id: r for r in s.execute(donor_columns().where(Donor.id.in_(ids)))}
        stats = donation_stats(s, ids)
    out = []
    for first, second in pairs:
        one = summary_from_row(rows[first], stats.get(first))
        two = summary_from_row(rows[second], stats.get(second))
        reason = translate("donors", "姓名“{name}”和出生日期{birth}相同，身份证号不同").format(
            name=one.name, birth=one.birth_date.isoformat() if one.birth_date else ""
        )
        out.append(DuplicatePair(one, two, reason))
    return out
