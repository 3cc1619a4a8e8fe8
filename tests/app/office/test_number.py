"""The 发文序号: never issued twice, whoever else is reserving or saving the settings at the time."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app.database import open_database
from app.office import settings as office
from app.office.settings import NumberTaken

ROOT = Path(__file__).resolve().parents[3]
RESERVE = """
import json, sys
sys.path.insert(0, {root!r})
from app.database import open_database
from app.office.settings import reserve_number
db = open_database({path!r}, backup=False)
print(json.dumps([reserve_number(db) for _ in range({n})]))
db.close()
"""


def test_processes_reserving_at_once_never_get_the_same_number(db):
    office.reserve_number(db)  # 1, so the counter row exists; the others race for 2..
    n, workers = 15, 4
    code = RESERVE.format(root=str(ROOT), path=str(db.path), n=n)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(workers)
    ]
    taken: list[int] = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        taken += json.loads(out)
    assert sorted(taken) == list(range(2, 2 + n * workers))
    assert office.load_office(db).next_number == 2 + n * workers


def test_a_fresh_counter_is_created_once_under_the_lock(db_path):
    db = open_database(db_path)
    db.close()
    code = RESERVE.format(root=str(ROOT), path=str(db_path), n=5)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    taken = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        taken += json.loads(out)
    assert sorted(taken) == list(range(1, 16))


def test_saving_settings_loaded_before_a_number_was_issued_keeps_the_newer_number(db):
    form = replace(office.load_office(db), organ_mark="寿县人民政府办公室文件", doc_prefix="寿政办秘")
    assert form.next_number == 1
    other = open_database(db.path)  # another clerk's window on the same file
    try:
        assert office.reserve_number(other) == 1
    finally:
        other.close()
    office.save_office(db, form)  # the form still says 1
    stored = office.load_office(db)
    assert stored.doc_prefix == "寿政办秘" and stored.next_number == 2
    assert office.reserve_number(db) == 2


def test_changing_the_number_is_compare_and_set(db):
    form = office.load_office(db)
    office.reserve_number(db)  # someone took 1 meanwhile
    with pytest.raises(NumberTaken, match="已变为2"):
        office.save_office(db, replace(form, next_number=30, doc_prefix="寿政办秘"), expected_next_number=1)
    stored = office.load_office(db)
    assert stored.next_number == 2 and stored.doc_prefix == ""  # nothing of the refused save
    office.save_office(db, replace(form, next_number=30), expected_next_number=2)
    assert office.reserve_number(db) == 30
