"""The entitlement engine: what a donor and each relative may still use free, until when, and why.

Pure Python on plain values (no database, no Qt), so every rule set's worked cases are tests.

The ledger, as the rule files describe it:

* Every counted donation (platelets converted by the rule set's ml per 治疗量) grants each pool
  a multiple of its volume that depends on the donation's age on the day of use: a window
  ``until 3m`` covers the donation day up to and including the day three months later.
* The band (cumulative volume up to that day) decides the multiples, or "unlimited".
  Donations before the legacy cut-off are granted under the legacy clause instead.
* Claims are replayed in date order. A claim draws on the donations still granting something
  on its day, those whose current window ends first before the others. What a claim could not
  draw (an override) is recorded as short and is not carried to later donations.
* On the asked day a pool's remaining is the sum, over donations, of what the donation grants
  that day minus what claims drew from it (never below zero); unlimited pools have no number.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from app.i18n import translate
from app.lookup.relations import SELF
from app.lookup.rules import Band, Grant, Period, ReimbursementRules

CTX = "lookup"

POOL_DONOR = "donor"
POOL_SHARED = "shared"
POOL_SEPARATE = "separate"


# ------------------------------------------------------------------ inputs
@dataclass(frozen=True)
class DonationFact:
    """One donation as the engine needs it."""

    id: int | None
    donated_on: dt.date
    kind: str  # whole / platelets
    volume_ml: int = 0
    doses: int = 0


@dataclass(frozen=True)
class ClaimFact:
    """One recorded claim: who used how much on which day."""

    id: int | None
    used_on: dt.date
    who: str  # 本人 or the relation
    ml: int
    relative_id: int | None = None
    name: str = ""
    override: bool = False
    invoice_no: str = ""


@dataclass(frozen=True)
class RelativeFact:
    """A relative on record (or one asked about before being recorded: id None)."""

    id: int | None
    relation: str
    name: str


# ------------------------------------------------------------------ outputs
@dataclass
class DonationLine:
    """One donation in a pool's why-trace, as of the asked day."""

    donation_id: int | None
    donated_on: dt.date
    kind: str
    counted_ml: int
    legacy: bool
    multiplier: Fraction | None  # None: the pool is unlimited
    granted_ml: int | None
    used_ml: int
    remaining_ml: int | None
    lapses_on: dt.date | None  # last day something of it remains; None: never / nothing left


@dataclass
class ClaimLine:
    """One claim in a pool's why-trace: what it drew and from which donations."""

    claim_id: int | None
    used_on: dt.date
    who: str
    name: str
    ml: int
    covered_ml: int
    short_ml: int
    override: bool
    unlimited: bool
    invoice_no: str = ""
    drawn: list[tuple[int | None, int]] = field(default_factory=list)  # (donation id, ml)


@dataclass
class Change:
    """From *on* the pool's remaining becomes *remaining_ml* (windows ending or widening)."""

    on: dt.date
    remaining_ml: int


@dataclass
class Entitlement:
    """What one pool (the donor, a relative, or the relatives' shared pool) has left."""

    who: str  # 本人, a relation, or the relations of a shared pool joined with 、
    name: str | None
    relative_id: int | None
    pool: str  # donor / shared / separate
    remaining_ml: int | None  # None = unlimited
    until: dt.date | None
    clause: str
    rule_label: str
    cumulative_ml: int
    donations: list[DonationLine]
    claims: list[ClaimLine]
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def unlimited(self) -> bool:
        return self.remaining_ml is None and bool(self.donations)

    @property
    def why(self) -> str:
        from app.lookup.why import explain

        return explain(self)


@dataclass
class Ledger:
    """Every pool of one donor on one day under one rule set."""

    rules: ReimbursementRules
    on: dt.date
    cumulative_ml: int
    band: Band
    entitlements: list[Entitlement]

    def pool_for(self, who: str, relative_id: int | None = None, name: str = "") -> Entitlement | None:
        """The pool a claim by *who* (本人 or a relation) would draw on, or None if not covered."""
        for e in self.entitlements:
            if who == SELF:
                mine = e.pool == POOL_DONOR
            elif e.pool == POOL_SHARED:
                mine = who in self.rules.relations
            else:
                mine = e.pool == POOL_SEPARATE and e.who == who and _same_person(e, relative_id, name)
            if mine:
                return e
        return None


