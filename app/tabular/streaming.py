"""Rows of a big table one at a time, for imports whose memory must stay flat in rows.

:func:`~app.tabular.reading.read_rows` hands every sheet over as Python lists: simple, and right
for a roster of a few hundred units, but a 100,000-row station export then costs hundreds of MB
(a list and a few objects per cell, all alive at once). :func:`stream_rows` reads the same files
with the same rules (content sniffing, encodings, the same Chinese errors, the same row numbers
and cell values) but gives each sheet as a :class:`SheetStream`: the first rows, read at once so
:func:`~app.tabular.finding.find_table` can find the header in them, then the rest as an iterator.

* workbooks: python-calamine's ``CalamineSheet.iter_rows()`` (0.9.1 keeps the sheet in its compact
  Rust form and converts one row at a time); formula cells saved without a value are marked as in
  ``read_rows`` (the sheet XML is streamed out of the archive to find them);
* text: the file is decoded incrementally and read by the csv module record by record.

Streams hold an open file; use the result as a context manager (or call ``close()``).
"""

from __future__ import annotations

import codecs
import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import KnownError
from app.i18n import translate
from app.tabular.cells import FormulaWithoutValue, _row_has_data
from app.tabular.formulas import missing_formula_values
from app.tabular.reading import (
    _ENCRYPTION_MARK,
    _EXCEL_TEXT,
    _ZIP_MAGIC,
    EXCEL_SUFFIXES,
    TEXT_SUFFIXES,
    SheetRows,
    _clean_excel_row,
    _password_message,
    _sniff_delimiter,
    check_workbook_head,
    fill_merged_down,
    open_checked,
    open_workbook,
    text_rows,
    unsupported,
    vertical_merges,
)

Row = tuple[int, list[Any]]
_CHUNK = 1 << 20


@dataclass(eq=False)
class SheetStream:
    """One sheet: its first rows (``top``) read already, the rest streamed by :meth:`rows`.

    ``estimated_rows`` is the sheet's last row number (text: its line count), for a progress bar.
    """

    name: str
    source: str
    hidden: bool
    top: list[Row]
    rest: Iterator[Row]
    estimated_rows: int = 0
    merges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # as SheetRows.merges

    def head(self) -> SheetRows:
        """The first rows as :class:`SheetRows`, for :func:`~app.tabular.finding.find_table`."""
        return SheetRows(self.name, self.top, source=self.source, hidden=self.hidden, merges=self.merges)

    def rows(self, *, below: int = 0) -> Iterator[Row]:
        """Every row below row *below*, ``(row_number, cells)`` as ``read_rows`` gives them, cells
        merged over several rows below it filled down (:func:`fill_merged_down`). One pass."""
        rows = (row for row in chain(self.top, self.rest) if row[0] > below)
        return fill_merged_down(rows, self.merges, below=below)


@dataclass(eq=False)
class StreamedFile:
    """The sheets of one file, with what must be closed when the caller is done."""

    sheets: list[SheetStream]
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for closer in self._closers:
            with contextlib.suppress(Exception):  # closing a read-only handle: nothing to lose
                closer.close()
        self._closers.clear()

    def __enter__(self) -> StreamedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stream_rows(path: Path | str, *, top: int = 16) -> StreamedFile:
    """Open *path* like :func:`~app.tabular.reading.read_rows`, reading only the first *top* rows of
    each sheet now; the rest comes row by row from :meth:`SheetStream.rows`.

    Raises:
        KnownError: the file is missing, unreadable, empty, password-protected, damaged or not a
            table (the messages of ``read_rows``). A text file's broken quote is reported when the
            stream reaches it.
    """
    path = Path(path)
    name = path.name
    handle = open_checked(path)
    opened = StreamedFile([], [handle])
    try:
        sample = handle.read(4096)
        if not _has_content(handle, sample):
            raise KnownError(translate("tabular", "文件“{name}”是空的").format(name=name))
        suffix = path.suffix.lower()
        if suffix in EXCEL_SUFFIXES:
            head = sample[:8]
            if check_workbook_head(head, sample, name, suffix):
                _workbook_streams(opened, path, head, top)
            else:
                opened.sheets.append(_text_stream(opened, handle, name, top))
        elif suffix in TEXT_SUFFIXES:
            opened.sheets.append(_text_stream(opened, handle, name, top))
        else:
            raise unsupported(path)
        if not any(_row_has_data(cells) for s in opened.sheets for _, cells in s.top) and not any(
            _data_below_top(s) for s in opened.sheets
        ):
            raise KnownError(translate("tabular", "文件“{name}”里没有任何数据").format(name=name))
    except BaseException:
        opened.close()
        raise
    return opened


