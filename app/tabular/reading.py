"""Step one of :mod:`app.tabular`: a file as plain rows, with the row numbers Excel shows.

Clerks hand over .xlsx/.xls/.ods workbooks (read with python-calamine), CSV or tab-separated text
in UTF-8 or GBK, and files whose extension lies (HTML or text saved as ".xls"). This module
recognises what the file really is, decodes and sniffs text, and turns every problem (missing,
locked, password-protected, damaged, empty) into a :class:`~app.errors.KnownError` naming the
file, so :func:`~app.tabular.finding.find_table` only ever sees :class:`SheetRows`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from app.errors import KnownError
from app.i18n import translate
from app.tabular.cells import FormulaWithoutValue, _row_has_data
from app.tabular.formulas import missing_formula_values

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")


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
    # Cells merged over several rows (see :func:`vertical_merges`): below the header, their value
    # belongs to every row they span (:func:`fill_merged_down`).
    merges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


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
    with open_checked(path) as handle:
        data = handle.read()
    if not data.strip():
        raise KnownError(translate("tabular", "文件“{name}”是空的").format(name=name))

    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        sheets = _read_workbook(data, name, suffix)
    elif suffix in TEXT_SUFFIXES:
        sheets = [_read_text(data, name)]
    else:
        raise unsupported(path)
    if not any(_row_has_data(cells) for sheet in sheets for _, cells in sheet.rows):
        raise KnownError(translate("tabular", "文件“{name}”里没有任何数据").format(name=name))
    return sheets


def open_checked(path: Path) -> BinaryIO:
    """The file opened for reading, or a :class:`KnownError` naming it (missing, a folder, locked)."""
    name = path.name
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise KnownError(translate("tabular", "找不到文件“{name}”").format(name=name)) from None
    except IsADirectoryError:
        raise KnownError(translate("tabular", "“{name}”是文件夹，不是表格文件").format(name=name)) from None
    except PermissionError:
        raise KnownError(
            translate("tabular", "没有权限读取“{name}”：如果它正在 Excel 或 WPS 中打开，请先关闭").format(
                name=name
            )
        ) from None
    except OSError as exc:
        raise KnownError(
            translate("tabular", "无法读取“{name}”：{reason}").format(name=name, reason=exc.strerror)
        ) from None


def unsupported(path: Path) -> KnownError:
    """The error for a file whose extension is neither a workbook's nor a text table's."""
    return KnownError(
        translate(
            "tabular", "不支持的文件类型“{suffix}”（{name}）：请使用 Excel 表格（.xlsx/.xls）或 CSV 文件"
        ).format(suffix=path.suffix or translate("tabular", "无扩展名"), name=path.name)
    )


def check_workbook_head(head: bytes, sample: bytes, name: str, suffix: str) -> bool:
    """Whether a file in a workbook's extension really is one (True), or is text to read as text
    (False: tab-separated text named ".xls", a common export). HTML and other files raise."""
    if head.startswith(_ZIP_MAGIC) or head == _OLE_MAGIC:
        return True
    text_kind = _sniff_text(sample)
    if text_kind == "html":
        raise KnownError(
            translate(
                "tabular",
                "“{name}”其实是网页（HTML）格式，不是真正的 Excel 文件：请用 Excel 或 WPS 打开它，"
                "另存为“Excel 工作簿（.xlsx）”后再导入",
            ).format(name=name)
        )
    if text_kind == "text" and suffix == ".xls":
        # Many systems export tab-separated text named ".xls"; Excel opens it silently.
        return False
    raise KnownError(
        translate("tabular", "“{name}”不是 Excel 文件（可能只是改了扩展名），或文件已损坏").format(name=name)
    )


def open_workbook(source: Any, name: str, head: bytes, encrypted: Callable[[], bool]) -> Any:
    """A python-calamine workbook from a path or file object; a damaged or password-protected file
    becomes a :class:`KnownError` (*encrypted* is asked only when calamine cannot say)."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        if isinstance(source, str | Path):
            return CalamineWorkbook.from_path(str(source))
        return CalamineWorkbook.from_filelike(source)
    except PasswordError:
        raise KnownError(_password_message(name)) from None
    except CalamineError:
        if head == _OLE_MAGIC and encrypted():
            raise KnownError(_password_message(name)) from None
        raise KnownError(
            translate("tabular", "“{name}”已损坏，无法作为 Excel 文件打开").format(name=name)
        ) from None
    except Exception:  # calamine raises plain ValueError/OSError on some damaged archives
        raise KnownError(
            translate("tabular", "“{name}”已损坏，无法作为 Excel 文件打开").format(name=name)
        ) from None


def _read_workbook(data: bytes, name: str, suffix: str) -> list[SheetRows]:
    from python_calamine import PasswordError, SheetVisibleEnum

    head = data[:8]
    if not check_workbook_head(head, data[:4096], name, suffix):
        return [_read_text(data, name)]
    workbook = open_workbook(io.BytesIO(data), name, head, lambda: _ENCRYPTION_MARK in data)

    sheets: list[SheetRows] = []
    formulas = missing_formula_values(data) if head.startswith(_ZIP_MAGIC) else {}
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
        for (row, col), formula in formulas.get(sheet_name, {}).items():
            if 1 <= row <= len(rows):
                cells = rows[row - 1][1]
                cells.extend([None] * (col + 1 - len(cells)))
                if cells[col] is None:
                    cells[col] = FormulaWithoutValue(formula)
        sheets.append(
            SheetRows(
                sheet_name,
                rows,
                source=name,
                hidden=hidden_by_name.get(sheet_name, False),
                merges=vertical_merges(sheet),
            )
        )
    return sheets


