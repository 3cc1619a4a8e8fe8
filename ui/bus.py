"""One app-wide announcement of changes; each page refreshes what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """What changed: table names (``units``, ``plans``, ``quotas`` …) and the year, if any."""

    tables: frozenset[str] = field(default_factory=frozenset)
    year: int | None = None

    @classmethod
    def of(cls, *tables: str, year: int | None = None) -> Changes:
        return cls(frozenset(tables), year)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables & set(tables)) or "*" in self.tables


class Bus(QObject):
    """``changed(changes, initiator)``: initiator is the object that caused it (or None).

    ``show_page(key)`` asks the window to bring a page forward (a notice refused for want of the
    office's details opens 设置).
    """

    changed = Signal(object, object)
    year_changed = Signal(int)
    database_changed = Signal()
    show_page = Signal(str)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)