def _same_person(e: Entitlement, relative_id: int | None, name: str) -> bool:
    if relative_id is not None and e.relative_id is not None:
        return relative_id == e.relative_id
    if e.name is None:  # the row for a relation nobody is recorded under
        return relative_id is None
    return relative_id is None and e.name == name


# ------------------------------------------------------------------ basics
def counted_ml(rules: ReimbursementRules, d: DonationFact) -> int:
    """Whole blood by its volume; platelets by 治疗量 × the rule set's ml per dose."""
    if d.kind == "platelets":
        return max(d.doses, 0) * rules.ml_per_dose
    return max(d.volume_ml, 0)


def is_legacy(rules: ReimbursementRules, d: DonationFact) -> bool:
    return rules.legacy is not None and d.donated_on < rules.legacy.before


def cumulative_ml(rules: ReimbursementRules, donations: Iterable[DonationFact], on: dt.date) -> int:
    """The volume that places the donor in a band on *on*."""
    return sum(
        counted_ml(rules, d)
        for d in donations
        if d.donated_on <= on and (not is_legacy(rules, d) or rules.legacy.counts_toward_bands)
    )


def _grant(rules: ReimbursementRules, band: Band, d: DonationFact, donor: bool) -> Grant:
    if is_legacy(rules, d):
        return rules.legacy.donor if donor else rules.legacy.relatives
    return band.donor if donor else band.relatives


def _multiplier(grant: Grant, donated_on: dt.date, day: dt.date) -> tuple[Fraction, dt.date | None]:
    """The multiple granted on *day* and the last day of the window it falls in."""
    for w in grant.windows:
        if w.until is None:
            return w.multiplier, None
        end = _after(w.until, donated_on)
        if day <= end:
            return w.multiplier, end
    return Fraction(0), None


@functools.lru_cache(maxsize=1 << 16)
def _after(period: Period, start: dt.date) -> dt.date:
    """The last day of a window from *start* (cached: the ledger asks for the same ends often)."""
    return period.after(start)


def _granted(ml: int, multiplier: Fraction) -> int:
    """floor(ml × multiplier), exactly, in integers (a Fraction product costs ten times more)."""
    return ml * multiplier.numerator // multiplier.denominator


def _ends(grant: Grant, donated_on: dt.date) -> list[dt.date]:
    return [_after(w.until, donated_on) for w in grant.windows if w.until is not None]