def _data_below_top(sheet: SheetStream) -> bool:
    """Whether a row with data follows the first rows; the blank rows read to find out (and the
    row found) are put back in front of the stream."""
    seen: list[Row] = []
    found = False
    for row in sheet.rest:
        seen.append(row)
        if _row_has_data(row[1]):
            found = True
            break
    sheet.rest = chain(seen, sheet.rest)
    return found


def _has_content(handle: BinaryIO, sample: bytes) -> bool:
    if sample.strip():
        return True
    while chunk := handle.read(_CHUNK):
        if chunk.strip():
            return True
    return False


def _workbook_streams(opened: StreamedFile, path: Path, head: bytes, top: int) -> None:
    from python_calamine import PasswordError, SheetVisibleEnum

    name = path.name
    workbook = open_workbook(path, name, head, lambda: _ENCRYPTION_MARK in path.read_bytes())
    opened._closers.append(workbook)
    formulas = missing_formula_values(path) if head.startswith(_ZIP_MAGIC) else {}
    hidden_by_name = {m.name: m.visible != SheetVisibleEnum.Visible for m in workbook.sheets_metadata}
    for sheet_name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
            raw = sheet.iter_rows()
        except PasswordError:
            raise KnownError(_password_message(name)) from None
        except Exception:
            # A chart sheet or one damaged sheet must not hide the others.
            continue
        start = sheet.start
        rows = _excel_rows(raw, start[1] if start else 0, formulas.get(sheet_name, {}))
        end = sheet.end
        opened.sheets.append(
            SheetStream(
                sheet_name,
                name,
                hidden_by_name.get(sheet_name, False),
                list(islice(rows, top)),
                rows,
                end[0] + 1 if end else 0,
                vertical_merges(sheet),
            )
        )


def _excel_rows(raw: Iterator[list[Any]], offset: int, formulas: dict[tuple[int, int], str]) -> Iterator[Row]:
    """calamine's rows as ``read_rows`` gives them: from row 1, cells from column A, cleaned."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row, col), formula in formulas.items():
        by_row.setdefault(row, []).append((col, formula))
    for number, cells in enumerate(raw, start=1):
        out = _clean_excel_row(cells, offset)
        for col, formula in by_row.get(number, ()):
            out.extend([None] * (col + 1 - len(out)))
            if out[col] is None:
                out[col] = FormulaWithoutValue(formula)
        yield number, out


def _text_stream(opened: StreamedFile, handle: BinaryIO, name: str, top: int) -> SheetStream:
    encoding, lines = _scan_text(handle, name)
    handle.seek(0)
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    opened._closers.insert(0, text)
    sniff = text.read(1 << 16)
    text.seek(0)
    rows = text_rows(text, name, _sniff_delimiter(sniff), excel_text=_EXCEL_TEXT in sniff)
    return SheetStream(Path(name).stem or name, name, False, list(islice(rows, top)), rows, lines)


def _scan_text(handle: BinaryIO, name: str) -> tuple[str, int]:
    """The encoding ``read_rows`` would pick (UTF-8 with or without BOM, UTF-16 with BOM, else
    GB18030), checked over the whole file by an incremental decoder, and the number of lines."""
    handle.seek(0)
    first = handle.read(4)
    if first.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif first.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        handle.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)()
        lines = 0
        try:
            while chunk := handle.read(_CHUNK):
                if "\x00" in decoder.decode(chunk):
                    break
                lines += chunk.count(b"\n")
            else:
                decoder.decode(b"", final=True)
                return encoding, lines + 1
        except UnicodeDecodeError:
            continue
        break  # NUL characters: not text in this encoding, and read_rows gives up too
    raise KnownError(
        translate(
            "tabular", "无法识别“{name}”的文字编码：请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿后再导入"
        ).format(name=name)
    )
