"""May this donor give blood on that day? GB 18467-2011, applied from a rule set that is data.

The numbers (ages, intervals between kinds, yearly limits) live in
``resources/rules/eligibility/*.json`` with region, effective date and citation, so a new standard
(the 2025 draft revision proposes other ages and intervals) is a new file, not new code. The answer
never blocks: the blood station's doctor decides. It says why (which rule, which earlier donation)
and from which day each kind is allowed again.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.idcard import age_on
from app.errors import KnownError
from app.i18n import translate
from db.models import Donation, Donor

CTX = "eligibility"
KINDS = ("whole", "platelets")
KIND_NAMES = {"whole": "全血", "platelets": "单采血小板"}
RULES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "rules" / "eligibility"


def add_months(day: _dt.date, months: int) -> _dt.date:
    """*day* plus calendar months, clamped to the month's end (8月31日 + 6个月 = 2月28/29日)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return _dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: _dt.date, years: int) -> _dt.date:
    return add_months(day, 12 * years)


@dataclass(frozen=True)
class Interval:
    """The least time from a donation of one kind to the next donation of another."""

    months: int = 0
    days: int = 0
    citation: str = ""

    def after(self, day: _dt.date) -> _dt.date:
        return add_months(day, self.months) + _dt.timedelta(days=self.days)

    @property
    def label(self) -> str:
        if self.months:
            return translate("eligibility", "{n}个月").format(n=self.months)
        if self.days and self.days % 7 == 0:
            return translate("eligibility", "{n}周").format(n=self.days // 7)
        return translate("eligibility", "{n}天").format(n=self.days)


@dataclass(frozen=True)
class RuleSet:
    """One version of the eligibility rules, as loaded from its JSON file."""

    id: str
    version: str
    title: str
    region: str
    region_name: str
    effective_from: _dt.date
    status: str
    citation: str
    age_min: int
    age_max: int
    repeat_age_max: int
    repeat_min_previous: int
    repeat_requires_no_reaction: bool
    age_citation: str
    whole_blood_ml: tuple[int, ...]
    platelet_doses: tuple[int, ...]
    intervals: dict[tuple[str, str], Interval]
    window: str  # rolling / calendar
    platelets_per_year: int | None
    platelet_citation: str
    yearly_whole_blood_ml: int | None
    whole_blood_citation: str
    source: str = ""
    rule_set_id: int | None = None  # the rule_set row (version) it was read from, if any

    def interval(self, previous: str, following: str) -> Interval:
        return self.intervals.get((previous, following), Interval())


@dataclass(frozen=True)
class EligibilityWarning:
    """One reason to hesitate, with the rule it comes from and the first day it no longer holds."""

    code: str  # too_young / too_old / interval / later_interval / platelets_per_year / yearly_volume
    message: str
    kinds: tuple[str, ...]
    next_allowed: _dt.date | None = None
    citation: str = ""


@dataclass(frozen=True)
class Eligibility:
    """The answer for one donor on one day."""

    on: _dt.date
    whole_blood_from: _dt.date | None
    platelets_from: _dt.date | None
    warnings: tuple[EligibilityWarning, ...]
    rules: RuleSet
    age: int | None = None
    last_whole: _dt.date | None = None
    last_platelets: _dt.date | None = None
    previous_count: int = 0

    def warnings_for(self, kind: str | None) -> list[EligibilityWarning]:
        """The warnings that apply to *kind* (all of them for None)."""
        return [w for w in self.warnings if kind is None or kind in w.kinds]

    def may_donate(self, kind: str) -> bool:
        return not self.warnings_for(kind)

    def next_allowed(self, kind: str) -> _dt.date | None:
        return self.whole_blood_from if kind == "whole" else self.platelets_from


@dataclass(frozen=True)
class PastDonation:
    """What eligibility needs to know of an earlier donation."""

    donated_on: _dt.date
    kind: str
    volume_ml: int = 0
    doses: int = 0
    id: int | None = None


# ---------------------------------------------------------------- rule sets (data)


def _rule_set(data: dict, source: str) -> RuleSet:
    try:
        age = data["age"]
        yearly = data.get("yearly", {})
        intervals = {
            (item["from"], item["to"]): Interval(
                months=int(item.get("months", 0)),
                days=int(item.get("days", 0)) + 7 * int(item.get("weeks", 0)),
                citation=item.get("citation", data["citation"]),
            )
            for item in data["intervals"]
        }
        for pair in intervals:
            if pair[0] not in KINDS or pair[1] not in KINDS:
                raise ValueError(f"unknown kind in interval {pair}")
        return RuleSet(
            id=data["id"],
            version=str(data.get("version", "")),
            title=data.get("title", ""),
            region=data.get("region", "national"),
            region_name=data.get("region_name", ""),
            effective_from=_dt.date.fromisoformat(data["effective_from"]),
            status=data.get("status", "in_force"),
            citation=data["citation"],
            age_min=int(age["min"]),
            age_max=int(age["max"]),
            repeat_age_max=int(age.get("repeat_max", age["max"])),
            repeat_min_previous=int(age.get("repeat_min_previous", 1)),
            repeat_requires_no_reaction=bool(age.get("repeat_requires_no_reaction", True)),
            age_citation=age.get("citation", data["citation"]),
            whole_blood_ml=tuple(int(v) for v in data["whole_blood_ml"]),
            platelet_doses=tuple(int(v) for v in data["platelet_doses"]),
            intervals=intervals,
            window=yearly.get("window", "rolling"),
            platelets_per_year=yearly.get("platelet_donations"),
            platelet_citation=yearly.get("platelet_citation", data["citation"]),
            yearly_whole_blood_ml=yearly.get("whole_blood_ml"),
            whole_blood_citation=yearly.get("whole_blood_citation", data["citation"]),
            source=source,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KnownError(
            translate("eligibility", "献血条件规则文件“{name}”有误：{reason}").format(name=source, reason=exc)
        ) from None


def _stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    stats = ((f.name, f.stat()) for f in folder.glob("*.json"))
    return tuple(sorted((name, st.st_mtime_ns, st.st_size) for name, st in stats))


@functools.lru_cache(maxsize=16)
def _load(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> tuple[RuleSet, ...]:
    """The rule sets of *folder*; *stamp* (names and modification times) makes an edited or added
    file take effect without restarting."""
    path = Path(folder)
    sets = []
    for file in sorted(path / name for name, _, _ in stamp):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KnownError(
                translate("eligibility", "无法读取献血条件规则文件“{name}”：{reason}").format(
                    name=file.name, reason=exc
                )
            ) from None
        sets.append(_rule_set(data, file.name))
    return tuple(sets)


def load_rule_sets(folder: Path | None = None, *, include_drafts: bool = False) -> list[RuleSet]:
    """Every rule set in *folder* (default: the shipped ones), oldest first."""
    path = Path(folder or RULES_DIR)
    sets = _load(str(path), _stamp(path))
    chosen = [r for r in sets if include_drafts or r.status != "draft"]
    return sorted(chosen, key=lambda r: (r.effective_from, r.id))


def rules_for(
    on: _dt.date,
    region: str = "national",
    folder: Path | None = None,
    *,
    include_drafts: bool = False,
) -> RuleSet:
    """The rule set in force on *on*: the region's own if it has one, else the national one."""
    sets = load_rule_sets(folder, include_drafts=include_drafts)
    for wanted in dict.fromkeys((region, "national")):
        valid = [r for r in sets if r.region == wanted and r.effective_from <= on]
        if valid:
            return valid[-1]
    raise KnownError(
        translate("eligibility", "没有{day}适用的献血条件规则（规则文件夹：{folder}）").format(
            day=on.isoformat(), folder=folder or RULES_DIR
        )
    )


# ---------------------------------------------------------------- the check itself


def _fmt(day: _dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _in_window(rules: RuleSet, past: _dt.date, on: _dt.date) -> bool:
    if rules.window == "calendar":
        return past.year == on.year
    return add_years(past, 1) > on


def _window_end(rules: RuleSet, past: _dt.date) -> _dt.date:
    """The first day on which *past* no longer counts in the yearly window."""
    if rules.window == "calendar":
        return _dt.date(past.year + 1, 1, 1)
    return add_years(past, 1)


def evaluate(
    rules: RuleSet,
    on: _dt.date,
    history: Iterable[PastDonation],
    *,
    birth_date: _dt.date | None = None,
    had_reaction: bool = False,
    kind: str | None = None,
    volume_ml: int | None = None,
) -> Eligibility:
    """The answer for a donation on *on* (of *kind*, or of either kind when None).

    *history* is the donor's other donations, in any order, earlier and later ones (a donation
    typed in late must also keep its distance from the ones after it).
    """
    donations = sorted(history, key=lambda d: d.donated_on)
    before = [d for d in donations if d.donated_on <= on]
    after = [d for d in donations if d.donated_on > on]
    kinds = (kind,) if kind else KINDS
    warnings: list[EligibilityWarning] = []
    last = {k: max((d.donated_on for d in before if d.kind == k), default=None) for k in KINDS}

    # Intervals from the last donation of each kind.
    allowed: dict[str, _dt.date] = {}
    for following in KINDS:
        start = on
        for previous in KINDS:
            if last[previous] is None:
                continue
            iv = rules.interval(previous, following)
            until = iv.after(last[previous])
            if until > start:
                start = until
            if until > on and following in kinds:
                warnings.append(
                    EligibilityWarning(
                        "interval",
                        translate(
                            "eligibility",
                            "距上次{prev}（{last}）不足{gap}：{next}须在{until}以后（{citation}）",
                        ).format(
                            prev=KIND_NAMES[previous],
                            last=_fmt(last[previous]),
                            gap=iv.label,
                            next=KIND_NAMES[following],
                            until=_fmt(until),
                            citation=iv.citation,
                        ),
                        (following,),
                        until,
                        iv.citation,
                    )
                )
        allowed[following] = start

    # Later donations (an entry typed after the fact) must keep their distance too.
    for following_donation in after:
        for k in kinds:
            iv = rules.interval(k, following_donation.kind)
            if iv.after(on) > following_donation.donated_on:
                warnings.append(
                    EligibilityWarning(
                        "later_interval",
                        translate(
                            "eligibility", "与之后的一次{later}（{day}）间隔不足{gap}（{citation}）"
                        ).format(
                            later=KIND_NAMES[following_donation.kind],
                            day=_fmt(following_donation.donated_on),
                            gap=iv.label,
                            citation=iv.citation,
                        ),
                        (k,),
                        None,
                        iv.citation,
                    )
                )

    # Yearly limits.
    if rules.platelets_per_year is not None and "platelets" in kinds:
        window = sorted(
            d.donated_on for d in before if d.kind == "platelets" and _in_window(rules, d.donated_on, on)
        )
        if len(window) >= rules.platelets_per_year:
            drop = len(window) - rules.platelets_per_year + 1
            until = _window_end(rules, window[drop - 1])
            if until > allowed["platelets"]:
                allowed["platelets"] = until
            warnings.append(
                EligibilityWarning(
                    "platelets_per_year",
                    translate(
                        "eligibility", "一年内已献单采血小板{n}次，已达上限{limit}次（{citation}）"
                    ).format(n=len(window), limit=rules.platelets_per_year, citation=rules.platelet_citation),
                    ("platelets",),
                    until,
                    rules.platelet_citation,
                )
            )
    if rules.yearly_whole_blood_ml is not None and "whole" in kinds:
        wanted = volume_ml or min(rules.whole_blood_ml)
        window = [d for d in before if d.kind == "whole" and _in_window(rules, d.donated_on, on)]
        total = sum(d.volume_ml for d in window)
        if total + wanted > rules.yearly_whole_blood_ml:
            until = None
            remaining = total
            for d in window:
                remaining -= d.volume_ml
                if remaining + wanted <= rules.yearly_whole_blood_ml:
                    until = _window_end(rules, d.donated_on)
                    break
            if until is not None and until > allowed["whole"]:
                allowed["whole"] = until
            warnings.append(
                EligibilityWarning(
                    "yearly_volume",
                    translate(
                        "eligibility", "一年内已献全血{total}ml，再献{wanted}ml将超过{limit}ml（{citation}）"
                    ).format(
                        total=total,
                        wanted=wanted,
                        limit=rules.yearly_whole_blood_ml,
                        citation=rules.whole_blood_citation,
                    ),
                    ("whole",),
                    until,
                    rules.whole_blood_citation,
                )
            )

    # Age.
    age = age_on(birth_date, on) if birth_date else None
    if age is not None:
        if age < rules.age_min:
            adult = add_years(birth_date, rules.age_min)
            for k in KINDS:
                allowed[k] = max(allowed[k], adult)
            warnings.append(
                EligibilityWarning(
                    "too_young",
                    translate(
                        "eligibility", "{age}周岁，未满{min}周岁：{adult}起可献血（{citation}）"
                    ).format(age=age, min=rules.age_min, adult=_fmt(adult), citation=rules.age_citation),
                    kinds,
                    adult,
                    rules.age_citation,
                )
            )
        elif age > rules.age_max:
            repeat = len(before) >= rules.repeat_min_previous
            no_reaction_ok = not (rules.repeat_requires_no_reaction and had_reaction)
            if not (repeat and no_reaction_ok and age <= rules.repeat_age_max):
                if age > rules.repeat_age_max:
                    why = translate("eligibility", "{age}周岁，超过{max}周岁（多次献血者也只到{repeat}周岁）")
                elif not repeat:
                    why = translate(
                        "eligibility", "{age}周岁，超过{max}周岁；首次献血者不能延长到{repeat}周岁"
                    )
                else:
                    why = translate(
                        "eligibility", "{age}周岁，超过{max}周岁；有献血反应史，不能延长到{repeat}周岁"
                    )
                warnings.append(
                    EligibilityWarning(
                        "too_old",
                        why.format(age=age, max=rules.age_max, repeat=rules.repeat_age_max)
                        + translate("eligibility", "（{citation}）").format(citation=rules.age_citation),
                        kinds,
                        None,
                        rules.age_citation,
                    )
                )

    return Eligibility(
        on=on,
        whole_blood_from=allowed["whole"],
        platelets_from=allowed["platelets"],
        warnings=tuple(warnings),
        rules=rules,
        age=age,
        last_whole=last["whole"],
        last_platelets=last["platelets"],
        previous_count=len(before),
    )


def donor_history(session: Session, donor_id: int, *, exclude_id: int | None = None) -> list[PastDonation]:
    """A donor's donations through the (donor_id, donated_on) index."""
    stmt = select(Donation.id, Donation.donated_on, Donation.kind, Donation.volume_ml, Donation.doses).where(
        Donation.donor_id == donor_id
    )
    if exclude_id is not None:
        stmt = stmt.where(Donation.id != exclude_id)
    return [PastDonation(r.donated_on, r.kind, r.volume_ml, r.doses, r.id) for r in session.execute(stmt)]


def check_eligibility(
    db: Database,
    donor_id: int,
    on: _dt.date,
    *,
    kind: str | None = None,
    volume_ml: int | None = None,
    exclude_donation_id: int | None = None,
    rules: RuleSet | None = None,
    region: str = "national",
) -> Eligibility:
    """The answer for a donor in the database (the entry page shows it inline), by the version of
    the rules in force on *on* (see :mod:`app.donations.eligibility_rules`)."""
    from app.donations.eligibility_rules import rules_in

    with db.session() as s:
        donor = s.execute(select(Donor.birth_date, Donor.had_reaction).where(Donor.id == donor_id)).first()
        if donor is None:
            raise KnownError(translate("eligibility", "找不到这位献血者（编号{id}）").format(id=donor_id))
        history = donor_history(s, donor_id, exclude_id=exclude_donation_id)
        rules = rules or rules_in(s, on, region)
    return evaluate(
        rules,
        on,
        history,
        birth_date=donor.birth_date,
        had_reaction=bool(donor.had_reaction),
        kind=kind,
        volume_ml=volume_ml,
    )


def describe(answer: Eligibility) -> list[str]:
    """The warnings as sentences, for the command line and the entry page."""
    return [w.message for w in answer.warnings]
