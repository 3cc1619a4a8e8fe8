"""Shared pieces of the fuzzing and corruption suites: hypothesis profiles, a demo database to
copy per case, a digest of every table, and the name rules every stored unit must pass.

``make test`` runs the ``ci`` profile (a few hundred cases); ``make fuzz`` sets
``HYPOTHESIS_PROFILE=fuzz`` for thousands.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def table_digest(path: Path) -> str:
    """One hash over every row of every table: equal digests mean nothing was written."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        digest = hashlib.sha256()
        tables = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for table in tables:
            digest.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def stored_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM unit UNION ALL SELECT alias FROM unit_alias")]
    finally:
        con.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the 平利 demo roster and plan, closed (WAL checkpointed), to copy per case."""
    from app.admin.demo import load_demo
    from app.database import open_database

    path = tmp_path_factory.mktemp("template") / "demo.db"
    db = open_database(path, backup=False)
    load_demo(db)
    db.close()
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target
