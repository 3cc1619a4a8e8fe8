"""Find a donor by what a clerk has in hand: 身份证号, 献血码, 献血证号, name or pinyin initials.

Every branch is an indexed look-up (equality or a prefix range on an indexed column), never a
scan, so a search stays in milliseconds at 300,000 donors and a million donations
(bench/bench_donations.py). SQLite's ``LIKE`` is case-insensitive and cannot use an index
(PITFALLS.md §7), so prefixes are ranges: ``name >= '张' AND name < '弡'``. A name whose surname
reads differently as a surname (单雄信: dxx by default, sxx as a surname) stores both initials
("dxx sxx"); the second is found by a range on the surname's name prefix, filtered by ``LIKE``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, Select, func, select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.idcard import canonical_id, clean_id, looks_like_id
from app.donations.records import DonorSummary
from db.models import Certificate, Donation, Donor, Unit

_SPACE = re.compile(r"\s+")
_ASCII_CODE = re.compile(r"[0-9A-Z][0-9A-Z\-_/.]*")
_LETTERS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+[X]?")
#: A search that is only digits needs this many to be taken as the start of an ID number.
ID_PREFIX_MIN = 6


def normalize_code(text: object) -> str:
    """献血码/献血证号 as stored and looked up: full-width folded, no spaces, upper case."""
    if text is None:
        return ""
    if type(text) is str and text.isascii() and text.isalnum():
        return text.upper()  # the common case, kept cheap: it runs twice per imported row
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(text))).upper()


def normalize_name(text: str) -> str:
    """A person's name as stored and looked up: full-width folded, no spaces ("张 三" → "张三");
    the middle dot of minority names is unified to "·"."""
    name = _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))
    return name.replace("•", "·").replace("・", "·").replace(".", "·") if name else ""


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with *prefix* (code point order,
    which is SQLite's BINARY order for UTF-8 text)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_range(column, prefix: str):
    """``column`` starts with *prefix*, as an index-friendly range."""
    return (column >= prefix) & (column < _next_prefix(prefix))


@functools.cache
def _surname_variants() -> tuple[tuple[str, str], ...]:
    """Surnames whose surname reading differs from pypinyin's default, with that reading."""
    from app.pinyin import SURNAME_INITIALS, initials

    return tuple(
        (surname, reading) for surname, reading in SURNAME_INITIALS.items() if initials(surname) != reading
    )


def find_donors(db: Database, query: str, limit: int = 20) -> list[DonorSummary]:
    """Donors matching *query*, best match first, each saying what it matched (``matched_by``).

    The query is read as: a full ID number (18 digits, or an old 15-digit one, converted), a 献血码
    or 献血证号 (exact), the start of an ID number (six or more digits), a name (exact, then names
    starting with it), or pinyin initials ("zs" → 张三, 赵四…; both readings of a heteronym surname).
    An exact ID number, 献血码 or 献血证号 ends the search: it names one person.
    """
    with db.engine.connect() as conn:
        return find_donors_in(conn, query, limit)


