"""Cell values of a clerk's table: blanks, text, numbers and dates as people type them.

Shared by both steps of :mod:`app.tabular`: reading files needs to know a blank cell, and
finding a table converts every data cell to its field's kind. Numbers arrive as floats from
Excel, as "80单位" or "1,234" from people, and sometimes as "八十"; dates as date cells, Excel
serial numbers or text in half a dozen spellings.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Any, Literal

from app.bounds import ANY_NUMBER_MAX
from app.i18n import translate
from app.names import drop_invisible
from app.plans.slots import parse_slot

#: Translation context of every message of :mod:`app.tabular`.

FieldKind = Literal["text", "int", "number", "date", "slot"]

_WHITESPACE = re.compile(r"\s+")


def _blank(cell: Any) -> bool:
    if cell is None:
        return True
    if not isinstance(cell, str):
        return False
    # a cell holding only a zero-width space (pasted from a web page) is as empty as it looks
    return not cell.strip() or (not cell.isprintable() and not drop_invisible(cell).strip())


def _row_has_data(cells: list[Any]) -> bool:
    return any(not _blank(c) for c in cells)


def _text_of(cell: Any) -> str:
    if isinstance(cell, _dt.datetime):
        return cell.isoformat(sep=" ") if cell.time() != _dt.time() else cell.date().isoformat()
    if isinstance(cell, _dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def convert_cell(value: Any, kind: FieldKind, *, default_year: int | None = None) -> Any:
    """Convert one cell to the field's kind; blank (or a dash meaning "none") gives None.

    Raises:
        ValueError: with a Chinese message, e.g. "“八十”不是数字".
    """
    if _blank(value):
        return None
    if isinstance(value, FormulaWithoutValue):
        raise ValueError(value.message())
    if kind == "text":
        return clean_text(value)
    if kind in ("int", "number"):
        number = parse_number(value)
        if number is None:
            return None
        if number < 0:
            raise ValueError(translate("tabular", "不能是负数（{value}）").format(value=_fmt(number)))
        if kind == "int" and isinstance(number, float):
            raise ValueError(translate("tabular", "应为整数，而不是 {value}").format(value=_fmt(number)))
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
    if text.isprintable() and " " not in text:
        return text  # the common case, kept cheap: this runs for every text cell of an import
    # zero-width spaces and other invisible characters go; NBSP and line breaks are whitespace
    text = _WHITESPACE.sub(" ", drop_invisible(text)).strip()  # \s also matches the full-width space U+3000
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
        raise ValueError(translate("tabular", "“{text}”不是数字").format(text=value))
    if isinstance(value, int):
        if abs(value) > ANY_NUMBER_MAX:
            raise ValueError(_too_big(value))
        return value
    if isinstance(value, float):
        if value != value or abs(value) == float("inf"):
            raise ValueError(translate("tabular", "“{text}”不是数字").format(text=value))
        if abs(value) > ANY_NUMBER_MAX:
            raise ValueError(_too_big(value))
        return int(value) if value.is_integer() else value
    if isinstance(value, FormulaWithoutValue):
        raise ValueError(value.message())
    if isinstance(value, _dt.date | _dt.time | _dt.timedelta):
        raise ValueError(translate("tabular", "“{text}”不是数字").format(text=_text_of(value)))
    original = drop_invisible(str(value)).strip()
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", original)).lower()
    if text in _DASHES:
        return None
    if _THOUSANDS_RE.match(text):
        text = text.replace(",", "")
    if len(text) > 40:
        # A million-digit cell is no number anyone typed; float() of it is inf, int() is slow.
        raise ValueError(
            translate("tabular", "“{text}…”不是合理的数字（{n}个字符）").format(
                text=original[:12], n=len(text)
            )
        )
    m = _NUMBER_RE.fullmatch(text)
    if not m:
        raise ValueError(translate("tabular", "“{text}”不是数字").format(text=original))
    number = float(m["num"])
    if abs(number) > ANY_NUMBER_MAX:
        raise ValueError(_too_big(number))
    if m["unit"] == "%":
        number /= 100
    if abs(number - round(number)) < 1e-9:
        return round(number)
    return number


def _too_big(number: float) -> str:
    return translate("tabular", "数值过大（{value}），不是合理的数字").format(value=f"{number:.6g}")


class FormulaWithoutValue:
    """A formula cell saved without its result (written by a program, never opened in Excel).

    Kept as its own value so a row that holds one is refused with a reason instead of the cell
    reading as blank (which would wipe the figure already in the roster).
    """

    __slots__ = ("formula",)

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __repr__(self) -> str:
        return f"FormulaWithoutValue({self.formula!r})"

    def __str__(self) -> str:
        return "=" + self.formula

    def message(self) -> str:
        return translate(
            "tabular", "公式“={formula}”没有计算结果：请在 Excel 或 WPS 中打开该文件，保存后再导入"
        ).format(formula=self.formula[:40])


_EXCEL_EPOCH = _dt.date(1899, 12, 30)
# A time may follow the day: "2024-03-05 09:30", "2024-03-05T09:30", "2024年3月5日9时30分",
# "2024年3月5日上午", "2024/3/5 星期二".
_DATE_RE = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:[ t].*|(?<=日)(?:\d{1,2}[:时点]|[上下中]午|凌晨|早上|晚上|星期|周).*)?"
)
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL_RE = re.compile(r"[1-9]\d{4}(?:\.\d+)?")


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
        if float(value).is_integer() and 19000101 <= value <= 22001231:  # 20200102 typed as a number
            return parse_date(str(int(value)))
        if 1 <= value < 100000 and (float(value).is_integer() or value >= 10000):
            # an Excel serial day number in a General-formatted cell; a fraction is the time of day
            # (of a date after 1927: 1.5 is a duration, not a day)
            return _EXCEL_EPOCH + _dt.timedelta(days=int(value))
        raise ValueError(translate("tabular", "“{text}”不是日期").format(text=_text_of(value)))
    original = drop_invisible(str(value)).strip()
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", original)).strip().lower()
    if _SERIAL_RE.fullmatch(text):  # the serial number as a CSV saved it ("45356", "45356.40625")
        return parse_date(float(text))
    m = _DATE_RE.fullmatch(text) or _COMPACT_DATE_RE.fullmatch(text)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise ValueError(translate("tabular", "“{text}”不是日期").format(text=original))


def _fmt(number: float) -> str:
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, float):
        return f"{number:.6f}".rstrip("0").rstrip(".")
    return str(number)
