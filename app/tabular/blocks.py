"""Tables printed two or three to a page's width: 单位 | 指标 | 单位 | 指标.

A county's list of forty units fits one printed page when the clerk puts the second half beside
the first. Read as one table, only the left half would be found (the header's first 单位 and 指标)
and the right half silently dropped. :func:`side_by_side` finds the repeated header and gives the
column range of each half; :func:`join_tables` puts their records back together, left half first,
as the clerk reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from app.tabular.lines import normalize_header
from app.tabular.reading import SheetRows

Match = Callable[[list[Any], Sequence[Any]], dict[str, int]]


def side_by_side(
    header: list[Any], mapping: dict[str, int], fields: Sequence[Any], match: Match
) -> list[tuple[int, int, dict[str, int]]]:
    """``(first column, end column, mapping)`` of each half, or one range for an ordinary table.

    A half starts where the header of the first required column (the unit's name) is written
    again; each half must hold every required column, else the table is read as one.
    """
    required = [f.key for f in fields if f.required]
    whole = [(0, len(header), mapping)]
    if not required or required[0] not in mapping:
        return whole
    name_col = mapping[required[0]]
    name = header[name_col]
    if not isinstance(name, str) or not normalize_header(name):
        return whole
    key = normalize_header(name)
    lead = name_col - min(mapping.values())  # columns of a half left of its name (序号)
    repeats = [
        col
        for col in range(max(mapping[k] for k in required) + 1, len(header))
        if isinstance(header[col], str) and normalize_header(header[col]) == key
    ]
    if not repeats:
        return whole
    starts = [0, *(col - lead for col in repeats)]
    ends = [*starts[1:], len(header)]
    halves: list[tuple[int, int, dict[str, int]]] = []
    for first, end in zip(starts, ends, strict=True):
        cut = [None] * first + list(header[first:end])
        found = match(cut, fields)
        if not all(k in found for k in required):
            return whole
        halves.append((first, end, found))
    return halves


def cut_columns(sheet: SheetRows, first: int, end: int) -> SheetRows:
    """*sheet* with only the columns ``first:end`` (the others blank), for reading one half."""
    rows = [(number, [None] * min(first, len(cells)) + cells[first:end]) for number, cells in sheet.rows]
    merges = {
        row: spans
        for row, spans in ((r, [s for s in m if first <= s[0] < end]) for r, m in sheet.merges.items())
        if spans
    }
    return SheetRows(sheet.name, rows, source=sheet.source, hidden=sheet.hidden, merges=merges)


def join_tables(tables: Sequence[Any]) -> Any:
    """One :class:`~app.tabular.finding.Table` of the halves: records left half first; a 合计 row
    is compared with the whole only when one half has it (two are each half's own sums)."""
    first = tables[0]
    totals = [t.total_row for t in tables if t.total_row is not None]
    seen: set[tuple[int, str]] = set()
    skipped = []
    for table in tables:
        for row in table.skipped:
            if (row.row, row.reason) not in seen:
                seen.add((row.row, row.reason))
                skipped.append(row)
    return replace(
        first,
        records=[r for t in tables for r in t.records],
        problems=[p for t in tables for p in t.problems],
        skipped=sorted(skipped, key=lambda s: s.row),
        total_row=totals[0] if len(totals) == 1 else None,
    )
