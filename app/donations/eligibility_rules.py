"""Eligibility rule sets (GB 18467) kept as versions in the database, like the other kinds.

The standard's own file (``resources/rules/eligibility/*.json``: ages, intervals, yearly limits)
is loaded into ``rule_set`` as kind ``eligibility`` (region 全国) in the common file form, so an
administrator copies, edits, saves a draft and activates it with the same services as the
reimbursement and award rules (:mod:`app.lookup.rule_editing`), and every answer names the
version it used. This module holds the schema that checks an edit (its problems name the place:
第2条间隔·月数), the two conversions between the standard's file and the common form, and the
pick of the version in force, which turns a row into the loader's :class:`RuleSet`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.donations.eligibility import KINDS, RuleSet, _rule_set, rules_for
from app.errors import KnownError
from app.i18n import translate
from app.lookup.rules import _dates_check, _header
from app.lookup.schema import Field
from db.models import RuleSet as RuleSetRow

CTX = "eligibility"
NATIONAL = "全国"


# ------------------------------------------------------------------ the schema
def _age_check(age: dict[str, Any]) -> str | None:
    if not age["min"] < age["max"] <= age["repeat_max"]:
        return translate("eligibility", "应为 最低年龄 < 最高年龄 ≤ 多次献血者最高年龄")
    return None


def _interval_check(item: dict[str, Any]) -> str | None:
    if not (item.get("months") or item.get("days") or item.get("weeks")):
        return translate("eligibility", "月数与天数不能都为 0")
    return None


def _intervals_check(items: list[dict[str, Any]]) -> str | None:
    pairs = [(i["from"], i["to"]) for i in items]
    if len(set(pairs)) != len(pairs):
        return translate("eligibility", "同一对献血种类的间隔只能写一次")
    return None


def _ascending(values: list[int]) -> str | None:
    if any(b <= a for a, b in itertools.pairwise(values)):
        return translate("eligibility", "应从小到大排列且不重复")
    return None


def _schema() -> Field:
    return Field(
        translate("eligibility", "献血条件规则"),
        "object",
        fields={
            **_header("eligibility"),
            "params": Field(
                translate("eligibility", "规则参数"),
                "object",
                fields={
                    "standard": Field(translate("eligibility", "标准编号"), "str"),
                    "age": Field(
                        translate("eligibility", "年龄"),
                        "object",
                        check=_age_check,
                        fields={
                            "min": Field(translate("eligibility", "最低年龄（周岁）"), "int", minimum=1),
                            "max": Field(translate("eligibility", "最高年龄（周岁）"), "int", minimum=1),
                            "repeat_max": Field(
                                translate("eligibility", "多次献血者最高年龄（周岁）"), "int", minimum=1
                            ),
                            "repeat_min_previous": Field(
                                translate("eligibility", "延长年龄须已献血次数"), "int", minimum=0
                            ),
                            "repeat_requires_no_reaction": Field(
                                translate("eligibility", "延长年龄须无献血反应史"), "bool"
                            ),
                            "citation": Field(translate("eligibility", "年龄依据"), "str", required=False),
                        },
                    ),
                    "whole_blood_ml": Field(
                        translate("eligibility", "全血每次献血量（毫升）"),
                        "list",
                        min_items=1,
                        item=Field(translate("eligibility", "献血量（毫升）"), "int", minimum=1),
                        check=_ascending,
                    ),
                    "platelet_doses": Field(
                        translate("eligibility", "单采血小板每次治疗量"),
                        "list",
                        min_items=1,
                        item=Field(translate("eligibility", "治疗量"), "int", minimum=1),
                        check=_ascending,
                    ),
                    "intervals": Field(
                        translate("eligibility", "献血间隔"),
                        "list",
                        min_items=1,
                        check=_intervals_check,
                        item=Field(
                            translate("eligibility", "间隔"),
                            "object",
                            check=_interval_check,
                            fields={
                                "from": Field(translate("eligibility", "前次献血种类"), "str", choices=KINDS),
                                "to": Field(translate("eligibility", "下次献血种类"), "str", choices=KINDS),
                                "months": Field(
                                    translate("eligibility", "月数"), "int", required=False, minimum=0
                                ),
                                "days": Field(
                                    translate("eligibility", "天数"), "int", required=False, minimum=0
                                ),
                                "weeks": Field(
                                    translate("eligibility", "周数"), "int", required=False, minimum=0
                                ),
                                "citation": Field(translate("eligibility", "依据"), "str", required=False),
                            },
                        ),
                    ),
                    "yearly": Field(
                        translate("eligibility", "每年上限"),
                        "object",
                        required=False,
                        fields={
                            "window": Field(
                                translate("eligibility", "一年的算法"), "str", choices=("rolling", "calendar")
                            ),
                            "platelet_donations": Field(
                                translate("eligibility", "单采血小板每年最多次数"),
                                "int",
                                required=False,
                                nullable=True,
                                minimum=1,
                            ),
                            "platelet_citation": Field(
                                translate("eligibility", "血小板次数依据"), "str", required=False
                            ),
                            "whole_blood_ml": Field(
                                translate("eligibility", "全血每年最多毫升"),
                                "int",
                                required=False,
                                nullable=True,
                                minimum=1,
                            ),
                            "whole_blood_citation": Field(
                                translate("eligibility", "全血总量依据"), "str", required=False
                            ),
                        },
                    ),
                },
            ),
        },
        check=_dates_check,
    )


ELIGIBILITY_SCHEMA = _schema()

_PARAMS = ("age", "whole_blood_ml", "platelet_doses", "intervals", "yearly")


# ------------------------------------------------------------------ the two file forms
def is_standard_file(data: Any) -> bool:
    """The standard's own form (``gb18467-2011.json``), not yet the common rule-set form."""
    return isinstance(data, dict) and "kind" not in data and "intervals" in data and "age" in data


