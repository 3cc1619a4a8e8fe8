"""指标与排期: the working year's plans, their quotas per unit (指标分解) and the schedule (时间安排).

The page composes: the plan bar (choose, new, edit, delete, import, export) above two tabs that
are widgets with their own controllers (:class:`~ui.pages.plans.quota_tab.QuotaTab`,
:class:`~ui.pages.plans.schedule_tab.ScheduleTab`) and the import/export controller
(:class:`~ui.pages.plans.transfer.PlanTransfer`). It loads the chosen plan (a few hundred rows at
most) and hands it to both tabs; after a tab's write it announces ``Changes.of("quotas", "plans")``
so the other pages follow, and reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.plans.listing import list_plans
from app.plans.plans import create_plan, delete_plan, update_plan
from app.plans.records import PlanInput, PlanRecord
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs import ask
from ui.dialogs.plan_dialog import PlanDialog
from ui.pages.plans.data import PlanData, load_plan_data, month_text
from ui.pages.plans.quota_tab import QuotaTab
from ui.pages.plans.schedule_tab import ScheduleTab
from ui.pages.plans.transfer import PlanTransfer
from ui.tasks import Op

WATCHED_TABLES = ("quotas", "plans", "units", "sites", "schedule")
LAST_PLAN_KEY = "plans/last_plan"


class PlansPage(QWidget):
    """The 指标与排期 page."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.plans: list[PlanRecord] = []
        self.data: PlanData | None = None
        self.plan_dialog: PlanDialog | None = None
        self._want_plan_id: int | None = None
        self._build()
        self.transfer = PlanTransfer(ctx, self, lambda: self.plan)
        self._connect_callbacks()
        self._show_data(None)
        self.refresh()

    @property
    def plan(self) -> PlanRecord | None:
        return self.data.plan if self.data is not None else None

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addLayout(self._plan_bar())
        self.plan_info = QLabel(self)
        self.plan_info.setObjectName("plan_info")
        self.plan_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.plan_info)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "PlansPage", "本年度还没有献血计划。点“新建计划…”填写，或点“导入指标表…”从 Excel 导入。"
            ),
            self,
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #606060; padding: 24px;")
        self.empty_hint.hide()
        outer.addWidget(self.empty_hint)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plan_tabs")
        self.quota_tab = QuotaTab(self.ctx, self.tabs)
        self.schedule_tab = ScheduleTab(self.ctx, self.tabs)
        self.tabs.addTab(self.quota_tab, QCoreApplication.translate("PlansPage", "指标(&Q)"))
        self.tabs.addTab(self.schedule_tab, QCoreApplication.translate("PlansPage", "时间安排(&J)"))
        outer.addWidget(self.tabs, 1)

    def _plan_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("PlansPage", "献血计划(&P)："), self)
        bar.addWidget(label)
        self.plan_combo = QComboBox(self)
        label.setBuddy(self.plan_combo)
        self.plan_combo.setObjectName("plan_combo")
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar.addWidget(self.plan_combo, 1)
        self.new_plan = QPushButton(QCoreApplication.translate("PlansPage", "新建计划(&N)…"), self)
        self.new_plan.setObjectName("new_plan")
        self.edit_plan = QPushButton(QCoreApplication.translate("PlansPage", "编辑计划(&T)…"), self)
        self.edit_plan.setObjectName("edit_plan")
        self.delete_plan = QPushButton(QCoreApplication.translate("PlansPage", "删除计划(&D)"), self)
        self.delete_plan.setObjectName("delete_plan")
        for button in (self.new_plan, self.edit_plan, self.delete_plan):
            bar.addWidget(button)
        bar.addSpacing(24)
        self.import_btn = QPushButton(QCoreApplication.translate("PlansPage", "导入指标表(&I)…"), self)
        self.import_btn.setObjectName("import_plan")
        self.import_btn.setToolTip(
            QCoreApplication.translate("PlansPage", "从 Excel/CSV 指标表或排期表导入（平利、如皋、寿县格式）")
        )
        self.export_btn = QPushButton(QCoreApplication.translate("PlansPage", "导出指标表(&X)…"), self)
        self.export_btn.setObjectName("export_plan")
        self.export_btn.setToolTip(QCoreApplication.translate("PlansPage", "导出可直接打印的 Excel 指标表"))
        bar.addWidget(self.import_btn)
        bar.addWidget(self.export_btn)
        return bar

    def _connect_callbacks(self) -> None:
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        self.new_plan.clicked.connect(self.on_new_plan)
        self.edit_plan.clicked.connect(self.on_edit_plan)
        self.delete_plan.clicked.connect(self.on_delete_plan)
        self.import_btn.clicked.connect(self.transfer.on_import)
        self.export_btn.clicked.connect(self.transfer.on_export)
        self.transfer.imported.connect(self._imported)
        for tab in (self.quota_tab, self.schedule_tab):
            tab.written.connect(self._written)
        self.ctx.bus.changed.connect(self._on_changes)
        self.ctx.bus.year_changed.connect(lambda _year: self.refresh())
        self.ctx.bus.database_changed.connect(self.refresh)

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        """新建 makes a plan; 刷新 reloads. (This page has no search and nothing unsaved.)"""
        return {ActionId.NEW: self.on_new_plan, ActionId.REFRESH: self.refresh}

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the plans of the working year, keeping the chosen plan if it is still there."""
        db, year = self.ctx.db, self.ctx.year
        Op(self, lambda: list_plans(db, year)).success(self._show_plans).run()

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*WATCHED_TABLES):
            self.refresh()

    def _show_plans(self, plans: list[PlanRecord]) -> None:
        self.plans = plans
        wanted = self._want_plan_id or (self.plan.id if self.plan is not None else None)
        if wanted is None:
            remembered = str(self.ctx.settings.value(LAST_PLAN_KEY, ""))
            wanted = int(remembered) if remembered.isdigit() else None
        self._want_plan_id = None
        combo = self.plan_combo
        combo.blockSignals(True)
        combo.clear()
        for p in plans:
            combo.addItem(self._plan_title(p), p.id)
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if plans else -1))
        combo.blockSignals(False)
        self._plan_chosen()

    def _plan_title(self, plan: PlanRecord) -> str:
        """The name, with the period where it spans years and the name does not already say so."""
        if plan.start_date.year != plan.end_date.year and month_text(plan.start_date) not in plan.name:
            return QCoreApplication.translate("PlansPage", "{name}（{start}—{end}）").format(
                name=plan.name, start=month_text(plan.start_date), end=month_text(plan.end_date)
            )
        return plan.name

    def _plan_chosen(self) -> None:
        plan_id = self.plan_combo.currentData()
        if plan_id is None:
            self._show_data(None)
            return
        self.ctx.settings.set_value(LAST_PLAN_KEY, plan_id)
        self.load_plan(int(plan_id))

    def load_plan(self, plan_id: int) -> None:
        db = self.ctx.db
        Op(self, lambda: load_plan_data(db, plan_id)).success(self._show_data).run()

    def reload(self) -> None:
        if self.plan is not None:
            self.load_plan(self.plan.id)
        else:
            self.refresh()

    def _show_data(self, data: PlanData | None) -> None:
        if data is not None and self.plan_combo.currentData() not in (None, data.plan.id):
            return  # a newer choice is already loading
        self.data = data
        has_plan = data is not None
        self.empty_hint.setVisible(not has_plan)
        self.tabs.setEnabled(has_plan)
        for button in (self.edit_plan, self.delete_plan, self.export_btn):
            button.setEnabled(has_plan)
        self.quota_tab.show_data(data)
        self.schedule_tab.show_data(data)
        self.plan_info.setText(self._plan_info(data.plan) if data is not None else "")

    def _plan_info(self, plan: PlanRecord) -> str:
        parts = [
            QCoreApplication.translate("PlansPage", "{start} 至 {end}").format(
                start=month_text(plan.start_date), end=month_text(plan.end_date)
            ),
            QCoreApplication.translate("PlansPage", "计量：{m}").format(m=plan.measure_label),
            QCoreApplication.translate("PlansPage", "目标：{t}").format(t=plan.target),
        ]
        if plan.source_doc:
            parts.insert(
                0, QCoreApplication.translate("PlansPage", "依据：{doc}").format(doc=plan.source_doc)
            )
        return "　·　".join(parts)

    # -- after writes -------------------------------------------------------------------------
    def _written(self, landed: bool) -> None:
        """After a tab's write: tell the other pages, then reload (a refused write reloads too)."""
        if landed:
            self.ctx.bus.announce(Changes.of("quotas", "plans", year=self.ctx.year), self)
        self.reload()

    def _imported(self, plan_id: int) -> None:
        self._want_plan_id = plan_id
        self.refresh()

    # -- plans --------------------------------------------------------------------------------
    def on_new_plan(self) -> None:
        self._open_plan_dialog(None)

    def on_edit_plan(self) -> None:
        if self.plan is not None:
            self._open_plan_dialog(self.plan)

    def _open_plan_dialog(self, plan: PlanRecord | None) -> None:
        dlg = PlanDialog(self, year=self.ctx.year, plan=plan)
        plan_id = plan.id if plan is not None else None
        dlg.accepted.connect(lambda: self._save_plan(plan_id, dlg.value()))
        dlg.finished.connect(dlg.deleteLater)
        self.plan_dialog = dlg
        dlg.open()

    def _save_plan(self, plan_id: int | None, data: PlanInput) -> None:
        db = self.ctx.db

        def work() -> PlanRecord:
            return create_plan(db, data) if plan_id is None else update_plan(db, plan_id, data)

        Op(self, work).success(self._plan_saved).run()

    def _plan_saved(self, plan: PlanRecord) -> None:
        year = self.ctx.year
        self.ctx.bus.announce(Changes.of("plans", year=plan.year), self)
        self._want_plan_id = plan.id
        if not (plan.start_date.year <= year <= plan.end_date.year):
            self.ctx.set_year(plan.year)  # year_changed refreshes; the new plan is then listed
        else:
            self.refresh()

    def on_delete_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if not ask.confirm(
            self,
            QCoreApplication.translate("PlansPage", "删除计划"),
            QCoreApplication.translate(
                "PlansPage", "删除献血计划“{name}”及其 {n} 个单位的指标和全部时间安排？此操作不能撤销。"
            ).format(name=plan.name, n=plan.quota_count),
        ):
            return
        db = self.ctx.db
        self.data = None

        def failed(exc: BaseException) -> None:
            from ui.errors import show_error

            self.reload()
            show_error(self, exc)

        Op(self, lambda: delete_plan(db, plan.id)).success(lambda _: self._written(True)).failure(
            failed
        ).run()

    # -- screenshots --------------------------------------------------------------------------
    def prepare_screenshot(self, tab: int = 0) -> None:
        """For tools.screenshots: the first plan on *tab* (0 指标, 1 时间安排) with a unit selected."""
        if self.plan_combo.count() and self.plan_combo.currentIndex() < 0:
            self.plan_combo.setCurrentIndex(0)
        self.tabs.setCurrentIndex(tab)
        if tab == 0 and self.quota_tab.model.rowCount() > 2:
            self.quota_tab.table.selectRow(2)
