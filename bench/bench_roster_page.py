"""The 名册 page over big rosters: first paint, search, clear and sort, against a bare QTreeView.

    .venv/bin/python -m bench.bench_roster_page [N ...]      (default 300 3000 20000 30000)

Each size runs in its own process (its own peak memory). The floor is what any table showing the
roster must do: a raw sqlite3 query of the units with their figures, then a bare QTreeView over a
minimal Python model of those rows, reset and painted. For the page, "seconds" runs from the
clerk's action to the painted answer (the query runs on the worker meanwhile), and "GUI block" is
the longest the GUI thread was busy without handling events, measured with a 1 ms heartbeat.
"CPU" is the processor time the step took on the GUI thread and on the worker: on a shared, loaded
machine wall time stretches, CPU time much less. The search is asked for at once (the page
waits 250 ms of typing first, by design).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Table, median, peak_rss_mb, run_json

TARGET_MS = 100  # at 20,000 units, each operation end to end and any GUI block
SIZES = (300, 3_000, 20_000, 30_000)
RUNS = 5


def _child(n: int) -> dict[str, float]:
    import json

    from PySide6.QtCore import QAbstractItemModel, QElapsedTimer, QModelIndex, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTreeView

    from app.database import open_database
    from bench.data import fill_database
    from ui.bus import Bus
    from ui.context import UiContext
    from ui.models.roster_model import COL
    from ui.pages.roster.page import RosterPage
    from ui.settings import Settings
    from ui.tasks import shutdown_runner

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-page-"))
    db = open_database(tmp / "roster.db")
    fill_database(db, n)

    class Heartbeat:
        """The longest gap between 1 ms ticks: how long the GUI thread did not handle events."""

        def __init__(self) -> None:
            self.timer = QTimer()
            self.timer.setInterval(1)
            self.timer.timeout.connect(self.tick)
            self.clock = QElapsedTimer()
            self.longest = 0
            self.last = 0

        def tick(self) -> None:
            now = self.clock.elapsed()
            self.longest = max(self.longest, now - self.last)
            self.last = now

        def start(self) -> None:
            self.clock.start()
            self.longest = self.last = 0
            self.timer.start()

        def stop(self) -> float:
            self.tick()
            self.timer.stop()
            return self.longest / 1000

    beat = Heartbeat()

    from PySide6.QtCore import QEventLoop

    from ui import tasks

    worker_cpu = [0.0]
    real_call = tasks.Op.call

    def counted_call(op: tasks.Op, state: tasks.TaskState) -> object:
        """The worker's CPU time for the operation (a loaded machine stretches wall time only)."""
        start = time.thread_time()
        try:
            return real_call(op, state)
        finally:
            worker_cpu[0] += time.thread_time() - start

    tasks.Op.call = counted_call  # type: ignore[method-assign]

    def wait_for(flag: list[bool]) -> None:
        while not flag:  # sleeps until an event comes: the bench does not compete for the CPU
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    # -- the floor: raw query, bare tree ----------------------------------------------------------
    class Bare(QAbstractItemModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple] = []

        def index(self, row, column, parent=QModelIndex()):  # noqa: B008
            if parent.isValid() or not 0 <= row < len(self.rows):
                return QModelIndex()
            return self.createIndex(row, column, 0)

        def parent(self, child=None):
            return super().parent() if child is None else QModelIndex()

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    bare_view = QTreeView()
    bare_view.setUniformRowHeights(True)
    bare = Bare()
    bare_view.setModel(bare)
    bare_view.resize(1100, 700)
    bare_view.show()
    app.processEvents()

    def floor() -> float:
        start = time.perf_counter()
        con = sqlite3.connect(tmp / "roster.db")
        rows = con.execute(
            "SELECT u.name, u.kind, y.population, y.staff, y.contact_name, y.contact_phone FROM unit u "
            "LEFT JOIN unit_year y ON y.unit_id = u.id AND y.year = 2024 WHERE u.archived = 0 "
            "ORDER BY u.sort_order, u.id"
        ).fetchall()
        con.close()
        bare.beginResetModel()
        bare.rows = rows
        bare.endResetModel()
        bare_view.viewport().repaint()
        return time.perf_counter() - start

    # -- the page ---------------------------------------------------------------------------------
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.working_year = 2024
    ctx = UiContext(db=db, settings=settings, bus=Bus())

    def until_loaded(page: RosterPage | None, change) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
        """Seconds from *change* to the painted answer, the longest GUI block meanwhile, and the
        CPU seconds it took on the GUI thread and on the worker."""
        flag: list[bool] = []
        mark = lambda: flag.append(True)  # noqa: E731
        beat.start()
        worker_cpu[0] = 0.0
        cpu = time.thread_time()
        start = time.perf_counter()
        page = change() or page
        shown.append(page)
        page.model.loaded.connect(mark)
        wait_for(flag)
        page.view.tree.viewport().repaint()
        seconds = time.perf_counter() - start
        gui_cpu = time.thread_time() - cpu
        page.model.loaded.disconnect(mark)
        return seconds, beat.stop(), gui_cpu, worker_cpu[0]

    def new_page() -> RosterPage:
        page = RosterPage(ctx)
        page.resize(1100, 700)
        page.show()
        return page

    def search(page: RosterPage, text: str) -> None:
        page.view.search.setText(text)
        page._run_search_now()

    figures: dict[str, list[float]] = {}
    shown: list[RosterPage] = []
    for _ in range(RUNS):
        figures.setdefault("floor", []).append(floor())
        first = until_loaded(None, new_page)
        page = shown[-1]
        steps = {
            "first": first,
            "search": until_loaded(page, lambda p=page: search(p, "cgz")),
            "clear": until_loaded(page, lambda p=page: search(p, "")),
            "sort": until_loaded(
                page, lambda p=page: p.view.tree.sortByColumn(COL["name"], Qt.SortOrder.AscendingOrder)
            ),
            "sort_number": until_loaded(
                page, lambda p=page: p.view.tree.sortByColumn(COL["population"], Qt.SortOrder.DescendingOrder)
            ),
        }
        assert page.model.totals is not None and page.model.totals.active == n and page.visible_names()
        for key, (seconds, block, gui_cpu, work_cpu) in steps.items():
            figures.setdefault(key, []).append(seconds)
            figures.setdefault(f"{key}_block", []).append(block)
            figures.setdefault(f"{key}_gui_cpu", []).append(gui_cpu)
            figures.setdefault(f"{key}_worker_cpu", []).append(work_cpu)
        until_loaded(page, lambda p=page: p.view.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder))
        page.close()
        page.deleteLater()
        app.processEvents()
    shutdown_runner()
    result = {key: median(values) for key, values in figures.items()}
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return result


