"""What every page is handed: the open database, the user's settings and the change bus.

Passed explicitly (never a global app object) so tests can build a page on a temp database.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.database import Database
from ui.bus import Bus
from ui.settings import Settings


@dataclass
class UiContext:
    db: Database
    settings: Settings
    bus: Bus

    @property
    def year(self) -> int:
        return self.settings.working_year

    def set_year(self, year: int) -> None:
        if year != self.settings.working_year:
            self.settings.working_year = year
            self.bus.year_changed.emit(year)
