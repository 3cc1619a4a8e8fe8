"""Screenshots of every page on the demo database at 1366×768, for the README (docs/img/*.png).

A clerk's laptop screen is 1366×768: the pages are rendered at that size on an offscreen screen of
that size, so the README shows what fits and what does not.

.venv/bin/python -m tools.screenshots [names...]     (names: page keys, plans_schedule, first_run, help)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
SCREEN = (1366, 768)


def use_laptop_screen() -> None:
    """Offscreen Qt with one 1366×768 screen (the plugin's ``configfile`` option), unless the
    caller chose a platform already."""
    if os.environ.get("QT_QPA_PLATFORM") not in (None, "", "offscreen"):
        return
    config = Path(tempfile.mkdtemp(prefix="xxb-screen-")) / "screen.json"
    width, height = SCREEN
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let queued background operations finish and their results reach the widgets."""
    from ui import tasks

    for _ in range(50):
        app.processEvents()
        if tasks._runner is not None and tasks._runner.pending:
            tasks._runner._pool.submit(lambda: None).result()


@contextmanager
def demo_window(year: int = 2017) -> Iterator[tuple[object, object]]:
    """The main window on a fresh demo database in a temp data folder, at 1366×768, through the
    real start-up helpers (translations follow ``XXB_LOCALE``); yields (application, window)."""
    use_laptop_screen()
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
    win.setGeometry(0, 0, *SCREEN)
    win.show()
    try:
        yield app, win
    finally:
        win.close()
        tasks.shutdown_runner()
        win.ctx.db.close()


def _page(key: str, tab: int | None = None) -> Callable:  # type: ignore[type-arg]
    def shoot(app, win):  # type: ignore[no-untyped-def]
        win.show_page(key)
        settle(app)
        hook = getattr(win.pages[key], "prepare_screenshot", None)
        if hook is not None:
            if tab is None:
                hook()
            else:
                hook(tab)
            settle(app)
        return win.grab()

    return shoot


def _dialog(open_it: Callable) -> Callable:  # type: ignore[type-arg]
    """The window with a dialog over it, composed as the clerk sees them."""

    def shoot(app, win):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QColor, QPainter

        win.show_page("roster")
        settle(app)
        dialog = open_it(win)
        settle(app)
        dialog.adjustSize()
        image = win.grab()
        painter = QPainter(image)
        x = (win.width() - dialog.width()) // 2
        y = (win.height() - dialog.height()) // 3
        painter.drawPixmap(x, y, dialog.grab())
        painter.setPen(QColor("#707070"))
        painter.drawRect(x - 1, y - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        dialog.reject()
        return image

    return shoot


def _first_run(win):  # type: ignore[no-untyped-def]
    from app.office.settings import OfficeSettings
    from ui.dialogs.office_setup import OfficeSetupDialog

    dialog = OfficeSetupDialog(OfficeSettings(), 2026, win)
    dialog.show()
    return dialog


def _help(win):  # type: ignore[no-untyped-def]
    win.show_help()
    from PySide6.QtWidgets import QDialog

    return win.findChild(QDialog, "help_dialog")


def _lookup_donor(db) -> None:  # type: ignore[no-untyped-def]
    """A 平利 donor for the 证件查询 shot: four gifts over five years, his mother on record and one
    claim already paid, so the why-trace has donations, windows and a deduction to show."""
    import datetime as dt

    from sqlalchemy import insert

    from app.donations.idcard import check_digit
    from app.lookup.claims import ClaimInput, record_claim
    from app.lookup.relatives import RelativeInput, add_relative
    from app.office.settings import update_office
    from app.pinyin import search_key
    from db.models import Donation, Donor

    update_office(db, {"region": "陕西"}, require=False)
    first17 = "61092619850302113"
    today = dt.date.today()
    with db.session() as s:
        donor = s.execute(
            insert(Donor).values(
                id_number=first17 + check_digit(first17),
                name="王建国",
                py_initials=search_key("王建国"),
                sex="男",
                birth_date=dt.date(1985, 3, 2),
                abo="O",
                rh="+",
                phone="13812345678",
            )
        ).inserted_primary_key[0]
        s.execute(
            insert(Donation),
            [
                {
                    "donor_id": donor,
                    "donated_on": today - dt.timedelta(days=days),
                    "kind": "whole",
                    "volume_ml": ml,
                    "doses": 0,
                    "certificate_no": cert,
                }
                for days, ml, cert in (
                    (1900, 300, "6109201"),
                    (1200, 400, "6109202"),
                    (500, 400, "6109203"),
                    (40, 400, "6109204"),
                )
            ],
        )
    add_relative(db, donor, RelativeInput("父母", "李秀英", "", "户口本"))
    record_claim(
        db,
        ClaimInput(
            donor,
            "本人",
            400,
            today - dt.timedelta(days=20),
            hospital="平利县医院",
            amount_yuan="860",
            invoice_no="PL2026001",
        ),
    )


def _lookup(app, win):  # type: ignore[no-untyped-def]
    _lookup_donor(win.ctx.db)
    win.show_page("lookup")
    settle(app)
    win.pages["lookup"].prepare_screenshot("6109204")
    settle(app)
    return win.grab()


SHOTS: dict[str, Callable] = {  # type: ignore[type-arg]
    "roster": _page("roster"),
    "plans": _page("plans", 0),
    "plans_schedule": _page("plans", 1),
    "lookup": _lookup,
    "notices": _page("notices"),
    "settings": _page("settings"),
    "first_run": _dialog(_first_run),
    "help": _dialog(_help),
}


def main() -> int:
    only = set(sys.argv[1:])
    OUT.mkdir(parents=True, exist_ok=True)
    with demo_window() as (app, win):
        for name, shoot in SHOTS.items():
            if only and name not in only:
                continue
            path = OUT / (
                f"page_{name}.png" if name in win.pages or name == "plans_schedule" else f"dialog_{name}.png"
            )
            shoot(app, win).save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
