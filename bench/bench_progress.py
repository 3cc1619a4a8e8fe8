"""Progress figures for a year in a database of 1,000,000 donations.

    .venv/bin/python -m bench.bench_progress [N] [YEARS]

Generates a county (300 units, a U plan a year with quotas and month/旬/全年 slots) and N
donations (default 1,000,000) spread over YEARS years ending 2023 (default 30: about 33,000 a
year, twice what a prefecture of two million collects, 临夏州 2020 ≈ 4.56 t) with Core bulk
inserts. Then it times `compute_progress` for 2023 against a floor measured in the same process:
a raw sqlite3 GROUP BY over the same rows (2023's donations by unit, category and month, count
and volume). The work grows with the donations of the period read, not with the table.

Then it drops the covering index ``ix_donation_progress`` (migration 0006: month, category,
unit, date, kind, volume, doses, donor) to show what it brings, times again and puts it back.
Each figure is the best of five, wall time and the process's own CPU time; the ratio is taken
on CPU time, since on this shared machine wall time includes waiting for a core. ``XXB_BENCH_DB=path`` keeps the generated file
and reuses it on the next run.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import peak_rss_mb

MONTH_INDEX = (
    "CREATE INDEX ix_donation_progress ON donation (substr(CAST(donated_on AS VARCHAR), 1, 7), "
    "category, unit_id, donated_on, kind, volume_ml, doses, donor_id)"
)


Timing = tuple[float, float]  # wall, cpu seconds


def best(fn: Callable[[], Any], repeat: int = 5) -> tuple[Timing, Any]:
    """The fastest of *repeat* runs by wall time and by CPU time, and the last result."""
    wall = cpu = float("inf")
    result = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
    return (wall, cpu), result


def main(n: int = 1_000_000, years: int = 30) -> None:
    from app.database import open_database
    from app.progress import compute_progress
    from app.progress.queries import donation_groups, donor_counts
    from bench.progress_data import populate_county

    chosen = os.environ.get("XXB_BENCH_DB")
    path = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="xxb-bench-progress-")) / "bench.db"
    reuse = path.exists()
    db = open_database(path, backup=False)
    started = time.perf_counter()
    if reuse:
        from sqlalchemy import select

        from db.models import Plan

        with db.session() as s:
            plans = dict(s.execute(select(Plan.year, Plan.id)).all())
        con = sqlite3.connect(path)  # a run stopped while it was dropped
        con.execute(MONTH_INDEX.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"))
        con.close()
    else:
        plans = populate_county(db, donations=n, years=range(2024 - years, 2024))
    generated = time.perf_counter() - started
    year = max(plans)
    start, end, june = dt.date(year, 1, 1), dt.date(year, 12, 31), dt.date(year, 6, 30)

    def raw_group_by(until: dt.date) -> list:
        con = sqlite3.connect(path)
        rows = con.execute(
            "SELECT unit_id, category, strftime('%m', donated_on), count(*), sum(volume_ml) FROM donation "
            "WHERE donated_on BETWEEN ? AND ? GROUP BY 1, 2, 3",
            (start.isoformat(), until.isoformat()),
        ).fetchall()
        con.close()
        return rows

    def query_groups() -> list:
        with db.session() as s:
            return donation_groups(s, start, end, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))

    def query_donors() -> tuple[int, int]:
        with db.session() as s:
            return donor_counts(s, start, end)

    def measure(label: str) -> list[tuple[str, Timing, Timing | None]]:
        floor, _ = best(lambda: raw_group_by(end))
        floor_june, _ = best(lambda: raw_group_by(june))
        whole_year, _ = best(lambda: compute_progress(db, plans[year], end))
        mid_year, _ = best(lambda: compute_progress(db, plans[year], june))
        grouped, rows = best(query_groups)
        donors, _ = best(query_donors)
        return [
            (f"{label}: raw GROUP BY over {year} (floor)", floor, None),
            (f"{label}: compute_progress, whole year", whole_year, floor),
            (f"{label}: raw GROUP BY to 30 June (floor)", floor_june, None),
            (f"{label}: compute_progress, to 30 June", mid_year, floor_june),
            (f"{label}:   query 1, this year + last ({len(rows[0]) + len(rows[1])} groups)", grouped, floor),
            (f"{label}:   query 2, distinct and first-time donors", donors, floor),
        ]

    progress = compute_progress(db, plans[year], end)
    in_year = progress.totals.tally.donations
    shipped = measure("schema 0006")
    con = sqlite3.connect(path)
    con.execute("DROP INDEX ix_donation_progress")
    con.commit()
    without = measure("- month index")
    con.execute(MONTH_INDEX)
    con.commit()
    con.close()
    what = "reused" if reuse else "generated"
    print(f"{what} {path}: {n:,} donations over {years} years ({in_year:,} in {year}) in {generated:.0f} s")
    print(f"\n## progress for {year} in a table of {n:,} donations (best of 5)")
    print(f"{'operation':58s} {'wall ms':>8s} {'cpu ms':>8s} {'× floor (cpu)':>14s}")
    for name, (wall, cpu), floor in shipped + without:
        ratio = f"{cpu / floor[1]:14.1f}" if floor else "         floor"
        print(f"{name:58s} {wall * 1000:8.1f} {cpu * 1000:8.1f} {ratio}")
    print(f"peak memory {peak_rss_mb():.0f} MB")
    db.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