def vertical_merges(sheet: Any) -> dict[int, list[tuple[int, int]]]:
    """The sheet's cells merged over several rows, by first row number: ``{row: [(col, last_row)]}``
    (row numbers as Excel shows them, columns from 0)."""
    try:
        ranges = sheet.merged_cell_ranges or ()
    except Exception:  # a format calamine keeps no merges for
        return {}
    out: dict[int, list[tuple[int, int]]] = {}
    for (first, col), (last, _last_col) in ranges:
        if last > first:
            out.setdefault(first + 1, []).append((col, last + 1))
    return out


def fill_merged_down(
    rows: Iterable[tuple[int, list[Any]]], merges: dict[int, list[tuple[int, int]]], *, below: int = 0
) -> Iterator[tuple[int, list[Any]]]:
    """Rows with a vertically merged cell's value in every row it spans, as the clerk sees it: a
    时间 or 所属系统 merged over five units belongs to each of them, not to the first alone.

    Only merges starting below row *below* (the header's last row) are filled: a header cell
    merged over the header's two rows stays one header cell."""
    merges = {first: spans for first, spans in merges.items() if first > below}
    if not merges:
        yield from rows
        return
    active: list[tuple[int, int, Any]] = []  # (col, last_row, value)
    for number, cells in rows:
        if active:
            active = [a for a in active if a[1] >= number]
            for col, _last, value in active:
                if col >= len(cells):
                    cells.extend([None] * (col + 1 - len(cells)))
                if cells[col] is None:
                    cells[col] = value
        for col, last in merges.get(number, ()):
            if col < len(cells) and cells[col] is not None:
                active.append((col, last, cells[col]))
        yield number, cells


def _password_message(name: str) -> str:
    return translate("tabular", "“{name}”设置了打开密码：请在 Excel 或 WPS 中取消密码并保存后再导入").format(
        name=name
    )


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


def _clean_excel_row(cells: list[Any], offset: int = 0) -> list[Any]:
    """Cells as the tabular readers give them: None for empty, whole floats as int, no trailing
    blanks; *offset* empty cells in front (calamine's ``iter_rows`` starts at the first used column).
    Types are tested by identity first: this runs on every cell of a 100,000-row export."""
    out: list[Any] = [None] * offset
    append = out.append
    for cell in cells:
        kind = type(cell)
        if kind is str:
            append(cell if cell else None)
        elif kind is float:
            append(int(cell) if cell.is_integer() else cell)
        elif cell == "" or cell is None:
            append(None)
        elif isinstance(cell, float) and not isinstance(cell, bool) and cell.is_integer():
            append(int(cell))
        else:
            append(cell)
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
        translate(
            "tabular", "无法识别“{name}”的文字编码：请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿后再导入"
        ).format(name=name)
    )


def _sniff_delimiter(text: str) -> str:
    """Pick the delimiter that splits the first lines into the most consistent number of fields."""
    lines = [line for line in text.splitlines() if line.strip()][:30]
    best, best_score = ",", (0, 0)
    for delimiter in (",", "\t", ";"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:  # a giant field or a stray quote: the full read below says where
            continue
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        modal = max(set(multi), key=lambda c: (multi.count(c), c))
        score = (multi.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _quote_message(name: str, line: int) -> str:
    return translate(
        "tabular",
        '“{name}”第{line}行的引号（"）不成对，几行内容会被读成一个单元格：请在 Excel 中打开检查该行，'
        "或另存为 Excel 工作簿后再导入",
    ).format(name=name, line=line)


def _read_text(data: bytes, name: str) -> SheetRows:
    text = _decode(data, name)
    delimiter = _sniff_delimiter(text)
    rows = list(text_rows(io.StringIO(text, newline=""), name, delimiter, excel_text=_EXCEL_TEXT in text))
    return SheetRows(Path(name).stem or name, rows, source=name)


# How a CSV export keeps a long number as text: ``="612401199004121234"`` (Excel shows the digits).
_EXCEL_TEXT = '="'


def text_rows(
    lines: Iterable[str], name: str, delimiter: str, *, excel_text: bool = False
) -> Iterator[tuple[int, list[Any]]]:
    """``(line, cells)`` of delimited text, one record at a time; a broken quote or a giant cell
    raises :class:`KnownError` naming the line. With *excel_text* (the file holds ``="…"`` cells,
    seen in its first part), such a cell is read as Excel shows it: the text between the quotes."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    line = 1
    try:
        for record in reader:
            for cell in record:
                if "\n" in cell and delimiter in cell:
                    # A quote opened and closed lines later: several rows read as one cell.
                    raise KnownError(_quote_message(name, line))
            if excel_text:
                record = [c[2:-1] if c[:2] == _EXCEL_TEXT and c[-1:] == '"' else c for c in record]
            cells: list[Any] = [cell if cell.strip() else None for cell in record]
            while cells and cells[-1] is None:
                cells.pop()
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        reason = str(exc)
        if "field limit" in reason:
            message = translate(
                "tabular", "“{name}”第{line}行有一个单元格超过{limit}个字符，不是正常的表格"
            ).format(name=name, line=line, limit=csv.field_size_limit())
        elif "end of data" in reason or "expected after" in reason:
            message = _quote_message(name, line)
        else:
            message = translate("tabular", "“{name}”第{line}行格式有误：{reason}").format(
                name=name, line=line, reason=reason
            )
        raise KnownError(message) from None
