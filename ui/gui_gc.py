"""Garbage collection on the GUI thread only.

Python's automatic collector runs on whichever thread happens to allocate: often the worker of
``ui.tasks``, which allocates a great deal (SQLAlchemy). Collecting there can free a PySide signal
connection whose slot was a Python callable; PySide then disconnects it, Qt takes its
signal-slot lock and calls back into Python for the GIL — while the GUI thread holds the GIL and
waits for that same lock (connecting a model, say). Both wait for ever: the program hangs, or Qt
touches a half-deleted object and crashes (measured: a smoke start hung about one time in eight).
pyqtgraph documents the same trap and the same cure: switch the automatic collector off and
collect on a timer on the GUI thread, by the collector's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """While it lives, the automatic collector is off and the GUI thread collects by generation."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)
        self.destroyed.connect(gc.enable)

    def collect(self) -> int:
        """What the automatic collector would have done since the last tick, done here."""
        first, second, third = gc.get_count()
        collected = 0
        if first > self.thresholds[0]:
            generation = 0
            if second > self.thresholds[1]:
                generation = 2 if third > self.thresholds[2] else 1
            collected = gc.collect(generation)
        return collected
