"""The 进度 page's four charts (pyqtgraph), each exportable as a PNG at print resolution.

Imported only when the page is first shown: pyqtgraph with numpy costs half a second of start-up
(PITFALLS §1). Axis labels are Chinese (months 1月…12月, unit names); colours follow the bands of
:func:`app.progress.counting.rate_band`, as in the 通报's Pillow chart.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.files import safe_write
from app.i18n import QT_TRANSLATE_NOOP
from app.progress.counting import BAND_COLOURS, percent_text, rate_band
from app.progress.records import Progress

PRINT_DPI = 300
PRINT_WIDTH_MM = 160
EXPORT_SIZE = (800, 620)  # layout size of a chart exported before it was ever shown
PLAN_COLOUR = QColor(30, 90, 170)
DONE_COLOUR = QColor(198, 40, 40)
LAST_COLOUR = QColor(140, 140, 140)


def print_width_px(width_mm: float = PRINT_WIDTH_MM, dpi: int = PRINT_DPI) -> int:
    """Pixels for *width_mm* printed at *dpi* (160 mm at 300 dpi: 1890 px)."""
    return round(width_mm / 25.4 * dpi)


class _PlotWidget(pg.PlotWidget):
    """pyqtgraph's PlotWidget, but a paint that arrives after close() (its scene already let go, as
    when a page is torn down while events are pending) is dropped instead of reaching a scene that
    no longer exists. The crash it was added for most likely came from garbage collection on the
    worker thread freeing Qt objects (now prevented: ui/gui_gc.py); the guard stays as a belt."""

    def paintEvent(self, ev) -> None:  # type: ignore[no-untyped-def]  # QWidget.paintEvent
        import shiboken6

        scene = self.sceneObj if not getattr(self, "closed", False) else None
        if scene is None or not shiboken6.isValid(scene) or self.scene() is not scene:
            return
        super().paintEvent(ev)


class Chart(QWidget):
    """A plot with white paper, black axes and CJK-capable fonts; subclasses draw a Progress."""

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.plot = _PlotWidget(self, background="w")
        self.plot.setMenuEnabled(False)
        self.item = self.plot.getPlotItem()
        self.item.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setPen(pg.mkPen("k"))
            axis.setTextPen(pg.mkPen("k"))
        lay.addWidget(self.plot)

    def clear(self) -> None:
        self.item.clear()

    def key(self, entries: list[tuple[QColor, str, str]], x: float, y: float) -> None:
        """The legend as one text item at view point (x, y), its top-left corner: (colour, mark,
        name) per line. pyqtgraph's LegendItem is not used: its labels do not grow with an
        export at print resolution, and resizing them left a crash at shutdown."""
        lines = [f"<span style='color:{c.name()}'>{mark}</span>&nbsp;{name}" for c, mark, name in entries]
        text = pg.TextItem(
            html="<div style='color:#000'>" + "<br>".join(lines) + "</div>",
            anchor=(0, 0),
            fill=pg.mkBrush(255, 255, 255, 220),
            border=pg.mkPen(200, 200, 200),
        )
        text.setPos(x, y)
        self.item.addItem(text)

    def show_progress(self, p: Progress) -> None:
        raise NotImplementedError

    def export_png(self, path: Path, *, width_mm: float = PRINT_WIDTH_MM, dpi: int = PRINT_DPI) -> Path:
        """The chart as a PNG *width_mm* wide at *dpi* (print resolution), written safely."""
        if not self.plot.isVisible():
            # a chart on a tab never shown has no size yet: lay it out as it would be on screen
            self.item.setGeometry(QRectF(0, 0, *EXPORT_SIZE))
            self.item.layout.activate()
        exporter = ImageExporter(self.item)
        width = print_width_px(width_mm, dpi)
        exporter.parameters()["width"] = width
        exporter.parameters()["antialias"] = True
        image = exporter.export(toBytes=True)
        per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(per_metre)  # so Word/WPS insert it at its printed size
        image.setDotsPerMeterY(per_metre)

        def write(tmp: Path) -> None:
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"cannot write {tmp}")

        return safe_write(Path(path), write)


def _month_ticks(p: Progress) -> list[tuple[int, str]]:
    return [(i, m.label) for i, m in enumerate(p.months)]


class CumulativeChart(Chart):
    """Cumulative plan against done by month; the plan line rises in the months quotas fall due."""

    title = QT_TRANSLATE_NOOP("ProgressPage", "累计进度")

    def show_progress(self, p: Progress) -> None:
        self.clear()
        x = list(range(len(p.months)))
        plan = [m.plan_cumulative for m in p.months]
        done = [float(m.done_cumulative) for m in p.months if m.done_cumulative is not None]
        last = [float(m.last_year_cumulative) for m in p.months]
        self.plan_curve = self.item.plot(
            x,
            plan,
            pen=pg.mkPen(PLAN_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=6,
            symbolBrush=PLAN_COLOUR,
        )
        self.done_curve = self.item.plot(
            x[: len(done)],
            done,
            pen=pg.mkPen(DONE_COLOUR, width=3),
            symbol="o",
            symbolSize=7,
            symbolBrush=DONE_COLOUR,
        )
        self.last_curve = self.item.plot(
            x,
            last,
            pen=pg.mkPen(LAST_COLOUR, width=2, style=Qt.PenStyle.DotLine),
            name=QCoreApplication.translate("ProgressPage", "去年同期（累计）"),
        )
        self.item.getAxis("bottom").setTicks([_month_ticks(p)])
        self.item.setLabel(
            "left", QCoreApplication.translate("ProgressPage", "累计（{m}）").format(m=p.plan.measure_label)
        )
        self.item.setLabel("bottom", QCoreApplication.translate("ProgressPage", "月份"))
        self.item.setXRange(-0.5, len(x) - 0.5, padding=0)
        top = max([1.0, *plan, *done, *last]) * 1.08
        self.item.setYRange(0, top, padding=0)
        self.key(
            [
                (PLAN_COLOUR, "■ ─ ─", QCoreApplication.translate("ProgressPage", "计划（累计）")),
                (DONE_COLOUR, "●━━", QCoreApplication.translate("ProgressPage", "完成（累计）")),
                (LAST_COLOUR, "┈┈┈", QCoreApplication.translate("ProgressPage", "去年同期（累计）")),
            ],
            -0.3,
            top,
        )


class CompletionChart(Chart):
    """Completion by unit as horizontal bars, highest on top, coloured ≥100 % / 80–100 % / <80 %.

    A click on a bar emits ``unit_clicked(unit_id)``.
    """

    title = QT_TRANSLATE_NOOP("ProgressPage", "各单位完成率")
    unit_clicked = Signal(int)
    VISIBLE = 25  # bars shown at once; the rest by dragging the view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[tuple[int, str, Fraction | None]] = []
        self.item.showGrid(x=False, y=False)
        self.item.setMouseEnabled(x=False, y=True)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def show_progress(self, p: Progress) -> None:
        self.clear()
        ranked = [u for u in p.ranked if u.rate is not None]
        n = len(ranked)
        # top of the chart = first rank: y counts down
        self.units = [(u.unit_id, u.name, u.rate) for u in ranked]
        ys = [n - 1 - i for i in range(n)]
        widths = [float(u.rate or 0) * 100 for u in ranked]
        brushes = [pg.mkBrush(*BAND_COLOURS[rate_band(u.rate)]) for u in ranked]
        self.bars = pg.BarGraphItem(x0=0, y=ys, height=0.7, width=widths, brushes=brushes, pens=[None] * n)
        self.item.addItem(self.bars)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for y, w, u in zip(ys, widths, ranked, strict=True):
            label = pg.TextItem(percent_text(u.rate), color="k", anchor=(0, 0.5))
            label.setFont(small)
            label.setPos(w, y)
            self.item.addItem(label)
        self.item.addItem(
            pg.InfiniteLine(100, angle=90, pen=pg.mkPen("k", width=1, style=Qt.PenStyle.DashLine))
        )
        left = self.item.getAxis("left")
        left.setTicks([[(y, u.name) for y, u in zip(ys, ranked, strict=True)]])
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        left.setWidth(max([metrics.horizontalAdvance(u.name) for u in ranked] + [40]) + 16)
        self.item.setLabel("bottom", QCoreApplication.translate("ProgressPage", "完成率（%）"))
        top = max([100.0, *widths])
        self.item.setXRange(0, top * 1.15, padding=0)
        shown = min(n, self.VISIBLE)
        self.item.setYRange(n - shown - 0.5, n - 0.5, padding=0)

    def unit_at(self, y: float) -> int | None:
        """The unit of the bar at view height *y*, or None between bars."""
        n = len(self.units)
        index = n - 1 - round(y)
        if 0 <= index < n and abs(y - round(y)) <= 0.35:
            return self.units[index][0]
        return None

    def bar_scene_pos(self, unit_id: int) -> QPointF:
        """Where the bar of *unit_id* is on screen (scene coordinates), for clicks in tests."""
        n = len(self.units)
        index = next(i for i, (uid, _n, _r) in enumerate(self.units) if uid == unit_id)
        width = float(self.units[index][2] or 0) * 100
        return self.item.getViewBox().mapViewToScene(QPointF(max(width / 2, 1.0), n - 1 - index))

    def _clicked(self, event) -> None:  # pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.item.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view.mapSceneToView(event.scenePos())
        unit_id = self.unit_at(point.y())
        if unit_id is not None and point.x() >= 0:
            self.unit_clicked.emit(unit_id)


def _grouped(item: pg.PlotItem, now: list[float], before: list[float], labels: list[str]) -> float:
    """Last year's bar (grey) beside this year's (red) per label; returns the top of the range."""
    x = list(range(len(now)))
    item.addItem(
        pg.BarGraphItem(
            x=[i - 0.18 for i in x],
            height=before,
            width=0.34,
            brush=pg.mkBrush(LAST_COLOUR),
            pen=None,
        )
    )
    item.addItem(
        pg.BarGraphItem(
            x=[i + 0.18 for i in x],
            height=now,
            width=0.34,
            brush=pg.mkBrush(DONE_COLOUR),
            pen=None,
        )
    )
    item.getAxis("bottom").setTicks([list(zip(x, labels, strict=True))])
    item.setXRange(-0.6, len(x) - 0.4, padding=0)
    top = max([1.0, *now, *before]) * 1.15
    item.setYRange(0, top, padding=0)
    return top


def _year_key() -> list[tuple[QColor, str, str]]:
    return [
        (LAST_COLOUR, "■", QCoreApplication.translate("ProgressPage", "去年同期")),
        (DONE_COLOUR, "■", QCoreApplication.translate("ProgressPage", "今年")),
    ]


class CategoryChart(Chart):
    """Done per category (街头个人、团体、学生、军人、应急、互助), this year against last year."""

    title = QT_TRANSLATE_NOOP("ProgressPage", "献血类别")

    def show_progress(self, p: Progress) -> None:
        self.clear()
        top = _grouped(
            self.item,
            [float(c.done) for c in p.categories],
            [float(c.last_year_done) for c in p.categories],
            [c.category for c in p.categories],
        )
        self.item.setLabel(
            "left", QCoreApplication.translate("ProgressPage", "完成数（{m}）").format(m=p.plan.measure_label)
        )
        self.key(_year_key(), -0.5, top)


class YearChart(Chart):
    """Done by month, this year against the same months last year."""

    title = QT_TRANSLATE_NOOP("ProgressPage", "同比")

    def show_progress(self, p: Progress) -> None:
        self.clear()
        top = _grouped(
            self.item,
            [float(m.done) if m.done is not None else 0.0 for m in p.months],
            [float(m.last_year_done) for m in p.months],
            [m.label for m in p.months],
        )
        self.item.setLabel(
            "left",
            QCoreApplication.translate("ProgressPage", "当月完成（{m}）").format(m=p.plan.measure_label),
        )
        self.item.setLabel("bottom", QCoreApplication.translate("ProgressPage", "月份"))
        self.key(_year_key(), -0.5, top)


CHARTS: tuple[type[Chart], ...] = (CumulativeChart, CompletionChart, CategoryChart, YearChart)
