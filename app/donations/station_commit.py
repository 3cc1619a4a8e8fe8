"""The database half of the blood-station import: what is already there, and the bulk write.

Every look-up is chunked (``IN`` lists of a few thousand values through unique indexes) and every
write is a Core ``insert()`` with many rows, so 100,000 rows import in seconds
(bench/bench_donations.py) where one ORM object per row took minutes.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app import audit
from app.donations.bulk import DriverInsert
from app.donations.donors import parse_abo, parse_blood, parse_rh
from app.donations.eligibility import PastDonation, RuleSet, evaluate
from app.donations.eligibility_rules import rules_in
from app.donations.first_dates import refresh_first_dates
from app.donations.idcard import age_on
from app.donations.masking import mask_id
from app.donations.records import blood_label
from app.donations.station_rows import StationRow
from app.errors import KnownError, RowProblem
from app.i18n import translate
from db.models import Donation, Donor, Unit, UnitAlias

if TYPE_CHECKING:
    from app.donations.station_import import StationImportResult, StationPreview

CTX = "station_import"
IN_CHUNK = 5000
INSERT_CHUNK = 10000


def chunks(items: Sequence, size: int = IN_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _blood(preview: StationPreview) -> None:
    """ABO and RhD as written ("A型RhD阳性" in one column, or two columns) → codes; unreadable
    values are warned about and left blank, never a reason to reject a donation."""
    cache: dict[tuple[str, str], tuple[str, str, bool]] = {}
    label = translate("StationImport", "血型")
    for row in preview.accepted:
        key = (row.abo, row.rh)
        hit = cache.get(key)
        if hit is None:
            both = parse_blood(row.abo) if row.abo else ("", "")
            abo, rh = both if both is not None else (parse_abo(row.abo), "")
            rh_col = parse_rh(row.rh) if row.rh else ""
            ok = abo is not None and rh_col is not None
            hit = cache[key] = (abo or "", rh_col or rh or "", ok)
        row.abo, row.rh, ok = hit
        if not ok:
            preview.warnings.append(
                RowProblem(
                    row.row,
                    label,
                    translate("station_import", "血型“{abo}{rh}”看不懂，未填").format(abo=key[0], rh=key[1]),
                )
            )


def against_database(session: Session, preview: StationPreview, rules: RuleSet, *, cancel=None) -> None:
    """Fill in what the database says about the preview's rows: units known or new, rows already
    imported, 献血码 used by someone else, existing donors (and their history for eligibility)."""
    from app.donations.station_import import NewUnit, _check_cancel
    from app.roster.matching import UnitIndex, normalize

    _blood(preview)
    rows = preview.accepted

    # Units.
    index = UnitIndex(session)
    counts: dict[str, int] = defaultdict(int)
    normalized: dict[str, str] = {}  # a few hundred names in 100,000 rows
    for row in rows:
        if row.unit_name:
            name = normalized.get(row.unit_name)
            if name is None:
                name = normalized[row.unit_name] = normalize(row.unit_name)
            row.unit_name = name
            counts[name] += 1
    for name, n in counts.items():
        _match, unit_id, _real = index.match(name)
        if unit_id is not None:
            preview.units[name] = unit_id
        else:
            preview.new_units.append(NewUnit(name, n, index.suggest(name)))
    preview.new_units.sort(key=lambda u: -u.rows)
    _check_cancel(cancel)

    # 献血码 already used.
    by_code = {row.code: row for row in rows if row.code}
    already: set[int] = set()
    rejected = []
    for part in chunks(list(by_code)):
        stmt = (
            select(Donation.donation_code, Donation.donated_on, Donor.id_number, Donor.name)
            .join(Donor, Donor.id == Donation.donor_id)
            .where(Donation.donation_code.in_(part))
        )
        for code, day, number, name in session.execute(stmt):
            row = by_code[code]
            if number == row.id_number and day == row.donated_on:
                already.add(row.row)
            else:
                rejected.append(
                    (
                        row,
                        translate("station_import", "献血码“{code}”已用于{name}{day}的献血").format(
                            code=code, name=name, day=day.isoformat()
                        ),
                    )
                )
    _check_cancel(cancel)
    if already or rejected:
        # Rows already imported need no donor or history look-up (a re-import of 100,000 rows
        # would otherwise load every donor's history only to drop every row).
        by_code_dropped = already | {row.row for row, _ in rejected}
        rows = [row for row in rows if row.row not in by_code_dropped]

    # Existing donors and their history.
    numbers = sorted({row.id_number for row in rows})
    donors: dict[str, tuple] = {}
    for part in chunks(numbers):
        stmt = select(
            Donor.id, Donor.id_number, Donor.name, Donor.abo, Donor.rh, Donor.birth_date, Donor.had_reaction
        ).where(Donor.id_number.in_(part))
        for r in session.execute(stmt):
            donors[r.id_number] = r
    history: dict[int, list[PastDonation]] = defaultdict(list)
    donor_ids = sorted(r.id for r in donors.values())
    for part in chunks(donor_ids):
        stmt = select(
            Donation.donor_id, Donation.donated_on, Donation.kind, Donation.volume_ml, Donation.doses
        ).where(Donation.donor_id.in_(part))
        for donor_id, day, kind, ml, doses in session.execute(stmt):
            history[donor_id].append(PastDonation(day, kind, ml or 0, doses or 0))
    _check_cancel(cancel)

    name_label, blood_word = translate("StationImport", "献血者姓名"), translate("StationImport", "血型")
    warned_names: set[str] = set()
    for row in rows:
        known = donors.get(row.id_number)
        if known is None:
            continue
        row.donor_id = known.id
        if not row.code and any(
            p.donated_on == row.donated_on and p.kind == row.kind for p in history[known.id]
        ):
            already.add(row.row)
            continue
        if known.name != row.name and row.id_number not in warned_names:
            warned_names.add(row.id_number)
            preview.warnings.append(
                RowProblem(
                    row.row,
                    name_label,
                    translate(
                        "station_import", "身份证号已登记为“{known}”，本表写作“{name}”：按已登记的姓名"
                    ).format(known=known.name, name=row.name),
                )
            )
        if known.abo and row.abo and (known.abo, known.rh or row.rh) != (row.abo, row.rh or known.rh):
            preview.warnings.append(
                RowProblem(
                    row.row,
                    blood_word,
                    translate("station_import", "血型{file}与已登记的{known}不同，请核对").format(
                        file=blood_label(row.abo, row.rh), known=blood_label(known.abo, known.rh)
                    ),
                )
            )
    from app.donations.station_rows import RejectedRow

    for row, reason in rejected:
        preview.rejected.append(
            RejectedRow(row.row, reason, translate("StationImport", "献血码"), _raw_of(row))
        )
    dropped = already | {row.row for row, _ in rejected}
    preview.already = len(already)
    preview.accepted = [row for row in rows if row.row not in dropped]
    preview.new_donors = len({row.id_number for row in preview.accepted if row.donor_id is None})

    _eligibility_warnings(session, preview, donors, history, rules)
    _duplicate_warnings(session, preview)


def _raw_of(row: StationRow) -> dict:
    return {
        "code": row.code,
        "name": row.name,
        "id_number": row.id_number,
        "date": row.donated_on,
        "unit": row.unit_name,
    }


def _eligibility_warnings(
    session: Session,
    preview: StationPreview,
    donors: dict[str, tuple],
    history: dict[int, list[PastDonation]],
    rules: RuleSet,
) -> None:
    """GB 18467 warnings for each row against the donor's other donations (database and file)."""
    label = translate("StationImport", "献血条件")
    by_person: dict[str, list[StationRow]] = defaultdict(list)
    for row in preview.accepted:
        by_person[row.id_number].append(row)
    rule_cache: dict[_dt.date, RuleSet] = {}

    def rules_on(day: _dt.date) -> RuleSet:
        found = rule_cache.get(day)
        if found is None:
            try:
                found = rules_in(session, day)
            except KnownError:  # before the first rule set: judge by the current one
                found = rules
            rule_cache[day] = found
        return found

    for number, person_rows in by_person.items():
        known = donors.get(number)
        past = history.get(known.id, []) if known is not None else []
        reaction = bool(known.had_reaction) if known is not None else False
        if not past and _plainly_fine(person_rows, rules_on):
            continue  # the common case: a new donor of age whose rows keep their distance
        mine = [PastDonation(r.donated_on, r.kind, r.volume_ml, r.doses, r.row) for r in person_rows]
        for row in person_rows:
            # Only the file's earlier rows: a clash between two rows is told once, on the later one.
            others = past + [p for p in mine if (p.donated_on, p.id) < (row.donated_on, row.row)]
            answer = evaluate(
                rules_on(row.donated_on),
                row.donated_on,
                others,
                birth_date=row.birth_date,
                had_reaction=reaction,
                kind=row.kind,
                volume_ml=row.volume_ml or None,
            )
            for w in answer.warnings_for(row.kind):
                preview.warnings.append(RowProblem(row.row, label, w.message))


