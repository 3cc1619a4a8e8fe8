"""Shared fixtures. Qt runs offscreen; data and settings go to tmp folders, never the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder (database, backups, logs)."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XXB_DATA_DIR", str(data))
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path):
    """A fresh, migrated database file (real SQLite through SQLAlchemy)."""
    from app.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def samples() -> Path:
    return SAMPLES
