"""The 指标 tab of the 指标与排期 page: quota edits, lock, remove, add a unit, allocate.

A mixin of :class:`ui.pages.plans.page.PlansPage`, kept apart so each tab's behaviour reads on its
own. It relies on the page for ``ctx``, ``view``, ``quota_model``, ``data``, ``plan``, the
selection helpers (``selected_quotas``, ``select_units``) and the write helpers (``_run_write``,
``_written``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.plans.quotas import remove_quotas, set_locked, set_quota
from app.plans.records import PlanRecord, QuotaRecord
from app.roster.records import normalize_name
from ui.context import UiContext
from ui.dialogs.allocate_dialog import AllocateDialog
from ui.models.quota_model import QuotaModel
from ui.pages.plans.data import PlanData
from ui.pages.plans.view import PlansView


class QuotaTabMixin:
    """Behaviour of the 指标 tab (mixed into :class:`~ui.pages.plans.page.PlansPage`)."""

    ctx: UiContext
    view: PlansView
    quota_model: QuotaModel
    data: PlanData | None
    allocate_dialog: AllocateDialog | None

    def _show_totals(self, plan: PlanRecord) -> None:
        v = self.view
        total = self.quota_model.total()
        locked = sum(1 for q in self.quota_model.records() if q.locked)
        v.count_label.setText(
            self.tr("{n} 个单位，其中锁定 {k} 个").format(n=self.quota_model.rowCount(), k=locked)
        )
        v.total_label.setText(
            self.tr("合计 {total}　目标 {target}（{measure}）").format(
                total=total, target=plan.target, measure=plan.measure_label
            )
        )
        differs = bool(plan.target) and total != plan.target
        v.total_warning.setVisible(differs)
        if differs:
            v.total_warning.setText(self.tr("⚠ 合计与目标相差 {diff:+d}").format(diff=total - plan.target))

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
        names = "、".join(q.unit_name for q in chosen[:5]) + (self.tr("等") if len(chosen) > 5 else "")
        answer = QMessageBox.question(
            self,
            self.tr("移除指标"),
            self.tr("从本计划中移除 {n} 个单位的指标（{names}）？\n单位本身仍在名册中。").format(
                n=len(chosen), names=names
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, plan_id, ids = self.ctx.db, self.plan.id, [q.unit_id for q in chosen]
        self._run_write(lambda: remove_quotas(db, plan_id, ids))

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
                self.tr("添加单位"),
                self.tr("{year}年名册中没有单位“{name}”。请先在名册中添加。").format(
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
