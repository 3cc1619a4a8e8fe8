"""进度 page offscreen: figures from the worker, charts drawn and exported, a click on a unit's bar."""

from __future__ import annotations

import datetime as dt
import threading

import numpy as np
import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget
from qthelpers import wait_idle

from app.admin import demo
from app.plans.schedule import schedule_quotas
from app.plans.slots import Slot
from app.progress import compute_progress
from app.progress.counting import BAND_COLOURS, percent_text, rate_band
from bench.progress_data import donations_for_plan
from ui.bus import Changes
from ui.models.progress_model import UnitColumn
from ui.pages import page_specs
from ui.pages.progress import data as page_data
from ui.pages.progress.charts import DONE_COLOUR, LAST_COLOUR
from ui.pages.progress.page import ProgressPage

YEAR_END = dt.date(2017, 12, 31)


@pytest.fixture
def pingli(db) -> int:
    """The 平利 2017 demo, towns scheduled by month as 如皋 does, with a year of donations."""
    plan = demo.load_demo(db).plan_id
    towns = {"城关镇": 3, "老县镇": 3, "大贵镇": 5, "长安镇": 5, "西河镇": 9, "洛河镇": 9}
    from app.plans.quotas import plan_quotas

    ids = {q.unit_name: q.unit_id for q in plan_quotas(db, plan)}
    for name, month in towns.items():
        schedule_quotas(db, plan, [ids[name]], Slot("month", 2017, month))
    donations_for_plan(db, plan, until=YEAR_END)
    return plan


def open_page(qtbot, ctx, year: int = 2017, *, show: bool = True) -> ProgressPage:
    ctx.settings.working_year = year
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    if show:
        page.show()
    wait_idle(qtbot)
    return page


def test_registered_between_plans_and_notices(qapp):
    keys = [spec.key for spec in page_specs()]
    assert keys.index("plans") < keys.index("progress") < keys.index("notices")


def test_shows_the_figures_of_the_service(qtbot, ctx, db, pingli):
    page = open_page(qtbot, ctx)
    expected = compute_progress(db, pingli, YEAR_END)
    assert page.progress is not None and page.progress.until == YEAR_END
    assert page.view.until.date().toPython() == YEAR_END
    model = page.units_model
    assert model.rowCount() == 13
    shown = [
        (
            model.index(r, UnitColumn.RANK).data(),
            model.index(r, UnitColumn.UNIT).data().replace("　⚠", ""),
            model.index(r, UnitColumn.RATE).data(),
        )
        for r in range(13)
    ]
    assert shown == [(str(u.rank), u.name, percent_text(u.rate)) for u in expected.ranked]
    assert percent_text(expected.totals.rate) in page.view.summary.text()
    behind = page.view.behind_label.text()
    assert expected.behind and all(u.name in behind for u in expected.behind)
    assert "默认" in page.view.counting_note.text()


def test_refresh_runs_on_the_worker_and_never_blocks(qtbot, ctx, pingli, monkeypatch):
    page = open_page(qtbot, ctx)
    release = threading.Event()
    real = page_data.load_progress

    def slow(*args):
        release.wait(5)
        return real(*args)

    monkeypatch.setattr("ui.pages.progress.page.load_progress", slow)
    page.view.until.setDate(dt.date(2017, 6, 30))  # asks for a refresh
    ticks = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 5, timeout=2000)  # the event loop runs
    assert page.progress is not None and page.progress.until == YEAR_END  # old figures still shown
    release.set()
    wait_idle(qtbot)
    assert page.progress.until == dt.date(2017, 6, 30)


def test_cumulative_plan_line_follows_the_slots(qtbot, ctx, pingli):
    page = open_page(qtbot, ctx)
    chart = page.charts[0]
    x, y = chart.plan_curve.getData()
    assert list(x) == list(range(12))
    assert list(y) == [m.plan_cumulative for m in page.progress.months]
    assert y[1] == 0 and y[2] > 0 and y[10] == y[8] < y[11]  # March and September, the rest in December
    ticks = chart.item.getAxis("bottom")._tickLevels[0]
    assert [label for _x, label in ticks] == [f"{m}月" for m in range(1, 13)]


def test_completion_bars_sorted_and_coloured(qtbot, ctx, pingli):
    page = open_page(qtbot, ctx)
    chart = page.completion_chart
    rates = [rate for _id, _name, rate in chart.units]
    assert rates == sorted(rates, reverse=True)
    brushes = chart.bars.opts["brushes"]
    for brush, rate in zip(brushes, rates, strict=True):
        assert brush.color().getRgb()[:3] == BAND_COLOURS[rate_band(rate)]
    assert {rate_band(r) for r in rates} == {"done", "near", "behind"}


