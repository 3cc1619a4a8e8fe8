"""The command-line contract (ARCHITECTURE.md): --db and --json before or after the command, and a
refused command leaves no database file and no audit line behind."""

from __future__ import annotations

import json
from pathlib import Path

from clihelpers import run
from sqlalchemy import func, select

from app import cli
from app.database import open_database
from db.models import AuditLog, Plan


def roster(db: Path, samples: Path) -> None:
    code, _out, err = run(
        "--db", str(db), "roster", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017"
    )
    assert code == 0, err


def test_db_and_json_after_the_command_as_the_contract_writes_them(tmp_path, samples):
    db = tmp_path / "x.db"
    roster(db, samples)
    code, out, err = run(
        "plan", "allocate", "--year", "2017", "--total", "2300", "--method", "population", "--step", "5",
        "--db", str(db), "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] == 2300 and sum(q["amount"] for q in data["quotas"]) == 2300
    code, out, err = run("plan", "list", "--db", str(db), "--json")
    assert code == 0, err
    assert [p["quota_total"] for p in json.loads(out)["plans"]] == [2300]


def test_options_before_and_after_give_the_same_answer(tmp_path, samples):
    db = tmp_path / "x.db"
    roster(db, samples)
    before = run(
        "--db", str(db), "--json", "roster", "export", "--year", "2017", "--out", str(tmp_path / "a.csv")
    )
    after = run(
        "roster", "export", "--year", "2017", "--out", str(tmp_path / "b.csv"), "--json", "--db", str(db)
    )
    assert before[0] == after[0] == 0
    assert json.loads(before[1]) == {"out": str(tmp_path / "a.csv")}
    assert json.loads(after[1]) == {"out": str(tmp_path / "b.csv")}


def test_a_command_without_the_options_keeps_those_given_before_it(tmp_path, samples):
    db = tmp_path / "x.db"
    roster(db, samples)
    code, out, _err = run("--json", "--db", str(db), "plan", "list")
    assert code == 0 and json.loads(out) == {"plans": []}


def test_refused_allocation_on_a_new_path_creates_no_database_file(tmp_path):
    db = tmp_path / "new.db"
    code, _out, err = run(
        "plan", "allocate", "--year", "2017", "--total", "100", "--method", "population", "--db", str(db)
    )
    assert code == cli.EXIT_BAD_INPUT and err.startswith("错误：")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_refused_import_on_a_new_path_creates_no_database_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("单位,计划数（人）\n组织部,七\n", encoding="utf-8")
    db = tmp_path / "new.db"
    code, _out, err = run("plan", "import", str(bad), "--year", "2020", "--db", str(db))
    assert code == cli.EXIT_BAD_INPUT and "第2行" in err
    assert not db.exists() and not Path(f"{db}-wal").exists()


def test_refused_allocation_writes_no_plan_and_no_audit_line(tmp_path, samples):
    db = tmp_path / "x.db"
    roster(db, samples)
    database = open_database(db)
    try:
        with database.session() as s:
            audit_before = s.scalar(select(func.count(AuditLog.id)))
        code, _out, err = run(
            "plan", "allocate", "--year", "2017", "--total", "2300", "--method", "population", "--floor", "300",
            "--db", str(db),
        )  # fmt: skip
        assert code == cli.EXIT_BAD_INPUT and "最低指标无法满足" in err
        with database.session() as s:
            assert s.scalar(select(func.count(Plan.id))) == 0
            assert s.scalar(select(func.count(AuditLog.id))) == audit_before
    finally:
        database.close()


def test_an_existing_database_survives_a_refused_command(tmp_path, samples):
    db = tmp_path / "x.db"
    roster(db, samples)
    code, _out, _err = run(
        "plan", "allocate", "--year", "2017", "--total", "10", "--method", "staff", "--db", str(db)
    )
    assert code == cli.EXIT_BAD_INPUT
    assert db.exists()
