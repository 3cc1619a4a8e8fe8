"""Step two of :mod:`app.tabular`: find the header by meaning and read the data rows under it.

A clerk's sheet has a title row or two, a header with stray spaces ("单 位") and units in
brackets ("募集指标（单位）"), columns in their own order, the header printed again where a page
broke, blank rows, a 合计 row and a "注：" line at the bottom. :func:`find_table` matches the
header to the wanted :class:`FieldSpec` columns, returns every data row as a :class:`Record` with
all its problems, and keeps what it skipped and why (:class:`SkippedRow`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from app.bounds import number_problem
from app.errors import InputError, RowProblem
from app.i18n import translate
from app.tabular.blocks import cut_columns, join_tables, side_by_side
from app.tabular.cells import (
    FieldKind,
    _blank,
    _fmt,
    _row_has_data,
    _text_of,
    clean_text,
    convert_cell,
    parse_number,
)
from app.tabular.lines import (
    HEADING_RE,
    MAX_HEADER_LEN,
    cell_at,
    is_note,
    is_text_line,
    normalize_header,
    strip_brackets,
    total_word,
)
from app.tabular.reading import SheetRows, fill_merged_down

#: How many rows from the top of a sheet may hold titles before the header: a 红头, 发文字号 and a
#: notice's paragraphs pasted above its 附件 table can fill thirty.
HEADER_SCAN_ROWS = 40


@dataclass(frozen=True)
class FieldSpec:
    """A column the caller needs, described by meaning rather than position.

    ``label`` is the name shown to the clerk in messages; ``synonyms`` are other headers seen in
    real tables. Matching ignores whitespace, full/half-width differences and a bracketed unit
    suffix ("募集指标（单位）" matches "指标").
    """

    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    kind: FieldKind = "text"
    required: bool = False

    def names(self) -> tuple[str, ...]:
        """The label and synonyms, label first."""
        return (self.label, *self.synonyms)


@dataclass
class Record:
    """One data row: parsed ``values`` and the ``raw`` cells, by field key."""

    row: int
    values: dict[str, Any]
    raw: dict[str, Any]
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the row parsed without problems."""
        return not self.problems


@dataclass
class SkippedRow:
    """A non-empty row that is not data, kept so a preview can say why it was left out."""

    row: int
    reason: str
    text: str


@dataclass
class Table:
    """The result of :func:`find_table`."""

    sheet: str
    source: str
    header_row: int
    columns: dict[str, int]
    headers: dict[str, str]
    title_lines: list[str]
    records: list[Record]
    problems: list[RowProblem]
    total_row: Record | None = None
    skipped: list[SkippedRow] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    # Other visible sheets holding the same table (乡镇 on one sheet, 县直单位 on the next): not
    # read, named so the importer can say so instead of leaving them out silently.
    other_sheets: list[str] = field(default_factory=list)

    @property
    def year_hint(self) -> int | None:
        """The year named in the title ("2017年各镇…募集指标" → 2017), to suggest a plan year."""
        return guess_year(self.title_lines)

    def total_mismatches(self, keys: Sequence[str]) -> list[RowProblem]:
        """Compare the sum of each numeric column with the table's own 合计 row.

        Returns a problem per column whose sum differs, so an importer can warn that a row was
        lost or mistyped; nothing when the table has no 合计 row.
        """
        if self.total_row is None:
            return []
        out: list[RowProblem] = []
        for key in keys:
            stated = self.total_row.values.get(key)
            if not isinstance(stated, int | float):
                continue
            summed = sum(
                v
                for r in self.records
                if isinstance(v := r.values.get(key), int | float) and not isinstance(v, bool)
            )
            if abs(summed - stated) > 1e-6:
                label = self.labels.get(key, key)
                out.append(
                    RowProblem(
                        self.total_row.row,
                        label,
                        translate("tabular", "合计行写的是 {stated}，但各行相加是 {summed}").format(
                            stated=_fmt(stated), summed=_fmt(summed)
                        ),
                    )
                )
        return out


def guess_year(lines: Sequence[str]) -> int | None:
    """The first plausible year written as "2017年" in *lines*, or None."""
    for line in lines:
        m = re.search(r"((?:19|20)\d{2})\s*年", unicodedata.normalize("NFKC", line))
        if m:
            return int(m.group(1))
    return None


