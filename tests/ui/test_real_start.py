"""A clerk's start (not the smoke start the benches use): the window paints before SQLAlchemy is
imported and before the enums of PySide6's ``Qt`` namespace are made (30-40 ms), and a database
without an office still gets the first-start question."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import argparse, sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
import ui.application as ua
from ui import main_window

seen = {}
filter_first_paint = main_window.MainWindow.eventFilter

def watch(self, watched, event):
    if event.type() == QEvent.Type.Paint and "paint" not in seen:
        seen["paint"] = "sqlalchemy" in sys.modules
        seen["qt"] = "Qt" in vars(PySide6.QtCore)  # made on first use: not yet
    return filter_first_paint(self, watched, event)

def probe():
    dialog = QApplication.activeModalWidget()
    seen["dialog"] = dialog.windowTitle() if dialog else None
    QApplication.quit()

make = ua.make_application
def make_and_probe(argv=None):
    app = make(argv)
    QTimer.singleShot(6000, probe)
    return app

main_window.MainWindow.eventFilter = watch
ua.make_application = make_and_probe
ua.run_gui(argparse.Namespace(db=sys.argv[1], command=None))
print("SQLALCHEMY_AT_FIRST_PAINT", seen.get("paint"))
print("DIALOG", seen.get("dialog"))
print("QT_NAMESPACE_AT_FIRST_PAINT", seen.get("qt"))
"""


def test_the_window_paints_before_sqlalchemy_and_qt_enums_then_asks_for_the_office(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("XXB_SMOKE", "XXB_LOCALE")}
    env.update(XXB_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    db = tmp_path / "office.db"
    made = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "office", "show"],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        env=env, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert "SQLALCHEMY_AT_FIRST_PAINT False" in run.stdout, run.stdout + run.stderr
    assert "DIALOG 欢迎使用献血办" in run.stdout, run.stdout + run.stderr
    assert "QT_NAMESPACE_AT_FIRST_PAINT False" in run.stdout, run.stdout + run.stderr
