"""Typed per-user settings over QSettings(IniFormat, UserScope): every key declared once.

Widgets never build QSettings or use string keys; they use :class:`Settings` attributes.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app import APP_ID

T = TypeVar("T")
SETTINGS_VERSION = 1
MAX_RECENT = 8


class _Key(Generic[T]):
    """A declared setting: its key, type and default (QSettings hands back strings from .ini)."""

    def __init__(self, key: str, kind: type, default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, obj: Settings, owner: type | None = None) -> T:
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")  # type: ignore[return-value]
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore[return-value]
            return self.kind(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, str(value) if isinstance(value, Path) else value)


class Settings:
    """The user's settings. Pass a QSettings for tests; default is the user's .ini file."""

    version = _Key[int]("meta/version", int, SETTINGS_VERSION)
    db_path = _Key[str]("database/path", str, "")
    working_year = _Key[int]("work/year", int, date.today().year)
    recent_json = _Key[str]("database/recent", str, "[]")  # JSON list: .ini lists lose their type
    window_rect = _Key[str]("persist/window_rect", str, "")  # "x,y,width,height" of the normal window
    window_maximized = _Key[bool]("persist/window_maximized", bool, False)
    window_state = _Key[QByteArray]("persist/window_state", QByteArray, QByteArray())
    last_page = _Key[str]("persist/last_page", str, "")
    last_import_dir = _Key[str]("persist/last_import_dir", str, "")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID
        )
        if self.qsettings.value("meta/version") is None:
            self.version = SETTINGS_VERSION

    def recent_databases(self) -> list[str]:
        """Database files opened before, most recent first (the 文件 menu's list)."""
        try:
            paths = json.loads(self.recent_json)
        except ValueError:
            return []
        return (
            [str(p) for p in paths if isinstance(p, str) and p][:MAX_RECENT]
            if isinstance(paths, list)
            else []
        )

    def remember_database(self, path: Path | str) -> None:
        """Make *path* the current database and the first of the recent ones."""
        path = str(path)
        self.db_path = path
        others = [p for p in self.recent_databases() if p != path]
        self.recent_json = json.dumps([path, *others][:MAX_RECENT], ensure_ascii=False)

    def sync(self) -> None:
        self.qsettings.sync()

    def value(self, key: str, default: Any = None) -> Any:
        """Escape hatch for per-view state (header layouts) keyed by the view's object name."""
        return self.qsettings.value(f"persist/{key}", default)

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(f"persist/{key}", value)
