"""Background operations: the only way the UI starts database or file work.

``Op(parent, fn).success(cb).failure(cb).with_progress(label).run()`` runs *fn* on one serialized
worker thread (so two writes never race on SQLite), hands the result back on the GUI thread, shows
a progress dialog only if the work takes longer than a moment, and lets the user cancel.
*fn* must not touch widgets. If it takes a parameter it receives a :class:`TaskState`, whose
``cancelled`` and ``progress`` it hands to the service (``cancelled=state.cancelled,
progress=state.progress``, see :func:`app.errors.checkpoint`): 取消 then stops the service at its next check,
inside its transaction, so nothing is written.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.errors import Cancelled

__all__ = ["Cancelled", "Op", "TaskRunner", "TaskState", "runner", "shutdown_runner"]

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600
BUSY_CURSOR_DELAY_MS = 300
PROGRESS_MIN_INTERVAL_S = 0.1


class TaskState:
    """Handed to a task: the cancel token and progress callback its service takes."""

    def __init__(self, notify: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._notify = notify
        self._last_emit = 0.0
        self._last_pct = -1

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancelled(self) -> bool:
        """The ``cancelled()`` callable services take (:func:`app.errors.checkpoint`)."""
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """The ``progress(done, total)`` callback services take."""
        self.set_progress(done, total)

    def check_cancelled(self) -> None:
        """Call between chunks of work: raises :class:`Cancelled` once the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def set_progress(self, done: int, total: int, text: str = "") -> None:
        """Emit only when the percentage moved and not more often than every 100 ms."""
        if self._notify is None or total <= 0:
            return
        pct = int(done * 100 / total)
        now = time.monotonic()
        if pct != self._last_pct and (now - self._last_emit >= PROGRESS_MIN_INTERVAL_S or pct >= 100):
            self._last_pct, self._last_emit = pct, now
            self._notify(done, total, text)


class TaskRunner(QObject):
    """One worker thread; results come back through a queued signal on the GUI thread."""

    _finished = Signal(object, object, object)  # op, result, exception
    _progress = Signal(object, int, int, str)  # op, done, total, text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-worker")
        self._finished.connect(self._on_finished, QtCore.Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._on_progress, QtCore.Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def submit(self, op: Op) -> Future:
        self.pending += 1
        state = TaskState(lambda d, t, txt: self._progress.emit(op, d, t, txt))
        op.state = state

        def work() -> None:
            try:
                result = op.call(state)
            except BaseException as exc:  # handed to the GUI thread, never lost
                self._finished.emit(op, None, exc)
            else:
                self._finished.emit(op, result, None)

        return self._pool.submit(work)

    def _on_finished(self, op: Op, result: Any, exc: BaseException | None) -> None:
        self.pending -= 1
        op.finish(result, exc)

    def _on_progress(self, op: Op, done: int, total: int, text: str) -> None:
        op.progress(done, total, text)

    def shutdown(self) -> None:
        """Wait for the running task (the app is closing; a half-done write must finish or roll back)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    global _runner
    if _runner is None:
        _runner = TaskRunner(QApplication.instance())
    return _runner


def shutdown_runner() -> None:
    global _runner
    if _runner is not None:
        _runner.shutdown()
        _runner = None


class Op:
    """A background operation; chain the callbacks, then ``run()``."""

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any]) -> None:
        self.parent = parent
        self.fn = fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = True
        self.state: TaskState | None = None
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._cursor_set = False
        self.done = False
        self._wants_state = _takes_argument(fn)

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._failure = cb
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op:
        self._label = label
        self._cancellable = cancellable
        return self

    def call(self, state: TaskState) -> Any:
        return self.fn(state) if self._wants_state else self.fn()

    def run(self) -> Op:
        QTimer.singleShot(BUSY_CURSOR_DELAY_MS, self._busy_cursor)
        if self._label is not None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(PROGRESS_DELAY_MS)
        runner().submit(self)
        return self

    def _busy_cursor(self) -> None:
        if not self.done and not self._cursor_set:
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _show_dialog(self) -> None:
        if self.done:
            return
        translate = QCoreApplication.translate
        dlg = QProgressDialog(
            self._label or "", translate("tasks", "取消") if self._cancellable else None, 0, 0, self.parent
        )
        dlg.setWindowTitle(translate("tasks", "请稍候"))
        dlg.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if self._cancellable:
            dlg.canceled.connect(self.cancel)
        dlg.show()
        self._dialog = dlg

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("tasks", "正在取消……"))

    def progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
            if text:
                self._dialog.setLabelText(text)

    def finish(self, result: Any, exc: BaseException | None) -> None:
        self.done = True
        if self._timer is not None:
            self._timer.stop()
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if exc is None and not self._wants_state and self.state is not None and self.state.cancelled():
            # 取消 on a function that cannot see it (the previews' reads): it ran to its end, but the
            # clerk said no, so its answer is dropped as if it had stopped. Writes take the state.
            exc, result = Cancelled(), None
        if self.parent is not None and not shiboken6.isValid(self.parent):
            # The page that asked is gone (closed, or rebuilt for another database): its widgets
            # cannot take the answer. A failure is still logged.
            if exc is not None and not isinstance(exc, Cancelled):
                log.warning("operation %s failed after its widget was deleted", self.fn, exc_info=exc)
            return
        if exc is None:
            if self._success is not None:
                self._success(result)
            return
        if isinstance(exc, Cancelled):
            log.info("operation cancelled: %s", self.fn)
        if self._failure is not None:
            self._failure(exc)
        else:
            from ui.errors import show_error

            show_error(self.parent, exc)


def _takes_argument(fn: Callable[..., Any]) -> bool:
    try:
        params = [
            p
            for p in inspect.signature(fn).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
    except (TypeError, ValueError):
        return False
    return len(params) == 1
