"""Generic keyboard and small-screen checks for a window or dialog, for tests/ui/test_keyboard_audit.py.

Each function returns a list of problems (plain strings naming the widget), so one test can show
every problem of a window at once instead of stopping at the first.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: 1366×768 less a 40-pixel task bar.
LAPTOP = QRect(0, 0, 1366, 728)
#: Room for the title bar and borders of a dialog (Windows 10/11 at 100 %).
DIALOG_FRAME = QSize(16, 39)

_ACCESS = re.compile(r"&(.)")
#: Buttons a QDialogButtonBox/QMessageBox makes itself: Qt's own Chinese gives them no '&'
#: (确定/取消 answer Enter/Esc), and 是/否/保存 are answered by the box's default/escape buttons.
_STANDARD_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)


def access_key(text: str) -> str:
    """The access key of a text such as "导入(&I)…" (upper case), or ''."""
    for match in _ACCESS.finditer(text):
        if match.group(1) != "&":
            return match.group(1).upper()
    return ""


def visible_in(window: QWidget, kind: type) -> list:
    """Widgets of *kind* under *window* that a clerk can see (in the current tab/page)."""
    return [w for w in window.findChildren(kind) if w.isVisibleTo(window) and w.window() is window]


def _box_of(button: QAbstractButton) -> QWidget | None:
    widget = button.parentWidget()
    while widget is not None:
        if isinstance(widget, (QDialogButtonBox, QMessageBox)):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _is_standard(button: QAbstractButton) -> bool:
    """A button a button box made for Ok/Cancel/Close/Yes/No: Enter and Esc answer it."""
    box = _box_of(button)
    if box is None:
        return False
    if isinstance(box, QMessageBox):
        return True
    return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton or (
        box.buttonRole(button) in _STANDARD_ROLES and button.text() in _plain_ok_cancel()
    )


def _plain_ok_cancel() -> set[str]:
    return {"确定", "取消", "关闭", "OK", "Cancel", "Close"}


def buttons_without_access_key(window: QWidget) -> list[str]:
    """Visible text buttons (not the dialog box's 确定/取消, not a tool button with only an icon)
    whose text has no '&'."""
    problems = []
    for button in visible_in(window, QAbstractButton):
        text = button.text()
        if not text.strip() or isinstance(button.parent(), QTabBar) or _is_standard(button):
            continue
        if not access_key(text):
            problems.append(f"button without access key: {button.objectName() or '?'} {text!r}")
    return problems


def _labels_with_buddy(window: QWidget) -> list[QLabel]:
    return [label for label in visible_in(window, QLabel) if label.buddy() is not None]


def labels_without_access_key(window: QWidget) -> list[str]:
    """Labels that name an input (a buddy) but give no key to reach it."""
    return [
        f"label without access key: {label.text()!r}"
        for label in _labels_with_buddy(window)
        if not access_key(label.text())
    ]


def duplicate_access_keys(window: QWidget, *, extra: dict[str, str] | None = None) -> list[str]:
    """Access keys used twice among what is visible at once in *window* (buttons, buddy labels,
    tabs, group boxes), plus *extra* (e.g. the menu bar's Alt keys: text by key)."""
    seen: dict[str, list[str]] = {}
    for key, text in (extra or {}).items():
        seen.setdefault(key, []).append(text)
    texts: list[str] = [b.text() for b in visible_in(window, QAbstractButton) if not _is_standard(b)]
    texts += [label.text() for label in _labels_with_buddy(window)]
    for bar in visible_in(window, QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    for text in texts:
        key = access_key(text)
        if key:
            seen.setdefault(key, []).append(text)
    return [
        f"access key {key} used by {', '.join(map(repr, who))}" for key, who in seen.items() if len(who) > 1
    ]


def menu_bar_keys(window: QWidget) -> dict[str, str]:
    """The menu bar's Alt keys (文件(&F) → F) of a main window, or {}."""
    bar = getattr(window, "menuBar", None)
    if bar is None:
        return {}
    return {access_key(a.text()): a.text() for a in bar().actions() if access_key(a.text())}


def too_big(window: QWidget, area: QRect = LAPTOP) -> list[str]:
    """The window cannot be made small enough to fit *area* with its frame."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize()) + DIALOG_FRAME
    problems = []
    if need.width() > area.width() or need.height() > area.height():
        problems.append(
            f"{window.objectName() or type(window).__name__} needs {need.width()}×{need.height()}"
        )
    return problems


def opens_too_big(window: QWidget, area: QRect = LAPTOP) -> list[str]:
    """The window as shown (its size now) runs off *area*."""
    size = window.size() + DIALOG_FRAME
    if size.width() > area.width() or size.height() > area.height():
        return [f"{window.objectName() or type(window).__name__} opens at {size.width()}×{size.height()}"]
    return []


INPUT_KINDS = (QLineEdit, QAbstractSpinBox, QComboBox, QDateEdit, QTextEdit, QPlainTextEdit, QAbstractButton)


def inputs(window: QWidget) -> list[QWidget]:
    """What the clerk types into or presses, enabled and visible, reachable by Tab in principle."""
    found = []
    for widget in visible_in(window, QWidget):
        if not widget.isEnabled() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box
        if isinstance(widget, (*INPUT_KINDS, QAbstractItemView, QTabBar)):
            found.append(widget)
    return found


def tab_chain(window: QWidget, limit: int = 20000) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the window's focus widget (or the first)."""
    start = window.focusWidget() or window.nextInFocusChain()
    chain: list[QWidget] = []
    widget = start
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is window
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))  # their editor
        ):
            chain.append(widget)
    return chain


def unreachable_by_tab(window: QWidget) -> list[str]:
    """Enabled, visible inputs that the Tab chain never visits."""
    chain = set(map(id, tab_chain(window)))
    return [
        f"not reached by Tab: {type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
        for w in inputs(window)
        if id(w) not in chain and w is not window.focusWidget()
    ]


def audit(window: QWidget, *, area: QRect = LAPTOP, labels: bool = True) -> list[str]:
    """Every generic problem of *window* as it is shown now."""
    QApplication.processEvents()
    problems = buttons_without_access_key(window)
    if labels:
        problems += labels_without_access_key(window)
    problems += duplicate_access_keys(window, extra=menu_bar_keys(window))
    problems += too_big(window, area)
    problems += unreachable_by_tab(window)
    return problems
