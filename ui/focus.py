"""Where the keyboard goes: the first field of a page, and the page's place in the Tab order.

Pages are built lazily (ui/main_window.py), so each new page's widgets join the window's Tab
chain at its end, after the status bar's 工作年度 box; :func:`last_in_chain` lets the window move
that box back behind the page, so Tab runs navigation → page → 工作年度 → navigation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget, within: QWidget) -> bool:
    return (
        widget.isVisibleTo(within)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def last_in_chain(container: QWidget) -> QWidget | None:
    """The last of *container*'s descendants in the Tab chain (visible or not), or None."""
    last = None
    widget = container.nextInFocusChain()
    while widget is not container and container.isAncestorOf(widget):
        last = widget
        widget = widget.nextInFocusChain()
    return last


def first_in_chain(container: QWidget) -> QWidget | None:
    """The first descendant of *container* that Tab would stop at now, or None."""
    widget = container.nextInFocusChain()
    seen = 0
    while widget is not container and seen < 10_000:
        if container.isAncestorOf(widget) and _takes_tab(widget, container):
            return widget
        widget = widget.nextInFocusChain()
        seen += 1
    return None


def focus_first(container: QWidget) -> None:
    """The cursor into *container*: its own choice (``focus_first()``) or the first Tab stop."""
    own = getattr(container, "focus_first", None)
    if callable(own):
        own()
        return
    target = first_in_chain(container)
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
