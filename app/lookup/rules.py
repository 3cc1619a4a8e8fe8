"""Rule sets as typed values: the file schema, and parsing a checked file into dataclasses.

Two kinds live here. ``reimbursement`` (用血费用减免): which relations count, bands of cumulative
volume each granting the donor and the relatives a multiple of each donation's volume within
time windows from the donation date (or "unlimited"), one shared or separate pools for the
relatives, the ml of one 治疗量, and a legacy clause for donations before a cut-off.
``award`` (奉献奖/促进奖): the counting and the thresholds. Both are data (JSON under
``resources/rules/``), checked by :mod:`app.lookup.schema` before they are used.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.i18n import translate
from app.lookup.relations import RELATIONS, SELF
from app.lookup.schema import PERIOD, Field, Problem, parse_date, validate

CTX = "lookup"


# ------------------------------------------------------------------ periods
@dataclass(frozen=True)
class Period:
    """A time span counted from a date: 3 months, 5 years, 90 days."""

    n: int
    unit: str  # d, m, y

    @classmethod
    def parse(cls, text: str) -> Period:
        m = PERIOD.match(text)
        if not m:
            raise ValueError(text)
        return cls(int(m.group(1)), m.group(2))

    def after(self, start: dt.date) -> dt.date:
        """The last day the span covers, counting *start* as day 0 (a window is inclusive).

        A month or year that lacks the day clamps to the month's last day: 2019-11-30 + 3m is
        2020-02-29, 2020-02-29 + 5y is 2025-02-28.
        """
        if self.unit == "d":
            return start + dt.timedelta(days=self.n)
        months = self.n if self.unit == "m" else 12 * self.n
        index = start.month - 1 + months
        year, month = start.year + index // 12, index % 12 + 1
        return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))

    def label(self) -> str:
        unit = {
            "d": translate("lookup", "天"),
            "m": translate("lookup", "个月"),
            "y": translate("lookup", "年"),
        }[self.unit]
        return f"{self.n}{unit}"

    def __str__(self) -> str:
        return f"{self.n}{self.unit}"


# ------------------------------------------------------------------ reimbursement rules
@dataclass(frozen=True)
class Window:
    """Until *until* after the donation date (inclusive; None = for life), *multiplier* × volume."""

    until: Period | None
    multiplier: Fraction


@dataclass(frozen=True)
class Grant:
    """What a pool gets from one donation: unlimited, or a multiple that changes with its age."""

    unlimited: bool
    windows: tuple[Window, ...] = ()

    def describe(self) -> str:
        if self.unlimited:
            return translate("lookup", "终身免费用血，不限量")
        if len(self.windows) == 1 and self.windows[0].until is None:
            m = self.windows[0].multiplier
            if m == 1:
                return translate("lookup", "与献血量等量（终身有效）")
            return translate("lookup", "献血量的{m}倍（终身有效）").format(m=_num(m))
        parts = []
        start = None
        for w in self.windows:
            times = (
                translate("lookup", "等量")
                if w.multiplier == 1
                else translate("lookup", "{m}倍").format(m=_num(w.multiplier))
            )
            if w.until is None and start is None:
                parts.append(translate("lookup", "终身{times}").format(times=times))
            elif w.until is None:
                parts.append(translate("lookup", "{start}后{times}").format(start=start.label(), times=times))
            elif start is None:
                parts.append(translate("lookup", "{end}内{times}").format(end=w.until.label(), times=times))
            else:
                parts.append(
                    translate("lookup", "{start}至{end}{times}").format(
                        start=start.label(), end=w.until.label(), times=times
                    )
                )
            start = w.until
        return translate("lookup", "自献血之日起") + "、".join(parts)


@dataclass(frozen=True)
class Band:
    """From *min_ml* of cumulative volume on, the donor and the relatives get these grants."""

    min_ml: int
    clause: str
    donor: Grant
    relatives: Grant


@dataclass(frozen=True)
class Legacy:
    """Donations before *before* are granted under the older rule."""

    before: dt.date
    clause: str
    counts_toward_bands: bool
    donor: Grant
    relatives: Grant


@dataclass(frozen=True)
class PriorityUse:
    """优先用血: who may be served first in a shortage, under which clause."""

    who: tuple[str, ...]
    clause: str


@dataclass(frozen=True)
class ReimbursementRules:
    """One version of a region's reimbursement rule set, ready for the engine."""

    region: str
    version: str
    name: str
    citation: str
    verified: bool
    effective_from: dt.date
    effective_to: dt.date | None
    relations: tuple[str, ...]
    pool: str  # "shared" or "separate"
    ml_per_dose: int
    bands: tuple[Band, ...]
    legacy: Legacy | None = None
    priority_use: PriorityUse | None = None
    unconfirmed: tuple[str, ...] = ()
    note: str = ""
    rule_set_id: int | None = None

    @property
    def label(self) -> str:
        """陕西 第2版 (未核实) — how answers and claims name the rule set."""
        text = translate("lookup", "{region}规则第{version}版").format(
            region=self.region, version=self.version
        )
        return text if self.verified else text + translate("lookup", "（未核实）")

    @property
    def version_key(self) -> str:
        """What a claim stores as the version it was decided under."""
        return f"{self.region}/{self.version}"

    def band_for(self, cumulative_ml: int) -> Band:
        chosen = self.bands[0]
        for band in self.bands:
            if cumulative_ml >= band.min_ml:
                chosen = band
        return chosen


