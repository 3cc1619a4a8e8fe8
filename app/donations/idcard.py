"""居民身份证号 (GB 11643-1999): check digit, 15→18 conversion, birth date and sex.

Hand-written on purpose (PITFALLS.md §7): python-stdnum rejects valid numbers whose region code
was abolished (440524… 潮阳县), which real clerks still meet. The region code is therefore not
checked; the check digit, length, characters and birth date are, each with a message that tells
the clerk what is wrong and how it probably happened (a digit miscopied, Excel storing the number
as a number and losing the last digits, a lower-case x).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from operator import mul
from typing import Any

from app.donations.masking import mask_id
from app.i18n import translate
from app.names import drop_invisible

CTX = "idcard"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_SPACES = re.compile(r"[\s\-_'‘’`]+")
_ID18 = re.compile(r"\d{17}[\dX]")
_ID15 = re.compile(r"\d{15}")
_PLAIN = re.compile(r"[0-9]{17}[0-9X]")
#: The earliest birth date accepted: older numbers are typing errors.
EARLIEST_BIRTH = _dt.date(1900, 1, 1)


class IdNumberError(ValueError):
    """An ID number that cannot be right; ``str(error)`` is a Chinese sentence for the clerk."""


@dataclass(frozen=True)
class IdInfo:
    """A checked 18-digit number with what is written inside it."""

    number: str  # 18 characters, X upper-case
    birth_date: _dt.date
    sex: str  # 男 / 女
    region: str  # the first six digits (行政区划代码 at the time of issue; informational only)
    converted: bool = False  # given as an old 15-digit number

    def age_on(self, day: _dt.date) -> int:
        """Full years on *day*."""
        return age_on(self.birth_date, day)


def age_on(birth: _dt.date, day: _dt.date) -> int:
    """Full years between *birth* and *day* (a person born on 29 February turns a year older on
    1 March in common years)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def check_digit(first17: str) -> str:
    """The 18th character for the first 17 digits: ``"10X98765432"[Σ(digit × weight) mod 11]``."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("check_digit needs exactly 17 digits")
    return _CHECK_CHARS[sum(map(mul, map(int, first17), _WEIGHTS)) % 11]


def clean_id(value: Any) -> str:
    """The number as text: full-width digits folded, spaces/dashes/quotes and invisible characters
    dropped, x upper-cased.

    A leading apostrophe (Excel's "store as text" mark) and spaces a clerk typed to group digits
    (6124 0119 9001 …) are removed; nothing else is changed, so a wrong character is still reported.
    """
    if value is None:
        return ""
    if type(value) is str and _PLAIN.fullmatch(value):
        return value  # the common case: 18 ASCII digits, nothing to clean
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = drop_invisible(unicodedata.normalize("NFKC", str(value)))  # a zero-width space pasted in
    return _SPACES.sub("", text).upper()


def convert_15_to_18(number15: str) -> str:
    """An old 15-digit number as 18 digits: "19" inserted before the year, check digit added."""
    if not _ID15.fullmatch(number15):
        raise IdNumberError(translate("idcard", "旧身份证号应为15位数字"))
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_digit(first17)


def _birth_date(digits: str, today: _dt.date) -> _dt.date:
    try:
        birth = _dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise IdNumberError(
            translate("idcard", "身份证号中的出生日期“{digits}”不存在（第7–14位）").format(digits=digits)
        ) from None
    if birth < EARLIEST_BIRTH:
        raise IdNumberError(
            translate("idcard", "身份证号中的出生日期“{digits}”早于1900年，应是抄错了").format(digits=digits)
        )
    if birth > today:
        raise IdNumberError(
            translate("idcard", "身份证号中的出生日期“{digits}”在今天之后，应是抄错了").format(digits=digits)
        )
    return birth


def parse_id(value: Any, *, today: _dt.date | None = None) -> IdInfo:
    """Check an ID number and read what is inside it; 15-digit numbers come back as 18 digits.

    *value* may be a cell as read from a workbook: a number cell with 16 or more digits is refused,
    because Excel keeps only 15 significant digits and the last ones are already lost.

    Raises:
        IdNumberError: empty, wrong length or characters, an impossible birth date, or a wrong
            check digit, with a Chinese message.
    """
    today = today or _dt.date.today()
    if isinstance(value, bool):
        raise IdNumberError(translate("idcard", "身份证号不能是“{value}”").format(value=value))
    numeric = isinstance(value, int | float)
    text = clean_id(value)
    if not text:
        raise IdNumberError(translate("idcard", "缺少身份证号"))
    if numeric and len(text) >= 16:
        raise IdNumberError(
            translate(
                "idcard",
                "身份证号“{text}”在 Excel 中被存成了数字，后几位已丢失：请把这一列设为“文本”格式后重新导出或重新录入",
            ).format(text=_shown(text))
        )
    if "E+" in text and numeric is False and re.fullmatch(r"\d(\.\d+)?E\+\d+", text):
        raise IdNumberError(
            translate(
                "idcard", "身份证号“{text}”是 Excel 的科学计数法，后几位已丢失：请把这一列设为“文本”格式"
            ).format(text=_shown(text))
        )
    bad = [] if _PLAIN.fullmatch(text) else [c for c in text if not (c.isdigit() or c == "X")]
    if bad:
        raise IdNumberError(
            translate("idcard", "身份证号“{text}”含有不应出现的字符“{chars}”").format(
                text=_shown(text), chars="".join(dict.fromkeys(bad))
            )
        )
    if len(text) == 15:
        if "X" in text:
            raise IdNumberError(
                translate("idcard", "15位旧身份证号“{text}”只能是数字").format(text=_shown(text))
            )
        number = convert_15_to_18(text)
        birth = _birth_date(number[6:14], today)
        return IdInfo(number, birth, _sex(number), number[:6], converted=True)
    if len(text) != 18:
        raise IdNumberError(
            translate("idcard", "身份证号应为18位（或旧的15位），“{text}”是{n}位").format(
                text=_shown(text), n=len(text)
            )
        )
    if not _ID18.fullmatch(text):
        raise IdNumberError(
            translate("idcard", "身份证号“{text}”只有最后一位可以是 X").format(text=_shown(text)),
        )
    birth = _birth_date(text[6:14], today)
    expected = check_digit(text[:17])
    if text[17] != expected:
        raise IdNumberError(
            translate(
                "idcard",
                "身份证号“{text}”校验码不对：按前17位，第18位应为“{expected}”，这里是“{actual}”，可能有一位数字抄错了",
            ).format(text=_shown(text), expected=expected, actual=text[17])
        )
    return IdInfo(text, birth, _sex(text), text[:6])


def _shown(text: str) -> str:
    """The number as a reason quotes it: through the one display function for personal numbers
    (masked), unless too few digits are left to identify anyone ("6.12401E+17")."""
    return mask_id(text) if sum(c.isdigit() for c in text) >= 12 else text


def _sex(number18: str) -> str:
    return "男" if int(number18[16]) % 2 == 1 else "女"


def is_valid_id(value: Any) -> bool:
    """Whether :func:`parse_id` accepts *value*."""
    try:
        parse_id(value)
    except IdNumberError:
        return False
    return True


def looks_like_id(text: str) -> bool:
    """Whether a search text has the shape of an ID number (15 digits, or 17 digits and a digit/X),
    whatever its check digit: such text is looked up as a number, never as a name."""
    cleaned = clean_id(text)
    return bool(_ID18.fullmatch(cleaned) or _ID15.fullmatch(cleaned))


def canonical_id(text: str) -> str | None:
    """The 18-digit form of a valid number (15-digit converted), or None: for look-ups."""
    try:
        return parse_id(text).number
    except IdNumberError:
        return None