def test_a_click_on_a_bar_asks_for_the_unit_and_shows_its_figures(qtbot, ctx, pingli):
    page = open_page(qtbot, ctx)
    page.view.tabs.setCurrentIndex(1)
    chart = page.completion_chart
    qtbot.waitExposed(chart)
    unit_id, name, _rate = chart.units[-1]
    scene = chart.bar_scene_pos(unit_id)
    where = chart.plot.mapFromScene(scene)
    with qtbot.waitSignal(page.unit_requested, timeout=2000) as signal:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where.x(), where.y()))
    assert signal.args == [unit_id]
    # no 献血登记 page here: the page shows the unit's own figures
    assert page.selected_unit_id() == unit_id
    assert name in page.view.details_text.text() and "按月份" in page.view.details_text.text()


def test_a_click_opens_the_donations_page_when_there_is_one(qtbot, ctx, pingli):
    class Window(QWidget):
        """Stands in for MainWindow: its pages and show_page, with a donations page (to come)."""

        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []
            self.asked: list[tuple] = []
            donations = QWidget(self)
            donations.show_unit = lambda *args: self.asked.append(args)  # type: ignore[attr-defined]
            self.pages = {"donations": donations}

        def show_page(self, key: str) -> None:
            self.shown.append(key)

    window = Window()
    qtbot.addWidget(window)
    ctx.settings.working_year = 2017
    page = ProgressPage(ctx)
    page.setParent(window)
    wait_idle(qtbot)
    unit_id = page.progress.ranked[0].unit_id
    page.unit_requested.emit(unit_id)
    assert window.shown == ["donations"]
    assert window.asked == [(unit_id, dt.date(2017, 1, 1), YEAR_END)]


def _colours(image: QImage) -> set[tuple[int, int, int]]:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    pixels = pixels[:, : rgb.width() * 3].reshape(-1, 3)
    return {tuple(int(v) for v in c) for c in np.unique(pixels, axis=0)}


def test_every_chart_exports_at_print_resolution(qtbot, ctx, pingli, tmp_path):
    page = open_page(qtbot, ctx)
    red, grey = DONE_COLOUR.getRgb()[:3], LAST_COLOUR.getRgb()[:3]
    drawn_in = [{red}, set(BAND_COLOURS.values()), {red, grey}, {red, grey}]
    for index in range(4):
        out = page.export_chart_to(index, tmp_path / f"chart{index}.png")
        image = QImage(str(out))
        assert image.width() == 1890  # 160 mm at 300 dpi
        assert round(image.dotsPerMeterX() * 0.0254) == 300
        assert image.height() > 500
        assert drawn_in[index] <= _colours(image), index


def test_charts_wait_until_the_page_is_shown(qtbot, ctx, pingli):
    page = open_page(qtbot, ctx, show=False)
    assert page.charts == [] and page.progress is not None
    page.show()
    assert len(page.charts) == 4 and page.charts[1].units


def test_supply_tab_and_exports(qtbot, ctx, pingli, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    page = open_page(qtbot, ctx)
    v = page.view
    v.supply_available.setValue(500)
    v.supply_floor.setValue(10)
    v.supply_btn.click()
    assert page.supply is not None
    assert sum(r.allowance for r in page.supply.rows) == 500 and page.supply_model.rowCount() == 13
    assert "保底10单位" in v.supply_note.text()
    page.export_supply_to(tmp_path / "supply.xlsx")
    page.export_tables_to(tmp_path / "tables.xlsx")
    wait_idle(qtbot)
    assert openpyxl.load_workbook(tmp_path / "supply.xlsx").worksheets[0]["A1"].value
    assert len(openpyxl.load_workbook(tmp_path / "tables.xlsx").sheetnames) == 4  # with the allocation
    assert len(told) == 2 and str(tmp_path / "tables.xlsx") in told[1]


def test_refreshes_when_donations_change(qtbot, ctx, db, pingli):
    page = open_page(qtbot, ctx)
    before = page.progress.totals.tally.donations
    donations_for_plan(db, pingli, until=dt.date(2017, 3, 31), seed=9, last_year=False)
    ctx.bus.announce(Changes.of("donations", year=2017), None)
    wait_idle(qtbot)
    assert page.progress.totals.tally.donations > before


def test_a_year_without_plan_shows_the_hint(qtbot, ctx, pingli):
    page = open_page(qtbot, ctx, 2030)
    assert page.progress is None and not page.view.empty_hint.isHidden()
    assert page.units_model.rowCount() == 0
    ctx.set_year(2017)
    wait_idle(qtbot)
    assert page.progress is not None and page.view.empty_hint.isHidden()
