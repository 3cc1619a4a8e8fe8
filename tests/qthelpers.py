"""Helpers for Qt tests."""

from __future__ import annotations


def wait_idle(qtbot) -> None:
    """Block until every queued Op has finished and delivered its callbacks."""
    from ui import tasks

    qtbot.waitUntil(lambda: tasks._runner is None or tasks._runner.pending == 0, timeout=10000)
