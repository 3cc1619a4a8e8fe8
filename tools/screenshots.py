"""Screenshots of every page on the demo database, for the README (docs/img/page_*.png).

QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="xxb-shots-"))
    os.environ["XXB_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QSettings

    from app import demo
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
    settings.working_year = 2017
    win = MainWindow(UiContext(db=db, settings=settings, bus=Bus()))
    win.resize(1280, 800)
    win.show()
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for spec in win.specs:
        if only and spec.key not in only:
            continue
        win.show_page(spec.key)
        for _ in range(50):
            app.processEvents()
            if tasks._runner is not None and tasks._runner.pending:
                tasks._runner._pool.submit(lambda: None).result()
        hook = getattr(win.pages[spec.key], "prepare_screenshot", None)
        if hook is not None:
            hook()
            for _ in range(50):
                app.processEvents()
                if tasks._runner is not None and tasks._runner.pending:
                    tasks._runner._pool.submit(lambda: None).result()
        path = OUT / f"page_{spec.key}.png"
        win.grab().save(str(path))
        print(path)
    tasks.shutdown_runner()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
