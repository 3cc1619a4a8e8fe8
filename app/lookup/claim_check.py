"""Checking a new claim before it is recorded: how much of it its pool covers, and whether it
would leave an earlier-recorded later claim short (claims are replayed in date order, so a claim
entered late for an early day can take what a later claim had drawn)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.lookup.engine import (
    POOL_SEPARATE,
    ClaimFact,
    ClaimLine,
    DonationFact,
    Entitlement,
    RelativeFact,
    _belongs,
    ledger,
)
from app.lookup.relations import SELF
from app.lookup.rules import ReimbursementRules


@dataclass
class ClaimCheck:
    """What recording a new claim would do to its pool."""

    pool: Entitlement | None  # before the claim, on its day; None: the person is not covered
    covered_ml: int
    short_ml: int
    unlimited: bool
    broken: list[ClaimLine]  # later claims, fully covered before, that would fall short


def check_claim(
    rules: ReimbursementRules,
    donations: Iterable[DonationFact],
    claims: Iterable[ClaimFact],
    new: ClaimFact,
    relatives: Iterable[RelativeFact] = (),
) -> ClaimCheck:
    """Replay the pool with *new* added: how much of it is covered, and whom it would starve."""
    donations = list(donations)
    claims = list(claims)
    relatives = list(relatives)
    if new.id is None:
        new = ClaimFact(
            -1, new.used_on, new.who, new.ml, new.relative_id, new.name, new.override, new.invoice_no
        )
    if (
        new.who != SELF
        and rules.pool == POOL_SEPARATE
        and not any(_belongs(new, r) for r in relatives)
        and (new.relative_id is not None or new.name)
    ):
        relatives.append(RelativeFact(new.relative_id, new.who, new.name))
    before = ledger(rules, donations, claims, new.used_on, relatives)
    pool = before.pool_for(new.who, new.relative_id, new.name)
    if pool is None:
        return ClaimCheck(None, 0, new.ml, False, [])
    last = max([c.used_on for c in claims] + [new.used_on])
    old = ledger(rules, donations, claims, last, relatives).pool_for(new.who, new.relative_id, new.name)
    after = ledger(rules, donations, [*claims, new], last, relatives).pool_for(
        new.who, new.relative_id, new.name
    )
    assert old is not None and after is not None
    mine = next(c for c in after.claims if c.claim_id == new.id)
    was_short = {c.claim_id for c in old.claims if c.short_ml > 0}
    broken = [
        c
        for c in after.claims
        if c.short_ml > 0 and c is not mine and c.claim_id not in was_short and not c.override
    ]
    return ClaimCheck(pool, mine.covered_ml, mine.short_ml, mine.unlimited, broken)
