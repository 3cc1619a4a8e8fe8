"""Progress figures for a year over 1,000,000 donations.

    .venv/bin/python -m bench.bench_progress [N]

Generates a county (300 units, a U plan a year 2019–2023 with quotas and slots) and N donations
(default 1,000,000, a fifth of them in each year) with Core bulk inserts, then times
`compute_progress` for 2023 against a floor measured in the same process: a raw sqlite3 GROUP BY
over the same rows (the year's donations by unit, category and month, with count and volume).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.common import best_of, peak_rss_mb, report


def main(n: int = 1_000_000) -> None:
    from app.database import open_database
    from app.progress import compute_progress
    from app.progress.queries import donation_groups, donor_counts
    from bench.progress_data import populate_county

    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-progress-"))
    db = open_database(tmp / "bench.db")
    started = time.perf_counter()
    plans = populate_county(db, donations=n)
    generated = time.perf_counter() - started
    year = max(plans)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)

    def raw_group_by() -> list:
        con = sqlite3.connect(tmp / "bench.db")
        rows = con.execute(
            "SELECT unit_id, category, strftime('%m', donated_on), count(*), sum(volume_ml) FROM donation "
            "WHERE donated_on BETWEEN ? AND ? GROUP BY 1, 2, 3",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        con.close()
        return rows

    floor, groups = best_of(raw_group_by, repeat=5)
    whole_year, progress = best_of(lambda: compute_progress(db, plans[year], end), repeat=5)
    mid_year, _ = best_of(lambda: compute_progress(db, plans[year], dt.date(year, 6, 30)), repeat=5)

    def query_groups() -> list:
        with db.session() as s:
            return donation_groups(s, start, end, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))

    def query_donors() -> tuple[int, int]:
        with db.session() as s:
            return donor_counts(s, start, end)

    grouped, rows = best_of(query_groups, repeat=5)
    donors, _ = best_of(query_donors, repeat=5)
    in_year = progress.totals.tally.donations
    print(f"generated {n:,} donations ({in_year:,} in {year}) in {generated:.1f} s; {len(groups)} raw groups")
    report(
        [
            (f"raw GROUP BY unit, category, month over {year} (floor)", floor, None),
            ("compute_progress, whole year", whole_year, floor),
            ("compute_progress, to 30 June", mid_year, floor),
            (f"  query 1: groups this year + last ({len(rows)} rows)", grouped, floor),
            ("  query 2: distinct and first-time donors", donors, floor),
        ],
        f"progress over {n:,} donations",
    )
    print(f"peak memory {peak_rss_mb():.0f} MB")
    db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
