"""The issue's acceptance runs, as a clerk's script would run them."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "w.db"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_pingli_roster_import_then_allocate(tmp_path, samples):
    imported = run(
        tmp_path, "--json", "roster", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017"
    )
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 13
    result = run(
        tmp_path,
        "--json",
        "plan",
        "allocate",
        "--year",
        "2017",
        "--total",
        "2300",
        "--method",
        "population",
        "--step",
        "5",
        "--floor",
        "100",
        "--fixed",
        "县医院=80",
        "--fixed",
        "县中医医院=50",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    amounts = {q["unit"]: q["amount"] for q in data["quotas"]}
    notice = {
        r["募集单位"]: int(r["募集指标（单位）"])
        for r in csv.DictReader((samples / "pingli_2017_quota.csv").open(encoding="utf-8-sig"))
    }
    assert data["total"] == 2300 and sum(amounts.values()) == 2300
    assert all(a % 5 == 0 for a in amounts.values())
    assert all(a >= 100 for u, a in amounts.items() if u not in ("县医院", "县中医医院"))
    assert all(abs(amounts[u] - notice[u]) <= 15 for u in notice)


def test_impossible_floor_exits_2_and_writes_nothing(tmp_path, samples):
    assert (
        run(
            tmp_path, "roster", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017"
        ).returncode
        == 0
    )
    bad = run(
        tmp_path,
        "plan",
        "allocate",
        "--year",
        "2017",
        "--total",
        "2300",
        "--method",
        "population",
        "--floor",
        "300",
    )
    assert bad.returncode == 2
    assert (
        bad.stderr.splitlines()[0].startswith("错误：") and "最低指标无法满足" in bad.stderr.splitlines()[0]
    )
    listed = run(tmp_path, "--json", "plan", "list", "--year", "2017")
    assert json.loads(listed.stdout)["plans"] == []  # not even the plan the split would have made


def test_rugao_plan_import_json(tmp_path, samples):
    result = run(
        tmp_path, "--json", "plan", "import", str(samples / "rugao_2020_monthly_plan.xlsx"), "--year", "2020"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["imported"] == 84 and data["total"] == 8162 and data["rejected"] == []
    assert data["month_totals"]["12月"] == 545 and len(data["new_units"]) == 84


def test_bad_table_exits_2_naming_row_and_field(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("单位,计划数（人）,时间\n组织部,7,1月\n宣传部,五,1月\n", encoding="utf-8")
    result = run(tmp_path, "plan", "import", str(path), "--year", "2020")
    assert result.returncode == 2
    assert "第3行“指标”" in result.stderr.splitlines()[0]
    assert not (tmp_path / "w.db").exists()  # refused on a new path: not even an empty database


def test_export_commands(tmp_path, samples):
    run(tmp_path, "plan", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017")
    out = run(tmp_path, "plan", "export", "--year", "2017", "--out", str(tmp_path / "q.xlsx"))
    assert out.returncode == 0 and (tmp_path / "q.xlsx").stat().st_size > 3000
    out = run(tmp_path, "roster", "export", "--year", "2017", "--out", str(tmp_path / "r.xlsx"))
    assert out.returncode == 0 and (tmp_path / "r.xlsx").exists()
    copy = run(tmp_path, "--json", "roster", "copy-year", "--from", "2017", "--to", "2018")
    assert json.loads(copy.stdout) == {"copied": 13}


LISTING_IMPORTS = r"""
import sys
import main

code = main.main(["--db", sys.argv[1], "plan", "list", "--year", "2017"])
heavy = [m for m in ("sqlalchemy.orm", "db.models", "alembic", "pypinyin", "PySide6") if m in sys.modules]
print("CODE", code, "HEAVY", heavy)
"""


def test_plan_list_reads_through_core_without_the_orm(tmp_path):
    """``plan list`` is one Core query over db/tables: the ORM and its mappers (a fifth of a
    second of a command's start) are never imported (bench/bench_startup.py)."""
    assert run(tmp_path, "demo").returncode == 0
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}
    listed = subprocess.run(
        [sys.executable, "-c", LISTING_IMPORTS, str(tmp_path / "w.db")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "CODE 0 HEAVY []" in listed.stdout, listed.stdout + listed.stderr
    assert "2017年全民无偿献血募集指标" in listed.stdout  # and it did list the demo's plan
