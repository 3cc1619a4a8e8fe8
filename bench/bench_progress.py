"""Progress figures for a year in a database of 1,000,000 donations.

    .venv/bin/python -m bench.bench_progress [N] [YEARS]

Generates a county (300 units, a U plan a year with quotas and month/旬/全年 slots) and N
donations (default 1,000,000) spread over YEARS years ending 2023 (default 30: about 33,000 a
year, twice what a prefecture of two million collects, 临夏州 2020 ≈ 4.56 t) with Core bulk
inserts. Then it times `compute_progress` for 2023 against a floor measured in the same process:
a raw sqlite3 GROUP BY over the same rows (2023's donations by unit, category and month, count
and volume). The work grows with the donations of the period read, not with the table.

Last, it adds the covering index proposed for a later migration (donated_on, unit_id,
category, kind, volume_ml, doses, donor_id) to this benchmark's database only and times again.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.common import best_of, peak_rss_mb, report

PROPOSED_INDEX = "CREATE INDEX ix_donation_progress ON donation (donated_on, unit_id, category, kind, volume_ml, doses, donor_id)"


def main(n: int = 1_000_000, years: int = 30) -> None:
    from app.database import open_database
    from app.progress import compute_progress
    from app.progress.queries import donation_groups, donor_counts
    from bench.progress_data import populate_county

    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-progress-"))
    db = open_database(tmp / "bench.db")
    started = time.perf_counter()
    plans = populate_county(db, donations=n, years=range(2024 - years, 2024))
    generated = time.perf_counter() - started
    year = max(plans)
    start, end, june = dt.date(year, 1, 1), dt.date(year, 12, 31), dt.date(year, 6, 30)

    def raw_group_by(until: dt.date) -> list:
        con = sqlite3.connect(tmp / "bench.db")
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

    def measure(label: str) -> list[tuple[str, float, float | None]]:
        floor, _ = best_of(lambda: raw_group_by(end), repeat=5)
        floor_june, _ = best_of(lambda: raw_group_by(june), repeat=5)
        whole_year, _ = best_of(lambda: compute_progress(db, plans[year], end), repeat=5)
        mid_year, _ = best_of(lambda: compute_progress(db, plans[year], june), repeat=5)
        grouped, rows = best_of(query_groups, repeat=5)
        donors, _ = best_of(query_donors, repeat=5)
        return [
            (f"{label}: raw GROUP BY over {year} (floor)", floor, None),
            (f"{label}: compute_progress, whole year", whole_year, floor),
            (f"{label}: raw GROUP BY to 30 June (floor)", floor_june, None),
            (f"{label}: compute_progress, to 30 June", mid_year, floor_june),
            (f"{label}:   query 1, this year + last ({len(rows)} groups)", grouped, floor),
            (f"{label}:   query 2, distinct and first-time donors", donors, floor),
        ]

    progress = compute_progress(db, plans[year], end)
    in_year = progress.totals.tally.donations
    shipped = measure("schema 0003")
    con = sqlite3.connect(tmp / "bench.db")
    con.execute(PROPOSED_INDEX)
    con.commit()
    con.close()
    indexed = measure("+ index")
    print(f"generated {n:,} donations over {years} years ({in_year:,} in {year}) in {generated:.0f} s")
    report(shipped + indexed, f"progress for {year} in a table of {n:,} donations")
    print(f"peak memory {peak_rss_mb():.0f} MB")
    db.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