def _match_header(cells: list[Any], fields: Sequence[FieldSpec]) -> dict[str, int]:
    """Assign header cells to fields: exact matches first, then the longest contained synonym."""
    candidates: list[tuple[int, int, int, int, str]] = []
    for col, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        full = normalize_header(cell)
        bare = strip_brackets(full)
        if not full:
            continue
        for order, spec in enumerate(fields):
            best: tuple[int, int] | None = None
            for name in spec.names():
                syn = normalize_header(name)
                syn_bare = strip_brackets(syn) or syn
                if full == syn or (bare and bare == syn_bare):
                    score = (2, len(syn_bare))
                elif bare and len(bare) <= MAX_HEADER_LEN and syn_bare in bare:
                    score = (1, len(syn_bare))
                else:
                    continue
                if best is None or score > best:
                    best = score
            if best is not None:
                candidates.append((-best[0], -best[1], col, order, spec.key))
    candidates.sort()
    assigned: dict[str, int] = {}
    used: set[int] = set()
    for _, _, col, _, key in candidates:
        if key in assigned or col in used:
            continue
        assigned[key] = col
        used.add(col)
    return assigned


def _row_text(cells: list[Any]) -> str:
    return " ".join(_text_of(c) for c in cells if not _blank(c))


def find_table(
    rows: SheetRows | Sequence[SheetRows],
    fields: Sequence[FieldSpec],
    *,
    default_year: int | None = None,
    scan_rows: int = HEADER_SCAN_ROWS,
) -> Table:
    """Find the header by meaning and read the data rows under it.

    Args:
        rows: one sheet, or all sheets of a workbook (the first sheet, visible ones first, whose
            header has every required field is used).
        fields: the columns wanted; extra columns in the file are ignored.
        default_year: year for slot cells that name none; defaults to the year in the title.
        scan_rows: how many rows from the top may hold title lines before the header.

    Raises:
        InputError: a required column is missing; the message names the header looked for and
            lists the headers found.
    """
    sheets = [rows] if isinstance(rows, SheetRows) else sorted(rows, key=lambda s: s.hidden)
    best: tuple[tuple[int, int], SheetRows, int, dict[str, int]] | None = None
    required = [f.key for f in fields if f.required]
    for sheet in sheets:
        found = _locate_header(sheet, fields, scan_rows)
        if found is None:
            continue
        index, mapping = found
        score = (sum(k in mapping for k in required), len(mapping))
        if best is None or score > best[0]:
            best = (score, sheet, index, mapping)
        if all(k in mapping for k in required):
            break
    if best is None or not all(k in best[3] for k in required):
        raise _missing_columns(sheets, fields, best)
    _, sheet, index, mapping = best
    others = [s.name for s in sheets if s is not sheet and not s.hidden and _complete(s, fields, scan_rows)]
    last, mapping, header_cells = _two_row_header(sheet, index, mapping, fields)
    halves = side_by_side(header_cells, mapping, fields, _match_header)
    if len(halves) == 1:
        table = _read_table(sheet, (index, last), mapping, fields, default_year, header_cells)
        table.other_sheets = others
        return table
    tables: list[Table] = []
    for first, end, half in halves:
        cut = [None] * first + header_cells[first:end]
        tables.append(
            _read_table(cut_columns(sheet, first, end), (index, last), half, fields, default_year, cut)
        )
        if default_year is None:
            default_year = tables[0].year_hint  # the title stands over the first half only
    joined = join_tables(tables)
    joined.other_sheets = others
    return joined


def _complete(sheet: SheetRows, fields: Sequence[FieldSpec], scan_rows: int) -> bool:
    """Whether *sheet* has a header with every required field and something under it."""
    found = _locate_header(sheet, fields, scan_rows)
    return (
        found is not None
        and all(f.key in found[1] for f in fields if f.required)
        and any(_row_has_data(cells) for _, cells in islice(sheet.rows, found[0] + 1, None))
    )


def _looks_like_label(cell: Any) -> bool:
    if not isinstance(cell, str):
        return False
    try:
        return parse_number(cell) is None and bool(cell.strip())
    except ValueError:
        return True


