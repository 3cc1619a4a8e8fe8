"""The certificate lookup with its entitlement computation on a million donations.

    .venv/bin/python -m bench.bench_lookup [DONATIONS]

Generates a database of DONATIONS donations (default 1,000,000) over a quarter as many donors,
with Core bulk inserts in one transaction, a few thousand relatives and claims, then times:

* the floor: raw sqlite3, the two indexed queries any lookup needs (献血证号 → donor, the donor's
  donations by the (donor_id, donated_on) index);
* ``lookup(db, 献血证号)`` and ``lookup(db, 身份证号)``: search, donor card, history, relatives,
  claims, the rule set in force and the engine, in one read transaction;
* ``engine.ledger`` alone on the same facts; ``record_claim`` (check + write + audit);
* ``award_candidates`` over the whole table.

Each lookup is timed over many random donors; p50 and p95 are printed with the ratio of p95 to
the floor's p95 measured in the same run (the target: lookup p95 ≤ 5 ms), as wall time and as the
process's CPU time (on a shared machine wall time includes waiting for a core).
``XXB_BENCH_DB=/path/lookup.db`` keeps the generated file and reuses it on the next run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import peak_rss_mb

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "建国秀英丽华明军伟芳敏静强磊洋艳勇杰娟涛超霞平刚桂英红梅玉兰志强海燕文斌晓东春"


def _check_digit(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def make_database(path: Path, donations: int, seed: int = 11) -> dict[str, Any]:
    """A migrated database with *donations* rows; returns samples to query and how long it took."""
    from sqlalchemy import insert

    from app.database import open_database
    from app.pinyin import search_key
    from db.models import Claim, Donation, Donor, Relative

    rng = random.Random(seed)
    start = time.perf_counter()
    db = open_database(path)
    n_donors = max(donations // 4, 1)
    names = [rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(_GIVEN) for _ in range(3000)]
    keys = {name: search_key(name) for name in set(names)}
    donors = []
    for i in range(n_donors):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=i // 1000)  # (birth, order) unique per donor
        first17 = f"612401{birth:%Y%m%d}{i % 1000:03d}"
        name = names[i % len(names)]
        donors.append(
            {
                "id": i + 1,
                "id_number": first17 + _check_digit(first17),
                "name": name,
                "py_initials": keys[name],
                "sex": "男" if i % 2 else "女",
                "abo": rng.choice("ABO"),
                "rh": "+",
                "phone": f"138{i:08d}",
            }
        )
    rows = []
    day0 = dt.date(2000, 1, 1).toordinal()
    for k in range(donations):
        donor = rng.randrange(n_donors) + 1
        platelets = rng.random() < 0.1
        rows.append(
            {
                "donor_id": donor,
                "donated_on": dt.date.fromordinal(day0 + rng.randrange(9000)),
                "kind": "platelets" if platelets else "whole",
                "volume_ml": 0 if platelets else rng.choice((200, 300, 400)),
                "doses": rng.choice((1, 2)) if platelets else 0,
                "certificate_no": f"C{k:09d}",
            }
        )
    relatives = [
        {
            "donor_id": d,
            "relation": rng.choice(("配偶", "父母", "子女")),
            "name": "亲属" + str(d),
            "evidence": "户口本",
        }
        for d in rng.sample(range(1, n_donors + 1), min(5000, n_donors))
    ]
    claims = [
        {
            "donor_id": d,
            "who": "本人",
            "name": donors[d - 1]["name"],
            "ml": 200,
            "used_on": dt.date(2020, 1, 1),
            "invoice_no": f"F{j:08d}",
            "rule_version": "陕西/1",
        }
        for j, d in enumerate(rng.sample(range(1, n_donors + 1), min(5000, n_donors)))
    ]
    with db.session() as s:
        s.execute(insert(Donor), donors)
        for i in range(0, len(rows), 100_000):
            s.execute(insert(Donation), rows[i : i + 100_000])
        s.execute(insert(Relative), relatives)
        s.execute(insert(Claim), claims)
    seconds = time.perf_counter() - start
    return {"db": db, "seconds": seconds, **samples(path, rng)}


def samples(path: Path, rng: random.Random, n: int = 400) -> dict[str, Any]:
    """Random donations' 献血证号, their donors' ID numbers and ids, read back from the file."""
    con = sqlite3.connect(str(path))
    (count,) = con.execute("SELECT max(id) FROM donation").fetchone()
    rows = [
        con.execute(
            "SELECT d.certificate_no, p.id_number, p.id FROM donation d JOIN donor p ON p.id = d.donor_id "
            "WHERE d.id = ?",
            (rng.randrange(1, count + 1),),
        ).fetchone()
        for _ in range(n)
    ]
    (donors,) = con.execute("SELECT count(*) FROM donor").fetchone()
    con.close()
    return {
        "certificates": [r[0] for r in rows],
        "ids": [r[1] for r in rows],
        "donor_ids": [r[2] for r in rows],
        "n_donors": donors,
        "n_donations": count,
    }


def _times(
    fn: Callable[[Any], Any], args: list[Any], warm: int = 20
) -> tuple[list[float], list[float], float]:
    """Wall and CPU seconds per call, and the share of calls the scheduler preempted (an
    involuntary context switch during the call). On a shared machine wall time includes waiting
    for a core; the process's own CPU time is what the code costs."""
    for a in args[:warm]:
        fn(a)
    wall, cpu, preempted = [], [], 0
    for a in args:
        switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
        t, c = time.perf_counter(), time.thread_time()
        fn(a)
        cpu.append(time.thread_time() - c)
        wall.append(time.perf_counter() - t)
        preempted += resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw > switches
    return wall, cpu, preempted / max(len(args), 1)


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1]


