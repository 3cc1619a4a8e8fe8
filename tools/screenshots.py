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


def _dialog(open_it: Callable, page: str = "roster") -> Callable:  # type: ignore[type-arg]
    """The window with a dialog over it (on *page*), composed as the clerk sees them."""

    def shoot(app, win):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QColor, QPainter

        if page == "donations" and not getattr(win, "_donation_numbers", None):
            win._donation_numbers = _donation_data(win)
        win.show_page(page)
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


def _rules(editor: bool, kind: str = "reimbursement") -> Callable:  # type: ignore[type-arg]
    """The lookup page's 规则 dialog on one kind, and over it the editor on a copy with one refusal
    (陕西's bands; the award tiers; the eligibility intervals)."""

    def shoot(app, win):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QColor, QPainter

        win.show_page("lookup")
        settle(app)
        page = win.pages["lookup"]
        page.on_rules()
        settle(app)
        dialog = page.rules_dialog
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        settle(app)
        shown = [dialog]
        if editor:
            dialog.on_copy()
            settle(app)
            form = dialog.editor
            form.tabs.setCurrentIndex(1 if kind != "eligibility" else 2)
            if kind == "award":
                form.form.tiers.item(1, 1).setText("十")
                form.note.setText("据省表彰办法：银奖改为20次")
            elif kind == "eligibility":
                form.form.intervals.item(0, 2).setText("七")
                form.note.setText("据新标准：全血间隔7个月")
            else:
                form.form.bands.item(0, 2).setText("5y×2")
                form.form.bands.item(1, 0).setText("一千")
                form.note.setText("据省卫健委新文件：亲属5年内2倍")
            form.save()
            form.resize(900, 600)
            shown.append(form)
        image = win.grab()
        painter = QPainter(image)
        for i, widget in enumerate(shown):
            x = (win.width() - widget.width()) // 2 + 40 * i
            y = 40 + 50 * i
            painter.drawPixmap(x, y, widget.grab())
            painter.setPen(QColor("#707070"))
            painter.drawRect(x - 1, y - 1, widget.width() + 1, widget.height() + 1)
        painter.end()
        for widget in reversed(shown):
            widget.done(0)
        return image

    return shoot


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
]


def _donation_data(win) -> list[str]:  # type: ignore[no-untyped-def]
    """Donors and donations of the demo county (2015–2017) so the 献血登记 pages show real rows;
    returns the donors' ID numbers."""
    import datetime as dt
    import random

    from app.donations.donations import DonationInput, record_donation
    from app.donations.donors import DonorInput, create_donor, set_flags
    from app.donations.idcard import check_digit
    from app.roster.units import list_units
    from db.tables.donors import CATEGORIES

    rng = random.Random(7)
    db = win.ctx.db
    units = [u.id for u in list_units(db, 2017)][:80]
    bloods = ["A+"] * 28 + ["B+"] * 24 + ["O+"] * 34 + ["AB+"] * 9 + ["O-", "A-"]
    numbers = []
    for i in range(120):
        birth = dt.date(rng.randint(1963, 1998), rng.randint(1, 12), rng.randint(1, 28))
        first17 = f"610926{birth:%Y%m%d}{i % 100:02d}{rng.randint(1, 9)}"
        number = first17 + check_digit(first17)
        blood = rng.choice(bloods)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        donor = create_donor(
            db,
            DonorInput(
                number,
                name,
                abo=blood[:-1],
                rh=blood[-1],
                phone=f"13{rng.randint(100000000, 999999999)}",
                work_unit_id=rng.choice(units),
            ),
        )
        if i % 9 == 0:
            set_flags(db, donor.id, emergency_team=True)
        numbers.append(number)
        day = dt.date(2015, 1, 5) + dt.timedelta(days=rng.randint(0, 200))
        n = 0
        while day < dt.date(2017, 12, 20) and n < 4:
            platelets = rng.random() < 0.15
            record_donation(
                db,
                DonationInput(
                    donor.id,
                    day,
                    kind="platelets" if platelets else "whole",
                    volume_ml=0 if platelets else rng.choice((200, 300, 400, 400)),
                    doses=rng.choice((1, 2)) if platelets else 0,
                    category=rng.choice(CATEGORIES[:4]),
                    donation_code=f"0126{day:%Y%m%d}{i:03d}{n}",
                    certificate_no=f"6109{day:%Y}{i:04d}{n}",
                    override_reason="演示",
                ),
            )
            day += dt.timedelta(days=rng.randint(190, 330))
            n += 1
    return numbers


