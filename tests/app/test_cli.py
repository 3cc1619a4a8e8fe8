"""The headless command line, run as a user would: a real process on a real file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_selftest_exits_zero(tmp_path):
    result = run("--db", str(tmp_path / "x.db"), "--json", "selftest", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    steps = "\n".join(report["steps"])
    for operation in ("迁移", "演示数据", "分解指标", "导出名册", "红头通知", "备份"):
        assert operation in steps


def test_backup_then_restore_round_trips(tmp_path):
    db = tmp_path / "work.db"
    assert run("--db", str(db), "demo", data_dir=tmp_path).returncode == 0
    out = run("--db", str(db), "--json", "backup", "--out", str(tmp_path / "b.db"), data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"backup": str(tmp_path / "b.db")}
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("DELETE FROM quota")
    con.commit()
    con.close()
    back = run("--db", str(db), "--json", "restore", str(tmp_path / "b.db"), data_dir=tmp_path)
    assert back.returncode == 0, back.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT sum(amount) FROM quota").fetchone()[0] == 2300
    con.close()


def test_bad_input_gives_one_chinese_line_and_exit_2(tmp_path):
    result = run("--db", str(tmp_path / "x.db"), "restore", str(tmp_path / "missing.db"), data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("错误：找不到备份文件")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_unknown_command_is_refused(tmp_path):
    result = run("frobnicate", data_dir=tmp_path)
    assert result.returncode == 2 and "命令行参数错误" in result.stderr


def test_demo_refuses_a_non_empty_database(tmp_path):
    db = tmp_path / "w.db"
    assert run("--db", str(db), "demo", data_dir=tmp_path).returncode == 0
    again = run("--db", str(db), "demo", data_dir=tmp_path)
    assert again.returncode == 2 and "已有数据" in again.stderr


def test_corrupt_database_is_a_message_not_a_traceback(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 100)
    result = run("--db", str(db), "demo", data_dir=tmp_path)
    assert result.returncode == 2 and "已损坏" in result.stderr and "Traceback" not in result.stderr


def test_a_hard_crash_report_is_kept_for_the_next_start(tmp_path):
    code = "import faulthandler, sys; sys.path.insert(0, %r); import main; main.setup_logging(__import__('pathlib').Path(%r)); faulthandler._sigsegv()"
    logs = tmp_path / "logs"
    crashed = subprocess.run(
        [sys.executable, "-c", code % (str(ROOT), str(logs))], capture_output=True, timeout=60
    )
    assert crashed.returncode != 0
    assert "Fatal Python error" in (logs / "crash.log").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT))
    import main

    kept = main.keep_previous_crash(logs)
    assert (
        kept is not None
        and kept.name.startswith("crash-")
        and "Fatal Python error" in kept.read_text(encoding="utf-8")
    )
    assert not (logs / "crash.log").exists()
    assert main.keep_previous_crash(logs) is None