def _num(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


# ------------------------------------------------------------------ award rules
@dataclass(frozen=True)
class AwardRules:
    """全国无偿献血表彰奖励办法: how donations count and where the tiers start."""

    name: str
    version: str
    citation: str
    verified: bool
    whole_ml_per_count: int
    platelet_count_per_dose: int
    legacy_platelet_before: dt.date
    legacy_platelet_count: int
    tiers: tuple[tuple[str, int], ...]  # (铜奖, 20), (银奖, 30), (金奖, 40), ascending
    restart_after: str  # the tier after which the count restarts (金奖)
    lifetime_tier: str  # 终身荣誉奖
    lifetime_after: int  # golds
    repeat_lower_tiers: bool
    unit_window_years: int
    unit_min_donations: int
    unit_min_staff_share: float
    unit_alt_min_donations: int
    rule_set_id: int | None = None


# ------------------------------------------------------------------ schemas
def _windows_check(windows: list[dict[str, Any]]) -> str | None:
    last_days = -1
    for i, w in enumerate(windows):
        until = w.get("until")
        if until is None:
            if i != len(windows) - 1:
                return translate("lookup", "只有最后一个时段可以不设期限（until 为 null）")
            continue
        p = Period.parse(until)
        days = p.after(dt.date(2001, 1, 1)).toordinal()
        if days <= last_days:
            return translate("lookup", "各时段的期限应从短到长排列")
        last_days = days
    return None


def _grant_check(grant: dict[str, Any]) -> str | None:
    unlimited = grant.get("unlimited", False)
    windows = grant.get("windows")
    if unlimited and windows:
        return translate("lookup", "unlimited 与 windows 只能二选一")
    if not unlimited and not windows:
        return translate("lookup", '应写 "unlimited": true 或给出 windows（按献血后时段的倍数）')
    return None


def _grant(label: str) -> Field:
    window = Field(
        translate("lookup", "时段"),
        "object",
        fields={
            "until": Field(translate("lookup", "自献血之日起的期限，null 为终身"), "period", nullable=True),
            "multiplier": Field(translate("lookup", "献血量的倍数"), "number", minimum=0),
        },
    )
    return Field(
        label,
        "object",
        fields={
            "unlimited": Field(translate("lookup", "不限量"), "bool", required=False),
            "windows": Field(
                translate("lookup", "按献血后时段的倍数"),
                "list",
                required=False,
                item=window,
                min_items=1,
                check=_windows_check,
            ),
        },
        check=_grant_check,
    )


def _bands_check(bands: list[dict[str, Any]]) -> str | None:
    mins = [b["min_ml"] for b in bands]
    if mins[0] != 0:
        return translate("lookup", "第一档的累计献血量下限应为 0")
    if any(b <= a for a, b in itertools.pairwise(mins)):
        return translate("lookup", "各档的累计献血量下限应从小到大排列且不重复")
    return None


def _relations_check(relations: list[str]) -> str | None:
    unknown = [r for r in relations if r not in RELATIONS]
    if unknown:
        return translate("lookup", "不认识的亲属关系：{unknown}（可用：{known}）").format(
            unknown="、".join(unknown), known="、".join(RELATIONS)
        )
    if len(set(relations)) != len(relations):
        return translate("lookup", "亲属关系有重复")
    return None


def _who_check(who: list[str]) -> str | None:
    unknown = [r for r in who if r != SELF and r not in RELATIONS]
    return (
        translate("lookup", "不认识的关系：{unknown}").format(unknown="、".join(unknown)) if unknown else None
    )


def _header(kind: str) -> dict[str, Field]:
    return {
        "kind": Field(translate("lookup", "规则种类"), "str", choices=(kind,)),
        "region": Field(translate("lookup", "适用地区"), "str"),
        "name": Field(translate("lookup", "规则名称"), "str"),
        "version": Field(translate("lookup", "版本"), "str"),
        "effective_from": Field(translate("lookup", "生效日期"), "date"),
        "effective_to": Field(translate("lookup", "失效日期"), "date", required=False, nullable=True),
        "citation": Field(translate("lookup", "依据（文件名称、文号、条款）"), "str"),
        "verified": Field(translate("lookup", "已核实"), "bool"),
        "note": Field(translate("lookup", "说明"), "str", required=False),
    }


def _dates_check(data: dict[str, Any]) -> str | None:
    start, end = parse_date(data["effective_from"]), data.get("effective_to")
    if end is not None and start is not None and parse_date(end) < start:
        return translate("lookup", "失效日期早于生效日期")
    return None


REIMBURSEMENT_SCHEMA = Field(
    translate("lookup", "用血费用减免规则"),
    "object",
    fields={
        **_header("reimbursement"),
        "params": Field(
            translate("lookup", "规则参数"),
            "object",
            fields={
                "relations": Field(
                    translate("lookup", "可享受的亲属关系"),
                    "list",
                    item=Field(translate("lookup", "亲属关系"), "str"),
                    check=_relations_check,
                ),
                "pool": Field(
                    translate("lookup", "亲属额度共用或各自计算"), "str", choices=("shared", "separate")
                ),
                "ml_per_dose": Field(translate("lookup", "1个治疗量血小板折合毫升数"), "int", minimum=1),
                "bands": Field(
                    translate("lookup", "按累计献血量分档"),
                    "list",
                    min_items=1,
                    check=_bands_check,
                    item=Field(
                        translate("lookup", "分档"),
                        "object",
                        fields={
                            "min_ml": Field(translate("lookup", "累计献血量下限（毫升）"), "int", minimum=0),
                            "clause": Field(translate("lookup", "适用条款"), "str"),
                            "donor": _grant(translate("lookup", "献血者本人")),
                            "relatives": _grant(translate("lookup", "亲属")),
                        },
                    ),
                ),
                "legacy": Field(
                    translate("lookup", "旧规则（截止日期前的献血）"),
                    "object",
                    required=False,
                    nullable=True,
                    fields={
                        "before": Field(translate("lookup", "旧规则截止日期（此日前的献血适用）"), "date"),
                        "clause": Field(translate("lookup", "适用条款"), "str"),
                        "counts_toward_bands": Field(translate("lookup", "是否计入累计献血量分档"), "bool"),
                        "donor": _grant(translate("lookup", "献血者本人")),
                        "relatives": _grant(translate("lookup", "亲属")),
                    },
                ),
                "priority_use": Field(
                    translate("lookup", "优先用血"),
                    "object",
                    required=False,
                    nullable=True,
                    fields={
                        "who": Field(
                            translate("lookup", "可优先用血的人"),
                            "list",
                            min_items=1,
                            item=Field(translate("lookup", "关系"), "str"),
                            check=_who_check,
                        ),
                        "clause": Field(translate("lookup", "适用条款"), "str"),
                    },
                ),
                "unconfirmed": Field(
                    translate("lookup", "尚待核实的参数"),
                    "list",
                    required=False,
                    item=Field(translate("lookup", "参数名"), "str"),
                ),
            },
        ),
    },
    check=_dates_check,
)


AWARD_SCHEMA = Field(
    translate("lookup", "献血表彰奖励规则"),
    "object",
    fields={
        **_header("award"),
        "params": Field(
            translate("lookup", "规则参数"),
            "object",
            fields={
                "whole_ml_per_count": Field(translate("lookup", "全血多少毫升计1次"), "int", minimum=1),
                "platelet_count_per_dose": Field(
                    translate("lookup", "血小板1个治疗量计几次"), "int", minimum=0
                ),
                "legacy_platelet_before": Field(translate("lookup", "此日前的血小板捐献按次计"), "date"),
                "legacy_platelet_count": Field(
                    translate("lookup", "此前每次血小板捐献计几次"), "int", minimum=0
                ),
                "tiers": Field(
                    translate("lookup", "奖项与次数"),
                    "list",
                    min_items=1,
                    item=Field(
                        translate("lookup", "奖项"),
                        "object",
                        fields={
                            "tier": Field(translate("lookup", "奖项名称"), "str"),
                            "min_count": Field(translate("lookup", "达到次数"), "int", minimum=1),
                        },
                    ),
                    check=lambda tiers: (
                        None
                        if all(a["min_count"] < b["min_count"] for a, b in itertools.pairwise(tiers))
                        else translate("lookup", "各奖项的次数应从小到大排列")
                    ),
                ),
                "lifetime_tier": Field(translate("lookup", "终身奖项名称"), "str"),
                "lifetime_after": Field(translate("lookup", "获最高奖项几次后授终身奖"), "int", minimum=1),
                "repeat_lower_tiers": Field(translate("lookup", "重新计数后是否再评较低奖项"), "bool"),
                "unit_window_years": Field(translate("lookup", "促进奖统计年数"), "int", minimum=1),
                "unit_min_donations": Field(translate("lookup", "促进奖最少献血人次"), "int", minimum=1),
                "unit_min_staff_share": Field(
                    translate("lookup", "促进奖献血人次占职工数比例"), "number", minimum=0
                ),
                "unit_alt_min_donations": Field(
                    translate("lookup", "促进奖（不论比例）最少献血人次"), "int", minimum=1
                ),
            },
        ),
    },
    check=_dates_check,
)

SCHEMAS = {"reimbursement": REIMBURSEMENT_SCHEMA, "award": AWARD_SCHEMA}


def check_rule_data(data: Any) -> list[Problem]:
    """Every problem of a rule file's content; the kind decides which schema applies."""
    if not isinstance(data, dict):
        return [Problem("（文件）", "", translate("lookup", "应为一个 JSON 对象 {…}"))]
    if data.get("kind") == "eligibility":  # its schema lives beside its loader (app/donations)
        from app.donations.eligibility_rules import ELIGIBILITY_SCHEMA

        return validate(data, ELIGIBILITY_SCHEMA)
    schema = SCHEMAS.get(data.get("kind"))
    if schema is None:
        return [
            Problem(
                "kind",
                translate("lookup", "规则种类"),
                translate("lookup", "应为 {kinds} 之一，实为 {value}").format(
                    kinds="、".join((*SCHEMAS, "eligibility")), value=repr(data.get("kind"))
                ),
            )
        ]
    return validate(data, schema)


# ------------------------------------------------------------------ parsing (after checking)
def _parse_grant(raw: dict[str, Any]) -> Grant:
    if raw.get("unlimited"):
        return Grant(unlimited=True)
    return Grant(
        unlimited=False,
        windows=tuple(
            Window(
                until=Period.parse(w["until"]) if w["until"] is not None else None,
                multiplier=Fraction(str(w["multiplier"])),
            )
            for w in raw["windows"]
        ),
    )


def reimbursement_rules(data: dict[str, Any], rule_set_id: int | None = None) -> ReimbursementRules:
    """A checked reimbursement file (or rule_set row as a dict) as engine input."""
    p = data["params"]
    legacy = p.get("legacy")
    priority = p.get("priority_use")
    return ReimbursementRules(
        region=data["region"],
        version=str(data["version"]),
        name=data["name"],
        citation=data["citation"],
        verified=bool(data["verified"]),
        effective_from=dt.date.fromisoformat(str(data["effective_from"])),
        effective_to=dt.date.fromisoformat(str(data["effective_to"])) if data.get("effective_to") else None,
        relations=tuple(p["relations"]),
        pool=p["pool"],
        ml_per_dose=int(p["ml_per_dose"]),
        bands=tuple(
            Band(
                min_ml=b["min_ml"],
                clause=b["clause"],
                donor=_parse_grant(b["donor"]),
                relatives=_parse_grant(b["relatives"]),
            )
            for b in p["bands"]
        ),
        legacy=Legacy(
            before=dt.date.fromisoformat(legacy["before"]),
            clause=legacy["clause"],
            counts_toward_bands=legacy["counts_toward_bands"],
            donor=_parse_grant(legacy["donor"]),
            relatives=_parse_grant(legacy["relatives"]),
        )
        if legacy
        else None,
        priority_use=PriorityUse(who=tuple(priority["who"]), clause=priority["clause"]) if priority else None,
        unconfirmed=tuple(p.get("unconfirmed", ())),
        note=data.get("note", "") or "",
        rule_set_id=rule_set_id,
    )


def award_rules(data: dict[str, Any], rule_set_id: int | None = None) -> AwardRules:
    """A checked award file as the counting's input."""
    p = data["params"]
    tiers = tuple((t["tier"], t["min_count"]) for t in p["tiers"])
    return AwardRules(
        name=data["name"],
        version=str(data["version"]),
        citation=data["citation"],
        verified=bool(data["verified"]),
        whole_ml_per_count=p["whole_ml_per_count"],
        platelet_count_per_dose=p["platelet_count_per_dose"],
        legacy_platelet_before=dt.date.fromisoformat(p["legacy_platelet_before"]),
        legacy_platelet_count=p["legacy_platelet_count"],
        tiers=tiers,
        restart_after=tiers[-1][0],
        lifetime_tier=p["lifetime_tier"],
        lifetime_after=p["lifetime_after"],
        repeat_lower_tiers=p["repeat_lower_tiers"],
        unit_window_years=p["unit_window_years"],
        unit_min_donations=p["unit_min_donations"],
        unit_min_staff_share=float(p["unit_min_staff_share"]),
        unit_alt_min_donations=p["unit_alt_min_donations"],
        rule_set_id=rule_set_id,
    )