def main(donations: int = 1_000_000) -> None:
    from app.lookup import engine
    from app.lookup.award_list import award_candidates
    from app.lookup.claims import ClaimInput, record_claim
    from app.lookup.entitlements import lookup
    from app.lookup.facts import claim_facts, claims_of, donations_of, relative_facts, relatives_of
    from app.lookup.rulesets import ensure_presets, pick_reimbursement

    keep = os.environ.get("XXB_BENCH_DB")  # reuse a generated file between runs (generation is slow)
    path = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="xxb-bench-lookup-")) / "lookup.db"
    if path.exists():
        from app.database import open_database

        data = {"db": open_database(path), "seconds": 0.0, **samples(path, random.Random(11))}
    else:
        data = make_database(path, donations)
    db = data["db"]
    donations = data["n_donations"]
    ensure_presets(db)
    on = dt.date(2025, 6, 30)

    con = sqlite3.connect(str(path))

    def floor(cert: str) -> list:
        (donor,) = con.execute("SELECT donor_id FROM donation WHERE certificate_no = ?", (cert,)).fetchone()
        return con.execute(
            "SELECT id, donated_on, kind, volume_ml, doses FROM donation WHERE donor_id = ? ORDER BY donated_on",
            (donor,),
        ).fetchall()

    load_before = os.getloadavg()
    raw = _times(floor, data["certificates"])
    by_cert = _times(lambda c: lookup(db, c, on, "陕西"), data["certificates"])
    by_id = _times(lambda n: lookup(db, n, on, "湖南"), data["ids"])

    with db.session() as s:
        rules = pick_reimbursement(s, "陕西", on)
        facts = []
        for donor in data["donor_ids"]:
            rows = donations_of(s, donor)
            facts.append(
                (
                    [f for f, _c, _u in rows],
                    claim_facts(claims_of(s, donor)),
                    relative_facts(relatives_of(s, donor)),
                )
            )
    pure = _times(lambda f: engine.ledger(rules, f[0], f[1], on, f[2]), facts)
    claim_ids = data["donor_ids"][:100]
    claim = _times(
        lambda d: record_claim(db, ClaimInput(d, "本人", 1, dt.date(2025, 6, 1), override_reason="bench")),
        claim_ids,
        warm=0,
    )
    load_after = os.getloadavg()
    t = time.perf_counter()
    awards = award_candidates(db, on)
    award_seconds = time.perf_counter() - t

    floor_wall, floor_cpu = _p95(raw[0]), _p95(raw[1])
    print(
        f"\n## Lookup on {donations:,} donations, {data['n_donors']:,} donors (generated in {data['seconds']:.1f} s)"
    )
    print(
        f"{'operation':52s} {'wall p50':>9s} {'wall p95':>9s} {'cpu p50':>8s} {'cpu p95':>8s} {'× floor':>8s}"
        f" {'preempted':>10s}   (ms)"
    )
    for name, (wall, cpu, preempted) in (
        ("raw sqlite3: 献血证号 → donor → donations (floor)", raw),
        ("lookup(献血证号), 陕西, with entitlements", by_cert),
        ("lookup(身份证号), 湖南, with entitlements", by_id),
        ("engine.ledger alone (facts in memory)", pure),
        ("record_claim (check, write, audit; one transaction)", claim),
    ):
        print(
            f"{name:52s} {statistics.median(wall) * 1000:9.2f} {_p95(wall) * 1000:9.2f} "
            f"{statistics.median(cpu) * 1000:8.2f} {_p95(cpu) * 1000:8.2f} {_p95(wall) / floor_wall:8.0f}"
            f" {preempted:10.0%}"
        )
    print(
        f"(× floor: wall p95 over the floor's wall p95, {floor_wall * 1000:.3f} ms; cpu floor {floor_cpu * 1000:.3f} ms)"
    )
    print(
        f"award_candidates over every donation: {award_seconds:.2f} s, "
        f"{len(awards.donors)} donors, {len(awards.units)} units"
    )
    print(
        f"load average (1, 5, 15 min) before the timings {load_before[0]:.2f} {load_before[1]:.2f} "
        f"{load_before[2]:.2f}, after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} "
        f"on {os.cpu_count()} cores"
    )
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    db.close()
    con.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