def _plainly_fine(rows: list[StationRow], rules_on) -> bool:
    """Whether a new donor's rows in one file need no full check: of age, each at least the
    interval after the last of each kind before it, and too few for any yearly limit. Anything
    else goes through :func:`app.donations.eligibility.evaluate`, which says why."""
    if len(rows) > 2:
        return False
    last: dict[str, _dt.date] = {}
    whole_ml = platelets = 0
    for row in sorted(rows, key=lambda r: r.donated_on):
        r = rules_on(row.donated_on)
        if not r.age_min <= age_on(row.birth_date, row.donated_on) <= r.age_max:
            return False
        whole_ml += row.volume_ml
        platelets += row.kind == "platelets"
        if (r.yearly_whole_blood_ml is not None and whole_ml > r.yearly_whole_blood_ml) or (
            r.platelets_per_year is not None and platelets > r.platelets_per_year
        ):
            return False
        for kind, day in last.items():
            if r.interval(kind, row.kind).after(day) > row.donated_on:
                return False
        last[row.kind] = row.donated_on
    return True


def _duplicate_warnings(session: Session, preview: StationPreview) -> None:
    """New donors whose name and birth date match someone under another ID number: a merge to offer."""
    new: dict[str, StationRow] = {}
    for row in preview.accepted:
        if row.donor_id is None and row.id_number not in new:
            new[row.id_number] = row
    if not new:
        return
    by_key: dict[tuple[str, _dt.date], list[str]] = defaultdict(list)
    for number, row in new.items():
        by_key[(row.name, row.birth_date)].append(number)
    label = translate("StationImport", "证件号码")
    names = sorted({row.name for row in new.values()})
    for part in chunks(names):
        stmt = select(Donor.name, Donor.birth_date, Donor.id_number).where(Donor.name.in_(part))
        for name, birth, number in session.execute(stmt):
            for new_number in by_key.get((name, birth), ()):
                if new_number != number:
                    preview.warnings.append(
                        RowProblem(
                            new[new_number].row,
                            label,
                            translate(
                                "station_import",
                                "可能与已登记的“{name}”（{id}）是同一人：姓名和出生日期相同，可在献血者中合并",
                            ).format(name=name, id=mask_id(number)),
                        )
                    )
    for (name, _birth), numbers in by_key.items():
        if len(numbers) > 1:
            for number in numbers[1:]:
                preview.warnings.append(
                    RowProblem(
                        new[number].row,
                        label,
                        translate(
                            "station_import",
                            "与第{row}行的“{name}”姓名和出生日期相同而身份证号不同，可能是同一人",
                        ).format(row=new[numbers[0]].row, name=name),
                    )
                )


