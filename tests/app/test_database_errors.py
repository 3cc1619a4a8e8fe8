"""Database errors met after opening (locked, disk full) get the same Chinese messages as at opening,
never the crash dialog; the transaction is rolled back and nothing stays written."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select

import db.engine
from app.database import open_database
from app.errors import DatabaseLocked, DiskFull
from app.roster import importing as roster_import
from app.roster.records import UnitInput
from app.roster.units import create_unit
from db.models import Unit


def unit_count(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count(Unit.id)))


def test_a_file_locked_by_another_program_is_named_not_crashed(db_path, monkeypatch):
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 50)
    database = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another window or program is writing
        with pytest.raises(DatabaseLocked) as caught:
            create_unit(database, 2024, UnitInput(name="城关镇"))
        message = str(caught.value)  # the lock is named, and nothing was written
        assert "另一个程序或窗口" in message and "未写入" in message and str(db_path) in message
        other.execute("ROLLBACK")
        assert unit_count(database) == 0
        create_unit(database, 2024, UnitInput(name="城关镇"))  # works again once the other lets go
        assert unit_count(database) == 1
    finally:
        other.close()
        database.close()


def test_a_full_disk_is_named_and_rolls_back(db, tmp_path):
    table = tmp_path / "名册.csv"
    rows = [f"第{i}村民委员会联络处,{1000 + i},{i % 90}" for i in range(3000)]
    table.write_text("单位名称,人口数,在职人数\n" + "\n".join(rows) + "\n", encoding="utf-8-sig")
    preview = roster_import.preview_roster_import(db, table, 2024)
    db.engine.dispose()
    with db.session() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _no_room(dbapi_conn, _record) -> None:  # the file may not grow: SQLITE_FULL, as on a full disk
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFull, match="磁盘已满"):
        roster_import.commit_roster_import(db, preview)
    assert unit_count(db) == 0


def test_a_programming_error_is_still_a_bug(db):
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError), db.session() as s:
        s.connection().exec_driver_sql("SELECT * FROM no_such_table")
