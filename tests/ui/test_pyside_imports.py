"""Modules imported after PySide6 are not read for ``__feature__`` (ui/pyside_imports.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import inspect, sys
import ui  # switches the scan off
from PySide6.QtCore import QObject

feature = sys.modules["shibokensupport.feature"]
read = []
real_getsource = inspect.getsource
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", obj)) or real_getsource(obj)
import colorsys, fractions  # noqa: E401  (not imported by anything above)
print("READ", read)
print("FLAGS", feature.pyside_feature_dict.get("colorsys"), feature.pyside_feature_dict.get("fractions"))
print("QT_WORKS", QObject().objectName() == "")
"""


def test_imports_after_pyside_do_not_read_module_sources():
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "READ []" in run.stdout, run.stdout
    # -1: 'ignore this module in feature switching', as for any module that selects no feature
    assert "FLAGS -1 -1" in run.stdout, run.stdout
    assert "QT_WORKS True" in run.stdout


def test_without_the_switch_pyside_reads_them():
    """The probe above can fail: PySide6 itself reads each new module's source."""
    probe = PROBE.replace("import ui  # switches the scan off\n", "")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    read = next(line for line in run.stdout.splitlines() if line.startswith("READ"))
    assert "'colorsys'" in read and "'fractions'" in read, read
