"""Merging two records of one person, and undoing it.

The same name and birth date under two ID numbers is usually one person whose number was
miscopied once. A merge moves everything (donations, certificates, relatives, claims) to the
record kept, fills the kept record's blanks from the other, and deletes the other; the
``donor_merge`` row keeps the deleted row and the ids that moved, so :func:`undo_merge` puts
everything back as it was (donations added to the kept record since then stay where they are).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from sqlalchemy import Date, DateTime, insert, select, update
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.donations.first_dates import refresh_first_dates
from app.donations.records import DonorSummary
from app.donations.search import donation_stats, donor_columns, summary_from_row
from app.errors import KnownError
from app.i18n import translate
from db.models import Certificate, Claim, Donation, Donor, DonorMerge, Relative

CTX = "merge"
#: What moves with a merge: the tables that point at a donor.
MOVED_TABLES = {"donations": Donation, "certificates": Certificate, "relatives": Relative, "claims": Claim}
#: Fields of the kept record filled from the other when blank; flags are OR-ed.
FILLED = ("abo", "rh", "phone", "address", "work_unit_id", "note")
FLAGS = ("emergency_team", "rare_blood", "no_contact", "had_reaction")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept: DonorSummary
    merged_name: str
    merged_id_number: str
    moved: dict[str, int]  # table → rows moved


@dataclass(frozen=True)
class MergeRecord:
    """One merge as the log shows it."""

    id: int
    at: _dt.datetime | None
    kept_donor_id: int
    merged_name: str
    merged_id_number: str
    moved: dict[str, int]
    undone_at: _dt.datetime | None


def _snapshot(donor: Donor) -> dict:
    out = {}
    for column in Donor.__table__.columns:
        value = getattr(donor, column.key)
        out[column.key] = value.isoformat() if isinstance(value, _dt.date | _dt.datetime) else value
    return out


def _restore(snapshot: dict) -> dict:
    out = {}
    for column in Donor.__table__.columns:
        if column.key not in snapshot:
            continue
        value = snapshot[column.key]
        if value is not None and isinstance(column.type, DateTime):
            value = _dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = _dt.date.fromisoformat(value)
        out[column.key] = value
    return out


def _summary(session: Session, donor_id: int) -> DonorSummary:
    row = session.execute(donor_columns().where(Donor.id == donor_id)).one()
    return summary_from_row(row, donation_stats(session, [donor_id]).get(donor_id))


def merge_donors(db: Database, keep_id: int, other_id: int, *, by: str = "") -> MergeResult:
    """Move everything of *other_id* to *keep_id* and delete *other_id*, in one transaction."""
    if keep_id == other_id:
        raise KnownError(translate("merge", "不能把献血者与自己合并"))
    with db.session() as s:
        kept, other = s.get(Donor, keep_id), s.get(Donor, other_id)
        if kept is None or other is None:
            raise KnownError(translate("merge", "找不到要合并的献血者"))
        snapshot = _snapshot(other)
        kept_before = {key: getattr(kept, key) for key in (*FILLED, *FLAGS)}
        moved_ids: dict[str, list[int]] = {}
        for name, model in MOVED_TABLES.items():
            ids = list(s.scalars(select(model.id).where(model.donor_id == other_id)))
            moved_ids[name] = ids
            if ids:
                s.execute(update(model).where(model.id.in_(ids)).values(donor_id=keep_id))
        for key in FILLED:
            if not getattr(kept, key) and getattr(other, key):
                setattr(kept, key, getattr(other, key))
        for key in FLAGS:
            setattr(kept, key, bool(getattr(kept, key) or getattr(other, key)))
        s.flush()
        refresh_first_dates(s, [keep_id])
        s.expunge(other)
        s.execute(Donor.__table__.delete().where(Donor.__table__.c.id == other_id))
        log = DonorMerge(
            kept_donor_id=keep_id,
            merged_snapshot=snapshot,
            moved={**moved_ids, "kept_before": kept_before},
        )
        s.add(log)
        s.flush()
        audit.record(
            s,
            "donor.merge",
            "donor",
            keep_id,
            merged=other_id,
            name=snapshot["name"],
            moved={k: len(v) for k, v in moved_ids.items()},
            by=by,
        )
        return MergeResult(
            merge_id=log.id,
            kept=_summary(s, keep_id),
            merged_name=snapshot["name"],
            merged_id_number=snapshot["id_number"],
            moved={k: len(v) for k, v in moved_ids.items()},
        )


def undo_merge(db: Database, merge_id: int, *, by: str = "") -> DonorSummary:
    """Put a merged record back with what moved; returns the restored donor."""
    with db.session() as s:
        log = s.get(DonorMerge, merge_id)
        if log is None:
            raise KnownError(translate("merge", "找不到这次合并（编号{id}）").format(id=merge_id))
        if log.undone_at is not None:
            raise KnownError(translate("merge", "这次合并已经撤销过了"))
        snapshot = dict(log.merged_snapshot)
        taken = s.execute(
            select(Donor.id, Donor.name).where(
                (Donor.id_number == snapshot["id_number"]) | (Donor.id == snapshot["id"])
            )
        ).first()
        if taken is not None:
            raise KnownError(
                translate("merge", "无法撤销：身份证号{number}已被“{name}”使用").format(
                    number=snapshot["id_number"], name=taken.name
                )
            )
        s.execute(insert(Donor.__table__).values(**_restore(snapshot)))
        restored_id = snapshot["id"]
        moved = dict(log.moved)
        kept_before = moved.pop("kept_before", {})
        for name, model in MOVED_TABLES.items():
            ids = moved.get(name) or []
            if ids:
                s.execute(
                    update(model)
                    .where(model.id.in_(ids), model.donor_id == log.kept_donor_id)
                    .values(donor_id=restored_id)
                )
        kept = s.get(Donor, log.kept_donor_id)
        if kept is not None:
            for key, value in kept_before.items():
                setattr(kept, key, value)
        refresh_first_dates(s, [restored_id, log.kept_donor_id])
        log.undone_at = _dt.datetime.now().replace(microsecond=0)
        audit.record(s, "donor.unmerge", "donor", restored_id, merge_id=merge_id, by=by)
        s.flush()
        return _summary(s, restored_id)


def list_merges(db: Database, donor_id: int | None = None) -> list[MergeRecord]:
    """Merges, newest first (of one kept donor when given)."""
    stmt = select(DonorMerge).order_by(DonorMerge.id.desc())
    if donor_id is not None:
        stmt = stmt.where(DonorMerge.kept_donor_id == donor_id)
    with db.session() as s:
        return [
            MergeRecord(
                id=m.id,
                at=m.at,
                kept_donor_id=m.kept_donor_id,
                merged_name=m.merged_snapshot.get("name", ""),
                merged_id_number=m.merged_snapshot.get("id_number", ""),
                moved={k: len(v) for k, v in m.moved.items() if k != "kept_before"},
                undone_at=m.undone_at,
            )
            for m in s.scalars(stmt)
        ]