# ------------------------------------------------------------------ one pool
class _Pool:
    """Replays one pool's claims over the donor's donations."""

    def __init__(self, rules: ReimbursementRules, donations: Sequence[DonationFact], donor: bool) -> None:
        self.rules = rules
        self.donations = donations
        self.donor = donor
        self.used = [0] * len(donations)

    def band(self, day: dt.date) -> Band:
        return self.rules.band_for(cumulative_ml(self.rules, self.donations, day))

    def unlimited(self, day: dt.date) -> bool:
        band = self.band(day)
        grant = band.donor if self.donor else band.relatives
        return grant.unlimited and any(d.donated_on <= day for d in self.donations)

    def available(self, i: int, band: Band, day: dt.date) -> tuple[int, dt.date | None]:
        d = self.donations[i]
        if d.donated_on > day:
            return 0, None
        grant = _grant(self.rules, band, d, self.donor)
        if grant.unlimited:
            return 0, None
        mult, end = _multiplier(grant, d.donated_on, day)
        return max(0, _granted(counted_ml(self.rules, d), mult) - self.used[i]), end

    def draw(self, claim: ClaimFact) -> ClaimLine:
        line = ClaimLine(
            claim_id=claim.id,
            used_on=claim.used_on,
            who=claim.who,
            name=claim.name,
            ml=claim.ml,
            covered_ml=0,
            short_ml=0,
            override=claim.override,
            unlimited=False,
            invoice_no=claim.invoice_no,
        )
        day = claim.used_on
        if self.unlimited(day):
            line.covered_ml, line.unlimited = claim.ml, True
            return line
        band = self.band(day)
        offers = []
        for i in range(len(self.donations)):
            amount, end = self.available(i, band, day)
            if amount > 0:
                offers.append((end or dt.date.max, self.donations[i].donated_on, i, amount))
        need = claim.ml
        for _end, _donated, i, amount in sorted(offers):
            if need <= 0:
                break
            take = min(amount, need)
            self.used[i] += take
            need -= take
            line.drawn.append((self.donations[i].id, take))
        line.covered_ml = claim.ml - need
        line.short_ml = need
        return line

    def remaining(self, band: Band, day: dt.date) -> int:
        return sum(self.available(i, band, day)[0] for i in range(len(self.donations)))

    def lines(self, band: Band, day: dt.date, unlimited: bool) -> list[DonationLine]:
        out = []
        for i, d in enumerate(self.donations):
            if d.donated_on > day:
                continue
            ml = counted_ml(self.rules, d)
            grant = _grant(self.rules, band, d, self.donor)
            if unlimited or grant.unlimited:
                out.append(
                    DonationLine(
                        d.id, d.donated_on, d.kind, ml, is_legacy(self.rules, d), None, None, 0, None, None
                    )
                )
                continue
            mult, _end = _multiplier(grant, d.donated_on, day)
            granted = _granted(ml, mult)
            remaining = max(0, granted - self.used[i])
            lapses = None
            if remaining > 0:
                for w in grant.windows:
                    end = _after(w.until, d.donated_on) if w.until else None
                    if end is not None and end < day:
                        continue
                    if _granted(ml, w.multiplier) > self.used[i]:
                        lapses = end
                    if end is None:
                        break
            out.append(
                DonationLine(
                    d.id,
                    d.donated_on,
                    d.kind,
                    ml,
                    is_legacy(self.rules, d),
                    mult,
                    granted,
                    self.used[i],
                    remaining,
                    lapses,
                )
            )
        return out

    def future(self, band: Band, day: dt.date, now: int) -> tuple[list[Change], dt.date | None]:
        """How the remaining changes after *day* with no new donation or claim, and the lapse day."""
        boundaries = sorted(
            {
                end + dt.timedelta(days=1)
                for d in self.donations
                if d.donated_on <= day
                for end in _ends(_grant(self.rules, band, d, self.donor), d.donated_on)
                if end >= day
            }
        )
        changes: list[Change] = []
        value = now
        for b in boundaries:
            r = self.remaining(band, b)
            if r != value:
                changes.append(Change(b, r))
                value = r
        if now == 0 or value > 0:
            return changes, None
        last_zero_start = None
        for c in changes:
            last_zero_start = c.on if c.remaining_ml == 0 else None
        return changes, last_zero_start - dt.timedelta(days=1) if last_zero_start else None


# ------------------------------------------------------------------ the ledger
def _belongs(claim: ClaimFact, rel: RelativeFact) -> bool:
    if claim.relative_id is not None and rel.id is not None:
        return claim.relative_id == rel.id
    return claim.who == rel.relation and claim.name == rel.name


def _entitlement(
    rules: ReimbursementRules,
    donations: Sequence[DonationFact],
    claims: Iterable[ClaimFact],
    on: dt.date,
    *,
    donor: bool,
    who: str,
    name: str | None,
    relative_id: int | None,
    pool: str,
) -> Entitlement:
    donations = [d for d in donations if d.donated_on <= on]  # nothing given after *on* counts
    p = _Pool(rules, donations, donor)
    claim_lines = [p.draw(c) for c in sorted(claims, key=lambda c: (c.used_on, c.id or 0)) if c.used_on <= on]
    cum = cumulative_ml(rules, donations, on)
    band = rules.band_for(cum)
    counted = [d for d in donations if d.donated_on <= on]
    unlimited = p.unlimited(on)
    remaining = None if unlimited else p.remaining(band, on)
    changes, until = ([], None) if unlimited else p.future(band, on, remaining or 0)
    clause = band.clause
    if any(is_legacy(rules, d) for d in counted):
        clause = f"{clause}；{rules.legacy.clause}"
    return Entitlement(
        who=who,
        name=name,
        relative_id=relative_id,
        pool=pool,
        remaining_ml=remaining if counted else 0,
        until=until,
        clause=clause,
        rule_label=rules.label,
        cumulative_ml=cum,
        donations=p.lines(band, on, unlimited),
        claims=claim_lines,
        changes=changes,
        notes=_notes(rules, counted, donor),
    )


