"""Reading tables the way clerks really have them.

Clerks do not hand us clean CSV. They hand us the notice's 附件 as they typed it in Excel or WPS:
a title row or two, a header with stray spaces ("单 位") and units in brackets ("募集指标（单位）"),
columns in their own order, the header printed again where a page broke, blank rows, a 合计 row,
and a "注：" line at the bottom. Numbers arrive as floats from Excel, as "80单位" or "1,234" from
people, and sometimes as "八十".

Two steps, so every importer shares them:

* :func:`read_rows` turns a file (.xlsx/.xlsm/.xls/.ods via python-calamine, or delimited text in
  UTF-8 or GBK) into plain rows that keep the row numbers Excel shows;
* :func:`find_table` finds the header by meaning (:class:`FieldSpec` with synonyms), then returns
  the data rows as :class:`Record` objects with every problem found (:class:`RowProblem`), never
  only the first, and keeps what it skipped and why so the clerk can see it.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.errors import InputError, KnownError, RowProblem
from app.i18n import tr
from app.slots import parse_slot

_CTX = "tabular"

FieldKind = Literal["text", "int", "number", "date", "slot"]

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

#: How many rows from the top of a sheet may hold titles before the header.
HEADER_SCAN_ROWS = 15
#: A header cell longer than this (after normalising) is a title, not a header: it may only
#: match a synonym exactly, never by containing it.
_MAX_HEADER_LEN = 16

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")


# --------------------------------------------------------------------------- reading files


@dataclass
class SheetRows:
    """The cells of one sheet (or one CSV file) as read, with the row numbers a clerk sees.

    ``rows`` holds ``(row_number, cells)`` with 1-based row numbers (the CSV line where the record
    starts); blank rows are kept so numbers never shift. Empty cells are None, whole-number floats
    are int, date cells are ``datetime.date`` (``datetime.datetime`` when the cell has a time).
    """

    name: str
    rows: list[tuple[int, list[Any]]]
    source: str = ""
    hidden: bool = False


def read_rows(path: Path | str) -> list[SheetRows]:
    """Read every sheet of a workbook, or a delimited text file, into :class:`SheetRows`.

    Excel files are recognised by their content, not only their extension, so a workbook saved as
    ".xls" still opens; an ".xls" that is really tab-separated text (a common export) is read as
    text. Text is decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (a superset
    of GBK), and the delimiter (comma, tab or semicolon) is sniffed.

    Raises:
        KnownError: the file is missing, unreadable, empty, password-protected, damaged or not a
            table, with a Chinese message naming the file.
    """
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(tr(_CTX, "找不到文件“{name}”").format(name=name)) from None
    except IsADirectoryError:
        raise KnownError(tr(_CTX, "“{name}”是文件夹，不是表格文件").format(name=name)) from None
    except PermissionError:
        raise KnownError(
            tr(_CTX, "没有权限读取“{name}”：如果它正在 Excel 或 WPS 中打开，请先关闭").format(name=name)
        ) from None
    except OSError as exc:
        raise KnownError(
            tr(_CTX, "无法读取“{name}”：{reason}").format(name=name, reason=exc.strerror)
        ) from None
    if not data.strip():
        raise KnownError(tr(_CTX, "文件“{name}”是空的").format(name=name))

    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        sheets = _read_workbook(data, name, suffix)
    elif suffix in TEXT_SUFFIXES:
        sheets = [_read_text(data, name)]
    else:
        raise KnownError(
            tr(
                _CTX, "不支持的文件类型“{suffix}”（{name}）：请使用 Excel 表格（.xlsx/.xls）或 CSV 文件"
            ).format(suffix=path.suffix or tr(_CTX, "无扩展名"), name=name)
        )
    if not any(_row_has_data(cells) for sheet in sheets for _, cells in sheet.rows):
        raise KnownError(tr(_CTX, "文件“{name}”里没有任何数据").format(name=name))
    return sheets


def _read_workbook(data: bytes, name: str, suffix: str) -> list[SheetRows]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

    head = data[:8]
    looks_excel = head.startswith(_ZIP_MAGIC) or head == _OLE_MAGIC
    if not looks_excel:
        text_kind = _sniff_text(data)
        if text_kind == "html":
            raise KnownError(
                tr(
                    _CTX,
                    "“{name}”其实是网页（HTML）格式，不是真正的 Excel 文件：请用 Excel 或 WPS 打开它，"
                    "另存为“Excel 工作簿（.xlsx）”后再导入",
                ).format(name=name)
            )
        if text_kind == "text" and suffix == ".xls":
            # Many systems export tab-separated text named ".xls"; Excel opens it silently.
            return [_read_text(data, name)]
        raise KnownError(
            tr(_CTX, "“{name}”不是 Excel 文件（可能只是改了扩展名），或文件已损坏").format(name=name)
        )
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError:
        raise KnownError(_password_message(name)) from None
    except CalamineError:
        if head == _OLE_MAGIC and _ENCRYPTION_MARK in data:
            raise KnownError(_password_message(name)) from None
        raise KnownError(tr(_CTX, "“{name}”已损坏，无法作为 Excel 文件打开").format(name=name)) from None
    except Exception:  # calamine raises plain ValueError/OSError on some damaged archives
        raise KnownError(tr(_CTX, "“{name}”已损坏，无法作为 Excel 文件打开").format(name=name)) from None

    sheets: list[SheetRows] = []
    hidden_by_name = {m.name: m.visible != SheetVisibleEnum.Visible for m in workbook.sheets_metadata}
    for sheet_name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
            raw_rows = sheet.to_python(skip_empty_area=False)
        except PasswordError:
            raise KnownError(_password_message(name)) from None
        except Exception:
            # A chart sheet or one damaged sheet must not hide the others.
            continue
        rows = [(i, _clean_excel_row(cells)) for i, cells in enumerate(raw_rows, start=1)]
        sheets.append(SheetRows(sheet_name, rows, source=name, hidden=hidden_by_name.get(sheet_name, False)))
    return sheets


def _password_message(name: str) -> str:
    return tr(_CTX, "“{name}”设置了打开密码：请在 Excel 或 WPS 中取消密码并保存后再导入").format(name=name)


def _sniff_text(data: bytes) -> Literal["html", "text", "binary"]:
    """Tell text from binary by the first few KB, so a renamed file gets the right message."""
    sample = data[:4096]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if sample.startswith(bom):
            return "html" if b"<\x00t\x00a\x00b\x00l\x00e" in sample.lower() else "text"
    if b"\x00" in sample:
        return "binary"
    lowered = sample.lower()
    if (
        lowered.lstrip().startswith((b"<!doctype html", b"<html", b"<?xml", b"<table"))
        or b"<table" in lowered
    ):
        return "html"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
            try:
                sample.decode("gb18030")
            except UnicodeDecodeError:
                return "binary"
    return "text"


def _clean_excel_row(cells: list[Any]) -> list[Any]:
    out: list[Any] = []
    for cell in cells:
        if cell == "" or cell is None:
            out.append(None)
        elif isinstance(cell, float) and not isinstance(cell, bool) and cell.is_integer():
            out.append(int(cell))
        else:
            out.append(cell)
    while out and out[-1] is None:
        out.pop()
    return out


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise KnownError(
        tr(_CTX, "无法识别“{name}”的文字编码：请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿后再导入").format(
            name=name
        )
    )


def _sniff_delimiter(text: str) -> str:
    """Pick the delimiter that splits the first lines into the most consistent number of fields."""
    lines = [line for line in text.splitlines() if line.strip()][:30]
    best, best_score = ",", (0, 0)
    for delimiter in (",", "\t", ";"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        modal = max(set(multi), key=lambda c: (multi.count(c), c))
        score = (multi.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(data: bytes, name: str) -> SheetRows:
    text = _decode(data, name)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Any]]] = []
    line = 1
    try:
        for record in reader:
            cells: list[Any] = [cell if cell.strip() else None for cell in record]
            while cells and cells[-1] is None:
                cells.pop()
            rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise KnownError(
            tr(_CTX, "“{name}”第{line}行格式有误：{reason}").format(name=name, line=line, reason=exc)
        ) from None
    return SheetRows(Path(name).stem or name, rows, source=name)


# --------------------------------------------------------------------------- finding the table


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
                        tr(_CTX, "合计行写的是 {stated}，但各行相加是 {summed}").format(
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


_WHITESPACE = re.compile(r"\s+")


def normalize_header(text: str) -> str:
    """Header text for matching: NFKC (full-width to half-width), no whitespace, lower case."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text)).lower()


