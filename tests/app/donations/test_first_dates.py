"""donor.first_donated_on is kept by every service that adds, removes or moves donations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from app.donations import donations, donors, merge
from app.donations import station_import as si
from app.donations.donations import DonationInput
from app.donations.donors import DonorInput
from app.donations.first_dates import refresh_first_dates
from db.models import Donation, Donor
from tests.app.donations.test_station_import import HEADER, TODAY, pid, row

D = dt.date


def first(db, donor_id: int) -> dt.date | None:
    with db.session() as s:
        return s.scalar(select(Donor.first_donated_on).where(Donor.id == donor_id))


def give(db, donor_id: int, day: dt.date):
    data = DonationInput(
        donor_id=donor_id, donated_on=day, kind="whole", volume_ml=400, override_reason="补录"
    )
    return donations.record_donation(db, data, today=D(2024, 6, 1)).record


def test_entry_and_delete_keep_the_first_date(db, new_id):
    donor = donors.create_donor(db, DonorInput(new_id(D(1990, 5, 20), 11), "张三"))
    assert first(db, donor.id) is None
    later = give(db, donor.id, D(2023, 5, 1))
    assert first(db, donor.id) == D(2023, 5, 1)
    give(db, donor.id, D(2024, 1, 5))  # a later donation leaves it
    assert first(db, donor.id) == D(2023, 5, 1)
    earliest = give(db, donor.id, D(2021, 3, 9))  # one typed in late, from before: it moves back
    assert first(db, donor.id) == D(2021, 3, 9)
    donations.delete_donation(db, earliest.id)
    assert first(db, donor.id) == D(2023, 5, 1)
    donations.delete_donation(db, later.id)
    assert first(db, donor.id) == D(2024, 1, 5)


def test_a_walk_in_donor_gets_the_date_of_the_donation(db, new_id):
    rec = donations.record_new_donor_donation(
        db,
        DonorInput(new_id(D(1992, 2, 2), 21), "李四"),
        DonationInput(donor_id=0, donated_on=D(2024, 5, 2), kind="whole", volume_ml=300),
        today=D(2024, 6, 1),
    )
    with db.session() as s:
        donor_id = s.scalar(select(Donation.donor_id).where(Donation.id == rec.record.id))
    assert first(db, donor_id) == D(2024, 5, 2)


def test_a_station_import_sets_new_and_known_donors(db, tmp_path, xlsx):
    known = donors.create_donor(db, DonorInput(pid(D(1990, 4, 12), True, 0), "刘洋"))
    give(db, known.id, D(2024, 1, 20))
    rows = [row(0, D(2023, 11, 2)), row(0, D(2024, 5, 2)), row(1, D(2024, 3, 5)), row(2, D(2024, 4, 1))]
    path = xlsx(tmp_path / "m.xlsx", HEADER, rows)
    result = si.commit_station_import(db, si.preview_station_import(db, path, today=TODAY))
    assert result.imported == 4
    with db.session() as s:
        got = dict(s.execute(select(Donor.name, Donor.first_donated_on)).all())
    # 刘洋 had 2024-01-20 on record; the file brings an earlier one
    assert got == {"刘洋": D(2023, 11, 2), "陈静": D(2024, 3, 5), "杨帆": D(2024, 4, 1)}


def test_merge_takes_the_earlier_date_and_undo_gives_each_its_own(db, new_id):
    keep = donors.create_donor(db, DonorInput(new_id(D(1988, 4, 4), 11), "王伟"))
    other = donors.create_donor(db, DonorInput(new_id(D(1988, 4, 4), 13), "王伟"))
    give(db, keep.id, D(2022, 1, 5))
    give(db, other.id, D(2019, 8, 5))
    give(db, other.id, D(2023, 8, 5))
    result = merge.merge_donors(db, keep.id, other.id)
    assert first(db, keep.id) == D(2019, 8, 5)
    merge.undo_merge(db, result.merge_id)
    assert (first(db, keep.id), first(db, other.id)) == (D(2022, 1, 5), D(2019, 8, 5))


def test_refresh_of_rows_written_straight_into_the_table(db, new_id):
    """What tests' builders and the benchmark's generator call after a Core insert."""
    a = donors.create_donor(db, DonorInput(new_id(D(1980, 1, 1), 31), "甲"))
    b = donors.create_donor(db, DonorInput(new_id(D(1980, 1, 1), 33), "乙"))
    with db.session() as s:
        s.execute(
            insert(Donation),
            [
                {"donor_id": a.id, "donated_on": D(2020, 6, 1), "kind": "whole", "volume_ml": 400},
                {"donor_id": a.id, "donated_on": D(2018, 6, 1), "kind": "whole", "volume_ml": 400},
            ],
        )
        refresh_first_dates(s, [a.id, b.id, None])
    assert (first(db, a.id), first(db, b.id)) == (D(2018, 6, 1), None)
    with db.session() as s:
        s.execute(
            insert(Donation).values(donor_id=b.id, donated_on=D(2021, 1, 1), kind="whole", volume_ml=200)
        )
        refresh_first_dates(s, None)  # every donor
    assert (first(db, a.id), first(db, b.id)) == (D(2018, 6, 1), D(2021, 1, 1))
