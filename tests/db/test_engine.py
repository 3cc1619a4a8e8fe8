from __future__ import annotations

import sqlite3

from sqlalchemy import text

from db.engine import make_engine


def test_every_connection_gets_the_pragmas(tmp_path):
    engine = make_engine(tmp_path / "p.db")
    with engine.connect() as conn:
        values = [
            conn.execute(text(f"PRAGMA {p}")).scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        ]
    assert values == ["wal", 1, 1, 5000]
    engine.dispose()


def test_migration_engine_turns_foreign_keys_off(tmp_path):
    engine = make_engine(tmp_path / "p.db", foreign_keys=False)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 0
    engine.dispose()


def test_importing_db_creates_no_engine_or_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    import importlib

    import db.models

    importlib.reload(db.models)
    assert list(tmp_path.iterdir()) == []


def test_foreign_keys_are_enforced(db):
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA foreign_keys=ON")
    try:
        raw.execute(
            "INSERT INTO unit_year (unit_id, year, contact_name, contact_phone, leader_name, leader_phone) VALUES (999, 2024, '', '', '', '')"
        )
        raise AssertionError("foreign key not enforced")
    except sqlite3.IntegrityError:
        pass
    finally:
        raw.close()
