"""The context menu from the keyboard: the Menu key and Shift+F10 open a view's right-click menu at
its current row, as in Windows Explorer and Office, on every platform.

Windows itself turns both keys into a context-menu event as well; whichever arrives first opens
the menu and the other, arriving within half a second, is dropped, so the menu opens once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

TWIN_SECONDS = 0.5


def is_menu_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier) or (
        event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier
    )


class KeyboardMenu(QObject):
    """Installed on *view*; owned by it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._last = 0.0
        self._opening = False
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.view and is_menu_key(event):  # type: ignore[arg-type]
            if time.monotonic() - self._last > TWIN_SECONDS:
                self.open()
            return True
        if (
            kind == QEvent.Type.ContextMenu
            and watched is self.view.viewport()
            and event.reason() == QContextMenuEvent.Reason.Keyboard  # type: ignore[attr-defined]
            and not self._opening
        ):
            if time.monotonic() - self._last <= TWIN_SECONDS:
                return True  # the platform's twin of the key we already answered
            self._last = time.monotonic()
        return False

    def open(self) -> None:
        """The view's context menu at the current row (or the view's top-left corner)."""
        viewport = self.view.viewport()
        index = self.view.currentIndex()
        rect = self.view.visualRect(index) if index.isValid() else viewport.rect()
        pos = rect.center() if index.isValid() else rect.topLeft()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, viewport.mapToGlobal(pos))
        self._opening = True
        try:
            QApplication.sendEvent(viewport, event)
        finally:
            self._opening = False
            self._last = time.monotonic()
