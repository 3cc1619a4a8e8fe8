"""Sane ranges for the numbers and years the program takes in.

A quota of 2^62 fits in SQLite but overflows the first SUM over it, a year 0 has no date, and a
million-digit cell is no number anyone meant. Every number that enters (an import cell, a dialog,
the command line) is checked against its field's range here, so a bad value is a refused row or a
one-line message, never a crash later in a report.
"""

from __future__ import annotations

from app.errors import InputError, RowProblem
from app.i18n import translate

YEAR_MIN = 1990
YEAR_MAX = 2100

#: Largest value per field. Generous for any county (a city's roster, a target in ml), far below
#: the 2^63 that SQLite holds, so sums over thousands of rows never overflow.
MAXIMUM: dict[str, int] = {
    "population": 100_000_000,
    "staff": 10_000_000,
    "total_staff": 10_000_000,
    "amount": 100_000_000,  # a quota (U, 人次 or ml)
    "month_total": 1_000_000_000,
    "total": 1_000_000_000,  # a plan's target, a split's total
    "step": 1_000_000,
    "floor": 100_000_000,
    "minimum": 100_000_000,
    "number": 1_000_000,  # 发文序号
    "id": 2**31 - 1,  # a record number (plan, unit, merge, claim)
    "limit": 1_000_000,  # rows a listing shows
    "ml": 1_000_000,  # blood used in one claim
}
#: Above this a cell is not a number for any field (the reader's own sanity bound).
ANY_NUMBER_MAX = 10**15


def year_problem(year: object) -> str | None:
    """Why *year* is not a working year, or None."""
    if isinstance(year, bool) or not isinstance(year, int):
        return translate("bounds", "年度应为整数，而不是“{year}”").format(year=year)
    if not YEAR_MIN <= year <= YEAR_MAX:
        return translate("bounds", "年度{year}不在{lo}—{hi}年之间").format(
            year=year, lo=YEAR_MIN, hi=YEAR_MAX
        )
    return None


def check_year(year: object, label: str = "") -> int:
    """*year* itself, or InputError naming the field when it is outside 1990–2100."""
    problem = year_problem(year)
    if problem:
        raise InputError(problem, [RowProblem(0, label or translate("bounds", "年度"), problem)])
    return year  # type: ignore[return-value]


def number_problem(key: str, value: object) -> str | None:
    """Why *value* is out of range for field *key* (see :data:`MAXIMUM`), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return translate("bounds", "“{value}”不是数字").format(value=value)
    if value != value or value in (float("inf"), float("-inf")):
        return translate("bounds", "“{value}”不是数字").format(value=value)
    if value < 0:
        return translate("bounds", "不能是负数（{value}）").format(value=value)
    limit = MAXIMUM.get(key, ANY_NUMBER_MAX)
    if value > limit:
        return translate("bounds", "数值过大（{value}），不能超过{limit}").format(
            value=_short(value), limit=limit
        )
    return None


def check_number(key: str, value: object, label: str) -> object:
    """*value* itself, or InputError naming *label* when it is out of range for *key*."""
    problem = number_problem(key, value)
    if problem:
        raise InputError(translate("bounds", "“{label}”{problem}").format(label=label, problem=problem), [])
    return value


def _short(value: int | float) -> str:
    text = f"{value:.6g}" if isinstance(value, float) else str(value)
    return text if len(text) <= 24 else text[:10] + "…" + text[-4:]
