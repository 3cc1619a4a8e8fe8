"""Screenshots of every page on the demo database, for the README (docs/img/page_*.png).

QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots [page keys...]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let queued background operations finish and their results reach the widgets."""
    from ui import tasks

    for _ in range(50):
        app.processEvents()
        if tasks._runner is not None and tasks._runner.pending:
            tasks._runner._pool.submit(lambda: None).result()


@contextmanager
def demo_window(year: int = 2017) -> Iterator[tuple[object, object]]:
    """The main window on a fresh demo database in a temp data folder, through the real start-up
    helpers (translations follow ``XXB_LOCALE``); yields (application, window)."""
    tmp = Path(tempfile.mkdtemp(prefix="xxb-shots-"))
    os.environ["XXB_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QSettings

    from app.admin import demo
    from app.database import open_database
    from ui import tasks
    from ui.application import make_application
    from ui.bus import Bus
    from ui.context import UiContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = make_application()
    db = open_database(tmp / "demo.db")
    demo.load_demo(db)
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.working_year = year
    win = MainWindow(UiContext(db=db, settings=settings, bus=Bus()))
    win.resize(1280, 800)
    win.show()
    try:
        yield app, win
    finally:
        win.close()
        tasks.shutdown_runner()
        win.ctx.db.close()


def main() -> int:
    only = set(sys.argv[1:])
    OUT.mkdir(parents=True, exist_ok=True)
    with demo_window() as (app, win):
        for spec in win.specs:
            if only and spec.key not in only:
                continue
            win.show_page(spec.key)
            settle(app)
            hook = getattr(win.pages[spec.key], "prepare_screenshot", None)
            if hook is not None:
                hook()
                settle(app)
            path = OUT / f"page_{spec.key}.png"
            win.grab().save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
