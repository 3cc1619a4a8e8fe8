"""Helpers shared by the lookup tests (tests/app/lookup/): valid ID numbers, the shipped presets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.donations.idcard import check_digit
from app.lookup.rulesets import RULES_DIR

D = dt.date


def make_id(birth: dt.date, seq: int = 12, male: bool = True, region: str = "612401") -> str:
    """A valid 18-digit ID number (check digit computed)."""
    order = f"{seq % 100:02d}{1 if male else 2}"
    first17 = f"{region}{birth:%Y%m%d}{order}"
    return first17 + check_digit(first17)


def preset(name: str) -> dict:
    """A shipped reimbursement rule file's content, e.g. ``preset("shaanxi-1")``."""
    return json.loads((RULES_DIR / "reimbursement" / f"{name}.json").read_text(encoding="utf-8"))


def rule_file(tmp_path: Path, data: dict, name: str = "rule.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
