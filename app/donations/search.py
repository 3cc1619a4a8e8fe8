"""Find a donor by what a clerk has in hand: 身份证号, 献血码, 献血证号, name or pinyin initials.

Every branch is an indexed look-up (equality or a prefix range on an indexed column), never a
scan, so a search stays in milliseconds at 300,000 donors and a million donations
(bench/bench_donations.py). SQLite's ``LIKE`` is case-insensitive and cannot use an index
(PITFALLS.md §7), so prefixes are ranges: ``name >= '张' AND name < '弡'``. A name whose surname
reads differently as a surname (单雄信: dxx by default, sxx as a surname) stores both initials
("dxx sxx"); the second is found by a range on the surname's name prefix, filtered by ``LIKE``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection, Integer, Select, bindparam, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.idcard import canonical_id, clean_id, looks_like_id
from app.donations.records import DonorSummary
from app.names import drop_invisible
from db.models import Certificate, Donation, Donor, Unit

_SPACE = re.compile(r"\s+")
_ASCII_CODE = re.compile(r"[0-9A-Z][0-9A-Z\-_/.]*")
_LETTERS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+[X]?")
#: A search that is only digits needs this many to be taken as the start of an ID number.
ID_PREFIX_MIN = 6


def normalize_code(text: object) -> str:
    """献血码/献血证号 as stored and looked up: full-width folded, no spaces or invisible characters,
    upper case."""
    if text is None:
        return ""
    if type(text) is str and text.isascii() and text.isalnum():
        return text.upper()  # the common case, kept cheap: it runs twice per imported row
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return _SPACE.sub("", drop_invisible(unicodedata.normalize("NFKC", str(text)))).upper()


def normalize_name(text: str) -> str:
    """A person's name as stored and looked up: full-width folded, no spaces ("张 三" → "张三"), no
    invisible characters; the middle dot of minority names is unified to "·"."""
    name = _SPACE.sub("", drop_invisible(unicodedata.normalize("NFKC", text or "")))
    return name.replace("•", "·").replace("・", "·").replace(".", "·") if name else ""


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with *prefix* (code point order,
    which is SQLite's BINARY order for UTF-8 text)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_range(column, prefix: str):
    """``column`` starts with *prefix*, as an index-friendly range."""
    return (column >= prefix) & (column < _next_prefix(prefix))


@functools.cache
def _surname_variants() -> tuple[tuple[str, str, str], ...]:
    """Surnames whose surname reading differs from pypinyin's default: (surname, its reading as a
    surname, the default reading)."""
    from app.pinyin import SURNAME_INITIALS, initials

    return tuple(
        (surname, reading, initials(surname))
        for surname, reading in SURNAME_INITIALS.items()
        if initials(surname) != reading
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
    if isinstance(conn, Session):
        conn = conn.connection()
    found: dict[int, DonorSummary] = {}
    for kind, statement, params, definitive in _lookups(text):
        rows = _prepared(statement).run(conn, n=limit - len(found), **params)
        if statement == "codes" and rows:
            best = min(row[-1] for row in rows)  # a 献血码 before a 献血证号, as they were asked
            rows = [row[:-1] for row in rows if row[-1] == best]
            kind = _CODE_KINDS[best]
        for row in rows:
            if row[0] not in found:
                found[row[0]] = _summary(row, _name_kind(row, params) if kind == "name" else kind)
        if len(found) >= limit or (definitive and found):
            break
    return list(found.values())


_CODE_KINDS = ("donation_code", "certificate")


def _name_kind(row: tuple, params: dict) -> str:
    """A name search is one range: the name itself sorts first, then the names it starts."""
    return "name" if row[2] == params["lo"] else "name_prefix"


def _lookups(text: str) -> Iterable[tuple[str, str | tuple, dict, bool]]:
    """The look-ups that apply to *text*, most specific first: (kind, prepared statement,
    parameters, whether a hit ends the search)."""
    upper = text.upper()
    if looks_like_id(text):
        yield "id_number", "id_number", {"q": canonical_id(text) or clean_id(text)}, True
    code = normalize_code(text)
    if _ASCII_CODE.fullmatch(code) and not code.isalpha():
        # 献血码, 献血证号 (its own table or on a donation): one query, each through its index.
        # Every code holds a digit; letters only ("zs") are pinyin initials.
        yield "codes", "codes", {"q": code}, True
        if _DIGITS.fullmatch(upper) and ID_PREFIX_MIN <= len(upper) < 18:
            yield "id_prefix", "id_prefix", {"lo": upper, "hi": _next_prefix(upper)}, False
    lower = text.lower()
    if _LETTERS.fullmatch(lower):
        yield "initials", "initials", {"lo": lower, "hi": _next_prefix(lower)}, False
        # Surnames read differently as surnames ("sxx" → 单雄信, stored "dxx sxx"): one query with
        # a range per surname, on the name index (and on the key's default reading when the query
        # goes past the surname).
        shape, params = [], {}
        for surname, reading, default in _surname_variants():
            if reading.startswith(lower) or lower.startswith(reading):
                i = len(shape)
                params[f"lo{i}"], params[f"hi{i}"] = surname, _next_prefix(surname)
                if reading.startswith(lower):
                    shape.append("name")
                else:
                    key = default + lower[len(reading) :]
                    params[f"klo{i}"], params[f"khi{i}"] = key, _next_prefix(key)
                    shape.append("key")
        if shape:
            yield "initials", ("variants", tuple(shape)), params, False
    elif not text.isascii():
        name = normalize_name(text)
        # One indexed range with a LIMIT: "张三" itself sorts before "张三丰" (BINARY order).
        yield "name", "name_prefix", {"lo": name, "hi": _next_prefix(name)}, False


class _Prepared:
    """A statement compiled once per dialect and run through the driver directly.

    A search runs one or two small queries; building and compiling them through SQLAlchemy each
    time cost more than SQLite's index look-up (bench/bench_donations.py). The SQL still comes
    from SQLAlchemy constructs, compiled for whichever dialect the connection speaks.
    """

    def __init__(self, statement: Select) -> None:
        self.statement = statement
        self.compiled: dict[str, tuple] = {}

    def run(self, conn: Connection, **params: object) -> list[tuple]:
        dialect = conn.dialect
        entry = self.compiled.get(dialect.name)
        if entry is None:
            compiled = self.statement.compile(dialect=dialect)
            entry = self.compiled[dialect.name] = (str(compiled), compiled, compiled.positiontup)
        sql, compiled, order = entry
        values = compiled.construct_params(params)
        args = tuple(values[k] for k in order) if order is not None else values
        return conn.exec_driver_sql(sql, args).all()


@functools.cache
def _prepared(key: str | tuple) -> _Prepared:
    if isinstance(key, tuple):
        parts = []
        for i, mode in enumerate(key[1]):
            if mode == "key":
                # The key's range is narrower than a common surname's names (曾: 1% of a county);
                # the surname is then tested on the name as text, which no index serves.
                low, high = bindparam(f"klo{i}"), bindparam(f"khi{i}")
                surname = bindparam(f"lo{i}")
                same = func.substr(Donor.name, 1, func.length(surname)) == surname
                parts.append((Donor.py_initials >= low) & (Donor.py_initials < high) & same)
            else:
                parts.append((Donor.name >= bindparam(f"lo{i}")) & (Donor.name < bindparam(f"hi{i}")))
        return _Prepared(summary_select().where(or_(*parts)).limit(bindparam("n", type_=Integer)))
    q, lo, hi = bindparam("q"), bindparam("lo"), bindparam("hi")
    if key == "codes":
        hits = union_all(
            select(Donation.donor_id.label("donor_id"), literal(0).label("tag")).where(
                Donation.donation_code == q
            ),
            select(Certificate.donor_id, literal(1)).where(Certificate.number == q),
            select(Donation.donor_id, literal(1)).where(Donation.certificate_no == q),
        ).subquery("hits")
        stmt = (
            summary_select()
            .add_columns(hits.c.tag)
            .join(hits, hits.c.donor_id == Donor.id)
            .order_by(hits.c.tag, Donor.id)
            .limit(bindparam("n", type_=Integer))
        )
        return _Prepared(stmt)
    conditions = {
        "id_number": (Donor.id_number == q, ()),
        "id_prefix": ((Donor.id_number >= lo) & (Donor.id_number < hi), (Donor.id_number,)),
        "initials": ((Donor.py_initials >= lo) & (Donor.py_initials < hi), (Donor.py_initials, Donor.id)),
        "name_prefix": ((Donor.name >= lo) & (Donor.name < hi), (Donor.name, Donor.id)),
    }
    where, order = conditions[key]
    stmt = summary_select().where(where).order_by(*order).limit(bindparam("n", type_=Integer))
    return _Prepared(stmt)


def _as_date(value: object) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def _summary(row: tuple, matched_by: str) -> DonorSummary:
    """A :class:`DonorSummary` from a :func:`summary_select` row as the driver returns it (dates
    may come as ISO text, flags as 0/1)."""
    (
        donor_id,
        id_number,
        name,
        sex,
        birth,
        abo,
        rh,
        phone,
        unit_id,
        unit,
        team,
        rare,
        quiet,
        reaction,
        n,
        last,
    ) = row
    return DonorSummary(
        id=donor_id,
        id_number=id_number,
        name=name,
        sex=sex or "",
        birth_date=_as_date(birth),
        abo=abo or "",
        rh=rh or "",
        phone=phone or "",
        work_unit_id=unit_id,
        work_unit=unit or "",
        emergency_team=bool(team),
        rare_blood=bool(rare),
        no_contact=bool(quiet),
        had_reaction=bool(reaction),
        last_donated_on=_as_date(last),
        donation_count=n or 0,
        matched_by=matched_by,
    )


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
