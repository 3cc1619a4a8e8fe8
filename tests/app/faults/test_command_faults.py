"""Issue 8, the command line and the database files: each case as found, now a one-line message
(exit 2) with nothing changed, or an internal error whose traceback is in the log."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli

ROOT = Path(__file__).resolve().parents[3]


def run(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        args = cli.parse(["--db", str(db), *argv])
    except cli.KnownError as exc:
        return cli.EXIT_BAD_INPUT, "", str(exc)
    code = cli.run(args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def units(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM unit").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def demo(tmp_path) -> Path:
    db = tmp_path / "work.db"
    assert run(db, "demo")[0] == 0
    return db


@pytest.fixture
def contacts(tmp_path) -> Path:
    path = tmp_path / "contacts.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('张三', '13800000000')")
    con.commit()
    con.close()
    return path


def test_restore_refuses_an_empty_file_and_another_programs_database(demo, tmp_path, contacts):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    bare = tmp_path / "bare.db"
    sqlite3.connect(bare).execute("PRAGMA user_version = 1").connection.close()
    for wrong in (empty, contacts, bare):
        before = digest(demo)
        code, _, err = run(demo, "restore", str(wrong))
        assert code == 2, err
        assert digest(demo) == before and units(demo) == 13


def test_restore_says_what_the_backup_holds(demo, tmp_path):
    backup = tmp_path / "b.db"
    assert run(demo, "backup", "--out", str(backup))[0] == 0
    code, out, err = run(demo, "restore", str(backup))
    assert code == 0, err
    assert "13个单位" in out and "2017年" in out


def test_another_programs_database_is_refused_untouched(contacts):
    before = digest(contacts)
    code, _, err = run(contacts, "plan", "list")
    assert code == 2 and "另一个程序的数据库" in err, err
    assert digest(contacts) == before
    assert not Path(str(contacts) + "-wal").exists()


def test_a_damaged_schema_page_is_a_message(demo, tmp_path):
    con = sqlite3.connect(demo)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(demo.read_bytes())
    at = data.find(b"tableunit_aliasunit_alias")  # the name column of a sqlite_master record
    assert at > 0
    data[at + 5] = 0xFF
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    for argv in (("plan", "list"), ("roster", "export", "--year", "2017", "--out", str(tmp_path / "r.xlsx"))):
        code, _, err = run(damaged, *argv)
        assert code == 2, err
    code, _, err = run(demo, "restore", str(damaged))
    assert code == 2, err


@pytest.mark.parametrize(
    "argv",
    [
        ("plan", "list", "--year", "0"),
        ("plan", "list", "--year", "10000"),
        ("roster", "copy-year", "--from", "2017", "--to", "0"),
        ("roster", "copy-year", "--from", "1066", "--to", "2017"),
        ("plan", "allocate", "--year", "2017", "--total", str(2**64), "--method", "population"),
        ("plan", "export", "--year", "2017", "--plan", str(2**70), "--out", "x.xlsx"),
        ("notice", "quota", "--year", "9999", "--out", "x.docx"),
        ("donors", "unmerge", str(2**70)),
        ("donors", "find", "刘", "--limit", str(2**70)),
        ("office", "set", "--next-number", str(2**70)),
    ],
)
def test_years_and_numbers_out_of_range_are_refused(demo, argv):
    before = digest(demo)
    code, _, err = run(demo, *argv)
    assert code == 2, err
    assert digest(demo) == before


def test_a_year_out_of_range_is_refused_by_the_services_too(db):
    from app.errors import InputError
    from app.plans.plans import create_plan
    from app.plans.records import PlanInput
    from app.roster.units import copy_year

    with pytest.raises(InputError):
        copy_year(db, 2017, 10000)
    with pytest.raises(InputError):
        create_plan(db, PlanInput(name="计划", year=0, target=1))


def test_a_folder_named_as_the_database_is_a_message(tmp_path):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    for argv in (
        ("plan", "list"),
        ("backup", "--out", str(tmp_path / "b.db")),
        ("restore", str(tmp_path / "x")),
    ):
        code, _, err = run(folder, *argv)
        assert code == 2, (argv, err)
    assert list(folder.iterdir()) == []


def test_a_read_only_command_leaves_an_empty_database_file_empty(tmp_path):
    empty = tmp_path / "zero.db"
    empty.write_bytes(b"")
    code, _, err = run(empty, "roster", "export", "--year", "2017", "--out", str(tmp_path / "r.xlsx"))
    assert code == 2, err
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("argv", [("roster", "export"), ("plan", "export")])
def test_an_export_to_an_unknown_extension_is_refused(demo, tmp_path, argv):
    target = tmp_path / "r.pdf"
    code, _, err = run(demo, *argv, "--year", "2017", "--out", str(target))
    assert code == 2 and ".pdf" in err, err
    assert not target.exists()


def test_a_notice_and_its_tables_land_together(demo, tmp_path):
    assert run(demo, "office", "set", "--name", "平利县献血办公室")[0] in (0, 2)  # office may be preset
    docx = tmp_path / "n.docx"
    docx.write_bytes(b"the clerk's previous copy")
    blocked = tmp_path / "n.xlsx"
    blocked.mkdir()  # an .xlsx that cannot be replaced (on Windows: the file open in Excel)
    (blocked / "inside").write_text("x")
    code, _, err = run(demo, "notice", "quota", "--year", "2017", "--out", str(docx), "--xlsx", str(blocked))
    assert code == 2, err
    assert docx.read_bytes() == b"the clerk's previous copy"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []


def test_an_internal_error_is_logged_with_its_traceback_and_the_log_named(tmp_path):
    """The exit-3 path, run as a user would; the bug is a command that divides by zero, added
    through a sitecustomize so the real main() and logging run unchanged."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import app.cli.admin as admin\ndef boom(args, ctx):\n    return 1 // 0\nadmin.cmd_demo = boom\n",
        encoding="utf-8",
    )
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": f"{hook}{os.pathsep}{ROOT}"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.db"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    log = tmp_path / "data" / "logs" / "xianxueban.log"
    assert str(log) in result.stderr and "Traceback" not in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError" in text
