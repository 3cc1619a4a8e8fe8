"""The donations list for a table model over a million rows: filter, sort and page in SQL.

A model asks :func:`count_donations` once per filter and :func:`list_donations` for the rows it
shows. Pages are fetched in two steps: the ids of the page through the narrowest index that gives
the order (``donated_on``, ``(unit_id, donated_on)``, ``(donor_id, donated_on)``), then the rows of
those ids with their names. A page past the middle is read from the other end (a descending scan
with a small offset), so the last page costs what the first does.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace

from sqlalchemy import Select, func, select

from app.database import Database
from app.donations.donors import donation_records
from app.donations.records import DonationRecord
from app.errors import KnownError
from app.i18n import translate
from db.models import Donation, Donor

CTX = "donation_list"


@dataclass(frozen=True)
class DonationFilter:
    """What the list shows; None means any."""

    year: int | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    unit_id: int | None = None
    category: str | None = None
    kind: str | None = None  # whole / platelets
    abo: str | None = None
    rh: str | None = None
    donor_id: int | None = None
    source: str | None = None  # manual / import

    def with_(self, **changes) -> DonationFilter:
        return replace(self, **changes)


#: Sort keys the list offers, with the column behind each. "date" and "id" use an index; the
#: others sort the filtered set (fine within a year or a unit).
SORT_COLUMNS = {
    "date": Donation.donated_on,
    "id": Donation.id,
    "unit": Donation.unit_id,
    "category": Donation.category,
    "kind": Donation.kind,
    "amount": Donation.volume_ml,
    "code": Donation.donation_code,
    "donor": Donor.name,
}


def _filtered(
    stmt: Select, f: DonationFilter, *, page: bool = False, by_donor: bool = False, joined: bool = False
) -> Select:
    """*stmt* with the filter's conditions, shaped so SQLite picks a good index.

    *page*: the query fetches one page in date order, so a common blood type is checked per
    donation while walking the date index (it stops after a page) instead of listing every donor
    of the type first. *by_donor*: the page is sorted by donor name, so the date range is written
    so that no index serves it and SQLite walks donors in name order instead of sorting a year.
    *joined*: *stmt* already joins the donor, whose blood type is then tested directly (a count
    walks the donors of the type through their index).
    """
    day = func.coalesce(Donation.donated_on, Donation.donated_on) if by_donor else Donation.donated_on
    conds = []
    if f.year is not None:
        conds += [day >= _dt.date(f.year, 1, 1), day <= _dt.date(f.year, 12, 31)]
    if f.date_from is not None:
        conds.append(day >= f.date_from)
    if f.date_to is not None:
        conds.append(day <= f.date_to)
    if f.unit_id is not None:
        conds.append(Donation.unit_id == f.unit_id)
    if f.category:
        conds.append(Donation.category == f.category)
    if f.kind:
        conds.append(Donation.kind == f.kind)
    if f.donor_id is not None:
        conds.append(Donation.donor_id == f.donor_id)
    if f.source:
        conds.append(Donation.source == f.source)
    if f.abo or f.rh:
        blood = []
        if f.abo:
            blood.append(Donor.abo == f.abo)
        if f.rh:
            blood.append(Donor.rh == f.rh)
        if joined:
            conds += blood
        elif page and f.rh != "-":
            conds.append(select(Donor.id).where(Donor.id == Donation.donor_id, *blood).exists())
        else:
            conds.append(Donation.donor_id.in_(select(Donor.id).where(*blood)))
    return stmt.where(*conds) if conds else stmt


def count_donations(db: Database, filters: DonationFilter | None = None) -> int:
    """How many donations the filter keeps (the model's row count)."""
    f = filters or DonationFilter()
    stmt = select(func.count()).select_from(Donation)
    if f.abo or f.rh:
        stmt = stmt.join(Donor, Donor.id == Donation.donor_id)
    stmt = _filtered(stmt, f, joined=bool(f.abo or f.rh))
    with db.engine.connect() as conn:
        return int(conn.scalar(stmt) or 0)


def _order(sort: tuple[str, str], reverse: bool) -> list:
    key, direction = sort
    column = SORT_COLUMNS.get(key)
    if column is None or direction not in ("asc", "desc"):
        raise KnownError(translate("donation_list", "不能按“{key}”排序").format(key=key))
    descending = (direction == "desc") != reverse
    order = [column.desc() if descending else column.asc()]
    if key != "id":
        order.append(Donation.id.desc() if descending else Donation.id.asc())
    return order


def list_donations(
    db: Database,
    filters: DonationFilter | None = None,
    sort: tuple[str, str] = ("date", "desc"),
    offset: int = 0,
    limit: int = 100,
    *,
    total: int | None = None,
) -> list[DonationRecord]:
    """Rows ``offset`` … ``offset + limit`` of the filtered list in *sort* order
    (``("date", "desc")``, ``("donor", "asc")``…; ties broken by id).

    Pass *total* (from :func:`count_donations`) to let a page past the middle be read backwards.
    """
    f = filters or DonationFilter()
    if limit <= 0 or offset < 0:
        return []
    reverse = total is not None and offset > total // 2
    if reverse:
        end = min(offset + limit, total)
        if end <= offset:
            return []
        page_offset, page_limit = total - end, end - offset
    else:
        page_offset, page_limit = offset, limit
    ids_stmt = select(Donation.id)
    by_donor = sort[0] == "donor"
    if by_donor:
        ids_stmt = ids_stmt.join(Donor, Donor.id == Donation.donor_id)
    ids_stmt = _filtered(ids_stmt, f, page=sort[0] == "date", by_donor=by_donor)
    ids_stmt = ids_stmt.order_by(*_order(sort, reverse)).offset(page_offset).limit(page_limit)
    with db.engine.connect() as conn:
        ids = list(conn.scalars(ids_stmt))
        if not ids:
            return []
        records = {r.id: r for r in donation_records(conn, Donation.id.in_(ids), order=(Donation.id,))}
    if reverse:
        ids.reverse()
    return [records[i] for i in ids if i in records]
