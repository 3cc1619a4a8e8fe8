"""The database file in trouble: damaged pages, truncated files, another program's file, a newer
schema, read-only files and folders, a lock held by another process. Each ends in a clear message
(exit 2), with the file unchanged and no wait longer than the lock bound. Commands run as a clerk
runs them: a real process on a real file.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from fuzz.conftest import fresh_copy

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "samples" / "pingli_2017_quota.xlsx"
HANG = 60  # far above every bounded wait (5 s locks): reaching it means a hang


def cli(db: Path, *argv: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=HANG,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def clean(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and "程序内部错误" not in result.stderr, result.stderr


COMMANDS = [
    ("plan", "list"),
    ("roster", "import", str(SAMPLE), "--year", "2017"),
    ("backup", "--out", "{tmp}/b.db"),
]


def _rollback_journal(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path


@pytest.mark.parametrize("seed", range(40 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 4))
def test_damaged_pages_are_refused_or_read_never_a_crash(demo_template, tmp_path, seed):
    db = _rollback_journal(fresh_copy(demo_template, tmp_path))
    data = bytearray(db.read_bytes())
    rng = random.Random(seed)
    page = 4096
    for _ in range(rng.randint(1, 6)):
        start = rng.randrange(0, len(data) // page) * page
        at = start + rng.randrange(100 if start == 0 else 0, page)
        data[at] = rng.randrange(256)
    db.write_bytes(bytes(data))
    for argv in COMMANDS:
        clean(cli(db, *(a.format(tmp=tmp_path) for a in argv), data=tmp_path / "data"))


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9])
def test_a_truncated_file_is_refused_unchanged(demo_template, tmp_path, keep):
    db = _rollback_journal(fresh_copy(demo_template, tmp_path))
    data = db.read_bytes()
    db.write_bytes(data[: max(int(len(data) * keep), 1)])
    before = digest(db)
    for argv in COMMANDS:
        result = cli(db, *(a.format(tmp=tmp_path) for a in argv), data=tmp_path / "data")
        clean(result)
        assert result.returncode == 2, (argv, result.stdout)
    assert digest(db) == before
    target = tmp_path / "target.db"
    shutil.copyfile(demo_template, target)
    result = cli(target, "restore", str(db), data=tmp_path / "data")
    assert result.returncode == 2 and digest(target) == digest(demo_template), result.stderr


def test_another_programs_file_and_a_newer_schema_are_refused_unchanged(demo_template, tmp_path):
    foreign = tmp_path / "contacts.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    newer = _rollback_journal(fresh_copy(demo_template, tmp_path / "newer"))
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.commit()
    con.close()
    for db, words in ((foreign, "另一个程序"), (newer, "更新版本")):
        before = digest(db)
        for argv in COMMANDS[:2]:
            result = cli(db, *argv, data=tmp_path / "data")
            assert result.returncode == 2 and words in result.stderr, result.stderr
        assert digest(db) == before


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_filesystem(folder: Path, size: str = "256k"):
    """A real filesystem of its own (tmpfs), so read-only and full disks bite even for root."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs in CI: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(not _can_mount() and not os.environ.get("CI"), reason="mounting a tmpfs needs root")
def test_read_only_files_and_folders_are_a_message_unchanged(demo_template, tmp_path):
    with small_filesystem(tmp_path / "ro", "4m") as folder:
        db = _rollback_journal(fresh_copy(demo_template, folder))
        before = digest(db)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        result = cli(db, "roster", "import", str(SAMPLE), "--year", "2017", data=tmp_path / "data")
        assert result.returncode == 2 and "只读" in result.stderr, result.stderr
        target = folder / "r.xlsx"
        result = cli(db, "roster", "export", "--year", "2017", "--out", str(target), data=tmp_path / "data")
        clean(result)
        assert not target.exists()
        assert digest(db) == before


@pytest.mark.skipif(not _can_mount() and not os.environ.get("CI"), reason="mounting a tmpfs needs root")
def test_a_full_disk_names_the_file_that_could_not_be_written(demo_template, tmp_path):
    db = fresh_copy(demo_template, tmp_path)
    with small_filesystem(tmp_path / "full", "64k") as folder:
        (folder / "pad").write_bytes(b"\0" * 60_000)
        for argv, target in (
            (("backup", "--out"), folder / "b.db"),
            (("plan", "export", "--year", "2017", "--out"), folder / "q.xlsx"),
        ):
            result = cli(db, *argv, str(target), data=tmp_path / "data")
            assert result.returncode == 2 and str(target) in result.stderr, result.stderr
            assert "磁盘" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["pad"]


HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive-mode":
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
con.execute("BEGIN EXCLUSIVE")
con.execute("DELETE FROM audit_log WHERE 1=0")
print("locked", flush=True)
time.sleep(120)
"""


@contextmanager
def held_lock(db: Path, how: str):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), how], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("journal", ["rollback", "wal"])
def test_a_lock_held_by_another_process_ends_in_a_message_without_leftovers(demo_template, tmp_path, journal):
    db = fresh_copy(demo_template, tmp_path)
    how = "exclusive"
    if journal == "rollback":
        _rollback_journal(db)
    else:
        how = "exclusive-mode"  # in WAL only exclusive locking mode keeps readers out
    backup_ok = tmp_path / "good.db"
    shutil.copyfile(demo_template, backup_ok)
    out = tmp_path / "out"
    out.mkdir()
    with held_lock(db, how):
        before = digest(db)
        for argv in (
            ("backup", "--out", str(out / "b.db")),
            ("restore", str(backup_ok)),
            ("roster", "import", str(SAMPLE), "--year", "2017"),
            ("plan", "list"),
        ):
            started = time.monotonic()
            result = cli(db, *argv, data=tmp_path / "data")
            assert time.monotonic() - started < 30, argv
            clean(result)
            assert result.returncode == 2 and "锁定" in result.stderr, (argv, result.stderr)
        assert digest(db) == before
    assert list(out.iterdir()) == []


def test_two_imports_creating_the_same_units_at_once(tmp_path):
    """Both processes create the same new units; the second waits for the first's write lock,
    then finds them: both succeed (or one is told the database is busy), never an IntegrityError."""
    from app.database import open_database

    db = tmp_path / "x.db"
    open_database(db, backup=False).close()
    rows = "\n".join(f"新单位{i},{i}" for i in range(3000))
    table = tmp_path / "many.csv"
    table.write_text("单位,人口数\n" + rows + "\n", encoding="utf-8")
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path / "data")}
    argv = [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "roster",
        "import",
        str(table),
        "--year",
        "2017",
    ]
    procs = [subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=env) for _ in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=HANG)
        assert proc.returncode in (0, 2) and "程序内部错误" not in err, err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT name) FROM unit").fetchone() == (3000, 3000)
    con.close()
