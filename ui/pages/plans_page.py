"""指标与排期: the working year's plans, their quotas per unit (指标分解) and the schedule (时间安排).

The controller half of the page (layout lives in :mod:`ui.pages.plans_view`). Every read and write
goes through an ``Op`` to the services in :mod:`app.plans`, :mod:`app.quota_split` and
:mod:`app.plan_io`; after a write the page reloads the whole plan (a few hundred rows at most) and
announces ``Changes.of("quotas", "plans")`` so the other pages follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import plan_io
from app.database import Database
from app.plans import (
    MonthView,
    PlanInput,
    PlanRecord,
    QuotaRecord,
    add_slot,
    create_plan,
    delete_plan,
    delete_slot,
    get_plan,
    list_plans,
    list_sites,
    month_view,
    plan_quotas,
    remove_quota,
    schedule_quotas,
    set_locked,
    set_quota,
    update_plan,
)
from app.roster import UnitRecord, list_units, normalize_name
from app.slots import Slot, parse_slot
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs.allocate_dialog import AllocateDialog
from ui.dialogs.plan_dialog import PlanDialog
from ui.models.quota_model import ROW_ID_ROLE, ROW_KIND_ROLE, MonthViewModel, QuotaModel
from ui.pages.plans_view import SLOT_PARTS, PlansView
from ui.tasks import Op

WATCHED_TABLES = ("quotas", "plans", "units", "sites", "schedule")
LAST_PLAN_KEY = "plans/last_plan"


def tr(text: str) -> str:
    return QCoreApplication.translate("PlansPage", text)


def month_text(day: date) -> str:
    return tr("{y}年{m}月").format(y=day.year, m=day.month)


@dataclass(frozen=True)
class PlanData:
    """Everything the page shows for one plan, loaded in one go on the worker."""

    plan: PlanRecord
    quotas: list[QuotaRecord]
    months: MonthView
    sites: list[str]
    units: list[UnitRecord]


def load_plan_data(db: Database, plan_id: int) -> PlanData:
    plan = get_plan(db, plan_id)
    return PlanData(
        plan=plan,
        quotas=plan_quotas(db, plan_id),
        months=month_view(db, plan_id),
        sites=list_sites(db),
        units=list_units(db, plan.year),
    )


class PlansPage(QWidget):
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
            return tr("{name}（{start}—{end}）").format(
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
        if not data.quotas:
            self._hint(
                tr("本计划还没有单位指标：可在“指标”页添加单位，或按上面的时间和采血点直接新增采血活动。")
            )

    def _show_plan_info(self, plan: PlanRecord) -> None:
        parts = [
            tr("{start} 至 {end}").format(start=month_text(plan.start_date), end=month_text(plan.end_date)),
            tr("计量：{m}").format(m=plan.measure_label),
            tr("目标：{t}").format(t=plan.target),
        ]
        if plan.source_doc:
            parts.insert(0, tr("依据：{doc}").format(doc=plan.source_doc))
        self.view.plan_info.setText("　·　".join(parts))

    def _show_totals(self, plan: PlanRecord) -> None:
        v = self.view
        total = self.quota_model.total()
        locked = sum(1 for q in self.quota_model.records() if q.locked)
        v.count_label.setText(
            tr("{n} 个单位，其中锁定 {k} 个").format(n=self.quota_model.rowCount(), k=locked)
        )
        v.total_label.setText(
            tr("合计 {total}　目标 {target}（{measure}）").format(
                total=total, target=plan.target, measure=plan.measure_label
            )
        )
        differs = bool(plan.target) and total != plan.target
        v.total_warning.setVisible(differs)
        if differs:
            v.total_warning.setText(tr("⚠ 合计与目标相差 {diff:+d}").format(diff=total - plan.target))

    def _fill_unit_picker(self, data: PlanData) -> None:
        combo = self.view.add_unit
        text = combo.currentText()
        in_plan = {q.unit_id for q in data.quotas}
        combo.blockSignals(True)
        combo.clear()
        for unit in data.units:
            if unit.id not in in_plan:
                combo.addItem(unit.name, unit.id)
        combo.setCurrentIndex(-1)
        combo.setEditText(text if combo.findText(text) >= 0 else "")
        combo.blockSignals(False)

    def _fill_slot_pickers(self, data: PlanData) -> None:
        v = self.view
        previous = v.slot_month.currentData()
        multi_year = data.plan.start_date.year != data.plan.end_date.year
        v.slot_month.blockSignals(True)
        v.slot_month.clear()
        y, m = data.plan.start_date.year, data.plan.start_date.month
        while (y, m) <= (data.plan.end_date.year, data.plan.end_date.month):
            v.slot_month.addItem(
                tr("{y}年{m}月").format(y=y, m=m) if multi_year else tr("{m}月").format(m=m), y * 100 + m
            )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        index = v.slot_month.findData(previous) if previous is not None else -1
        v.slot_month.setCurrentIndex(max(0, index))
        v.slot_month.blockSignals(False)
        site = v.slot_site.currentText()
        v.slot_site.clear()
        v.slot_site.addItems(data.sites)
        v.slot_site.setEditText(site)

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

    def save_amount(self, quota: QuotaRecord, amount: int) -> None:
        """The model's edit callback: a hand-typed quota (keeps its lock state)."""
        db = self.ctx.db
        self._run_write(lambda: set_quota(db, quota.plan_id, quota.unit_id, amount))

    def save_locked(self, quota: QuotaRecord, locked: bool) -> None:
        db = self.ctx.db
        self._run_write(lambda: set_locked(db, quota.plan_id, [quota.unit_id], locked))

    def on_lock_selected(self, locked: bool) -> None:
        if self.plan is None:
            return
        ids = [q.unit_id for q in self.selected_quotas()]
        if not ids:
            return
        db, plan_id = self.ctx.db, self.plan.id
        self._run_write(lambda: set_locked(db, plan_id, ids, locked))

    def on_remove_selected(self) -> None:
        if self.plan is None:
            return
        chosen = self.selected_quotas()
        if not chosen:
            return
        names = "、".join(q.unit_name for q in chosen[:5]) + (tr("等") if len(chosen) > 5 else "")
        answer = QMessageBox.question(
            self,
            tr("移除指标"),
            tr("从本计划中移除 {n} 个单位的指标（{names}）？\n单位本身仍在名册中。").format(
                n=len(chosen), names=names
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, plan_id, ids = self.ctx.db, self.plan.id, [q.unit_id for q in chosen]

        def work() -> None:
            for unit_id in ids:
                remove_quota(db, plan_id, unit_id)

        self._run_write(work)

    def on_add_unit(self) -> None:
        if self.data is None:
            return
        name = normalize_name(self.view.add_unit.currentText())
        if not name:
            return
        unit = next((u for u in self.data.units if u.name == name or name in u.aliases), None)
        if unit is None:
            QMessageBox.warning(
                self,
                tr("添加单位"),
                tr("{year}年名册中没有单位“{name}”。请先在名册中添加。").format(
                    year=self.data.plan.year, name=name
                ),
            )
            return
        if self.quota_model.row_of_unit(unit.id) >= 0:
            self.select_units([unit.name])
            return
        db, plan_id, amount = self.ctx.db, self.data.plan.id, self.view.add_amount.value()
        self.view.add_unit.setEditText("")
        self.view.add_amount.setValue(0)
        self._run_write(lambda: set_quota(db, plan_id, unit.id, amount))

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
            tr("删除计划"),
            tr("删除献血计划“{name}”及其 {n} 个单位的指标和全部时间安排？此操作不能撤销。").format(
                name=plan.name, n=plan.quota_count
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db
        self.data = None
        self._run_write(lambda: delete_plan(db, plan.id))

    # -- allocation ---------------------------------------------------------------------------
    def on_allocate(self) -> None:
        if self.data is None:
            return
        dlg = AllocateDialog(
            self,
            self.ctx.db,
            self.data.plan,
            self.data.quotas,
            [u.name for u in self.data.units],
        )
        dlg.accepted.connect(lambda: self._written())
        dlg.finished.connect(dlg.deleteLater)
        self.allocate_dialog = dlg
        dlg.open()

    # -- schedule -----------------------------------------------------------------------------
    def current_slot(self) -> Slot | None:
        """The slot chosen in the 时间安排 form (None when the plan has no months)."""
        kind, part, _label = SLOT_PARTS[max(0, self.view.slot_part.currentIndex())]
        if kind == "year":
            return Slot("year")
        code = self.view.slot_month.currentData()
        if code is None:
            return None
        return Slot(kind, int(code) // 100, int(code) % 100, part)  # type: ignore[arg-type]

    def set_slot(self, slot: Slot, site: str = "") -> None:
        """Show *slot* and *site* in the form (as when one scheduled unit is selected)."""
        v = self.view
        index = next(
            (i for i, (kind, part, _l) in enumerate(SLOT_PARTS) if kind == slot.kind and part == slot.part), 0
        )
        v.slot_part.setCurrentIndex(index)
        if slot.kind != "year" and slot.month is not None:
            year = slot.year or (self.plan.start_date.year if self.plan else 0)
            found = v.slot_month.findData(year * 100 + slot.month)
            if found >= 0:
                v.slot_month.setCurrentIndex(found)
        v.slot_site.setEditText(site)

    def _part_changed(self) -> None:
        kind = SLOT_PARTS[max(0, self.view.slot_part.currentIndex())][0]
        self.view.slot_month.setEnabled(kind != "year")

    def _schedule_selection_changed(self) -> None:
        chosen = self.selected_quotas(self.view.schedule_table)
        if len(chosen) != 1 or not chosen[0].slot_label or self.plan is None:
            return
        try:
            slot = parse_slot(chosen[0].slot_label, default_year=self.plan.start_date.year)
        except ValueError:
            return
        self.set_slot(slot, chosen[0].site_name)

    def _hint(self, text: str) -> None:
        self.view.schedule_hint.setText(text)

    def on_schedule(self) -> None:
        if self.plan is None:
            return
        ids = self._selected_unit_ids(self.view.schedule_table)
        slot = self.current_slot()
        if not ids:
            self._hint(tr("请先在左侧表格中选择要安排的单位（可按住 Ctrl 多选）。"))
            return
        if slot is None:
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.view.slot_site.currentText().strip()
        where = tr("，采血点：{site}").format(site=site) if site else ""
        self._hint(
            tr("已把 {n} 个单位安排在{when}{where}。").format(n=len(ids), when=slot.label(), where=where)
        )
        self._run_write(lambda: schedule_quotas(db, plan_id, ids, slot, site=site))

    def on_clear_slot(self) -> None:
        if self.plan is None:
            return
        ids = self._selected_unit_ids(self.view.schedule_table)
        if not ids:
            self._hint(tr("请先在左侧表格中选择要取消安排的单位。"))
            return
        db, plan_id = self.ctx.db, self.plan.id
        self._hint(tr("已取消 {n} 个单位的时间安排。").format(n=len(ids)))
        self._run_write(lambda: schedule_quotas(db, plan_id, ids, None))

    def on_add_drive(self) -> None:
        """A drive as 寿县 writes it: when, where, who (free text); selected units join it."""
        if self.plan is None:
            return
        slot = self.current_slot()
        if slot is None:
            return
        ids = self._selected_unit_ids(self.view.schedule_table)
        names = [q.unit_name for q in self.selected_quotas(self.view.schedule_table)]
        participants = self.view.participants.text().strip() or "、".join(names)
        if not participants:
            self._hint(tr("请填写参与单位、对象，或先在左侧选择参加这次采血的单位。"))
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.view.slot_site.currentText().strip()

        def work() -> None:
            add_slot(db, plan_id, slot, site=site, participants=participants)
            if ids:
                schedule_quotas(db, plan_id, ids, slot, site=site)

        self.view.participants.clear()
        where = tr("，采血点：{site}").format(site=site) if site else ""
        self._hint(tr("已新增采血活动：{when}{where}。").format(when=slot.label(), where=where))
        self._run_write(work)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.view.delete_drive_btn.setEnabled(self._drive_at(current) is not None)

    def _drive_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        if first.data(ROW_KIND_ROLE) != "drive":
            return None
        slot_id = first.data(ROW_ID_ROLE)
        return int(slot_id) if slot_id is not None else None

    def on_delete_drive(self) -> None:
        current = self.view.month_tree.currentIndex()
        slot_id = self._drive_at(current)
        if slot_id is None:
            return
        who = current.siblingAtColumn(1).data()
        answer = QMessageBox.question(
            self,
            tr("删除采血活动"),
            tr("删除采血活动“{who}”？安排在这次活动的单位将变为未安排。").format(who=who),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db
        self._run_write(lambda: delete_slot(db, slot_id))

    # -- import / export ----------------------------------------------------------------------
    def on_import(self) -> None:
        start = self.ctx.settings.last_import_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, tr("导入指标表"), start, tr("表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)")
        )
        if path:
            self.ctx.settings.last_import_dir = str(Path(path).parent)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the file on the worker, show what an import would do, then commit on the clerk's word."""
        db, year = self.ctx.db, self.ctx.year

        def read() -> tuple[plan_io.PlanImportPreview, list[UnitRecord]]:
            return plan_io.preview_plan_import(db, path, year), list_units(db, year, include_archived=True)

        Op(self, read).with_progress(tr("正在读取 {name}……").format(name=path.name)).success(
            lambda result: self._review_import(*result)
        ).run()

    @staticmethod
    def import_columns(preview: plan_io.PlanImportPreview) -> list[tuple[str, str]]:
        """The file's columns worth showing next to each row, by layout."""
        if preview.layout == "packed":
            return [("amount", tr("指标")), ("slot", tr("时间"))]
        if preview.layout == "schedule":
            wanted = (("slot", tr("时间")), ("site", tr("采血点")), ("note", tr("备注")))
        else:
            wanted = (
                ("amount", tr("指标")),
                ("slot", tr("时间")),
                ("site", tr("采血点")),
                ("population", tr("人口数")),
                ("staff", tr("在职人数")),
            )
        return [(key, label) for key, label in wanted if key in preview.columns]

    def _review_import(self, preview: plan_io.PlanImportPreview, units: list[UnitRecord]) -> None:
        from ui.dialogs.import_preview import ImportPreviewDialog

        dlg = ImportPreviewDialog(
            preview,
            self.import_columns(preview),
            [(u.id, u.name) for u in units],
            self,
            title=tr("导入指标表：{name}").format(name=preview.path.name),
        )
        dlg.decided.connect(lambda decisions: self._choose_import_target(preview, decisions))
        dlg.finished.connect(dlg.deleteLater)
        self.import_dialog = dlg
        dlg.open()

    def ask_import_target(self, preview: plan_io.PlanImportPreview) -> int | bool | None:
        """Into which plan: the shown one (its id), a new one (None), or cancelled (False)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("导入到哪个计划"))
        box.setText(
            tr("“{file}”：{n} 行，合计 {total}。导入到：").format(
                file=preview.path.name, n=len(preview.rows), total=preview.total
            )
        )
        if preview.mismatches:
            box.setInformativeText(tr("请核对：") + "\n" + "\n".join(preview.mismatches))
        new = box.addButton(
            tr("新建计划“{name}”").format(name=preview.plan_name), QMessageBox.ButtonRole.AcceptRole
        )
        current = None
        if self.plan is not None:
            current = box.addButton(
                tr("当前计划“{name}”").format(name=self.plan.name), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            return None
        if current is not None and clicked is current and self.plan is not None:
            return self.plan.id
        return False

    def _choose_import_target(self, preview: plan_io.PlanImportPreview, decisions: dict) -> None:
        target = self.ask_import_target(preview)
        if target is False:
            return
        self.commit_import(preview, decisions, target if isinstance(target, int) else None)

    def commit_import(
        self, preview: plan_io.PlanImportPreview, decisions: dict | None, plan_id: int | None
    ) -> None:
        db = self.ctx.db
        Op(self, lambda: plan_io.commit_plan_import(db, preview, decisions, plan_id=plan_id)).with_progress(
            tr("正在导入指标……"), cancellable=False
        ).success(self._imported).run()

    def _imported(self, result: plan_io.PlanImportResult) -> None:
        self.ctx.bus.announce(Changes.of("quotas", "plans", "units", year=self.ctx.year), self)
        lines = [tr("已导入 {n} 行，计划合计 {total}。").format(n=result.imported, total=result.total)]
        if result.created_units:
            lines.append(
                tr("新建单位 {n} 个：{names}").format(
                    n=len(result.created_units), names="、".join(result.created_units[:10])
                )
            )
        if result.skipped:
            lines.append(tr("跳过 {n} 行。").format(n=result.skipped))
        self._want_plan_id = result.plan_id
        self.refresh()
        QMessageBox.information(self, tr("导入完成"), "\n".join(lines))

    def on_export(self) -> None:
        if self.plan is None:
            return
        start = Path(self.ctx.settings.last_import_dir or str(Path.home())) / f"{self.plan.name}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, tr("导出指标表"), str(start), tr("Excel 工作簿 (*.xlsx)"))
        if path:
            target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        if self.plan is None:
            return
        db, plan_id = self.ctx.db, self.plan.id
        Op(self, lambda: plan_io.export_quota_table(db, plan_id, path)).with_progress(
            tr("正在导出……"), cancellable=False
        ).success(
            lambda out: QMessageBox.information(
                self, tr("导出完成"), tr("指标表已保存到：\n{path}").format(path=out)
            )
        ).run()

    # -- screenshots --------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """For tools.screenshots: the first plan on the 指标 tab with a unit selected."""
        if self.view.plan_combo.count() and self.view.plan_combo.currentIndex() < 0:
            self.view.plan_combo.setCurrentIndex(0)
        self.view.tabs.setCurrentIndex(0)
        if self.quota_model.rowCount() > 2:
            self.view.quota_table.selectRow(2)
