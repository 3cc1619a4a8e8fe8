"""The floor of a cold start: a bare PySide6 QMainWindow, shown and painted once, then quit.

Prints SMOKE PAINTED at its first paint, like ``main.py`` under XXB_SMOKE, so both are timed the
same way (bench/bench_startup.py).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("SMOKE PAINTED", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    spy = _FirstPaint()
    window.installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
