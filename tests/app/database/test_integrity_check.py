"""The full integrity check (``PRAGMA quick_check``, every page read) runs where damage matters —
before a migration, around a backup and a restore, in selftest — and not on every open, where at a
million donations it cost about a second. Each SQL statement SQLite runs is traced."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.admin import demo
from app.database import backup, open_database
from app.database import upgrade as migrate
from app.errors import DatabaseCorrupt
from db.models import Unit


@pytest.fixture
def statements(monkeypatch) -> Iterator[list[str]]:
    """Every statement run on any sqlite3 connection opened from now on (SQLAlchemy's too)."""
    seen: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):
        con = real(*args, **kwargs)
        con.set_trace_callback(seen.append)
        return con

    monkeypatch.setattr(sqlite3, "connect", traced)
    yield seen


def checks(seen: list[str]) -> int:
    return sum("quick_check" in s.lower() or "integrity_check" in s.lower() for s in seen)


@pytest.fixture
def current(db_path: Path) -> Path:
    """A database at the head revision with the demo roster, closed."""
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    return db_path


def test_opening_a_current_database_reads_no_page_for_an_integrity_check(current, statements):
    db = open_database(current)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count(Unit.id))) == 13
    finally:
        db.close()
    assert statements, "the trace saw nothing: the test would pass whatever open does"
    assert checks(statements) == 0, [s for s in statements if "check" in s.lower()]


def test_backup_checks_the_database_and_its_copy(current, statements, tmp_path):
    out = backup.backup(current, tmp_path / "copy.db")
    assert checks(statements) == 2  # the source before copying, the copy before it takes its name
    assert out.exists()


def test_restore_checks_the_backup_and_the_restored_file(current, statements, tmp_path):
    copy = backup.backup(current, tmp_path / "copy.db")
    statements.clear()
    backup.restore(copy, tmp_path / "restored.db")
    assert checks(statements) == 2


OLD = Path(__file__).resolve().parents[2] / "fixtures" / "old_schemas" / "0001_with_demo.sqlite"


def test_a_migration_is_preceded_by_the_check(statements, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(OLD, path)
    open_database(path, backup=False).close()
    assert migrate.current_revision(path) == migrate.HEAD_REVISION
    assert checks(statements) == 1


def test_a_damaged_old_database_is_not_migrated(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(OLD, path)
    damage(path)
    before = path.read_bytes()
    # by the check before the migration, or already by SQLite reading the page (varies by run)
    with pytest.raises(DatabaseCorrupt, match=r"完整性检查未通过|已损坏"):
        open_database(path, backup=False)
    assert path.read_bytes() == before


def damage(path: Path) -> None:
    """Garble the cell pointers of the ``unit`` table's root page: the header and the schema stay
    readable, so only a check that reads the table's pages finds it."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'unit'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    at = (root - 1) * page + 12
    data[at : at + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_backup_refuses_a_damaged_database_and_leaves_no_copy(current, tmp_path):
    damage(current)
    # Found by the integrity check, or already by SQLite while the copy reads the page (which of
    # the two comes first varies from run to run): either way refused with the file named damaged.
    with pytest.raises(DatabaseCorrupt, match=r"完整性检查未通过|已损坏"):
        backup.backup(current, tmp_path / "copy.db")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("copy", ".~"))) == []


def test_a_truncated_file_is_refused_at_open_by_its_header(current):
    data = current.read_bytes()
    current.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorrupt, match="截断"):
        open_database(current)


def test_a_damaged_text_met_after_opening_is_a_message(current, tmp_path):
    """Bytes that are not UTF-8 in a plan's name (a damaged page no check at opening reads):
    ``plan list`` ends in the corrupt-file message, exit 2, not an internal error."""
    from clihelpers import run

    con = sqlite3.connect(current)
    con.execute("UPDATE plan SET name = CAST(X'32303137FFFE' AS TEXT)")
    con.commit()
    con.close()
    code, _out, err = run("--db", str(current), "plan", "list")
    assert code == 2 and "已损坏" in err and "程序内部错误" not in err, err
