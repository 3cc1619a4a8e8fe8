"""The command line in another language: XXB_LOCALE=en_US answers from the app's catalogue (the
same .qm the window loads), Chinese stays the default, and a closed pipe is not a bug."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, i18n

ROOT = Path(__file__).resolve().parents[3]


def main_py(*args: str, locale: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XXB_LOCALE"}
    if locale is not None:
        env["XXB_LOCALE"] = locale
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_english_command_line_messages_and_help(tmp_path):
    db = tmp_path / "x.db"
    refused = main_py("--db", str(db), "notice", "quota", "--year", "2017", "--out", str(tmp_path / "a.docx"),
                      locale="en_US")  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.startswith("Error: ")
    help_text = main_py("roster", "--help", locale="en_US").stdout
    assert "import units with population, staff and contacts" in help_text
    assert "名册" not in help_text
    assert main_py("--db", str(db), "office", "show", locale="en_US").stdout.startswith("County: ")
    backed = main_py("--db", str(db), "backup", "--out", str(tmp_path / "b.db"), locale="en_US")
    assert backed.returncode == 0, backed.stderr
    assert backed.stdout.startswith("Backed up to: ")


def test_chinese_is_the_default_and_needs_no_qt(tmp_path):
    assert main_py("--db", str(tmp_path / "x.db"), "office", "show").returncode == 0
    result = main_py("--db", str(tmp_path / "x.db"), "backup", "--out", str(tmp_path / "b.db"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已备份到：")
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, main; main.main(['--db', sys.argv[1], 'office', 'show']);"
         "print('PySide6' in sys.modules)", str(tmp_path / "x.db")],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
        env={k: v for k, v in os.environ.items() if k != "XXB_LOCALE"},
    )  # fmt: skip
    assert probe.stdout.strip().endswith("False"), probe.stdout + probe.stderr


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_went_away_is_not_an_internal_error(tmp_path):
    args = cli.parse(["--db", str(tmp_path / "x.db"), "office", "show"])
    err = io.StringIO()
    with pytest.raises(BrokenPipeError):
        cli.run(args, out=_ClosedPipe(), err=err)
    assert err.getvalue() == ""
    assert i18n.translate("cli", "错误：缺少命令") == "错误：缺少命令"