def _ids(session: Session, column, key_column, values: Iterable) -> dict:
    out = {}
    values = list(values)
    for part in chunks(values):
        for key, ident in session.execute(select(key_column, column).where(key_column.in_(part))):
            out[key] = ident
    return out


def write(
    session: Session,
    preview: StationPreview,
    unit_map: dict[str, int],
    *,
    entered_by: str,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    check: Callable,
) -> StationImportResult:
    """The bulk write, inside the caller's transaction."""
    from app.donations.initials import search_keys
    from app.donations.station_import import StationImportResult
    from app.pinyin import initials_variants
    from app.roster.kinds import guess_kind

    conn = session.connection()
    rows = preview.accepted
    total = len(rows)

    # Rows that reached the database since the preview.
    present = _ids(session, Donation.id, Donation.donation_code, [r.code for r in rows if r.code])
    already = preview.already + sum(1 for r in rows if r.code and r.code in present)
    rows = [r for r in rows if not (r.code and r.code in present)]
    check(cancel)

    # Units: mapped names become aliases, the rest new units.
    units = dict(preview.units)
    wanted = list(dict.fromkeys(r.unit_name for r in rows if r.unit_name and r.unit_name not in units))
    existing = _ids(session, Unit.id, Unit.name, wanted)
    units.update(existing)
    aliases_taken = set(session.scalars(select(UnitAlias.alias).where(UnitAlias.alias.in_(wanted))))
    created: list[str] = []
    next_order = (session.scalar(select(Unit.sort_order).order_by(Unit.sort_order.desc()).limit(1)) or 0) + 1
    for name in wanted:
        if name in units:
            continue
        target = unit_map.get(name)
        if target is not None:
            units[name] = target
            if name not in aliases_taken:
                conn.execute(insert(UnitAlias.__table__), [{"unit_id": target, "alias": name}])
            continue
        unit_id = conn.execute(
            insert(Unit.__table__).values(
                name=name,
                kind=guess_kind(name),
                sort_order=next_order,
                py_initials=" ".join(sorted(initials_variants(name))),
                archived=False,
                note="",
            )
        ).inserted_primary_key[0]
        next_order += 1
        units[name] = unit_id
        created.append(name)
    check(cancel)

    # Donors: the latest row of each new person; blanks of known donors filled in.
    known = {}
    numbers = sorted({r.id_number for r in rows})
    for part in chunks(numbers):
        stmt = select(
            Donor.id, Donor.id_number, Donor.abo, Donor.rh, Donor.phone, Donor.address, Donor.work_unit_id
        ).where(Donor.id_number.in_(part))
        for r in session.execute(stmt):
            known[r.id_number] = r
    latest: dict[str, StationRow] = {}
    for r in rows:
        seen = latest.get(r.id_number)
        if seen is None or r.donated_on >= seen.donated_on:
            latest[r.id_number] = r
    initials = search_keys(r.name for n, r in latest.items() if n not in known)
    new_donors = []
    fills = []
    for number, r in latest.items():
        unit_id = units.get(r.unit_name) if r.unit_name else None
        k = known.get(number)
        if k is None:
            new_donors.append((r, unit_id))  # a dict each only for the chunk being inserted
        else:
            fill = {
                "b_id": k.id,
                "abo": k.abo or r.abo,
                "rh": k.rh or r.rh,
                "phone": k.phone or r.phone,
                "address": k.address or r.address,
                "work_unit_id": k.work_unit_id if k.work_unit_id is not None else unit_id,
            }
            if (fill["abo"], fill["rh"], fill["phone"], fill["address"], fill["work_unit_id"]) != (
                k.abo,
                k.rh,
                k.phone,
                k.address,
                k.work_unit_id,
            ):
                fills.append(fill)
    donor_insert = DriverInsert(
        conn,
        Donor.__table__,
        (
            "id_number",
            "name",
            "py_initials",
            "sex",
            "birth_date",
            "abo",
            "rh",
            "phone",
            "address",
            "work_unit_id",
        ),
    )
    for part in chunks(new_donors, INSERT_CHUNK):
        check(cancel)
        donor_insert(
            (
                r.id_number,
                r.name,
                initials[r.name],
                r.sex,
                r.birth_date,
                r.abo,
                r.rh,
                r.phone,
                r.address,
                unit_id,
            )
            for r, unit_id in part
        )
    if fills:
        conn.execute(
            update(Donor.__table__)
            .where(Donor.__table__.c.id == bindparam("b_id"))
            .values(
                abo=bindparam("abo"),
                rh=bindparam("rh"),
                phone=bindparam("phone"),
                address=bindparam("address"),
                work_unit_id=bindparam("work_unit_id"),
            ),
            fills,
        )
    donor_ids = {n: k.id for n, k in known.items()}
    donor_ids.update(_ids(session, Donor.id, Donor.id_number, [r.id_number for r, _ in new_donors]))
    work_units = {n: k.work_unit_id for n, k in known.items()}
    check(cancel)

    # Donations.
    now = _dt.datetime.now().replace(microsecond=0)
    done = 0
    donation_insert = DriverInsert(
        conn,
        Donation.__table__,
        (
            "donor_id", "donated_on", "kind", "volume_ml", "doses", "category", "unit_id", "donation_code",
            "certificate_no", "source", "note", "entered_by", "entered_at", "override_reason",
        ),
    )  # fmt: skip
    for part in chunks(rows, INSERT_CHUNK):
        check(cancel)
        donation_insert(
            (
                donor_ids[r.id_number], r.donated_on, r.kind, r.volume_ml, r.doses, r.category,
                units.get(r.unit_name) if r.unit_name else work_units.get(r.id_number), r.code or None,
                r.certificate_no, "import", "", entered_by, now, "",
            )
            for r in part
        )  # fmt: skip
        done += len(part)
        if progress is not None:
            progress(done, total)
    check(cancel)
    refresh_first_dates(session, {donor_ids[r.id_number] for r in rows})
    audit.record(
        session,
        "donations.import",
        "donation",
        None,
        file=preview.path.name,
        imported=len(rows),
        already=already,
        new_donors=len(new_donors),
        new_units=created,
        rejected=len(preview.rejected),
        by=entered_by,
    )
    return StationImportResult(
        imported=len(rows),
        already=already,
        new_donors=len(new_donors),
        new_units=created,
        rejected=preview.rejected_problems,
        warnings=list(preview.warnings),
    )
