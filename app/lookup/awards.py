"""奉献奖 counting (pure): how many donations a donor has by the award rules, and which tiers.

全国无偿献血表彰奖励办法 (2022), with every number taken from the award rule set: whole blood
counts by volume (200 ml = 1, 400 ml = 2), platelets by 治疗量 (1 each), platelet donations before
2010-01-01 count 4 each; bronze/silver/gold at 20/30/40; after the donation that reached gold the
count restarts at zero; the third gold brings 终身荣誉奖, once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from app.lookup.rules import AwardRules


@dataclass(frozen=True)
class AwardDonation:
    donated_on: dt.date
    kind: str  # whole / platelets
    volume_ml: int = 0
    doses: int = 0
    id: int | None = None


@dataclass(frozen=True)
class AwardEvent:
    """A tier reached by the donation of *on*, in counting cycle *cycle* (1, then 2 after a gold…)."""

    tier: str
    on: dt.date
    cycle: int
    count: Fraction  # the count in that cycle when it was reached


@dataclass
class AwardStanding:
    """A donor's counts and the tiers reached up to a day."""

    total: Fraction = Fraction(0)  # every counted donation, never restarted
    cycle_count: Fraction = Fraction(0)  # since the last gold
    golds: int = 0
    events: list[AwardEvent] = field(default_factory=list)

    def best(self, rules: AwardRules, since: dt.date | None = None) -> AwardEvent | None:
        """The highest tier reached (on or after *since*, when given)."""
        rank = tier_rank(rules)
        events = [e for e in self.events if since is None or e.on >= since]
        return max(events, key=lambda e: (rank[e.tier], e.on), default=None)


def tier_rank(rules: AwardRules) -> dict[str, int]:
    rank = {tier: i for i, (tier, _min) in enumerate(rules.tiers)}
    rank[rules.lifetime_tier] = len(rules.tiers)
    return rank


def donation_count(rules: AwardRules, d: AwardDonation) -> Fraction:
    """How much one donation counts: 200 ml = 1 (300 ml = 1.5), 1 治疗量 = 1, old platelets = 4."""
    if d.kind == "platelets":
        if d.donated_on < rules.legacy_platelet_before:
            return Fraction(rules.legacy_platelet_count)
        return Fraction(max(d.doses, 0) * rules.platelet_count_per_dose)
    return Fraction(max(d.volume_ml, 0), rules.whole_ml_per_count)


def standing(rules: AwardRules, donations: Iterable[AwardDonation], until: dt.date) -> AwardStanding:
    """Count donations up to *until* in date order and note each tier as it is reached."""
    result = AwardStanding()
    cycle = 1
    reached: set[str] = set()
    top_tier, top_min = rules.tiers[-1]
    for d in sorted(donations, key=lambda d: (d.donated_on, d.id or 0)):
        if d.donated_on > until:
            break
        c = donation_count(rules, d)
        result.total += c
        result.cycle_count += c
        for tier, minimum in rules.tiers:
            if tier in reached or result.cycle_count < minimum:
                continue
            if cycle > 1 and tier != top_tier and not rules.repeat_lower_tiers:
                continue
            reached.add(tier)
            result.events.append(AwardEvent(tier, d.donated_on, cycle, result.cycle_count))
        if result.cycle_count >= top_min:
            result.golds += 1
            if result.golds == rules.lifetime_after:
                result.events.append(AwardEvent(rules.lifetime_tier, d.donated_on, cycle, result.cycle_count))
            cycle += 1
            result.cycle_count = Fraction(0)
            reached = set()
    return result


def count_value(count: Fraction) -> int | float:
    """A count for JSON and tables: 23 or 23.5."""
    return int(count) if count.denominator == 1 else float(count)
