"""What the 指标与排期 page shows for one plan, and what its tabs share.

:func:`load_plan_data` (``app.plans.overview.plan_overview``) runs on the worker and returns
everything the page needs, read in one session; :func:`month_text` keeps the
``PlansPage`` translation context; :func:`run_write` is how a tab writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, SignalInstance
from PySide6.QtWidgets import QTableView, QWidget

from app.plans.overview import PlanOverview, plan_overview
from app.plans.records import QuotaRecord
from ui.models.quota_model import QuotaModel
from ui.tasks import Op


def month_text(day: date) -> str:
    return QCoreApplication.translate("PlansPage", "{y}年{m}月").format(y=day.year, m=day.month)


# One service call, one session (app.plans.overview); the page's names for it.
PlanData = PlanOverview
load_plan_data = plan_overview


def run_write(parent: QWidget, fn: Callable[[], Any], written: SignalInstance) -> Op:
    """Run a tab's write; ``written(True)`` after it landed, ``written(False)`` after a refusal
    (whose reason is shown), so the page reloads what is stored either way."""

    def failed(exc: BaseException) -> None:
        from ui.errors import show_error

        written.emit(False)
        show_error(parent, exc)

    return Op(parent, fn).success(lambda _: written.emit(True)).failure(failed).run()


class QuotaSelection:
    """Selecting rows of a table over a :class:`QuotaModel` by unit (both tabs use it)."""

    def __init__(self, table: QTableView, model: QuotaModel) -> None:
        self.table, self.model = table, model

    def rows(self) -> list[int]:
        sel = self.table.selectionModel()
        return sorted({i.row() for i in sel.selectedRows()}) if sel is not None else []

    def quotas(self) -> list[QuotaRecord]:
        return [self.model.record(r) for r in self.rows()]

    def unit_ids(self) -> list[int]:
        return [q.unit_id for q in self.quotas()]

    def select_ids(self, unit_ids: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        rows = [r for r in (self.model.row_of_unit(u) for u in unit_ids) if r >= 0]
        for row in rows:
            sel.select(self.model.index(row, 0), flags)
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))

    def select_names(self, names: list[str]) -> None:
        """Select the rows of the named units (keyboard-free selection for tests and look-ups)."""
        self.select_ids([q.unit_id for q in self.model.records() if q.unit_name in names])
