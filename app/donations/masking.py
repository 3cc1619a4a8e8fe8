"""One display function for personal numbers: ID numbers and phones are masked on screen, in
exports and in prints (6124**********123X, 138****5678).

Every place that shows a donor's ID number or phone calls :func:`mask` (or the two helpers it is
made of), so when roles that may see the full numbers arrive with a later issue there is one place
to decide. Look-ups still take the full number: masking is for display only.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

MaskKind = Literal["auto", "id", "phone"]

_ID_SHAPE = re.compile(r"\d{17}[\dXx]|\d{15}")
_DIGIT_RUN = re.compile(r"\d[\d\- ]*\d")


def mask_id(number: str) -> str:
    """An ID number with all but the first four and last four characters as ``*``:
    ``612401199001011234`` → ``6124**********1234`` (18 characters stay 18). Short or empty
    text is masked entirely but for its last character, so nothing readable leaks."""
    text = unicodedata.normalize("NFKC", number or "").strip().upper()
    if not text:
        return ""
    if len(text) >= 12:
        return text[:4] + "*" * (len(text) - 8) + text[-4:]
    if len(text) <= 1:
        return "*"
    return "*" * (len(text) - 1) + text[-1]


def _mask_digits(run: str) -> str:
    """Digits of one phone number: keep the first three and the last four (mobile 138****5678),
    a landline keeps its area code and last four (0915-***4567); short numbers keep the last two."""
    digits = [i for i, c in enumerate(run) if c.isdigit()]
    n = len(digits)
    head = run.split("-")[0].strip() if "-" in run else ""
    if head.isdigit() and head.startswith("0") and 3 <= len(head) <= 4:
        keep = set(digits[: len(head)]) | set(digits[-4:])
    elif n >= 11:
        keep = set(digits[:3]) | set(digits[-4:])
    elif n >= 7:
        keep = set(digits[-4:])
    else:
        keep = set(digits[-2:])
    return "".join(c if (not c.isdigit() or i in keep) else "*" for i, c in enumerate(run))


def mask_phone(phone: str) -> str:
    """Every number in a phone field masked on its own ("13800001111/0915-3212345" keeps both
    shapes); words around them (手机, 办) are kept."""
    text = unicodedata.normalize("NFKC", phone or "").strip()
    if not text:
        return ""
    return _DIGIT_RUN.sub(lambda m: _mask_digits(m.group(0)), text)


def mask(value: str | None, kind: MaskKind = "auto", *, reveal: bool = False) -> str:
    """The text to show for a personal number. *kind* ``"auto"`` treats a value shaped like an ID
    number (18 or 15 digits) as one and anything else as phones. ``reveal=True`` is for the
    later roles that may see numbers in full; everything else masks."""
    text = (value or "").strip()
    if reveal or not text:
        return text
    if kind == "id" or (kind == "auto" and _ID_SHAPE.fullmatch(unicodedata.normalize("NFKC", text))):
        return mask_id(text)
    return mask_phone(text)
