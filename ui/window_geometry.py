"""Where the main window opens: inside the screen's available area (the task bar excluded).

A clerk's laptop is often 1366×768 with a 40-pixel task bar; a window restored from a bigger
monitor, or a default made for one, would run off that screen. The window frame (title bar and
borders) is not known before the window is shown, so room for it is kept with :data:`FRAME`.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize

#: Room for the title bar and borders around the client area (Windows 10/11 at 100 %).
FRAME = QMargins(8, 31, 8, 8)
#: The size the window opens at on a big screen.
PREFERRED = QSize(1280, 800)


def client_area(available: QRect) -> QRect:
    """The part of *available* the window's client area may use, its frame around it."""
    return available.marginsRemoved(FRAME)


def default_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The first-start geometry: *preferred*, or as much as the screen allows, centred."""
    area = client_area(available)
    size = preferred.boundedTo(area.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def fit_geometry(rect: QRect, available: QRect) -> QRect:
    """*rect* made no larger than the screen allows and moved to lie wholly on it."""
    area = client_area(available)
    size = rect.size().boundedTo(area.size())
    left = min(max(rect.left(), area.left()), area.right() - size.width() + 1)
    top = min(max(rect.top(), area.top()), area.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def format_rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"


def parse_rect(text: str) -> QRect | None:
    """The rectangle :func:`format_rect` wrote, or None for nothing usable."""
    try:
        x, y, w, h = (int(part) for part in str(text).split(","))
    except ValueError:
        return None
    return QRect(x, y, w, h) if w > 0 and h > 0 else None
