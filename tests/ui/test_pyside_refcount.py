"""Regression guard for PITFALLS §0: PySide6 6.12.0 on Python ≤3.11 aborts after a few thousand
calls of void methods (None's refcount runs out). This must survive 20,000 such calls."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
app = QApplication([])
obj = QObject(); label = QLabel(); edit = QLineEdit()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName('x')
    label.setText(str(i))
    edit.clear()
print('survived', sys.getrefcount(None) - before)
"""


def test_twenty_thousand_void_calls_do_not_abort():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
