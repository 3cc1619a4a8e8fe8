from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from app.donations import donors, merge
from app.donations.donors import DonorInput
from app.errors import KnownError
from db.models import Certificate, Claim, Donation, Donor, Relative

D = dt.date


@pytest.fixture
def pair(db, new_id):
    """王伟 twice: his real number, and one with a miscopied order code, each with history."""
    real = donors.create_donor(db, DonorInput(new_id(D(1988, 4, 4), 11), "王伟", abo="B", rh="+"))
    typo = donors.create_donor(
        db,
        DonorInput(
            new_id(D(1988, 4, 4), 13),
            "王伟",
            phone="13700001111",
            address="城关镇新城街",
            emergency_team=True,
        ),
    )
    with db.session() as s:
        s.execute(
            insert(Donation).values(donor_id=real.id, donated_on=D(2022, 1, 5), kind="whole", volume_ml=400)
        )
        s.execute(
            insert(Donation),
            [
                {"donor_id": typo.id, "donated_on": D(2023, 1, 5), "kind": "whole", "volume_ml": 400},
                {"donor_id": typo.id, "donated_on": D(2023, 8, 5), "kind": "platelets", "doses": 2},
            ],
        )
        s.execute(insert(Certificate).values(number="ZS-1", donor_id=typo.id))
        s.execute(insert(Relative).values(donor_id=typo.id, relation="配偶", name="李芳"))
        s.execute(
            insert(Claim).values(donor_id=typo.id, who="配偶", name="李芳", ml=400, used_on=D(2024, 2, 1))
        )
    return real, typo


def counts(db, donor_id):
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m).where(m.donor_id == donor_id))
            for m in (Donation, Certificate, Relative, Claim)
        )


def test_merge_moves_everything_fills_blanks_and_undo_puts_it_back(db, pair):
    real, typo = pair
    result = merge.merge_donors(db, real.id, typo.id, by="小李")
    assert result.moved == {"donations": 2, "certificates": 1, "relatives": 1, "claims": 1}
    assert (
        result.kept.donation_count == 3 and result.kept.phone == "13700001111" and result.kept.emergency_team
    )
    assert result.kept.blood == "B+" and result.merged_name == "王伟"
    assert counts(db, real.id) == (3, 1, 1, 1)
    with db.session() as s:
        assert s.get(Donor, typo.id) is None
    assert donors.duplicate_candidates(db) == []
    [log] = merge.list_merges(db, real.id)
    assert log.moved["donations"] == 2 and log.undone_at is None

    restored = merge.undo_merge(db, result.merge_id)
    assert restored.id == typo.id and restored.id_number == typo.id_number and restored.emergency_team
    assert counts(db, typo.id) == (2, 1, 1, 1) and counts(db, real.id) == (1, 0, 0, 0)
    kept = donors.get_donor(db, real.id).donor
    assert kept.phone == "" and not kept.emergency_team  # the kept record is as it was
    assert merge.list_merges(db)[0].undone_at is not None
    with pytest.raises(KnownError, match="已经撤销"):
        merge.undo_merge(db, result.merge_id)


def test_donations_added_after_a_merge_stay_with_the_kept_donor(db, pair):
    real, typo = pair
    result = merge.merge_donors(db, real.id, typo.id)
    with db.session() as s:
        s.execute(
            insert(Donation).values(donor_id=real.id, donated_on=D(2024, 5, 1), kind="whole", volume_ml=400)
        )
    merge.undo_merge(db, result.merge_id)
    assert counts(db, real.id)[0] == 2 and counts(db, typo.id)[0] == 2


def test_undo_is_refused_when_the_number_was_registered_again(db, pair):
    real, typo = pair
    result = merge.merge_donors(db, real.id, typo.id)
    donors.create_donor(db, DonorInput(typo.id_number, "王玮"))
    with pytest.raises(KnownError, match="已被“王玮”使用"):
        merge.undo_merge(db, result.merge_id)
    assert counts(db, real.id)[0] == 3


def test_a_donor_cannot_be_merged_with_itself_or_nobody(db, pair):
    real, _ = pair
    with pytest.raises(KnownError, match="自己"):
        merge.merge_donors(db, real.id, real.id)
    with pytest.raises(KnownError, match="找不到"):
        merge.merge_donors(db, real.id, 9999)