_BRACKETED = re.compile(r"[(\[【〔［<《][^)\]】〕］>》]*[)\]】〕］>》]")


def _strip_brackets(text: str) -> str:
    return _BRACKETED.sub("", text)


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _row_has_data(cells: list[Any]) -> bool:
    return any(not _blank(c) for c in cells)


def _cell(cells: list[Any], col: int) -> Any:
    return cells[col] if col < len(cells) else None


def _match_header(cells: list[Any], fields: Sequence[FieldSpec]) -> dict[str, int]:
    """Assign header cells to fields: exact matches first, then the longest contained synonym."""
    candidates: list[tuple[int, int, int, int, str]] = []
    for col, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        full = normalize_header(cell)
        bare = _strip_brackets(full)
        if not full:
            continue
        for order, spec in enumerate(fields):
            best: tuple[int, int] | None = None
            for name in spec.names():
                syn = normalize_header(name)
                syn_bare = _strip_brackets(syn) or syn
                if full == syn or (bare and bare == syn_bare):
                    score = (2, len(syn_bare))
                elif bare and len(bare) <= _MAX_HEADER_LEN and syn_bare in bare:
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


def _text_of(cell: Any) -> str:
    if isinstance(cell, _dt.datetime):
        return cell.isoformat(sep=" ") if cell.time() != _dt.time() else cell.date().isoformat()
    if isinstance(cell, _dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


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
    return _read_table(sheet, index, mapping, fields, default_year)


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
    found = "、".join(f"“{_text_of(c)}”" for c in header_cells if not _blank(c)) or tr(
        _CTX, "（没有找到表头）"
    )
    missing = [f for f in fields if f.required and f.key not in mapping]
    labels = "、".join(f"“{f.label}”" for f in missing)
    summary = tr(_CTX, "“{source}”中找不到{labels}列。找到的表头：{found}").format(
        source=source, labels=labels, found=found
    )
    problems = [
        RowProblem(
            header_number,
            f.label,
            tr(_CTX, "找不到这一列（可写作：{names}）").format(names="、".join(f.names())),
        )
        for f in missing
    ]
    return InputError(summary, problems)


_TOTAL_RE = re.compile(r"^(?:全[县市区镇州省]|总)?(合计|总计|小计|共计|总合计)(?:[:：]|[(（].*)?$")
_NOTE_RE = re.compile(
    r"^(?:注|说明|备注|附注|填表说明|填报说明|制表人?|填表人|审核人?|负责人|联系人|联系电话|填报单位|填报日期|制表日期)"
    r"\s*[0-9一二三四五六七八九十]*\s*(?:[:：、.．]|$)"
)
_NOTE_STARTS = frozenset("注说备附填制审负联")
_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def _total_word(first: Any, cells: list[Any], text_columns: Sequence[int]) -> str | None:
    """ "合计"/"总计"/"小计" if the row is a total row: said in its first cell or a text column."""
    for cell in (first, *(_cell(cells, col) for col in text_columns)):
        # Every total word contains 计: a cheap test before normalising (this runs on every row).
        if isinstance(cell, str) and "计" in cell:
            m = _TOTAL_RE.match(normalize_header(cell))
            if m:
                return m.group(1)
    return None


class _HeaderEcho:
    """Recognises the header printed again where a page broke, cheaply enough for every row."""

    def __init__(self, header: list[Any], mapping: dict[str, int]) -> None:
        self.columns = [
            (col, normalize_header(head))
            for col in mapping.values()
            if isinstance(head := _cell(header, col), str) and head.strip()
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
    header_index: int,
    mapping: dict[str, int],
    fields: Sequence[FieldSpec],
    default_year: int | None,
) -> Table:
    header_number, header_cells = sheet.rows[header_index]
    title_lines = [_row_text(cells) for _, cells in sheet.rows[:header_index] if _row_has_data(cells)]
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

    for number, cells in sheet.rows[header_index + 1 :]:
        filled = [c for c in cells if not _blank(c)]
        if not filled:
            continue
        first = filled[0]
        if in_notes:
            skip(number, tr(_CTX, "表后说明"), cells)
            continue
        if is_header_echo(cells):
            skip(number, tr(_CTX, "重复的表头"), cells)
            continue
        if len(filled) == 1 and _text_of(first) in title_lines:
            skip(number, tr(_CTX, "重复的标题"), cells)
            continue
        word = _total_word(first, cells, text_columns)
        if word is not None:
            record = _parse_record(number, cells, mapping, by_key, year)
            record.problems = []
            if word == "小计":
                skip(number, tr(_CTX, "小计行"), cells)
            else:
                if table.total_row is None:
                    table.total_row = record
                skip(number, tr(_CTX, "合计行"), cells)
            continue
        if (
            isinstance(first, str)
            and first.lstrip()[:1] in _NOTE_STARTS
            and _NOTE_RE.match(normalize_header(first))
        ):
            in_notes = True
            skip(number, tr(_CTX, "表后说明"), cells)
            continue
        if len(filled) == 1 and isinstance(first, str):
            single = first.strip()
            if _HEADING_RE.match(single) and len(single) <= _MAX_HEADER_LEN:
                skip(number, tr(_CTX, "分组标题"), cells)
                continue
            if table.records and len(single) > 20 and len(single) > 2 * longest_data:
                in_notes = True
                skip(number, tr(_CTX, "表后说明"), cells)
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
        elif type(raw) is str and kind == "text" and not _WHITESPACE.search(raw):
            value = raw or None
        elif raw is not None:
            try:
                value = convert_cell(raw, kind, default_year=year)
            except ValueError as exc:
                record.problems.append(RowProblem(number, spec.label, str(exc)))
                record.values[key] = None
                continue
        if value is None and spec.required:
            record.problems.append(RowProblem(number, spec.label, tr(_CTX, "不能为空")))
        record.values[key] = value
    return record


# --------------------------------------------------------------------------- cell values


def convert_cell(value: Any, kind: FieldKind, *, default_year: int | None = None) -> Any:
    """Convert one cell to the field's kind; blank (or a dash meaning "none") gives None.

    Raises:
        ValueError: with a Chinese message, e.g. "“八十”不是数字".
    """
    if _blank(value):
        return None
    if kind == "text":
        return clean_text(value)
    if kind in ("int", "number"):
        number = parse_number(value)
        if number is None:
            return None
        if number < 0:
            raise ValueError(tr(_CTX, "不能是负数（{value}）").format(value=_fmt(number)))
        if kind == "int" and isinstance(number, float):
            raise ValueError(tr(_CTX, "应为整数，而不是 {value}").format(value=_fmt(number)))
        return number
    if kind == "date":
        return parse_date(value)
    if kind == "slot":
        return parse_slot(value if not isinstance(value, str) else value.strip(), default_year=default_year)
    raise ValueError(f"unknown field kind {kind!r}")


def clean_text(value: Any) -> str:
    """Cell as text: trimmed, full-width spaces and line breaks gone, no spaces between Chinese
    characters ("长 安 镇" → "长安镇", a habit for lining up names), whole floats without ".0"."""
    text = _text_of(value)
    if not _WHITESPACE.search(text):
        return text  # the common case, kept cheap: this runs for every text cell of an import
    text = _WHITESPACE.sub(" ", text).strip()  # \s also matches the full-width space U+3000
    return _SPACE_BESIDE_CJK.sub("", text)


_SPACE_BESIDE_CJK = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")


_DASHES = {"-", "--", "—", "——", "–", "/", "\\", "无"}
_NUMBER_RE = re.compile(
    r"(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))"
    r"(?P<unit>单位|人次|人|名|个|u|ml|毫升|袋|治疗量|份|%)?"
)
_THOUSANDS_RE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_number(value: Any) -> int | float | None:
    """A number from a cell that a person typed: "80", "80单位", "1,234", "８０", "12.5%" (→ 0.125).

    Whole values come back as int. A dash or "无" means no value (None).

    Raises:
        ValueError: the text is not a number ("八十").
    """
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(tr(_CTX, "“{text}”不是数字").format(text=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, _dt.date | _dt.time | _dt.timedelta):
        raise ValueError(tr(_CTX, "“{text}”不是数字").format(text=_text_of(value)))
    original = str(value).strip()
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", original)).lower()
    if text in _DASHES:
        return None
    if _THOUSANDS_RE.match(text):
        text = text.replace(",", "")
    m = _NUMBER_RE.fullmatch(text)
    if not m:
        raise ValueError(tr(_CTX, "“{text}”不是数字").format(text=original))
    number = float(m["num"])
    if m["unit"] == "%":
        number /= 100
    if abs(number - round(number)) < 1e-9:
        return round(number)
    return number


_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_DATE_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ t].*)?")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(value: Any) -> _dt.date:
    """A date from a date cell, an Excel serial number, or text like "2020-01-02", "2020/1/2",
    "2020.1.2", "2020年1月2日", "20200102".

    Raises:
        ValueError: not a date.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            if 19000101 <= value <= 22001231:  # 20200102 typed as a number
                return parse_date(str(int(value)))
            if 1 <= value < 100000:  # an Excel serial day number in a General-formatted cell
                return _EXCEL_EPOCH + _dt.timedelta(days=int(value))
        raise ValueError(tr(_CTX, "“{text}”不是日期").format(text=_text_of(value)))
    original = str(value).strip()
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", original)).strip().lower()
    m = _DATE_RE.fullmatch(text) or _COMPACT_DATE_RE.fullmatch(text)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise ValueError(tr(_CTX, "“{text}”不是日期").format(text=original))


def _fmt(number: float) -> str:
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, float):
        return f"{number:.6f}".rstrip("0").rstrip(".")
    return str(number)
