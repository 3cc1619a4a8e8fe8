from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from db.engine import make_engine
from db.models import UnitYear


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


def _orphan_figures(conn) -> None:
    """Figures for a unit that does not exist: only the foreign key can refuse them."""
    conn.execute(insert(UnitYear).values(unit_id=987654, year=2024))


def test_foreign_keys_are_enforced_by_the_apps_own_engine(db):
    """Through the engine and sessions the services use, with no pragma set by the test."""
    with pytest.raises(IntegrityError), db.session() as s:
        _orphan_figures(s)
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(UnitYear)).scalar() == 0


def test_without_the_pragma_the_same_insert_goes_through(db):
    """The control for the test above: it fails if the engine stops turning foreign keys on."""
    engine = make_engine(db.path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            _orphan_figures(conn)
            assert conn.execute(select(func.count()).select_from(UnitYear)).scalar() == 1
    finally:
        engine.dispose()
