"""The 时间安排 tab of the 指标与排期 page: schedule units into slots, add and delete drives.

A mixin of :class:`ui.pages.plans.page.PlansPage`, kept apart so each tab's behaviour reads on its
own. It relies on the page for ``ctx``, ``view``, ``plan``, the selection helpers
(``selected_quotas``, ``_selected_unit_ids``) and ``_run_write``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from app.plans.schedule import add_drive, delete_slot, schedule_quotas
from app.plans.slots import Slot, parse_slot
from ui.context import UiContext
from ui.models.quota_model import ROW_ID_ROLE, ROW_KIND_ROLE
from ui.pages.plans.data import PlanData
from ui.pages.plans.view import SLOT_PARTS, PlansView


class ScheduleTabMixin:
    """Behaviour of the 时间安排 tab (mixed into :class:`~ui.pages.plans.page.PlansPage`)."""

    ctx: UiContext
    view: PlansView

    def _fill_slot_pickers(self, data: PlanData) -> None:
        v = self.view
        previous = v.slot_month.currentData()
        multi_year = data.plan.start_date.year != data.plan.end_date.year
        v.slot_month.blockSignals(True)
        v.slot_month.clear()
        y, m = data.plan.start_date.year, data.plan.start_date.month
        while (y, m) <= (data.plan.end_date.year, data.plan.end_date.month):
            v.slot_month.addItem(
                self.tr("{y}年{m}月").format(y=y, m=m) if multi_year else self.tr("{m}月").format(m=m),
                y * 100 + m,
            )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        index = v.slot_month.findData(previous) if previous is not None else -1
        v.slot_month.setCurrentIndex(max(0, index))
        v.slot_month.blockSignals(False)
        site = v.slot_site.currentText()
        v.slot_site.clear()
        v.slot_site.addItems(data.sites)
        v.slot_site.setEditText(site)

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
            self._hint(self.tr("请先在左侧表格中选择要安排的单位（可按住 Ctrl 多选）。"))
            return
        if slot is None:
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.view.slot_site.currentText().strip()
        where = self.tr("，采血点：{site}").format(site=site) if site else ""
        self._hint(
            self.tr("已把 {n} 个单位安排在{when}{where}。").format(n=len(ids), when=slot.label(), where=where)
        )
        self._run_write(lambda: schedule_quotas(db, plan_id, ids, slot, site=site))

    def on_clear_slot(self) -> None:
        if self.plan is None:
            return
        ids = self._selected_unit_ids(self.view.schedule_table)
        if not ids:
            self._hint(self.tr("请先在左侧表格中选择要取消安排的单位。"))
            return
        db, plan_id = self.ctx.db, self.plan.id
        self._hint(self.tr("已取消 {n} 个单位的时间安排。").format(n=len(ids)))
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
            self._hint(self.tr("请填写参与单位、对象，或先在左侧选择参加这次采血的单位。"))
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.view.slot_site.currentText().strip()
        self.view.participants.clear()
        where = self.tr("，采血点：{site}").format(site=site) if site else ""
        self._hint(self.tr("已新增采血活动：{when}{where}。").format(when=slot.label(), where=where))
        self._run_write(
            lambda: add_drive(db, plan_id, slot, site=site, participants=participants, unit_ids=ids)
        )

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
            self.tr("删除采血活动"),
            self.tr("删除采血活动“{who}”？安排在这次活动的单位将变为未安排。").format(who=who),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db
        self._run_write(lambda: delete_slot(db, slot_id))
