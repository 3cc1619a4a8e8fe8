"""Messy variants of the tables clerks import, written as real files in a test's tmp folder.

Other counties' tables and other blood stations' exports arrive with a 红头 and 发文字号 above
the header, 主题词/抄送/印发 lines, 注 and 合计 rows below it, blank rows and columns, merged
title cells, synonyms in the header, full-width digits, units after numbers, invisible
characters, dates in every spelling, several sheets, hidden rows and sheets, and CSV in GBK or
UTF-8 with BOM split by commas, semicolons or tabs. A :class:`Layout` holds one such table
(header and rows as Python values, plus what surrounds them); :func:`write` saves it as .xlsx
(openpyxl: merged cells, hidden rows and sheets, number formats) or as delimited text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

RED_HEAD = ["旬阳县无偿献血领导小组办公室文件", "旬献办发〔2024〕3号"]
FOOT = [
    "注：1. 本表人数以2023年末统计为准；2. 指标以单位计。",
    "主题词：无偿献血  任务  通知",
    "抄送：县委办公室，县人大办公室，县政府办公室。",
    "旬阳县无偿献血领导小组办公室            2024年3月5日印发",
]
ZWSP, NBSP, IDEO = "\u200b", "\u00a0", "\u3000"


@dataclass
class Sheet:
    """One sheet: rows of cell values from row 1, with merges and hidden rows (1-based)."""

    name: str
    rows: list[list[Any]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # row1, col1, row2, col2
    hidden_rows: set[int] = field(default_factory=set)
    hidden: bool = False


@dataclass
class Layout:
    """A table and what surrounds it. ``header_at`` is the 1-based row of the header once laid out."""

    header: list[str]
    rows: list[list[Any]]
    titles: list[str] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)
    total: list[Any] | None = None  # a 合计 row under the data
    blank_rows_every: int = 0  # a blank row after every n data rows
    blank_columns: tuple[int, ...] = ()  # an empty column inserted before these header indexes
    lead_columns: int = 0  # empty columns left of the table
    other_sheets: list[Sheet] = field(default_factory=list)
    data_sheet_name: str = "Sheet1"
    data_first: bool = True
    hidden_data_rows: tuple[int, ...] = ()  # indexes into rows whose sheet row is hidden

    def sheet(self) -> Sheet:
        width = len(self.header) + len(self.blank_columns) + self.lead_columns

        def spread(cells: list[Any]) -> list[Any]:
            out: list[Any] = [None] * self.lead_columns
            for i, cell in enumerate(cells):
                if i in self.blank_columns:
                    out.append(None)
                out.append(cell)
            return out

        rows: list[list[Any]] = []
        merges: list[tuple[int, int, int, int]] = []
        for title in self.titles:
            rows.append([None] * self.lead_columns + [title])
            if title:
                merges.append((len(rows), self.lead_columns + 1, len(rows), width))
        rows.append(spread(self.header))
        hidden: set[int] = set()
        for i, cells in enumerate(self.rows):
            rows.append(spread(cells))
            if i in self.hidden_data_rows:
                hidden.add(len(rows))
            if self.blank_rows_every and (i + 1) % self.blank_rows_every == 0:
                rows.append([])
        if self.total is not None:
            rows.append(spread(self.total))
        rows.extend([None] * self.lead_columns + [line] for line in self.foot)
        return Sheet(self.data_sheet_name, rows, merges, hidden)

    def sheets(self) -> list[Sheet]:
        data = [self.sheet()]
        return data + self.other_sheets if self.data_first else self.other_sheets + data


def write(layout: Layout, path: Path, *, encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    """Save *layout* by *path*'s suffix: .xlsx through openpyxl, .csv/.txt/.tsv as delimited text."""
    if path.suffix == ".xlsx":
        write_xlsx(layout.sheets(), path)
    elif path.suffix == ".xls":
        write_xls(layout.sheets(), path)
    else:
        write_text(layout.sheet().rows, path, encoding=encoding, delimiter=delimiter)
    return path


def write_xlsx(sheets: list[Sheet], path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for r, cells in enumerate(sheet.rows, start=1):
            for c, value in enumerate(cells, start=1):
                if value is None:
                    continue
                cell = ws.cell(r, c, value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        for r1, c1, r2, c2 in sheet.merges:
            if c2 > c1 or r2 > r1:
                ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for r in sheet.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if sheet.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def write_xls(sheets: list[Sheet], path: Path) -> Path:
    """A real BIFF8 workbook (Excel 97–2003, what older station systems export), through xlwt."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    styles = {
        dt.datetime: xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm"),
        dt.date: xlwt.easyxf(num_format_str="yyyy-mm-dd"),
    }
    for sheet in sheets:
        ws = wb.add_sheet(sheet.name)
        merged = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sheet.merges if c2 > c1 or r2 > r1}
        for r, cells in enumerate(sheet.rows, start=1):
            for c, value in enumerate(cells, start=1):
                if value is None:
                    continue
                style = styles.get(type(value))
                if (r, c) in merged:
                    r2, c2 = merged[r, c]
                    ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, value)
                elif style is not None:
                    ws.write(r - 1, c - 1, value, style)
                else:
                    ws.write(r - 1, c - 1, value)
        for r in sheet.hidden_rows:
            ws.row(r - 1).hidden = True
        if sheet.hidden:
            ws.visibility = 1
    wb.save(str(path))
    return path


def write_text(rows: list[list[Any]], path: Path, *, encoding: str, delimiter: str) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for cells in rows:
        writer.writerow(["" if c is None else _text(c) for c in cells])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# ---- cell spellings -------------------------------------------------------------------------

_FULL = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def full_width(value: Any) -> Any:
    """ "120" → "１２０", "…X" → "…Ｘ"."""
    return str(value).translate(_FULL) if value is not None else None


def grouped(value: Any, sep: str = ",") -> Any:
    """1200 → "1,200" (or "1 200")."""
    return f"{value:,}".replace(",", sep) if isinstance(value, int) else value


def with_unit(unit: str) -> Callable[[Any], Any]:
    return lambda value: f"{value}{unit}" if value is not None else None


def dirty(value: Any) -> Any:
    """Text with an NBSP in front, a zero-width space inside and an ideographic space after."""
    if value is None:
        return None
    text = str(value)
    return f"{NBSP}{text[:1]}{ZWSP}{text[1:]}{IDEO}"


def map_column(layout: Layout, index: int, fn: Callable[[Any], Any]) -> Layout:
    """*layout* with *fn* applied to every data cell of column *index*."""
    rows = [[fn(c) if i == index else c for i, c in enumerate(cells)] for cells in layout.rows]
    return replace(layout, rows=rows)


def rename(layout: Layout, names: dict[str, str]) -> Layout:
    return replace(layout, header=[names.get(h, h) for h in layout.header])


def excel_serial(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days
