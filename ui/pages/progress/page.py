"""进度: completion of the working year's plan per unit, month and category, with charts.

The controller half of the page (layout in :mod:`ui.pages.progress.view`, charts in
:mod:`ui.pages.progress.charts`). Figures come from one ``Op`` calling
:func:`app.progress.compute_progress` on the worker, so a refresh over a million donations never
blocks the window; a newer request makes an older answer be dropped. The page refreshes when
donations, quotas, plans, units or the schedule change, and on a new working year or database.

A click on a unit's bar (or a double-click in the table) emits ``unit_requested(unit_id)``. The
page answers it itself: it opens the 献血登记 page on that unit when a page registered as
``donations`` offers ``show_unit(unit_id, start, until)``, and otherwise shows the unit's
figures (quota, done, rate, months, categories) in the 单位情况 box.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP
from app.progress import CATEGORY_ORDER, Progress, Supply, UnitProgress
from app.progress.counting import amount_text, percent_text, round_half_up
from app.progress.tables import period_words
from ui.bus import Changes
from ui.context import UiContext
from ui.models.progress_model import ProgressUnitsModel, SupplyModel, ranked_tree
from ui.pages.progress.data import ProgressData, load_progress
from ui.pages.progress.view import ProgressView
from ui.tasks import Op

WATCHED_TABLES = ("donations", "donors", "quotas", "plans", "units", "schedule")
#: The tabs, in the order of charts.CHARTS.
CHART_TITLES = (
    QT_TRANSLATE_NOOP("ProgressPage", "累计进度"),
    QT_TRANSLATE_NOOP("ProgressPage", "各单位完成率"),
    QT_TRANSLATE_NOOP("ProgressPage", "献血类别"),
    QT_TRANSLATE_NOOP("ProgressPage", "同比"),
)


class ProgressPage(QWidget):
    """The 进度 page; ``self.view`` holds the widgets, ``self.charts`` the four charts once shown."""

    unit_requested = Signal(int)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.progress: Progress | None = None
        self.supply: Supply | None = None
        self.charts: list[Any] = []
        self._request = 0
        self._until_chosen = False
        self._build()
        self._connect_callbacks()
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.view = ProgressView(self)
        lay.addWidget(self.view)
        for title in CHART_TITLES:
            self.view.add_chart_slot(QCoreApplication.translate("ProgressPage", title))
        self.view.add_supply_tab()
        self.units_model = ProgressUnitsModel(self)
        self.view.units_table.setModel(self.units_model)
        self.supply_model = SupplyModel(self)
        self.view.supply_table.setModel(self.supply_model)
        self.view.size_columns()
        self._show_empty(True)

    def _connect_callbacks(self) -> None:
        v = self.view
        v.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        v.until.dateChanged.connect(self._until_changed)
        v.refresh_btn.clicked.connect(self.refresh)
        v.export_tables_btn.clicked.connect(self.on_export_tables)
        v.export_chart_btn.clicked.connect(self.on_export_chart)
        v.tabs.currentChanged.connect(self._tab_changed)
        v.supply_btn.clicked.connect(self.compute_supply)
        v.supply_export_btn.clicked.connect(self.on_export_supply)
        v.units_table.selectionModel().currentRowChanged.connect(self._row_changed)
        v.units_table.activated.connect(self._row_activated)  # double-click or Enter
        self.unit_requested.connect(self.open_unit)
        self.ctx.bus.changed.connect(self._on_changes)
        self.ctx.bus.year_changed.connect(self._year_changed)
        self.ctx.bus.database_changed.connect(self._year_changed)

    def showEvent(self, event: QShowEvent) -> None:  # QWidget.showEvent
        self.ensure_charts()
        super().showEvent(event)

    def ensure_charts(self) -> None:
        """Build the charts (importing pyqtgraph) the first time they are needed."""
        if self.charts:
            return
        from ui.pages.progress.charts import CHARTS, CompletionChart

        for slot, cls in zip(self.view.chart_slots, CHARTS, strict=True):
            chart = cls(slot)
            slot.layout().addWidget(chart)
            self.charts.append(chart)
            if isinstance(chart, CompletionChart):
                chart.unit_clicked.connect(self.unit_requested)
        if self.progress is not None:
            self._draw_charts(self.progress)

    @property
    def completion_chart(self) -> Any:
        self.ensure_charts()
        return self.charts[1]

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the working year's plans and the chosen plan's figures on the worker."""
        db, year = self.ctx.db, self.ctx.year
        plan_id = self.view.plan_combo.currentData()
        until = self.view.until.date().toPython() if self._until_chosen else None
        self._request += 1
        request = self._request
        Op(self, lambda: load_progress(db, year, plan_id, until)).success(
            lambda data: self._show(data, request)
        ).run()

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*WATCHED_TABLES):
            self.refresh()

    def _year_changed(self, *_args: object) -> None:
        self._until_chosen = False
        self.view.plan_combo.blockSignals(True)
        self.view.plan_combo.clear()
        self.view.plan_combo.blockSignals(False)
        self.refresh()

    def _plan_chosen(self) -> None:
        self._until_chosen = False
        self.refresh()

    def _until_changed(self, _date: QDate) -> None:
        self._until_chosen = True
        self.refresh()

    def _show(self, data: ProgressData, request: int) -> None:
        if request != self._request:
            return  # a newer request is on its way
        v = self.view
        combo = v.plan_combo
        combo.blockSignals(True)
        combo.clear()
        for plan in data.plans:
            combo.addItem(plan.name, plan.id)
        if data.progress is not None:
            combo.setCurrentIndex(combo.findData(data.progress.plan.id))
        combo.blockSignals(False)
        self.progress = p = data.progress
        self._show_empty(p is None)
        if p is None:
            self.units_model.set_rows([])
            self.supply = None
            self.supply_model.set_supply(None)
            return
        v.until.blockSignals(True)
        v.until.setDateRange(QDate(p.plan.start), QDate(p.plan.end))
        v.until.setDate(QDate(p.until))
        v.until.blockSignals(False)
        keep = self.selected_unit_id()
        self.units_model.set_rows(ranked_tree(p.units, p.ranked))
        v.size_columns()
        v.summary.setText(self._summary(p))
        v.counting_note.setText(p.counting.explanation())
        behind = p.behind
        v.behind_label.setText(
            self.tr("进度滞后（时间安排已过、未完成）：{units}").format(
                units="、".join(f"{u.name}（{percent_text(u.rate)}）" for u in behind)
            )
            if behind
            else self.tr("没有进度滞后的单位。")
        )
        if keep is not None and self.units_model.row_of_unit(keep) >= 0:
            self.select_unit(keep)
        else:
            v.details_text.setText(self.tr("选择一个单位查看其各月、各类别的完成情况。"))
        if self.supply is not None:
            self.compute_supply()
        if self.charts:
            self._draw_charts(p)

    def _show_empty(self, empty: bool) -> None:
        v = self.view
        v.empty_hint.setVisible(empty)
        v.splitter.setEnabled(not empty)
        for button in (v.export_tables_btn, v.export_chart_btn, v.until):
            button.setEnabled(not empty)
        if empty:
            v.summary.setText("")
            v.counting_note.setText("")
            v.behind_label.setText("")
            v.details_text.setText("")

    def _draw_charts(self, p: Progress) -> None:
        for chart in self.charts:
            chart.show_progress(p)

    def _summary(self, p: Progress) -> str:
        t = p.totals
        m = p.plan.measure_label
        parts = [
            self.tr("<b>{period}</b>：完成 <b>{done}</b> / {quota} {m}，完成率 <b>{rate}</b>").format(
                period=period_words(p),
                done=amount_text(t.done),
                quota=t.quota,
                m=m,
                rate=percent_text(t.rate),
            ),
            self.tr("献血 {n} 人次，采血 {ml} 毫升（{t} 吨）").format(
                n=t.tally.donations, ml=t.tally.volume_ml, t=round_half_up(t.tonnes, 2)
            ),
            self.tr("千人口献血率 {v}").format(
                v=f"{round_half_up(t.per_thousand, 2)}‰" if t.per_thousand is not None else "—"
            ),
            self.tr("400毫升占比 {v}").format(v=percent_text(t.share_400)),
            self.tr("初次献血者 {v}").format(v=percent_text(t.share_first_time)),
            self.tr("人次同比 {v}").format(v=self._change(t.change_donations)),
        ]
        return "　·　".join(parts)

    @staticmethod
    def _change(value: Fraction | None) -> str:
        if value is None:
            return "—"
        sign = "+" if value > 0 else ("−" if value < 0 else "±")
        return f"{sign}{percent_text(abs(value))}"

    # -- units ----------------------------------------------------------------------------------
    def selected_unit_id(self) -> int | None:
        index = self.view.units_table.currentIndex()
        return self.units_model.unit(index.row()).unit_id if index.isValid() else None

    def select_unit(self, unit_id: int) -> None:
        row = self.units_model.row_of_unit(unit_id)
        if row >= 0:
            self.view.units_table.selectRow(row)
            self.view.units_table.scrollTo(self.units_model.index(row, 0))
            self.show_unit_figures(unit_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_unit_figures(self.units_model.unit(current.row()).unit_id)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.unit_requested.emit(self.units_model.unit(index.row()).unit_id)

    def open_unit(self, unit_id: int) -> None:
        """The unit's donations on the 献血登记 page if there is one, else its figures here."""
        window = self.window()
        pages = getattr(window, "pages", {})
        donations = pages.get("donations") if isinstance(pages, dict) else None
        if donations is not None and hasattr(donations, "show_unit") and self.progress is not None:
            window.show_page("donations")  # type: ignore[attr-defined]
            donations.show_unit(unit_id, self.progress.start, self.progress.until)
            return
        self.select_unit(unit_id)

    def show_unit_figures(self, unit_id: int) -> None:
        if self.progress is None:
            return
        row = self.units_model.row_of_unit(unit_id)
        if row < 0:
            return
        self.view.details_text.setText(self._unit_text(self.units_model.unit(row)))

    def _unit_text(self, u: UnitProgress) -> str:
        p = self.progress
        assert p is not None
        m = p.plan.measure_label
        lines = [f"<b>{u.name}</b>" + (self.tr("（含下属单位）") if u.is_system else "")]
        lines.append(
            self.tr("任务数 {q} {m}，完成 {d} {m}，完成率 {r}").format(
                q=u.quota, d=amount_text(u.done), m=m, r=percent_text(u.rate)
            )
        )
        when = []
        if u.rank is not None:
            when.append(self.tr("排名第 {n}").format(n=u.rank))
        if u.slot_label or u.due:
            when.append(
                self.tr("时间安排：{slot}（{due} 到期）").format(
                    slot=u.slot_label or self.tr("未排期"), due=u.due.isoformat() if u.due else "—"
                )
            )
        if u.behind:
            when.append("<span style='color:#c62828'>" + self.tr("进度滞后") + "</span>")
        if when:
            lines.append("，".join(when))
        lines.append(
            self.tr("献血 {n} 人次（全血 {w} 人次 {ml} 毫升，血小板 {pl} 人次 {doses} 个治疗量）").format(
                n=u.tally.donations,
                w=u.tally.whole,
                ml=u.tally.whole_ml,
                pl=u.tally.platelets,
                doses=u.tally.doses,
            )
        )
        cats = [f"{c}{amount_text(u.by_category[c])}" for c in CATEGORY_ORDER if u.by_category.get(c)]
        if cats:
            lines.append(self.tr("按类别：") + "、".join(cats))
        months = [
            f"{mp.label}{amount_text(u.by_month[(mp.year, mp.month)])}"
            for mp in p.months
            if u.by_month.get((mp.year, mp.month))
        ]
        if months:
            lines.append(self.tr("按月份：") + "、".join(months))
        return "<br>".join(lines)

    # -- 以献定用 ---------------------------------------------------------------------------------
    def compute_supply(self) -> None:
        """The allocation (plain arithmetic on the loaded figures, so on the GUI thread)."""
        from app.progress.supply import allocate_supply
        from ui.errors import show_error

        if self.progress is None:
            return
        v = self.view
        try:
            self.supply = allocate_supply(
                self.progress,
                v.supply_available.value(),
                floor=v.supply_floor.value(),
                cap=Fraction(v.supply_cap.value(), 100),
            )
        except KnownError as exc:
            self.supply = None
            self.supply_model.set_supply(None)
            v.supply_note.setText("")
            show_error(self, exc)
            return
        self.supply_model.set_supply(self.supply)
        v.supply_note.setText(self.supply.explanation)
        v.size_columns()

    def on_export_supply(self) -> None:
        if self.supply is None:
            self.compute_supply()
        if self.supply is None:
            return
        path = self._ask_path(
            self.tr("导出以献定用分配表"), "以献定用分配表.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path is not None:
            self.export_supply_to(path)

    def export_supply_to(self, path: Path) -> Op | None:
        from app.progress.tables import export_supply_xlsx

        supply = self.supply
        if supply is None:
            return None
        return self._export(lambda: export_supply_xlsx(supply, path))

    # -- export ---------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, kinds: str) -> Path | None:
        start = Path(self.ctx.settings.last_import_dir or str(Path.home())) / name
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(start), kinds)
        if not chosen:
            return None
        suffix = Path(name).suffix
        return Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)

    def _export(self, work: Any) -> Op:
        def done(out: Path) -> None:
            QMessageBox.information(self, self.tr("导出完成"), self.tr("已保存到：\n{path}").format(path=out))

        return Op(self, work).with_progress(self.tr("正在导出……"), cancellable=False).success(done).run()

    def on_export_tables(self) -> None:
        if self.progress is None:
            return
        name = f"{period_words(self.progress)}献血完成情况.xlsx"
        path = self._ask_path(self.tr("导出完成情况表"), name, self.tr("Excel 工作簿 (*.xlsx)"))
        if path is not None:
            self.export_tables_to(path)

    def export_tables_to(self, path: Path) -> Op | None:
        from app.progress.tables import export_xlsx

        progress, supply = self.progress, self.supply
        if progress is None:
            return None
        return self._export(lambda: export_xlsx(progress, path, supply=supply))

    def _tab_changed(self, index: int) -> None:
        self.view.export_chart_btn.setEnabled(self.progress is not None and index < len(CHART_TITLES))

    def on_export_chart(self) -> None:
        index = self.view.tabs.currentIndex()
        if self.progress is None or index >= len(CHART_TITLES):
            return
        name = QCoreApplication.translate("ProgressPage", CHART_TITLES[index]) + ".png"
        path = self._ask_path(self.tr("导出图片"), name, self.tr("PNG 图片 (*.png)"))
        if path is not None:
            self.export_chart_to(index, path)

    def export_chart_to(self, index: int, path: Path) -> Path:
        """Chart *index* as a 300 dpi PNG (on the GUI thread: it renders widgets)."""
        self.ensure_charts()
        try:
            return self.charts[index].export_png(path)
        except KnownError as exc:
            from ui.errors import show_error

            show_error(self, exc)
            raise

    # -- screenshots ----------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """For tools: the completion chart, and the first unit behind its slot selected."""
        self.view.tabs.setCurrentIndex(1)
        if self.progress is not None and self.progress.behind:
            self.select_unit(self.progress.behind[0].unit_id)
