"""指标分解 at 300 / 3,000 / 30,000 units against its floor.

    .venv/bin/python -m bench.bench_split [N ...]

The floor is the read every split needs: a raw sqlite3 query of the year's units with population,
staff and the plan's current quota. ``preview_split`` reads, splits by population (step 5, floor
10, largest remainder, exact to the total) and lists old against new; ``apply_split`` writes it.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from bench.common import Table, median, peak_rss_mb, run_json, timed

SIZES = (300, 3_000, 30_000)
TARGET = 5.0
RUNS = 7


def _child(n: int) -> dict[str, float]:
    import json

    from app.database import open_database
    from app.plans import plans
    from app.plans import records as plan_records
    from app.plans import split as quota_split
    from bench.data import fill_database

    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-split-"))
    db = open_database(tmp / "split.db")
    fill_database(db, n)
    plan = plans.create_plan(db, plan_records.PlanInput(name="基准计划", year=2024, target=n * 50))

    def floor() -> list:
        con = sqlite3.connect(tmp / "split.db")
        rows = con.execute(
            "SELECT u.id, u.name, y.population, y.staff, q.amount, q.locked FROM unit u "
            "LEFT JOIN unit_year y ON y.unit_id = u.id AND y.year = 2024 "
            "LEFT JOIN quota q ON q.unit_id = u.id AND q.plan_id = ? WHERE u.archived = 0 "
            "ORDER BY u.sort_order, u.id",
            (plan.id,),
        ).fetchall()
        con.close()
        return rows

    params = quota_split.SplitParams("population", n * 50, step=5, floor=10)
    runs: dict[str, list[float]] = {}
    preview = again = None
    for _ in range(RUNS):  # each step right after its floor: the pair sees the same load
        runs.setdefault("floor", []).append(timed(floor)[0])
        seconds, preview = timed(lambda: quota_split.preview_split(db, plan.id, params))
        runs.setdefault("preview", []).append(seconds)
    for _ in range(RUNS):
        runs.setdefault("floor_again", []).append(timed(floor)[0])
        runs.setdefault("apply", []).append(timed(lambda: quota_split.apply_split(db, preview))[0])
        seconds, again = timed(lambda: quota_split.preview_split(db, plan.id, params))
        runs.setdefault("again", []).append(seconds)
    assert preview is not None and again is not None
    assert preview.new_total == n * 50 and again.old_total == n * 50
    result = {key: median(values) for key, values in runs.items()}
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return result


def main(sizes: tuple[int, ...] = SIZES) -> dict[int, dict[str, float]]:
    results = {n: run_json(["-m", "bench.bench_split", "--child", str(n)]) for n in sizes}
    for n, r in results.items():
        table = Table(f"指标分解, {n:,} units (median of {RUNS} paired runs)")
        table.add("raw sqlite3 query of units, figures and quotas (floor)", r["floor"])
        table.add("preview_split, population, step 5, floor 10", r["preview"], r["floor"], TARGET)
        table.add("apply_split (one transaction, bulk UPDATE/INSERT)", r["apply"], r["floor_again"])
        table.add("preview_split again, over the quotas just written", r["again"], r["floor_again"], TARGET)
        table.print()
        print(f"peak RSS {r['rss_mb']:.0f} MB")
    return results


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
    else:
        main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