def find_donors_in(conn: Connection | Session, query: str, limit: int = 20) -> list[DonorSummary]:
    """:func:`find_donors` on a caller's connection or session (the entry and import services)."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", query or ""))
    if not text or limit <= 0:
        return []
    found: dict[int, DonorSummary] = {}
    for kind, where, order, definitive in _lookups(text):
        stmt = summary_select().where(where)
        if order is not None:
            stmt = stmt.order_by(*order)
        for row in conn.execute(stmt.limit(limit - len(found))):
            if row.id not in found:
                found[row.id] = summary_from_row(row, (row.n, row.last), kind)
        if len(found) >= limit or (definitive and found):
            break
    return list(found.values())


def _lookups(text: str) -> Iterable[tuple[str, ColumnElement, tuple | None, bool]]:
    """The look-ups that apply to *text*, most specific first: (kind, condition on the donor,
    order, whether a hit ends the search)."""
    upper = text.upper()
    if looks_like_id(text):
        number = canonical_id(text) or clean_id(text)
        yield "id_number", Donor.id_number == number, None, True
    code = normalize_code(text)
    if _ASCII_CODE.fullmatch(code):
        by_code = select(Donation.donor_id).where(Donation.donation_code == code).scalar_subquery()
        yield "donation_code", Donor.id == by_code, None, True
        by_certificate = select(Certificate.donor_id).where(Certificate.number == code).scalar_subquery()
        yield "certificate", Donor.id == by_certificate, None, True
        on_donation = select(Donation.donor_id).where(Donation.certificate_no == code)
        yield "certificate", Donor.id.in_(on_donation), (Donor.id,), True
        if _DIGITS.fullmatch(upper) and ID_PREFIX_MIN <= len(upper) < 18:
            yield "id_prefix", prefix_range(Donor.id_number, upper), (Donor.id_number,), False
    lower = text.lower()
    if _LETTERS.fullmatch(lower):
        yield "initials", prefix_range(Donor.py_initials, lower), (Donor.py_initials, Donor.id), False
        for surname, reading in _surname_variants():
            if reading.startswith(lower) or lower.startswith(reading):
                variant = Donor.py_initials.like(f"% {lower}%") | Donor.py_initials.like(f"{lower}%")
                yield "initials", prefix_range(Donor.name, surname) & variant, (Donor.name, Donor.id), False
    elif not text.isascii():
        name = normalize_name(text)
        yield "name", Donor.name == name, (Donor.id,), False
        yield "name_prefix", prefix_range(Donor.name, name), (Donor.name, Donor.id), False


def summary_select() -> Select:
    """A :class:`DonorSummary`'s columns with its donation count and last date (correlated
    sub-queries through the (donor_id, donated_on) index, so only the rows returned cost)."""
    n = select(func.count()).where(Donation.donor_id == Donor.id).correlate(Donor).scalar_subquery()
    last = select(func.max(Donation.donated_on)).where(Donation.donor_id == Donor.id).correlate(Donor)
    return donor_columns().add_columns(n.label("n"), last.scalar_subquery().label("last"))


def donor_columns() -> Select:
    """The columns of a :class:`DonorSummary`, with the work unit's name."""
    return select(
        Donor.id,
        Donor.id_number,
        Donor.name,
        Donor.sex,
        Donor.birth_date,
        Donor.abo,
        Donor.rh,
        Donor.phone,
        Donor.work_unit_id,
        Unit.name.label("work_unit"),
        Donor.emergency_team,
        Donor.rare_blood,
        Donor.no_contact,
        Donor.had_reaction,
    ).outerjoin(Unit, Unit.id == Donor.work_unit_id)


def donation_stats(session: Session, donor_ids: list[int]) -> dict[int, tuple[int, object]]:
    """``{donor_id: (count, last date)}`` through the (donor_id, donated_on) index."""
    if not donor_ids:
        return {}
    stmt = (
        select(Donation.donor_id, func.count(), func.max(Donation.donated_on))
        .where(Donation.donor_id.in_(donor_ids))
        .group_by(Donation.donor_id)
    )
    return {donor_id: (count, last) for donor_id, count, last in session.execute(stmt)}


def summary_from_row(row, stats: tuple[int, object] | None, matched_by: str = "") -> DonorSummary:
    """A :class:`DonorSummary` from a :func:`donor_columns` row."""
    count, last = stats or (0, None)
    return DonorSummary(
        id=row.id,
        id_number=row.id_number,
        name=row.name,
        sex=row.sex or "",
        birth_date=row.birth_date,
        abo=row.abo or "",
        rh=row.rh or "",
        phone=row.phone or "",
        work_unit_id=row.work_unit_id,
        work_unit=row.work_unit or "",
        emergency_team=bool(row.emergency_team),
        rare_blood=bool(row.rare_blood),
        no_contact=bool(row.no_contact),
        had_reaction=bool(row.had_reaction),
        last_donated_on=last,
        donation_count=count,
        matched_by=matched_by,
    )
