"""Reading tables the way clerks really have them.

Clerks do not hand us clean CSV. They hand us the notice's 附件 as they typed it in Excel or WPS:
a title row or two, a header with stray spaces ("单 位") and units in brackets ("募集指标（单位）"),
columns in their own order, the header printed again where a page broke, blank rows, a 合计 row,
and a "注：" line at the bottom. Numbers arrive as floats from Excel, as "80单位" or "1,234" from
people, and sometimes as "八十".

Two steps, so every importer shares them, each in its own module of this package:

* :func:`read_rows` turns a file (.xlsx/.xlsm/.xls/.ods via python-calamine, or delimited text in
  UTF-8 or GBK) into plain rows that keep the row numbers Excel shows;
* :func:`find_table` finds the header by meaning (:class:`FieldSpec` with synonyms), then returns
  the data rows as :class:`Record` objects with every problem found (:class:`RowProblem`), never
  only the first, and keeps what it skipped and why so the clerk can see it.

The package re-exports the public names of its modules, so callers import from ``app.tabular``:
:mod:`~app.tabular.reading` (files to rows), :mod:`~app.tabular.streaming` (the same rows one at
a time, for imports of 100,000 rows whose memory must stay flat), :mod:`~app.tabular.finding` (the header and the
records), :mod:`~app.tabular.lines` (rows that are not data: 合计, 注, 主题词…),
:mod:`~app.tabular.blocks` (a table printed two halves side by side) and
:mod:`~app.tabular.cells` (cell values, shared by both).
"""

from __future__ import annotations

from app.tabular.cells import FieldKind, clean_text, convert_cell, parse_date, parse_number
from app.tabular.finding import (
    HEADER_SCAN_ROWS,
    FieldSpec,
    Record,
    SkippedRow,
    Table,
    find_table,
    guess_year,
    normalize_header,
)
from app.tabular.lines import is_note, total_word
from app.tabular.reading import EXCEL_SUFFIXES, TEXT_SUFFIXES, SheetRows, read_rows
from app.tabular.streaming import SheetStream, StreamedFile, stream_rows

__all__ = [
    "EXCEL_SUFFIXES",
    "HEADER_SCAN_ROWS",
    "TEXT_SUFFIXES",
    "FieldKind",
    "FieldSpec",
    "Record",
    "SheetRows",
    "SheetStream",
    "SkippedRow",
    "StreamedFile",
    "Table",
    "clean_text",
    "convert_cell",
    "find_table",
    "guess_year",
    "is_note",
    "normalize_header",
    "parse_date",
    "parse_number",
    "read_rows",
    "stream_rows",
    "total_word",
]