def _two_row_header(
    sheet: SheetRows, index: int, mapping: dict[str, int], fields: Sequence[FieldSpec]
) -> tuple[int, dict[str, int], list[Any]]:
    """A header in two rows read as one: a merged 时间安排 over 月份 | 旬 | 采血点, or units such
    as （人）（人次） under the names.

    The row under the header is its second row when it holds only labels (no numbers) and leaves
    the first required column empty (a data row names its unit there). Each column's text is then
    its upper cell followed by its lower one, or the lower one alone under a merged upper cell.
    Returns the index of the header's last row, the mapping and the header's cells.
    """
    cells = sheet.rows[index][1]
    if index + 1 >= len(sheet.rows):
        return index, mapping, cells
    below = sheet.rows[index + 1][1]
    labels = [c for c in below if not _blank(c)]
    first_required = next((mapping[f.key] for f in fields if f.required and f.key in mapping), None)
    if (
        not labels
        or not all(_looks_like_label(c) for c in labels)
        or (first_required is not None and not _blank(cell_at(below, first_required)))
    ):
        return index, mapping, cells
    joined: list[Any] = []
    for col in range(max(len(cells), len(below))):
        upper, lower = cell_at(cells, col), cell_at(below, col)
        if _blank(lower):
            joined.append(upper)
        elif _blank(upper):
            joined.append(_text_of(lower))
        else:
            joined.append(_text_of(upper) + _text_of(lower))
    merged = _match_header(joined, fields)
    if not set(mapping) <= set(merged):
        return index, mapping, cells
    return index + 1, merged, joined


def _locate_header(
    sheet: SheetRows, fields: Sequence[FieldSpec], scan_rows: int
) -> tuple[int, dict[str, int]] | None:
    """Index into ``sheet.rows`` of the best header row among the first rows, with its mapping."""
    required = [f.key for f in fields if f.required]
    best: tuple[tuple[int, int], int, dict[str, int]] | None = None
    for index, (_number, cells) in enumerate(sheet.rows):
        if index >= scan_rows:
            break
        if not _row_has_data(cells):
            continue
        mapping = _match_header(cells, fields)
        if not mapping:
            continue
        score = (sum(k in mapping for k in required), len(mapping))
        if best is None or score > best[0]:
            best = (score, index, mapping)
    return None if best is None else (best[1], best[2])


def _missing_columns(
    sheets: Sequence[SheetRows],
    fields: Sequence[FieldSpec],
    best: tuple[tuple[int, int], SheetRows, int, dict[str, int]] | None,
) -> InputError:
    source = sheets[0].source if sheets else ""
    if best is not None:
        _, sheet, index, mapping = best
        header_number, header_cells = sheet.rows[index]
    else:
        mapping, header_number, header_cells = {}, 0, []
        for sheet in sheets:
            texts = [
                (number, cells)
                for number, cells in sheet.rows[:HEADER_SCAN_ROWS]
                if sum(isinstance(c, str) and bool(c.strip()) for c in cells) >= 2
            ]
            if texts:
                header_number, header_cells = texts[0]
                break
    found = "、".join(f"“{_text_of(c)}”" for c in header_cells if not _blank(c)) or translate(
        "tabular", "（没有找到表头）"
    )
    missing = [f for f in fields if f.required and f.key not in mapping]
    labels = "、".join(f"“{f.label}”" for f in missing)
    summary = translate("tabular", "“{source}”中找不到{labels}列。找到的表头：{found}").format(
        source=source, labels=labels, found=found
    )
    problems = [
        RowProblem(
            header_number,
            f.label,
            translate("tabular", "找不到这一列（可写作：{names}）").format(names="、".join(f.names())),
        )
        for f in missing
    ]
    return InputError(summary, problems)


