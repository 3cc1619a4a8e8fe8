"""The donations commands as a script runs them: a real process on a real file (ARCHITECTURE.md)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from app.donations.idcard import check_digit

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["献血码", "献血者姓名", "血型", "性别", "献血类型", "证件号码", "所属单位", "采血日期", "采血量"]


def pid(birth: str, seq: str) -> str:
    first17 = f"612401{birth}{seq}"
    return first17 + check_digit(first17)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


def export(tmp_path: Path, xlsx) -> Path:
    rows = [
        [
            "A1",
            "周强",
            "O型RhD阳性",
            "男",
            "全血",
            pid("19850101", "011"),
            "城关镇",
            dt.date(2024, 1, 5),
            "400ml",
        ],
        ["A2", "吴婷", "O+", "女", "全血", pid("19920202", "022"), "县人民医院", dt.date(2024, 1, 6), "300"],
        ["A3", "王伟", "B", "男", "全血", pid("19880404", "111"), "城关镇", dt.date(2024, 1, 7), "400"],
        ["A4", "王伟", "B", "男", "全血", pid("19880404", "131"), "城关镇", dt.date(2024, 3, 7), "400"],
        ["A5", "错号", "A", "男", "全血", "612401198801011230", "城关镇", dt.date(2024, 1, 7), "400"],
    ]
    return xlsx(tmp_path / "血站1月.xlsx", HEADER, rows, titles=("2024年1月献血者名单",))


def test_import_eligible_emergency_merge_and_unmerge(tmp_path, xlsx):
    db = str(tmp_path / "w.db")
    path = export(tmp_path, xlsx)
    first = run(
        tmp_path,
        "--db",
        db,
        "donations",
        "import",
        str(path),
        "--json",
        "--rejects",
        str(tmp_path / "r.xlsx"),
    )
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["imported"] == 4 and data["new_units"] == ["城关镇", "县人民医院"]
    assert data["rejected"] == [{"row": 7, "field": "证件号码", "reason": data["rejected"][0]["reason"]}]
    assert "校验码" in data["rejected"][0]["reason"] and (tmp_path / "r.xlsx").exists()
    assert any("可能是同一人" in w["reason"] for w in data["warnings"])
    again = json.loads(run(tmp_path, "--json", "--db", db, "donations", "import", str(path)).stdout)
    assert again["imported"] == 0 and again["already"] == 4

    eligible = run(tmp_path, "--db", db, "--json", "eligible", pid("19850101", "011"), "--on", "2024-03-01")
    assert eligible.returncode == 0, eligible.stderr
    answer = json.loads(eligible.stdout)
    assert answer["whole_blood_from"] == "2024-07-05" and answer["platelets_from"] == "2024-04-05"
    assert len(answer["warnings"]) == 2 and "GB 18467-2011" in answer["warnings"][0]
    assert answer["donor"]["id_number"] == "6124**********" + pid("19850101", "011")[-4:]

    out = tmp_path / "应急名单.xlsx"
    emergency = run(
        tmp_path, "--db", db, "emergency", "--blood", "O+", "--on", "2024-08-01", "--out", str(out), "--json"
    )
    assert emergency.returncode == 0, emergency.stderr
    listed = json.loads(emergency.stdout)["donors"]
    assert [d["name"] for d in listed] == ["吴婷", "周强"] and listed[1][
        "last"
    ] == "2024-01-05"  # most recent first
    assert listed[0]["phone"] == "" and set(listed[0]) >= {"name", "blood", "phone", "last"} and out.exists()

    merged = run(
        tmp_path, "--db", db, "--json", "donors", "merge", pid("19880404", "111"), pid("19880404", "131")
    )
    assert merged.returncode == 0, merged.stderr
    m = json.loads(merged.stdout)
    assert m["moved"]["donations"] == 1 and m["kept"]["donations"] == 2
    assert json.loads(run(tmp_path, "--db", db, "--json", "donors", "duplicates").stdout)["pairs"] == []
    undone = run(tmp_path, "--db", db, "--json", "donors", "unmerge", str(m["merge_id"]))
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["restored"]["donations"] == 1
    found = json.loads(run(tmp_path, "--db", db, "--json", "donors", "find", "ww").stdout)["donors"]
    assert [d["name"] for d in found] == ["王伟", "王伟"]


def test_bad_input_exits_2_with_one_chinese_line_and_writes_nothing(tmp_path, xlsx):
    db = tmp_path / "w.db"
    bad = xlsx(tmp_path / "名册.xlsx", ["单位", "人口数"], [["城关镇", 47277]])
    result = run(tmp_path, "--db", str(db), "donations", "import", str(bad))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("错误：") and "献血者姓名" in result.stderr.splitlines()[0]
    assert not db.exists()  # a refused command on a new path leaves no database file
    from app.database import open_database

    open_database(db).close()
    result = run(tmp_path, "--db", str(db), "emergency", "--blood", "Z", "--on", "2024-01-01")
    assert result.returncode == 2 and "血型“Z”看不懂" in result.stderr
    result = run(tmp_path, "--db", str(db), "eligible", "无此人", "--on", "2024-01-01")
    assert result.returncode == 2 and "找不到献血者" in result.stderr
