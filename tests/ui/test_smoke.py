"""The GUI smoke start (XXB_SMOKE=1) that CI runs on the packaged program, here from source: it
passes on a sound start and fails, without waiting for anyone, on every kind of error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.pages import page_specs

ROOT = Path(__file__).resolve().parent.parent.parent


def start(
    tmp_path: Path, db: Path, *, code: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "XXB_LOCALE"}
    full.update({"XXB_DATA_DIR": str(tmp_path / "data"), "XXB_SMOKE": "1", **env})
    full.setdefault("QT_QPA_PLATFORM", "offscreen")
    argv = ["-c", code, str(db)] if code else [str(ROOT / "main.py"), "--db", str(db)]
    return subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, env=full, timeout=120, cwd=ROOT
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path / "data")}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"], env=env, check=True)
    return db


def test_smoke_start_paints_every_page_and_quits(tmp_path, demo_db):
    result = start(tmp_path, demo_db)
    assert result.returncode == 0, result.stderr
    assert f"SMOKE OK: {len(page_specs())} pages painted; qtbase_zh_CN.qm" in result.stdout
    # its settings stay in its data folder, never the user's
    assert (tmp_path / "data" / "smoke-settings.ini").exists()


def test_a_fresh_data_folder_needs_no_first_run_answer(tmp_path):
    result = start(tmp_path, tmp_path / "new.db")
    assert result.returncode == 0, result.stderr


def test_a_dialog_that_would_wait_fails_the_smoke(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    result = start(tmp_path, bad)
    assert result.returncode == 1
    assert "SMOKE FAILED: a dialog would wait for the clerk: 无法打开数据库" in result.stderr


def test_a_missing_translation_fails_the_smoke(tmp_path, demo_db):
    result = start(tmp_path, demo_db, XXB_LOCALE="fr_FR")
    assert result.returncode == 1 and "translation xianxueban_fr.qm for fr_FR not loaded" in result.stderr
    english = start(tmp_path, demo_db, XXB_LOCALE="en_US")
    assert english.returncode == 0 and "xianxueban_en.qm" in english.stdout


def test_an_uncaught_exception_fails_the_smoke(tmp_path, demo_db):
    code = (
        "import sys; sys.path.insert(0, '.'); import main, ui.smoke as smoke\n"
        "from PySide6.QtCore import QTimer\n"
        "watch = smoke.Smoke.watch\n"
        "def broken(self, window):\n"
        "    watch(self, window); QTimer.singleShot(0, lambda: 1 / 0)\n"
        "smoke.Smoke.watch = broken\n"
        "sys.exit(main.main(['--db', sys.argv[1]]))\n"
    )
    result = start(tmp_path, demo_db, code=code)
    assert result.returncode == 1
    assert "SMOKE FAILED: uncaught ZeroDivisionError" in result.stderr and "Traceback" in result.stderr
