"""The collector that keeps garbage collection on the GUI thread (ui/gui_gc.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from ui.gui_gc import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_no_automatic_collection_while_it_lives_and_ticks_collect(qapp):
    parent = QObject()
    collector = GuiThreadCollector(parent)
    assert not gc.isenabled()
    collected: list[int] = []
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)])
    worker.start()
    worker.join()  # the worker allocated far past the threshold and collected nothing itself
    assert gc.get_count()[0] > collector.thresholds[0]
    collected.append(collector.collect())
    assert collected[0] >= 50_000 and gc.get_count()[0] <= collector.thresholds[0]
    assert collector.collect() == 0  # under the threshold: nothing to do


def test_the_automatic_collector_comes_back_when_it_goes(qapp):
    parent = QObject()
    GuiThreadCollector(parent)
    gc.enable()  # the session's own collector (conftest) keeps it off; this one's end switches it on
    gc.disable()
    parent.deleteLater()
    qapp.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
    assert gc.isenabled()
    gc.disable()  # back to the session's state