def _donations(tab: int) -> Callable:  # type: ignore[type-arg]
    def shoot(app, win):  # type: ignore[no-untyped-def]
        if not getattr(win, "_donation_numbers", None):
            win._donation_numbers = _donation_data(win)
        win.show_page("donations")
        settle(app)
        page = win.pages["donations"]
        page.tabs.setCurrentIndex(tab)
        if tab == 0:
            page.entry.lookup_edit.setText(win._donation_numbers[3])
            page.entry.lookup()
            settle(app)
            page.entry.code_edit.setText("01262026113000031")
        elif tab == 1:
            page.list_panel.model.reload()
        else:
            page.emergency.blood_box.setCurrentIndex(page.emergency.blood_box.findData("O+"))
            page.emergency.run()
        settle(app)
        return win.grab()

    return shoot


def _station_preview(win):  # type: ignore[no-untyped-def]
    """A station export with four good rows and three bad ones, previewed."""
    import datetime as dt

    import xlsxwriter

    from app.donations.idcard import check_digit
    from app.donations.station_import import preview_station_import
    from ui.dialogs.station_import_dialog import StationImportDialog

    if "donations" in win.pages and win.pages.built("donations"):
        win.pages["donations"].tabs.setCurrentIndex(0)  # over the entry tab, where the import starts
    path = Path(tempfile.mkdtemp()) / "2017年12月平利县献血者名单.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("献血者名单")
    header = [
        "献血码",
        "献血者姓名",
        "血型",
        "Rh(D)",
        "证件号码",
        "所属单位",
        "采血日期",
        "采血量",
        "献血证号",
    ]
    rows = []
    for i, (name, blood) in enumerate(
        [
            ("刘洋", "A"),
            ("陈静", "O"),
            ("杨帆", "B"),
            ("黄磊", "AB"),
            ("赵敏", "O"),
            ("周强", "A"),
            ("吴丽", "B"),
        ]
    ):
        first17 = f"61092619{80 + i}0{i + 1}0{i + 1}0{i}1"
        number = first17 + check_digit(first17)
        rows.append(
            [
                f"01262017120{i}0{i}",
                name,
                blood,
                "阳性",
                number,
                "城关镇",
                "2017-12-0" + str(i + 1),
                "400ml",
                f"61092017{i:04d}",
            ]
        )
    rows[4][4] = rows[4][4][:-1] + ("0" if rows[4][4][-1] != "0" else "1")  # wrong check digit
    rows[5][7] = "250ml"  # volume not allowed
    rows[6][6] = "2017-13-05"  # impossible date
    rows[3][5] = "平利县新华书店"  # unknown unit: created
    for c, text in enumerate(header):
        ws.write_string(0, c, text)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            ws.write_string(r, c, value)
    wb.close()
    preview = preview_station_import(win.ctx.db, path, today=dt.date(2017, 12, 31))
    dialog = StationImportDialog(preview, win)
    dialog.show()
    return dialog


SHOTS: dict[str, Callable] = {  # type: ignore[type-arg]
    "roster": _page("roster"),
    "plans": _page("plans", 0),
    "plans_schedule": _page("plans", 1),
    "lookup": _lookup,
    "rules": _rules(False),
    "rule_editor": _rules(True),
    "rules_award": _rules(False, "award"),
    "rule_editor_award": _rules(True, "award"),
    "rules_eligibility": _rules(False, "eligibility"),
    "rule_editor_eligibility": _rules(True, "eligibility"),
    "donations": _donations(0),
    "donations_list": _donations(1),
    "donations_emergency": _donations(2),
    "station_import": _dialog(_station_preview, "donations"),
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
                f"page_{name}.png"
                if name in list(win.pages) or name == "plans_schedule" or name.startswith("donations_")
                else f"dialog_{name}.png"
            )
            shoot(app, win).save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
