"""Migrations: fresh, from the committed old schema, refusals, and no half-migrated files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.database import upgrade as migrate
from app.errors import DatabaseCorrupt, DatabaseLocked, DatabaseMissing, DatabaseReadOnly, DatabaseTooNew
from db.engine import make_engine
from db.models import Base

OLD_SCHEMAS = Path(__file__).resolve().parent.parent / "fixtures" / "old_schemas"


def tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_fresh_database_matches_the_models(tmp_path):
    path = tmp_path / "fresh.db"
    engine = migrate.open_database(path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []
    assert migrate.current_revision(path) == migrate.head_revision()


def test_migrations_are_found_relative_to_the_package(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert migrate.head_revision()


def test_old_schema_fixture_upgrades_and_keeps_its_rows(tmp_path):
    fixture = OLD_SCHEMAS / "0001_with_demo.sqlite"
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    before = sqlite3.connect(path)
    counts_before = {
        t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("unit", "unit_year", "quota", "plan")
    }
    before.close()
    assert migrate.current_revision(path) == "0001"
    backups: list[Path] = []

    def fake_backup(p: Path) -> Path:
        out = tmp_path / "pre-upgrade.db"
        shutil.copy(p, out)
        backups.append(out)
        return out

    migrated = migrate.upgrade(path, backup=fake_backup)
    if migrate.head_revision() == "0001":
        assert migrated is False
    else:
        assert migrated is True and backups, "an existing database must be backed up before upgrading"
    assert migrate.current_revision(path) == migrate.head_revision()
    after = sqlite3.connect(path)
    counts_after = {t: after.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts_before}
    assert after.execute("PRAGMA foreign_key_check").fetchall() == []
    after.close()
    # Batch migrations copy tables; with foreign keys on, CASCADE would have emptied the children.
    assert counts_after == counts_before
    assert counts_before["unit_year"] > 0 and counts_before["quota"] > 0


def test_missing_file_is_refused_when_not_creating(tmp_path):
    with pytest.raises(DatabaseMissing, match="找不到数据库文件"):
        migrate.open_database(tmp_path / "nope.db", create=False)


def test_corrupt_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseCorrupt, match="已损坏"):
        migrate.open_database(path)
    assert path.read_bytes().startswith(b"this is a spreadsheet")


def test_truncated_sqlite_file_is_reported_corrupt(tmp_path):
    good = tmp_path / "good.db"
    migrate.open_database(good).dispose()
    data = good.read_bytes()
    bad = tmp_path / "truncated.db"
    bad.write_bytes(data[:100] + b"\x00" * 4000 + data[4100:6000])
    with pytest.raises(DatabaseCorrupt):
        migrate.open_database(bad)


def test_locked_database_is_reported(tmp_path):
    path = tmp_path / "locked.db"
    migrate.open_database(path).dispose()
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="另一个程序"):
            migrate.open_database(path)
    finally:
        holder.rollback()
        holder.close()


def test_read_only_database_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "ro.db"
    migrate.open_database(path).dispose()
    # Tests may run as root, for whom chmod does not bite; the check goes through os.access.
    monkeypatch.setattr(migrate.os, "access", lambda p, mode: False)
    with pytest.raises(DatabaseReadOnly, match="只读"):
        migrate.open_database(path)


def test_sqlite_readonly_error_is_classified(tmp_path):
    path = tmp_path / "x.db"
    migrate.open_database(path).dispose()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        con.execute("CREATE TABLE t (x)")
    con.close()
    assert isinstance(migrate.classify_sqlite_error(info.value, path), DatabaseReadOnly)


def test_database_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "new.db"
    migrate.open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        migrate.open_database(path)
    assert migrate.current_revision(path) == "9999_future"


def test_failed_migration_leaves_no_half_migrated_file(tmp_path):
    path = tmp_path / "clash.db"
    con = sqlite3.connect(path)
    # A foreign table named like one of ours makes the initial migration fail part-way.
    con.execute("CREATE TABLE unit_year (x)")
    con.commit()
    con.close()
    with pytest.raises(Exception):  # noqa: B017 - any failure; what matters is the file afterwards
        migrate.upgrade(path)
    assert tables(path) == {"unit_year"}
    assert migrate.current_revision(path) is None


def test_batch_migration_keeps_cascade_children(tmp_path):
    """The PITFALLS trap: a batch copy of a parent table with FKs on empties its children."""
    import sqlalchemy as sa
    from alembic.operations import Operations

    path = tmp_path / "batch.db"
    migrate.open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO unit (name, kind, py_initials, sort_order, archived, note) VALUES ('城关镇','镇街','cgz',1,0,'')"
    )
    con.execute(
        "INSERT INTO unit_year (unit_id, year, contact_name, contact_phone, leader_name, leader_phone) VALUES (1, 2024, '', '', '', '')"
    )
    con.commit()
    con.close()
    engine = migrate._migration_engine(path)
    with engine.begin() as conn:
        ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
        with ops.batch_alter_table("unit", recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.String(10)))
    engine.dispose()
    check = make_engine(path)
    with check.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM unit_year").scalar() == 1
    check.dispose()
