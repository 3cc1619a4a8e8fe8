"""What every page is handed: the open database, the user's settings and the change bus.

Passed explicitly (never a global app object) so tests can build a page on a temp database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.database import Database
from ui.bus import Bus
from ui.settings import Settings

#: Asked before the window closes or the database changes: returns True to go on now, or False
#: when the clerk cancelled or a save is running that calls ``proceed`` once it has landed.
LeaveGuard = Callable[[Callable[[], None]], bool]


@dataclass
class UiContext:
    db: Database
    settings: Settings
    bus: Bus
    leave_guards: list[LeaveGuard] = field(default_factory=list)

    @property
    def year(self) -> int:
        return self.settings.working_year

    def set_year(self, year: int) -> None:
        if year != self.settings.working_year:
            self.settings.working_year = year
            self.bus.year_changed.emit(year)

    def confirm_leave(self, proceed: Callable[[], None]) -> bool:
        """Ask every page with unsaved work (保存/不保存/取消); True when nothing holds us back."""
        return all(guard(proceed) for guard in list(self.leave_guards))
