"""Argument types that refuse out-of-range numbers at the command line, with a one-line reason.

``--year 0`` has no date, ``--total`` beyond 64 bits overflows SQLite: argparse turns the
ArgumentTypeError raised here into exit 2 and a message, before any file is opened.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from app.bounds import MAXIMUM, YEAR_MAX, YEAR_MIN


def bounded_int(key: str, minimum: int = 0) -> Callable[[str], int]:
    """An int argument between *minimum* and the field's maximum in app.bounds.MAXIMUM."""
    maximum = MAXIMUM[key]

    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text) <= 30 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(f"“{text[:30]}”不是整数")
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"{value if len(str(value)) <= 20 else '数值'}不在{minimum}—{maximum}之间"
            )
        return value

    parse.__name__ = "整数"
    return parse


def year(text: str) -> int:
    """A working year between 1990 and 2100."""
    try:
        value = int(text.strip()) if len(text) <= 10 else None
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"“{text[:30]}”不是年份")
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise argparse.ArgumentTypeError(f"年度{value}不在{YEAR_MIN}—{YEAR_MAX}年之间")
    return value


def fraction(text: str) -> float:
    """A share between 0 and 1, such as 0.2 (not nan, not inf)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:30]}”不是小数") from None
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"比例应在0到1之间，如0.2，而不是{text[:30]}")
    return value


year.__name__ = "年份"
fraction.__name__ = "比例"
