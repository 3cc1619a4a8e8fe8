from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from app.admin import demo
from app.database import backup, open_database
from app.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew
from db.models import Unit


def count_units(path) -> int:
    db = open_database(path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count(Unit.id)))
    finally:
        db.close()


def test_backup_then_restore_round_trips(db, tmp_path):
    demo.load_demo(db)
    copy = backup.backup(db.path, tmp_path / "copy.db")
    with db.session() as s:
        s.query(Unit).filter(Unit.name == "城关镇").update({"note": "changed"})
    db.close()
    safety = backup.restore(copy, db.path)
    assert safety is not None and safety.exists()
    fresh = open_database(db.path)
    with fresh.session() as s:
        assert s.scalar(select(Unit.note).where(Unit.name == "城关镇")) == ""
        assert s.scalar(select(func.count(Unit.id))) == 13
    fresh.close()
    # the safety copy holds the state that was replaced
    assert (
        sqlite3.connect(safety).execute("SELECT note FROM unit WHERE name='城关镇'").fetchone()[0]
        == "changed"
    )


def test_backup_includes_uncheckpointed_wal_pages(db, tmp_path):
    demo.load_demo(db)  # engine still open: recent pages live in the -wal file
    copy = backup.backup(db.path, tmp_path / "live.db")
    assert count_units(copy) == 13


def test_default_backup_goes_to_the_backups_folder(db, _isolated_data_dir):
    out = backup.backup(db.path)
    assert out.parent == _isolated_data_dir / "backups"
    assert [b.path for b in backup.list_backups()] == [out]


def test_restore_refuses_a_corrupt_file_and_changes_nothing(db, tmp_path):
    demo.load_demo(db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database")
    before = db.path.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        backup.restore(bad, db.path)
    assert db.path.read_bytes() == before


def test_restore_refuses_a_newer_database(db, tmp_path):
    newer = tmp_path / "newer.db"
    backup.backup(db.path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNew):
        backup.restore(newer, db.path)


def test_missing_backup_file(db, tmp_path):
    with pytest.raises(DatabaseMissing):
        backup.restore(tmp_path / "none.db", db.path)


def test_upgrade_takes_an_automatic_backup(tmp_path, _isolated_data_dir):
    import shutil
    from pathlib import Path

    from app.database import upgrade as migrate

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "old_schemas" / "0001_with_demo.sqlite"
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    open_database(path).close()
    made = list((_isolated_data_dir / "backups").glob("*before-upgrade*.db"))
    if migrate.head_revision() != "0001":
        assert len(made) == 1 and migrate.current_revision(made[0]) == "0001"
    else:
        assert made == []


def test_daily_backup_once_a_day_and_thirty_days_kept_per_database(db, tmp_path, _isolated_data_dir):
    import datetime as dt

    demo.load_demo(db)
    first = backup.daily_backup(db.path)
    assert first is not None and count_units(first) == 13
    assert backup.daily_backup(db.path) is None  # today's copy exists
    folder = _isolated_data_dir / "backups"
    # another database's daily copies are not counted against this one's
    other = tmp_path / "other.db"
    backup.backup(db.path, other)
    for day in range(40):  # older copies, from 2025
        stamp = (dt.date(2025, 1, 1) + dt.timedelta(days=day)).strftime("%Y%m%d")
        (folder / f"{db.path.stem}-daily-{stamp}-000000-000000.db").write_bytes(b"")
    backup.daily_backup(other)
    backup.prune("daily", stem=db.path.stem)
    own = sorted(folder.glob(f"{db.path.stem}-daily-*.db"))
    assert len(own) == backup.KEEP_AUTOMATIC and first in own  # the newest kept, the oldest gone
    assert len(list(folder.glob("other-daily-*.db"))) == 1
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert backup.daily_backup(db.path, today=tomorrow) is not None
