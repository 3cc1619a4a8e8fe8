"""指标与排期: the working year's plans, their quotas per unit (指标分解) and the schedule (时间安排).

The controller half of the page (layout lives in :mod:`ui.pages.plans.view`). Every read and write
goes through an ``Op`` to the services in :mod:`app.plans`, :mod:`app.quota_split` and
:mod:`app.plan_io`; after a write the page reloads the whole plan (a few hundred rows at most) and
announces ``Changes.of("quotas", "plans")`` so the other pages follow.

This module holds what the whole page shares: building and wiring, loading a plan, selection,
running writes, and the plan bar (new, edit, delete). Each tab's behaviour and the import/export
actions are mixins next to it: :mod:`ui.pages.plans.quota_tab`, :mod:`ui.pages.plans.schedule_tab`
and :mod:`ui.pages.plans.transfer`; :mod:`ui.pages.plans.data` holds the loaded data and ``tr``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QMessageBox, QTableView, QVBoxLayout, QWidget

from app.plans.plans import create_plan, delete_plan, list_plans, update_plan
from app.plans.records import PlanInput, PlanRecord, QuotaRecord
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs.allocate_dialog import AllocateDialog
from ui.dialogs.plan_dialog import PlanDialog
from ui.models.quota_model import MonthViewModel, QuotaModel
from ui.pages.plans.data import PlanData, load_plan_data, month_text
from ui.pages.plans.quota_tab import QuotaTabMixin
from ui.pages.plans.schedule_tab import ScheduleTabMixin
from ui.pages.plans.transfer import ImportExportMixin
from ui.pages.plans.view import PlansView
from ui.tasks import Op

WATCHED_TABLES = ("quotas", "plans", "units", "sites", "schedule")
LAST_PLAN_KEY = "plans/last_plan"


class PlansPage(QuotaTabMixin, ScheduleTabMixin, ImportExportMixin, QWidget):
    """The 指标与排期 page; ``self.view`` holds the widgets."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.plans: list[PlanRecord] = []
        self.data: PlanData | None = None
        self.allocate_dialog: AllocateDialog | None = None
        self.plan_dialog: PlanDialog | None = None
        self.import_dialog: QDialog | None = None
        self._want_plan_id: int | None = None
        self._build()
        self._connect_callbacks()
        self.refresh()

    @property
    def plan(self) -> PlanRecord | None:
        return self.data.plan if self.data is not None else None

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.view = PlansView(self)
        lay.addWidget(self.view)
        self.quota_model = QuotaModel(self, on_amount=self.save_amount, on_locked=self.save_locked)
        self.view.quota_table.setModel(self.quota_model)
        self.view.schedule_table.setModel(self.quota_model)
        self.view.show_schedule_columns()
        self.month_model = MonthViewModel(self)
        self.view.month_tree.setModel(self.month_model)
        completer = QCompleter(self.view.add_unit.model(), self.view.add_unit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.view.add_unit.setCompleter(completer)
        self._show_data(None)

    def _connect_callbacks(self) -> None:
        v = self.view
        v.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        v.new_plan.clicked.connect(self.on_new_plan)
        v.edit_plan.clicked.connect(self.on_edit_plan)
        v.delete_plan.clicked.connect(self.on_delete_plan)
        v.import_btn.clicked.connect(self.on_import)
        v.export_btn.clicked.connect(self.on_export)
        v.allocate_btn.clicked.connect(self.on_allocate)
        v.lock_btn.clicked.connect(lambda: self.on_lock_selected(True))
        v.unlock_btn.clicked.connect(lambda: self.on_lock_selected(False))
        v.remove_btn.clicked.connect(self.on_remove_selected)
        v.add_btn.clicked.connect(self.on_add_unit)
        v.slot_part.currentIndexChanged.connect(self._part_changed)
        v.schedule_btn.clicked.connect(self.on_schedule)
        v.clear_slot_btn.clicked.connect(self.on_clear_slot)
        v.add_drive_btn.clicked.connect(self.on_add_drive)
        v.delete_drive_btn.clicked.connect(self.on_delete_drive)
        v.schedule_table.selectionModel().selectionChanged.connect(self._schedule_selection_changed)
        v.month_tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.ctx.bus.changed.connect(self._on_changes)
        self.ctx.bus.year_changed.connect(lambda _year: self.refresh())
        self.ctx.bus.database_changed.connect(self.refresh)

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
        combo = self.view.plan_combo
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
            return self.tr("{name}（{start}—{end}）").format(
                name=plan.name, start=month_text(plan.start_date), end=month_text(plan.end_date)
            )
        return plan.name

    def _plan_chosen(self) -> None:
        plan_id = self.view.plan_combo.currentData()
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
        if data is not None and self.view.plan_combo.currentData() not in (None, data.plan.id):
            return  # a newer choice is already loading
        v = self.view
        same_plan = data is not None and self.data is not None and self.data.plan.id == data.plan.id
        keep_quota = self._selected_unit_ids(v.quota_table) if same_plan else []
        keep_schedule = self._selected_unit_ids(v.schedule_table) if same_plan else []
        self.data = data
        has_plan = data is not None
        v.empty_hint.setVisible(not has_plan)
        v.tabs.setEnabled(has_plan)
        for button in (v.edit_plan, v.delete_plan, v.export_btn):
            button.setEnabled(has_plan)
        self.quota_model.set_records(data.quotas if data else [])
        self.month_model.set_view(data.months if data else None, data.plan.measure_label if data else "")
        v.size_quota_columns()
        v.show_schedule_columns()
        v.size_month_columns()
        self._select_units(v.quota_table, keep_quota)
        self._select_units(v.schedule_table, keep_schedule)
        v.delete_drive_btn.setEnabled(False)
        if data is None:
            v.plan_info.setText("")
            v.count_label.setText("")
            v.total_label.setText("")
            v.total_warning.hide()
            return
        self._show_plan_info(data.plan)
        self._show_totals(data.plan)
        self._fill_unit_picker(data)
        self._fill_slot_pickers(data)
        no_quotas = self.tr(
            "本计划还没有单位指标：可在“指标”页添加单位，或按上面的时间和采血点直接新增采血活动。"
        )
        if not data.has_quotas:
            self._hint(no_quotas)
        elif self.view.schedule_hint.text() == no_quotas:  # said of this or the previous plan
            self._hint("")

    def _show_plan_info(self, plan: PlanRecord) -> None:
        parts = [
            self.tr("{start} 至 {end}").format(
                start=month_text(plan.start_date), end=month_text(plan.end_date)
            ),
            self.tr("计量：{m}").format(m=plan.measure_label),
            self.tr("目标：{t}").format(t=plan.target),
        ]
        if plan.source_doc:
            parts.insert(0, self.tr("依据：{doc}").format(doc=plan.source_doc))
        self.view.plan_info.setText("　·　".join(parts))

    # -- selection helpers --------------------------------------------------------------------
    def _selected_rows(self, table: QTableView) -> list[int]:
        model = table.selectionModel()
        return sorted({i.row() for i in model.selectedRows()}) if model is not None else []

    def _selected_unit_ids(self, table: QTableView) -> list[int]:
        return [self.quota_model.record(r).unit_id for r in self._selected_rows(table)]

    def selected_quotas(self, table: QTableView | None = None) -> list[QuotaRecord]:
        return [self.quota_model.record(r) for r in self._selected_rows(table or self.view.quota_table)]

    def _select_units(self, table: QTableView, unit_ids: list[int]) -> None:
        sel = table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        rows = [r for r in (self.quota_model.row_of_unit(u) for u in unit_ids) if r >= 0]
        for row in rows:
            sel.select(self.quota_model.index(row, 0), flags)
        if rows:
            table.scrollTo(self.quota_model.index(rows[0], 0))

    def select_units(self, names: list[str], table: QTableView | None = None) -> None:
        """Select the rows of the named units (keyboard-free selection for tests and look-ups)."""
        ids = [q.unit_id for q in self.quota_model.records() if q.unit_name in names]
        self._select_units(table or self.view.quota_table, ids)

    # -- writes -------------------------------------------------------------------------------
    def _written(self, select_plan: int | None = None) -> None:
        """After a write: tell the other pages, then reload this one."""
        self.ctx.bus.announce(Changes.of("quotas", "plans", year=self.ctx.year), self)
        if select_plan is not None:
            self._want_plan_id = select_plan
            self.refresh()
        else:
            self.reload()

    def _run_write(self, fn: Any, *, select_plan: int | None = None, label: str | None = None) -> Op:
        """Run a write; on failure show the reason and reload, so the table shows what is stored."""

        def failed(exc: BaseException) -> None:
            from ui.errors import show_error

            self.reload()
            show_error(self, exc)

        op = Op(self, fn).success(lambda _: self._written(select_plan)).failure(failed)
        if label is not None:
            op.with_progress(label, cancellable=False)
        return op.run()

    # -- plans --------------------------------------------------------------------------------
    def on_new_plan(self) -> None:
        dlg = PlanDialog(self, year=self.ctx.year)
        dlg.accepted.connect(lambda: self._save_plan(None, dlg.value()))
        dlg.finished.connect(dlg.deleteLater)
        self.plan_dialog = dlg
        dlg.open()

    def on_edit_plan(self) -> None:
        if self.plan is None:
            return
        plan_id = self.plan.id
        dlg = PlanDialog(self, year=self.ctx.year, plan=self.plan)
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
        answer = QMessageBox.question(
            self,
            self.tr("删除计划"),
            self.tr("删除献血计划“{name}”及其 {n} 个单位的指标和全部时间安排？此操作不能撤销。").format(
                name=plan.name, n=plan.quota_count
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db
        self.data = None
        self._run_write(lambda: delete_plan(db, plan.id))

    # -- screenshots --------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """For tools.screenshots: the first plan on the 指标 tab with a unit selected."""
        if self.view.plan_combo.count() and self.view.plan_combo.currentIndex() < 0:
            self.view.plan_combo.setCurrentIndex(0)
        self.view.tabs.setCurrentIndex(0)
        if self.quota_model.rowCount() > 2:
            self.view.quota_table.selectRow(2)
