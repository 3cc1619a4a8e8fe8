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

from sqlalchemy import Select, func, select
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
    """
    with db.session() as s:
        return find_donors_in(s, query, limit)


def find_donors_in(session: Session, query: str, limit: int = 20) -> list[DonorSummary]:
    """:func:`find_donors` inside a caller's session (the entry and import services use it)."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", query or ""))
    if not text or limit <= 0:
        return []
    hits: dict[int, str] = {}

    def take(ids: Iterable[int], kind: str) -> bool:
        for donor_id in ids:
            if donor_id not in hits:
                hits[donor_id] = kind
                if len(hits) >= limit:
                    return True
        return False

    for kind, stmt in _lookups(text, limit):
        if take(session.scalars(stmt), kind):
            break
    return _summaries(session, hits)


def _lookups(text: str, limit: int) -> Iterable[tuple[str, Select]]:
    """The look-ups that apply to *text*, most specific first; each selects donor ids."""
    upper = text.upper()
    if looks_like_id(text):
        number = canonical_id(text) or clean_id(text)
        yield "id_number", select(Donor.id).where(Donor.id_number == number)
    code = normalize_code(text)
    if _ASCII_CODE.fullmatch(code):
        yield (
            "donation_code",
            select(Donation.donor_id).where(Donation.donation_code == code),
        )
        yield "certificate", select(Certificate.donor_id).where(Certificate.number == code)
        yield (
            "certificate",
            select(Donation.donor_id).where(Donation.certificate_no == code).limit(limit),
        )
        if _DIGITS.fullmatch(upper) and ID_PREFIX_MIN <= len(upper) < 18:
            yield (
                "id_prefix",
                select(Donor.id)
                .where(prefix_range(Donor.id_number, upper))
                .order_by(Donor.id_number)
                .limit(limit),
            )
    lower = text.lower()
    if _LETTERS.fullmatch(lower):
        yield (
            "initials",
            select(Donor.id)
            .where(prefix_range(Donor.py_initials, lower))
            .order_by(Donor.py_initials, Donor.id)
            .limit(limit),
        )
        for surname, reading in _surname_variants():
            if reading.startswith(lower) or lower.startswith(reading):
                yield (
                    "initials",
                    select(Donor.id)
                    .where(
                        prefix_range(Donor.name, surname),
                        Donor.py_initials.like(f"% {lower}%") | Donor.py_initials.like(f"{lower}%"),
                    )
                    .limit(limit),
                )
    elif not text.isascii():
        name = normalize_name(text)
        yield "name", select(Donor.id).where(Donor.name == name).order_by(Donor.id).limit(limit)
        yield (
            "name_prefix",
            select(Donor.id)
            .where(prefix_range(Donor.name, name))
            .order_by(Donor.name, Donor.id)
            .limit(limit),
        )


def _summaries(session: Session, hits: dict[int, str]) -> list[DonorSummary]:
    """One query for the donors with their unit, one for their donation counts and last dates."""
    if not hits:
        return []
    ids = list(hits)
    rows = {r.id: r for r in session.execute(donor_columns().where(Donor.id.in_(ids)))}
    stats = donation_stats(session, ids)
    out = []
    for donor_id in ids:
        row = rows.get(donor_id)
        if row is not None:
            out.append(summary_from_row(row, stats.get(donor_id), hits[donor_id]))
    return out


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
