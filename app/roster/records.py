"""Unit records and the form input of the unit dialog: the plain values the roster services use."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.names import normalize_name as _normalize_name


@dataclass(frozen=True)
class UnitRecord:
    """A unit as one row of the year's roster."""

    id: int
    name: str
    kind: str
    parent_id: int | None
    parent_name: str
    archived: bool
    sort_order: int
    note: str
    aliases: tuple[str, ...]
    year: int
    population: int | None = None
    staff: int | None = None
    total_staff: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    leader_name: str = ""
    leader_phone: str = ""
    has_year: bool = False


@dataclass
class UnitInput:
    """What the clerk types into the unit form; figures are for one year."""

    name: str
    kind: str = ""
    parent_id: int | None = None
    sort_order: int = 0
    note: str = ""
    aliases: list[str] = field(default_factory=list)
    population: int | None = None
    staff: int | None = None
    total_staff: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    leader_name: str = ""
    leader_phone: str = ""


NUMERIC_FIELDS = ("population", "staff", "total_staff")
YEAR_FIELDS = (
    "population",
    "staff",
    "total_staff",
    "contact_name",
    "contact_phone",
    "leader_name",
    "leader_phone",
)


def normalize_name(name: str) -> str:
    """The one form names are stored and compared in (see :mod:`app.names`)."""
    return _normalize_name(name)
