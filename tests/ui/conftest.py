from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(db, settings, qapp):
    from ui.bus import Bus
    from ui.context import UiContext

    return UiContext(db=db, settings=settings, bus=Bus())


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As the program does (ui/gui_gc.py): no automatic collection on the worker thread, where
    freeing a PySide connection deadlocks with the GUI thread or crashes Qt."""
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def _drain_worker(qapp):
    """Wait for background operations so no test leaves work running into the next one."""
    yield
    from ui import tasks

    if tasks._runner is not None:
        deadline = 200
        while tasks._runner.pending and deadline:
            qapp.processEvents()
            tasks._runner._pool.submit(lambda: None).result()
            deadline -= 1
    gc.collect()  # on this, the GUI thread, between tests
