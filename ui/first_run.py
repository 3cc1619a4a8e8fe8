"""The first start on a database without an office: ask for it, or load the demo.

Runs after the main window is up (the dialog is window-modal, the checks and the save go through
``Op``): :func:`app.office.settings.office_is_set` decides whether to ask; the answer is saved by
:func:`app.admin.first_run.first_run`, one call in one transaction, which also loads the demo
when the clerk chose it. Until the office is set, a new notice is refused and opens 设置.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.admin import demo
from app.admin.first_run import FirstRun, first_run
from app.errors import KnownError
from app.office.settings import OfficeSettings, load_office, office_is_set
from app.office.working_year import default_working_year
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs.office_setup import OfficeSetupDialog
from ui.tasks import Op


@dataclass(frozen=True)
class Situation:
    office_set: bool
    office: OfficeSettings
    year: int
    empty: bool  # the demo can only go into an empty database


def situation(db) -> Situation:  # type: ignore[no-untyped-def]
    return Situation(office_is_set(db), load_office(db), default_working_year(db), demo.is_empty(db))


class FirstRunFlow(QObject):
    """Ask for the office once the window is shown; ``done`` when the office is stored (or left
    for later)."""

    done = Signal()

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: OfficeSetupDialog | None = None

    def start(self) -> None:
        db = self.ctx.db
        Op(self.window, lambda: situation(db)).success(self._ask).run()

    def _ask(self, found: Situation) -> None:
        if found.office_set:
            self.done.emit()
            return
        dlg = OfficeSetupDialog(found.office, found.year, self.window)
        dlg.demo_button.setVisible(found.empty)
        dlg.submitted.connect(self._save)
        dlg.demo_requested.connect(self._demo)
        dlg.rejected.connect(self.done)
        dlg.finished.connect(dlg.deleteLater)
        self.dialog = dlg
        dlg.open()

    def _save(self, office: OfficeSettings, year: int) -> None:
        db = self.ctx.db
        Op(self.window, lambda: first_run(db, office)).success(
            lambda result: self._stored(result, year)
        ).failure(self._refused).run()

    def _demo(self) -> None:
        db = self.ctx.db
        assert self.dialog is not None
        self.dialog.set_busy(True)
        Op(self.window, lambda: first_run(db, None, demo=True)).success(
            lambda result: self._stored(result, result.working_year)
        ).failure(self._refused).run()

    def _stored(self, result: FirstRun, year: int) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.ctx.set_year(year)
        tables = ("office", "units", "plans", "quotas") if result.demo is not None else ("office",)
        self.ctx.bus.announce(Changes.of(*tables, year=year), self)
        self.done.emit()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError) and self.dialog is not None:
            self.dialog.show_problem(str(exc))
            return
        from ui.errors import show_error

        if self.dialog is not None:
            self.dialog.set_busy(False)
        show_error(self.window, exc)
