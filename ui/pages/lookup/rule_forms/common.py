"""Small pieces the per-kind rule forms share: lists typed as text, table rows, numbers typed in cells."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

SEP = "、"
NUMBER_WIDTH = 200  # a number's box stays this narrow in a wide form


def split(text: str) -> list[str]:
    """``200、300,400`` → ['200', '300', '400'] (Chinese or ASCII commas and 、)."""
    return [p.strip() for p in text.replace("，", SEP).replace(",", SEP).split(SEP) if p.strip()]


def number(text: str) -> Any:
    """A typed whole number as int; anything else stays text, so the schema names the place."""
    text = text.strip()
    return int(text) if text.isdigit() else text


def numbers(text: str) -> list[Any]:
    return [number(p) for p in split(text)]


def table(parent: QWidget, name: str, columns: Iterable[str], stretch: int) -> QTableWidget:
    """An editable table whose cells are left with Tab to the next control (not the next cell)."""
    labels = list(columns)
    widget = QTableWidget(0, len(labels), parent)
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(labels)
    widget.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    widget.setTabKeyNavigation(False)
    widget.verticalHeader().setDefaultSectionSize(26)
    return widget


def add_row(widget: QTableWidget, values: Iterable[str], fixed: Iterable[int] = ()) -> None:
    """Append a row; the *fixed* columns are shown, not edited."""
    row = widget.rowCount()
    widget.insertRow(row)
    locked = set(fixed)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column in locked:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        widget.setItem(row, column, item)
    widget.setCurrentCell(row, 0)


def remove_row(widget: QTableWidget) -> None:
    row = widget.currentRow()
    if row >= 0:
        widget.removeRow(row)


def cell(widget: QTableWidget, row: int, column: int) -> str:
    item = widget.item(row, column)
    return item.text().strip() if item is not None else ""