def common_form(data: dict[str, Any]) -> dict[str, Any]:
    """The standard's file in the common form the rule-set services check, store and edit."""
    region = data.get("region_name") or data.get("region") or NATIONAL
    return {
        "kind": "eligibility",
        "region": NATIONAL if region == "national" else region,
        "name": data.get("title") or data.get("id", ""),
        "version": str(data.get("version", "1")),
        "effective_from": data.get("effective_from"),
        "effective_to": data.get("effective_to"),
        "citation": data.get("citation", ""),
        "verified": data.get("status", "in_force") != "draft",
        "note": data.get("note", "") or "",
        "params": {"standard": data.get("id", ""), **{k: data[k] for k in _PARAMS if k in data}},
    }


def standard_form(data: dict[str, Any]) -> dict[str, Any]:
    """A rule-set row's data back in the form the loader (:func:`_rule_set`) reads."""
    p = data["params"]
    return {
        "id": p.get("standard", ""),
        "version": str(data["version"]),
        "title": data["name"],
        "region": "national" if data["region"] == NATIONAL else data["region"],
        "region_name": data["region"],
        "effective_from": str(data["effective_from"]),
        "status": "in_force",
        "citation": data["citation"],
        "note": data.get("note", ""),
        **{k: p[k] for k in _PARAMS if k in p},
    }


def eligibility_rules(data: dict[str, Any], rule_set_id: int | None = None) -> RuleSet:
    """A checked rule-set row (common form) as the check's input, carrying its row id."""
    source = translate("eligibility", "{region}第{version}版").format(
        region=data["region"], version=data["version"]
    )
    return dataclasses.replace(_rule_set(standard_form(data), source), rule_set_id=rule_set_id)


# ------------------------------------------------------------------ the version in force
def rules_in(session: Session, on: _dt.date, region: str = "national") -> RuleSet:
    """The eligibility rules in force on *on* for *region* (else the national ones): the activated
    version or an older one whose dates cover *on*; drafts wait until activated.

    Reading never writes: until the shipped rule sets are loaded into the database (the first
    rule-set service does that), the shipped file answers, with no ``rule_set_id``."""
    from app.lookup.rulesets import _parsed_rules, _pick

    wanted = NATIONAL if region in ("national", "") else region
    for name in dict.fromkeys((wanted, NATIONAL)):
        try:
            rule_set_id, created = _pick(session, "eligibility", name, on)
        except KnownError:
            if name != NATIONAL:
                continue
            if session.scalar(select(RuleSetRow.id).where(RuleSetRow.kind == "eligibility").limit(1)):
                raise
            return rules_for(on, region)
        return _parsed_rules(session, rule_set_id, created, eligibility_rules)
    raise AssertionError("unreachable")  # pragma: no cover