def main(sizes: tuple[int, ...] = SIZES) -> dict[int, dict[str, float]]:
    results = {
        n: run_json(["-m", "bench.bench_roster_page", "--child", str(n)], {"QT_QPA_PLATFORM": "offscreen"})
        for n in sizes
    }
    for n, r in results.items():
        table = Table(f"名册 page, {n:,} units (median of {RUNS})")
        target = TARGET_MS / 1000 / r["floor"] if n == 20_000 else None
        table.add("raw sqlite3 query + bare QTreeView, reset and painted (floor)", r["floor"])
        for key, label in (
            ("first", "first paint: page built, first window fetched, painted"),
            ("search", "search 'cgz' (name, alias, initials) to painted"),
            ("clear", "clear the search to painted"),
            ("sort", "sort by name (拼音 initials) to painted"),
            ("sort_number", "sort by population, descending, to painted"),
        ):
            note = (
                f"GUI block {r[key + '_block'] * 1000:.0f} ms; CPU {r[key + '_gui_cpu'] * 1000:.0f} GUI"
                f" + {r[key + '_worker_cpu'] * 1000:.0f} worker ms"
            )
            if n == 20_000:
                verdict = "ok" if max(r[key], r[key + "_block"]) * 1000 <= TARGET_MS else "MISSED"
                note += f"; target ≤{TARGET_MS} ms: {verdict}"
            table.add(label, r[key], r["floor"], target=None, note=note)
        table.print()
        print(f"peak RSS {r['rss_mb']:.0f} MB")
        del target
    return results


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
    else:
        main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