def _notes(rules: ReimbursementRules, counted: Sequence[DonationFact], donor: bool) -> list[str]:
    notes = []
    if not rules.verified:
        notes.append(translate("lookup", "此规则集为预设，尚未核实，结果仅供参考。"))
    unconfirmed = set(rules.unconfirmed)
    if "ml_per_dose" in unconfirmed and any(d.kind == "platelets" for d in counted):
        notes.append(
            translate("lookup", "血小板按每治疗量{ml}毫升折算，此折算尚未核实。").format(ml=rules.ml_per_dose)
        )
    if "legacy.counts_toward_bands" in unconfirmed and any(is_legacy(rules, d) for d in counted):
        notes.append(translate("lookup", "旧规则期间的献血计入累计献血量，此做法尚未核实。"))
    if not donor and rules.pool == POOL_SEPARATE:
        notes.append(translate("lookup", "每位亲属各自计算额度。"))
    return notes


def _same_as(blank: Entitlement, relation: str, rel: RelativeFact) -> Entitlement:
    """*blank*'s answer for another relative without claims (lines are never changed once made,
    so the copies share them)."""
    twin = copy.copy(blank)
    twin.who, twin.name, twin.relative_id = relation, rel.name or None, rel.id
    twin.donations, twin.claims = list(blank.donations), []
    twin.changes, twin.notes = list(blank.changes), list(blank.notes)
    return twin


def ledger(
    rules: ReimbursementRules,
    donations: Iterable[DonationFact],
    claims: Iterable[ClaimFact],
    on: dt.date,
    relatives: Iterable[RelativeFact] = (),
) -> Ledger:
    """The donor's and every relative's entitlement on *on* under *rules*.

    Separate pools give one row per recorded relative of a covered relation, and one row
    (name None) for each covered relation with nobody recorded under it yet.
    """
    donations = sorted(donations, key=lambda d: (d.donated_on, d.id or 0))
    claims = list(claims)
    cum = cumulative_ml(rules, donations, on)
    rows = [
        _entitlement(
            rules,
            donations,
            [c for c in claims if c.who == SELF],
            on,
            donor=True,
            who=SELF,
            name=None,
            relative_id=None,
            pool=POOL_DONOR,
        )
    ]
    if rules.pool == POOL_SHARED:
        rows.append(
            _entitlement(
                rules,
                donations,
                [c for c in claims if c.who != SELF],
                on,
                donor=False,
                who="、".join(rules.relations),
                name=None,
                relative_id=None,
                pool=POOL_SHARED,
            )
        )
    else:
        recorded = [r for r in relatives if r.relation in rules.relations]
        blank: Entitlement | None = None  # every relative without claims has the same numbers
        for relation in rules.relations:
            people = [r for r in recorded if r.relation == relation] or [RelativeFact(None, relation, "")]
            for rel in people:
                mine = [c for c in claims if c.who != SELF and _belongs(c, rel)]
                if not mine and blank is not None:
                    rows.append(_same_as(blank, relation, rel))
                    continue
                row = _entitlement(
                    rules,
                    donations,
                    mine,
                    on,
                    donor=False,
                    who=relation,
                    name=rel.name or None,
                    relative_id=rel.id,
                    pool=POOL_SEPARATE,
                )
                blank = row if not mine else blank
                rows.append(row)
    return Ledger(rules=rules, on=on, cumulative_ml=cum, band=rules.band_for(cum), entitlements=rows)
