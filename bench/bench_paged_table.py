"""The reusable table over the database at a million rows: what the donations list will be.

    .venv/bin/python -m bench.bench_paged_table [N]        (default 1,000,000)

A scratch table of N donation-like rows (date, name, ml; indexed on (donated_on, id)) in its own
SQLite file, an ``app.database.paging.SqlListing`` over it, and ``ui.models.sql_table.
PagedTableModel`` in a QTableView. Each step runs from the action to the painted answer; the floor
is a raw sqlite3 keyset query of one window on the same index.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on screen, same figures

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.common import Table, best_of, median, peak_rss_mb


def make_table(path: Path, n: int) -> None:
    rng = random.Random(3)
    start = date(2015, 1, 1)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(
        "CREATE TABLE donation_bench (id INTEGER PRIMARY KEY, donated_on DATE NOT NULL, name TEXT NOT NULL, "
        "ml INTEGER NOT NULL)"
    )
    rows = (
        (
            (start + timedelta(days=rng.randrange(3650))).isoformat(),
            rng.choice(surnames) + rng.choice(given) + rng.choice(given),
            rng.choice((200, 300, 400)),
        )
        for _ in range(n)
    )
    with con:
        con.executemany("INSERT INTO donation_bench (donated_on, name, ml) VALUES (?, ?, ?)", rows)
        con.execute("CREATE INDEX ix_donation_bench_on ON donation_bench (donated_on, id)")
        con.execute("CREATE INDEX ix_donation_bench_name ON donation_bench (name, id)")
    con.close()


def main(n: int = 1_000_000) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
    from sqlalchemy import Column, Date, Integer, MetaData, String, select
    from sqlalchemy import Table as SqlTable

    from app.database import Database
    from app.database.paging import Sort, SqlListing
    from ui.models.sql_table import RIGHT, PagedTableModel
    from ui.models.sql_table import Column as ViewColumn
    from ui.tasks import shutdown_runner

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-table-"))
    path = tmp / "donations.db"
    made, _ = best_of(lambda: make_table(path, n), 1)
    meta = MetaData()
    table = SqlTable(
        "donation_bench",
        meta,
        Column("id", Integer, primary_key=True),
        Column("donated_on", Date),
        Column("name", String),
        Column("ml", Integer),
    )

    class Donations(SqlListing[str, tuple]):
        """By date by default; by name; a name prefix as the filter.

        The prefix is a range (name >= '王伟' AND name < '王伟\\uffff'), which the index on name
        answers; SQLite's LIKE is case-insensitive and scans (PITFALLS.md §7)."""

        def select(self, filters: str):  # type: ignore[no-untyped-def]
            stmt = select(table.c.id, table.c.donated_on, table.c.name, table.c.ml)
            if filters:
                stmt = stmt.where(table.c.name >= filters, table.c.name < filters + "\uffff")
            return stmt

        def order(self, filters: str, sort: Sort) -> Sequence[Any]:
            if sort.key == "name":
                return [table.c.name, table.c.id]
            return [table.c.donated_on, table.c.id]

        def row(self, values: Sequence[Any]) -> tuple:
            return tuple(values)

    columns = [
        ViewColumn("donated_on", "献血日期", lambda r: str(r[1])),
        ViewColumn("name", "姓名", lambda r: r[2]),
        ViewColumn("ml", "献血量", lambda r: str(r[3]), align=RIGHT, sortable=False),
    ]
    db = Database(path)

    def floor() -> None:
        con = sqlite3.connect(path)
        con.execute(
            "SELECT id, donated_on, name, ml FROM donation_bench WHERE (donated_on, id) > ('2020-01-01', 0) "
            "ORDER BY donated_on, id LIMIT 200"
        ).fetchall()
        con.close()

    def settle(view: QTableView, until) -> None:  # type: ignore[no-untyped-def]
        while not until():
            app.processEvents()
            time.sleep(0.0002)
        view.viewport().repaint()

    figures: dict[str, list[float]] = {}
    for _ in range(5):
        figures.setdefault("floor", []).append(best_of(floor, 3)[0])
        loaded: list[bool] = []
        start = time.perf_counter()
        view = QTableView()  # a new view each run: a view keeps its header's sort indicator
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.resize(900, 700)
        model = PagedTableModel(Donations(db), columns, "", owner=None)
        model.loaded.connect(lambda flag=loaded: flag.append(True))
        view.setModel(model)
        view.show()
        settle(view, lambda flag=loaded: bool(flag))
        figures.setdefault("first", []).append(time.perf_counter() - start)
        for key, row in (("jump", n // 2), ("end", n - 1)):
            start = time.perf_counter()
            view.scrollTo(model.index(row, 0))
            view.viewport().repaint()  # asks for the window: "…" until it arrives
            settle(view, lambda r=row, m=model: m.row_at(r) is not None)
            figures.setdefault(key, []).append(time.perf_counter() - start)
        for key, action in (
            ("sort", lambda v=view: v.sortByColumn(1, Qt.SortOrder.AscendingOrder)),  # a header click
            ("filter", lambda m=model: m.set_filters("王伟")),
            ("clear", lambda m=model: m.set_filters("")),
        ):
            loaded.clear()
            start = time.perf_counter()
            action()
            settle(view, lambda flag=loaded: bool(flag))
            figures.setdefault(key, []).append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
        model.deleteLater()
        app.processEvents()
    shutdown_runner()
    r = {key: median(values) for key, values in figures.items()}
    table_out = Table(
        f"PagedTableModel in a QTableView, {n:,} rows (median of 5; table made in {made:.0f} s)"
    )
    table_out.add("raw sqlite3 keyset query of one 200-row window (floor)", r["floor"])
    table_out.add("first paint: count + first window, painted", r["first"], r["floor"])
    table_out.add("jump to the middle (offset window), painted", r["jump"], r["floor"])
    table_out.add("jump to the end, painted", r["end"], r["floor"])
    table_out.add("sort by name (indexed), painted", r["sort"], r["floor"])
    table_out.add("filter: names starting 王伟, count + window, painted", r["filter"], r["floor"])
    table_out.add("clear the filter, painted", r["clear"], r["floor"])
    table_out.print()
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    return r


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
