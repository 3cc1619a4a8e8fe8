"""Smoke start of the GUI (``XXB_SMOKE=1``): show the main window, let every page paint with its
data, check Qt's translations, quit.

The packaged program is where a missing Qt plugin, translation or data file shows; CI and
`installer/build.py` start the frozen GUI this way (offscreen). Nothing may wait for the clerk:
an uncaught exception, an error box, a Qt critical message, a missing translation or a window that
never paints prints ``SMOKE FAILED: …`` and exits 1; otherwise ``SMOKE OK …`` and exit 0. A later
capability whose page draws something special (charts) adds one function to :data:`CHECKS`.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from app import APP_ID
from ui.main_window import MainWindow

TIME_LIMIT_MS = 60_000
POLL_MS = 20


def _say(text: str, stream) -> None:
    """Print where there is a console (a windowed Windows executable has none: the exit code tells)."""
    if stream is not None:
        print(text, file=stream, flush=True)


def enabled() -> bool:
    return bool(os.environ.get("XXB_SMOKE"))


def check_translations(window: MainWindow) -> str:
    """Qt's own Chinese (dialog buttons) in zh, the program's catalogue in any other locale: the
    .qm files must be in the folder and load (install_translators makes them children of the app)."""
    translators = QCoreApplication.instance().findChildren(QTranslator)
    loaded = {Path(t.filePath()).name: t for t in translators if t.filePath()}
    locale = QLocale().name()
    if QLocale().language() == QLocale.Language.Chinese:
        name, context, text = "qtbase_zh_CN.qm", "QPlatformTheme", "Cancel"
    else:
        name, context, text = f"{APP_ID}_{locale.split('_')[0]}.qm", "pages", "设置"
    translator = loaded.get(name)
    # A probe of the loaded catalogue, not a text of ours: lupdate must not collect it.
    probe = translator.translate if translator is not None else None
    if probe is None or probe(context, text) in ("", text):
        raise SmokeFailure(
            f"translation {name} for {locale} not loaded (found: {', '.join(loaded) or 'none'})"
        )
    return name


#: One function per thing the packaged GUI must be able to do after the pages painted.
CHECKS: list[Callable[[MainWindow], str]] = [check_translations]


class SmokeFailure(Exception):
    pass


class Smoke(QObject):
    """Drives the smoke start from the first paint of the main window to the exit code."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.window: MainWindow | None = None
        self.page = -1
        self.done = False
        self.previous_handler = qInstallMessageHandler(self._qt_message)
        sys.excepthook = self._exception
        # A dialog that waits for the clerk, from the database check on. Polled rather than an
        # application-wide event filter: a filter hands Python every event of every object, and
        # wrapping those objects costs the window's first paint a fifth of its time.
        self._dialogs = QTimer(self)
        self._dialogs.setInterval(POLL_MS)
        self._dialogs.timeout.connect(self._check_dialogs)
        self._dialogs.start()
        QTimer.singleShot(TIME_LIMIT_MS, lambda: self.fail(f"no result within {TIME_LIMIT_MS // 1000} s"))

    def watch(self, window: MainWindow) -> None:
        """Walk the pages once *window* has painted for the first time."""
        self.window = window
        window.first_painted.connect(self._first_paint)

    # -- watching -----------------------------------------------------------------------------
    def _first_paint(self) -> None:
        if self.page < 0:
            self.page = 0
            QTimer.singleShot(0, self._next_page)

    def _check_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, QProgressDialog)  # a slow load, not a question
                and widget.isVisible()
            ):
                text = getattr(widget, "text", lambda: "")()
                self.fail(f"a dialog would wait for the clerk: {widget.windowTitle()} {text}".strip())
                QTimer.singleShot(0, lambda dialog=widget: dialog.done(0))
                return

    def _qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        if self.previous_handler is not None:
            self.previous_handler(mode, context, message)
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.fail(f"Qt: {message}")
        elif mode == QtMsgType.QtWarningMsg:
            _say(f"SMOKE qt warning: {message}", sys.stderr)

    def _exception(self, exc_type, exc, tb) -> None:  # sys.excepthook
        _say("".join(traceback.format_exception(exc_type, exc, tb)), sys.stderr)
        self.fail(f"uncaught {exc_type.__name__}: {exc}")

    # -- walking the pages ----------------------------------------------------------------------
    def _next_page(self) -> None:
        from ui.tasks import runner

        if self.done or self.window is None:
            return
        # the page is still loading its data on the worker, or start-up still importing for it
        if runner().pending or self.window.pages_held:
            QTimer.singleShot(POLL_MS, self._next_page)
            return
        if self.page < len(self.window.specs):
            self.window.nav.setCurrentRow(self.page)
            self.window.repaint()
            self.page += 1
            QTimer.singleShot(POLL_MS, self._next_page)
            return
        try:
            results = [check(self.window) for check in CHECKS]
        except SmokeFailure as exc:
            self.fail(str(exc))
            return
        self.done = True
        pages = len(self.window.specs)
        _say(f"SMOKE OK: {pages} pages painted; {'; '.join(results)}", sys.stdout)
        self.app.exit(0)

    def fail(self, reason: str) -> None:
        if self.done:
            return
        self.done = True
        _say(f"SMOKE FAILED: {reason}", sys.stderr)
        self.app.exit(1)  # ends a running dialog's loop and the main loop
        QTimer.singleShot(0, lambda: self.app.exit(1))  # and the main loop if it starts only later


def start(app: QApplication) -> Smoke:
    """Watch from now on (call :meth:`Smoke.watch` with the main window before showing it); the
    event loop then ends with the smoke result."""
    return Smoke(app)
