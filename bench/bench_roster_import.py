"""Roster import at 300 / 3,000 / 30,000 units against its raw floor, with peak memory.

    .venv/bin/python -m bench.bench_roster_import [N ...]

The floor is what any import of the sheet must do: python-calamine reads it, and plain sqlite3
inserts its units and their figures into a database with the program's schema (its indexes
too), in one transaction. The import is the command's work: ``preview_roster_import`` (find the
table by its headers, check every row, match names) and ``commit_roster_import`` (write), in a
fresh process, so pypinyin's first use is included, as it is for the clerk. Every run is its own
process: its peak RSS after the first import (what one ``roster import`` command peaks at) is the
figure for memory, and growth per unit compares 3,000 with 30,000.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.common import Table, median, run_json

SIZES = (300, 3_000, 30_000)
RUNS = 3
TARGET = 5.0  # × floor at 30,000 units
TARGET_KB_PER_UNIT = 2.0


def _floor(book: Path, db_path: Path) -> dict[str, float]:
    import sqlite3

    from python_calamine import CalamineWorkbook

    from app.database import open_database

    open_database(db_path).close()  # the program's schema and indexes, migrated
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
    read = time.perf_counter() - start
    units = [r for r in rows[2:] if r and r[0] and r[0] != "合计"]
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA synchronous=NORMAL")  # as the program's connections (WAL is in the file)
    with con:
        con.executemany(
            "INSERT INTO unit (name, kind, py_initials, sort_order, archived, note) VALUES (?, '其他', '', ?, 0, '')",
            [(r[0], i) for i, r in enumerate(units, start=1)],
        )
        ids = dict(con.execute("SELECT name, id FROM unit"))
        con.executemany(
            "INSERT INTO unit_year (unit_id, year, population, staff, contact_name, contact_phone, leader_name, "
            "leader_phone) VALUES (?, 2024, ?, ?, ?, ?, '', '')",
            [(ids[r[0]], int(r[2]), int(r[3]), r[4], r[5]) for r in units],
        )
    con.close()
    return {"floor": time.perf_counter() - start, "read": read}


def _import(book: Path, db_path: Path) -> dict[str, float]:
    from app.database import open_database
    from app.roster import importing
    from bench.common import peak_rss_mb

    db = open_database(db_path)
    start = time.perf_counter()
    preview = importing.preview_roster_import(db, book, 2024)
    previewed = time.perf_counter()
    result = importing.commit_roster_import(db, preview)
    done = time.perf_counter()
    assert len(result.created) == len(preview.rows)
    one_import_mb = peak_rss_mb()  # what a `roster import` command peaks at
    del preview, result
    again = importing.preview_roster_import(db, book, 2024)
    rematched = time.perf_counter()
    importing.commit_roster_import(db, again)
    updated = time.perf_counter()
    db.close()
    return {
        "preview": previewed - start,
        "commit": done - previewed,
        "total": done - start,
        "again_preview": rematched - done,
        "again_commit": updated - rematched,
        "one_import_rss_mb": one_import_mb,
    }


def _memory(book: Path, db_path: Path) -> dict[str, float]:
    """Python heap per unit (tracemalloc, so slower: not timed): what the preview holds and its
    peak, and the commit's peak above the preview."""
    import tracemalloc

    from app.database import open_database
    from app.pinyin import initials
    from app.roster import importing

    initials("城")  # pypinyin's tables are loaded once per process, whatever the size
    db = open_database(db_path)
    tracemalloc.start()
    preview = importing.preview_roster_import(db, book, 2024)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    importing.commit_roster_import(db, preview)
    _after, commit_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(preview.rows)
    db.close()
    return {"preview_held": held / n, "preview_peak": peak / n, "commit_peak": (commit_peak - held) / n}


def _child(mode: str, book: Path, db_path: Path) -> None:
    import json

    from bench.common import peak_rss_mb

    work = {"floor": _floor, "import": _import, "memory": _memory}[mode]
    figures = work(book, db_path)
    figures["rss_mb"] = peak_rss_mb()
    print(json.dumps(figures))


def main(sizes: tuple[int, ...] = SIZES) -> dict[int, dict[str, float]]:
    from bench.data import make_roster_workbook

    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-import-"))
    results: dict[int, dict[str, float]] = {}
    for n in sizes:
        book = make_roster_workbook(tmp / f"roster-{n}.xlsx", n)
        runs: dict[str, list[float]] = {}
        for i in range(RUNS):
            for mode in ("floor", "import"):
                got = run_json(
                    [
                        "-m",
                        "bench.bench_roster_import",
                        "--child",
                        mode,
                        str(book),
                        str(tmp / f"{mode}-{n}-{i}.db"),
                    ]
                )
                for key, value in got.items():
                    runs.setdefault(f"{mode}_{key}" if key == "rss_mb" else key, []).append(value)
        results[n] = {key: median(values) for key, values in runs.items()}
        memory = run_json(
            ["-m", "bench.bench_roster_import", "--child", "memory", str(book), str(tmp / f"m-{n}.db")]
        )
        results[n].update({key: memory[key] for key in ("preview_held", "preview_peak", "commit_peak")})
    for n, r in results.items():
        table = Table(f"roster import, {n:,} units (median of {RUNS}; fresh process each)")
        table.add("calamine read + sqlite3 insert, one transaction (floor)", r["floor"])
        table.add("  of which the calamine read", r["read"], r["floor"])
        target = TARGET if n == max(sizes) and n >= 30_000 else None
        table.add("preview_roster_import + commit_roster_import", r["total"], r["floor"], target)
        table.add("  preview (find the table, check rows, match names)", r["preview"], r["floor"])
        table.add("  commit (pinyin initials, Core inserts)", r["commit"], r["floor"])
        table.add(
            "again, every unit matched: preview + commit", r["again_preview"] + r["again_commit"], r["floor"]
        )
        table.print()
        print(
            f"peak RSS: floor {r['floor_rss_mb']:.0f} MB, one import {r['one_import_rss_mb']:.0f} MB,"
            f" both imports in one process {r['import_rss_mb']:.0f} MB"
        )
        print(
            f"Python heap a unit: the preview holds {r['preview_held']:.0f} B (peak {r['preview_peak']:.0f} B"
            f" while reading), the commit adds at most {r['commit_peak']:.0f} B"
        )
    if len(results) >= 2:
        small, big = sorted(results)[-2:]
        growth = (
            (results[big]["one_import_rss_mb"] - results[small]["one_import_rss_mb"]) * 1024 / (big - small)
        )
        verdict = "ok" if growth <= TARGET_KB_PER_UNIT else "MISSED"
        print(
            f"memory growth of one import {small:,} → {big:,} units: {growth:.2f} KB a unit"
            f" (target ≤{TARGET_KB_PER_UNIT:g}: {verdict})"
        )
        results[0] = {"kb_per_unit": growth}
    return results


if __name__ == "__main__":
    if len(sys.argv) > 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
