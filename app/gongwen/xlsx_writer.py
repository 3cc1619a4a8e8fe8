"""The appendix tables as an Excel workbook, ready to print, for offices that fill or sum them.

One sheet per table. Printing: A4, one page wide (as many pages tall as needed), the table's
header row repeated on every page, centred, page "第 n 页 共 m 页" in the footer. Fonts carry the
standard names (方正小标宋简体 title, 黑体 header, 仿宋_GB2312 cells) with the GB2312 charset so
Excel/WPS pick the real fonts where installed.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format

from app.gongwen.model import MAX_PORTRAIT_COLUMNS, AppendixTable

__all__ = ["column_widths", "sheet_name", "write_tables_xlsx"]

_ILLEGAL_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_NUMBER = re.compile(r"^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$")
_GB2312 = 134
_PAPER_A4 = 9


def sheet_name(index: int, table: AppendixTable, single: bool) -> str:
    """ "附件N 标题" cut to Excel's 31 characters, without the characters Excel forbids."""
    label = "附件" if single else f"附件{index}"
    title = _ILLEGAL_SHEET_CHARS.sub("", table.title.replace("\n", "")).strip().strip("'")
    name = f"{label} {title}" if title else label
    return name[:31].rstrip()


def _units(text: str) -> int:
    """Excel column-width units of *text*: CJK characters count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def column_widths(table: AppendixTable, max_width: int = 40) -> list[float]:
    """Column widths (Excel units) from the longest cell; very long text wraps instead."""
    widths = []
    for col, column in enumerate(table.columns):
        cells = [row[col] for row in table.rows if col < len(row)]
        if table.total_row and col < len(table.total_row):
            cells.append(table.total_row[col])
        longest = max([_units(column.header)] + [_units(str(c)) for c in cells])
        widths.append(float(min(max(longest * 1.15 + 2, 6), max_width)))
    return widths


def _value(text: str) -> str | int | float:
    """Numbers as numbers (so the sheet can sum them); everything else, e.g. 58.3%, as text."""
    text = text.strip()
    if _NUMBER.match(text):
        return float(text) if "." in text else int(text)
    return text


def write_tables_xlsx(tables: list[AppendixTable], path: Path, *, doc_number: str | None = None) -> Path:
    """Write *tables* to *path*, one print-ready sheet each, and return the path.

    With *doc_number* the first row reads "<发文字号>附件N", which GB/T 9704 §7.3.7 asks for
    when an attachment is bound separately from the notice.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    try:
        base = {"font_charset": _GB2312, "valign": "vcenter"}
        f_label = wb.add_format({**base, "font_name": "黑体", "font_size": 14})
        f_title = wb.add_format(
            {**base, "font_name": "方正小标宋简体", "font_size": 20, "align": "center", "text_wrap": True}
        )
        f_head = wb.add_format(
            {
                **base,
                "font_name": "黑体",
                "font_size": 12,
                "bold": True,
                "align": "center",
                "text_wrap": True,
                "border": 1,
            }
        )
        f_note = wb.add_format({**base, "font_name": "仿宋_GB2312", "font_size": 12, "text_wrap": True})
        cell_formats: dict[str, Format] = {}
        total_formats: dict[str, Format] = {}
        for align in ("left", "center", "right"):
            cell_formats[align] = wb.add_format(
                {
                    **base,
                    "font_name": "仿宋_GB2312",
                    "font_size": 12,
                    "border": 1,
                    "text_wrap": True,
                    "align": align,
                }
            )
            total_formats[align] = wb.add_format(
                {
                    **base,
                    "font_name": "黑体",
                    "font_size": 12,
                    "bold": True,
                    "border": 1,
                    "text_wrap": True,
                    "align": align,
                }
            )

        single = len(tables) == 1
        for index, table in enumerate(tables, start=1):
            ws = wb.add_worksheet(sheet_name(index, table, single))
            n = max(len(table.columns), 1)
            last_col = n - 1
            widths = column_widths(table)
            for col, width in enumerate(widths):
                ws.set_column(col, col, width)
            label = "附件" if single else f"附件{index}"
            if doc_number:
                label = f"{doc_number.strip()}{label}"
            row = 0
            ws.write_string(row, 0, label, f_label)
            ws.set_row(row, 24)
            row += 1
            title = table.title.replace("\n", "")
            title_lines = max(1, math.ceil(_units(title) * 20 / 11 / max(sum(widths), 1)))
            if last_col > 0:
                ws.merge_range(row, 0, row, last_col, title, f_title)
            else:
                ws.write_string(row, 0, title, f_title)
            ws.set_row(row, 36 * title_lines)
            row += 1
            header_row = row
            for col, column in enumerate(table.columns):
                ws.write_string(row, col, column.header, f_head)
            ws.set_row(row, 30)
            row += 1
            aligns = [c.align if c.align in cell_formats else "center" for c in table.columns]
            as_text = [c.text for c in table.columns] + [False] * (n - len(table.columns))
            for data in table.rows:
                for col in range(n):
                    text = str(data[col]) if col < len(data) else ""
                    if as_text[col]:
                        ws.write_string(row, col, text, cell_formats[aligns[col]])
                    else:
                        ws.write(row, col, _value(text), cell_formats[aligns[col]])
                ws.set_row(row, 22)
                row += 1
            if table.total_row:
                for col in range(n):
                    text = str(table.total_row[col]) if col < len(table.total_row) else ""
                    ws.write(row, col, _value(text), total_formats[aligns[col]])
                ws.set_row(row, 22)
                row += 1
            last_row = row - 1
            if table.note and table.note.strip():
                note = table.note.strip()
                note = note if note.startswith("注") else f"注：{note}"
                if last_col > 0:
                    ws.merge_range(row, 0, row, last_col, note, f_note)
                else:
                    ws.write_string(row, 0, note, f_note)
                last_row = row

            ws.set_paper(_PAPER_A4)
            landscape = table.landscape if table.landscape is not None else n > MAX_PORTRAIT_COLUMNS
            if landscape:
                ws.set_landscape()
            else:
                ws.set_portrait()
            ws.fit_to_pages(1, 0)
            ws.repeat_rows(header_row)
            ws.center_horizontally()
            ws.set_margins(left=0.75, right=0.75, top=0.9, bottom=0.9)
            ws.set_footer("&C第 &P 页 共 &N 页")
            ws.print_area(0, 0, last_row, last_col)
            ws.freeze_panes(header_row + 1, 0)
    finally:
        _close(wb)
    return path


def _close(wb: xlsxwriter.Workbook) -> None:
    """Close (write) the workbook; xlsxwriter wraps the OSError of a full disk or a missing folder
    in its own FileCreateError, which is unwrapped so the caller's file handling names the target."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        wb.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise cause from exc
        raise OSError(str(exc)) from exc
