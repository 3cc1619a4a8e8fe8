"""Roster import and the quota split at county-and-beyond scale.

    .venv/bin/python -m bench.bench_roster_import [N]

Generates an N-unit roster workbook (default 20,000: far above a county's few hundred units, so a
regression shows), then times each step against a floor measured in the same process: the raw
python-calamine read of the same sheet, and a raw sqlite3 query for the roster listing.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
from pathlib import Path

import xlsxwriter

from bench.common import best_of, peak_rss_mb, report


def make_workbook(path: Path, n: int) -> Path:
    rng = random.Random(7)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("名册")
    ws.write_row(0, 0, ["2024年献血单位名册"])
    ws.write_row(1, 0, ["单 位", "类别", "人口数", "在职人数", "联络员", "联系电话"])
    for i in range(n):
        kind = rng.choice(["镇", "局", "医院", "学校", "公司"])
        ws.write_row(
            i + 2,
            0,
            [f"第{i:05d}号{kind}", "", rng.randint(3000, 60000), rng.randint(3, 900), "张三", f"138{i:08d}"],
        )
    ws.write_row(n + 2, 0, ["合计"])
    wb.close()
    return path


def main(n: int = 20_000) -> None:
    from python_calamine import CalamineWorkbook

    from app import tabular
    from app.database import open_database
    from app.plans import plans
    from app.plans import records as plan_records
    from app.plans import split as quota_split
    from app.roster import importing as roster_io
    from app.roster import units as roster

    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-"))
    book = make_workbook(tmp / "roster.xlsx", n)
    floor_read, _ = best_of(lambda: CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python())
    read, sheets = best_of(lambda: tabular.read_rows(book))
    find, _table = best_of(lambda: tabular.find_table(sheets, roster_io.ROSTER_FIELDS))

    db = open_database(tmp / "bench.db")
    preview_new, preview = best_of(lambda: roster_io.preview_roster_import(db, book, 2024), repeat=1)
    commit, _ = best_of(lambda: roster_io.commit_roster_import(db, preview), repeat=1)
    preview_matched, _ = best_of(lambda: roster_io.preview_roster_import(db, book, 2024), repeat=1)

    def raw_roster() -> list:
        con = sqlite3.connect(tmp / "bench.db")
        rows = con.execute(
            "SELECT u.id, u.name, u.kind, y.population, y.staff FROM unit u "
            "LEFT JOIN unit_year y ON y.unit_id = u.id AND y.year = 2024 WHERE u.archived = 0 ORDER BY u.sort_order"
        ).fetchall()
        con.close()
        return rows

    floor_list, _ = best_of(raw_roster)
    listing, units = best_of(lambda: roster.list_units(db, 2024))
    search, found = best_of(lambda: roster.list_units(db, 2024, search="d0001"))
    plan = plans.create_plan(db, plan_records.PlanInput(name="基准计划", year=2024, target=n * 50))
    params = quota_split.SplitParams("population", n * 50, step=5, floor=10)
    split, preview_split = best_of(lambda: quota_split.preview_split(db, plan.id, params), repeat=1)
    apply, _ = best_of(lambda: quota_split.apply_split(db, preview_split), repeat=1)
    assert len(units) == n and preview_split.new_total == n * 50

    report(
        [
            (f"calamine raw read of {n:,} rows (floor)", floor_read, None),
            ("tabular.read_rows (types, row numbers)", read, floor_read),
            ("tabular.find_table (header by meaning, checks)", find, floor_read),
            ("preview_roster_import, all units new", preview_new, floor_read),
            ("commit_roster_import (one transaction)", commit, floor_read),
            ("preview_roster_import, all units matched", preview_matched, floor_read),
        ],
        f"Roster import, {n:,} units",
    )
    report(
        [
            ("raw sqlite3 roster query (floor)", floor_list, None),
            ("roster.list_units (dataclasses, aliases, parents)", listing, floor_list),
            (f"roster.list_units search by initials ({len(found)} hits)", search, floor_list),
            ("quota_split.preview_split, population, step 5", split, floor_list),
            ("quota_split.apply_split", apply, floor_list),
        ],
        f"Roster listing and quota split, {n:,} units",
    )
    print(f"\npeak RSS {peak_rss_mb():.0f} MB")
    db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