class _HeaderEcho:
    """Recognises the header printed again where a page broke, cheaply enough for every row."""

    def __init__(self, header: list[Any], mapping: dict[str, int]) -> None:
        self.columns = [
            (col, normalize_header(head))
            for col in mapping.values()
            if isinstance(head := cell_at(header, col), str) and head.strip()
        ]
        self.needed = max(min(2, len(mapping)), (len(mapping) + 1) // 2)

    def __call__(self, cells: list[Any]) -> bool:
        misses_allowed = len(self.columns) - self.needed
        if misses_allowed < 0:
            return False
        width = len(cells)
        for col, head in self.columns:
            cell = cells[col] if col < width else None
            # Cheap tests first: normalising only removes whitespace and folds width and case,
            # so a shorter cell, or one without the header's first character, cannot match.
            if not (
                isinstance(cell, str)
                and len(cell) >= len(head)
                and (head[0] in cell or head[0] in cell.lower())
                and normalize_header(cell) == head
            ):
                misses_allowed -= 1
                if misses_allowed < 0:
                    return False
        return True


def _read_table(
    sheet: SheetRows,
    header_rows: tuple[int, int],
    mapping: dict[str, int],
    fields: Sequence[FieldSpec],
    default_year: int | None,
    header_cells: list[Any],
) -> Table:
    first_header, header_index = header_rows  # indexes of the header's first and last row
    header_number = sheet.rows[first_header][0]
    title_lines = [_row_text(cells) for _, cells in sheet.rows[:first_header] if _row_has_data(cells)]
    year = default_year if default_year is not None else guess_year(title_lines)
    by_key = {f.key: f for f in fields}
    table = Table(
        sheet=sheet.name,
        source=sheet.source,
        header_row=header_number,
        columns=dict(mapping),
        headers={k: clean_text(header_cells[c]) for k, c in mapping.items()},
        title_lines=title_lines,
        records=[],
        problems=[],
        labels={f.key: f.label for f in fields},
    )
    is_header_echo = _HeaderEcho(header_cells, mapping)
    text_columns = [mapping[f.key] for f in fields if f.kind == "text" and f.key in mapping]
    in_notes = False
    longest_data = 0

    def skip(number: int, reason: str, cells: list[Any]) -> None:
        table.skipped.append(SkippedRow(number, reason, _row_text(cells)))

    below = sheet.rows[header_index][0]
    for number, cells in fill_merged_down(sheet.rows[header_index + 1 :], sheet.merges, below=below):
        filled = [c for c in cells if not _blank(c)]
        if not filled:
            continue
        first = filled[0]
        if in_notes:
            skip(number, translate("tabular", "表后说明"), cells)
            continue
        if is_header_echo(cells):
            skip(number, translate("tabular", "重复的表头"), cells)
            continue
        if len(filled) == 1 and _text_of(first) in title_lines:
            skip(number, translate("tabular", "重复的标题"), cells)
            continue
        word = total_word(first, cells, text_columns)
        if word is not None:
            record = _parse_record(number, cells, mapping, by_key, year)
            record.problems = []
            if word == "小计":
                skip(number, translate("tabular", "小计行"), cells)
            else:
                if table.total_row is None:
                    table.total_row = record
                skip(number, translate("tabular", "合计行"), cells)
            continue
        if is_note(first):
            in_notes = True
            skip(number, translate("tabular", "表后说明"), cells)
            continue
        if len(filled) == 1 and isinstance(first, str):
            single = first.strip()
            if HEADING_RE.match(single) and len(single) <= MAX_HEADER_LEN:
                skip(number, translate("tabular", "分组标题"), cells)
                continue
            if table.records and len(single) > 20 and len(single) > 2 * longest_data:
                in_notes = True
                skip(number, translate("tabular", "表后说明"), cells)
                continue
        if table.records and is_text_line(filled, cells, mapping):
            in_notes = True
            skip(number, translate("tabular", "表后说明"), cells)
            continue
        record = _parse_record(number, cells, mapping, by_key, year)
        table.records.append(record)
        table.problems.extend(record.problems)
        for raw in record.raw.values():
            if isinstance(raw, str) and len(raw) > longest_data:
                longest_data = len(raw)
    return table


def _parse_record(
    number: int,
    cells: list[Any],
    mapping: dict[str, int],
    by_key: dict[str, FieldSpec],
    year: int | None,
) -> Record:
    record = Record(number, {}, {})
    width = len(cells)
    for key, spec in by_key.items():
        col = mapping.get(key)
        raw = cells[col] if col is not None and col < width else None
        record.raw[key] = raw
        value: Any = None
        kind = spec.kind
        if type(raw) is int and kind in ("int", "number") and raw >= 0:
            value = raw  # fast paths for the common cells of a long import
        elif type(raw) is str and kind == "text" and raw.isprintable() and " " not in raw:
            value = raw or None
        elif raw is not None:
            try:
                value = convert_cell(raw, kind, default_year=year)
            except ValueError as exc:
                record.problems.append(RowProblem(number, spec.label, str(exc)))
                record.values[key] = None
                continue
        if value is not None and kind in ("int", "number"):
            problem = number_problem(key, value)
            if problem:
                record.problems.append(RowProblem(number, spec.label, problem))
                record.values[key] = None
                continue
        if value is None and spec.required:
            record.problems.append(RowProblem(number, spec.label, translate("tabular", "不能为空")))
        record.values[key] = value
    return record
