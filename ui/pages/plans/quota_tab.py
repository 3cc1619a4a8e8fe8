"""The 指标 tab of the 指标与排期 page: the plan's quotas per unit, hand edits, lock, remove,
add a unit, and 分配指标.

A widget with its own controller: the page hands it the loaded :class:`PlanData` through
:meth:`QuotaTab.show_data`; after each write the tab emits ``written(landed)`` and the page
announces the change and reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.plans.quotas import remove_quotas, set_locked, set_quota
from app.plans.records import PlanRecord, QuotaRecord
from app.roster.records import normalize_name
from ui.context import UiContext
from ui.dialogs import ask
from ui.dialogs.allocate_dialog import AllocateDialog
from ui.models.quota_model import QuotaColumn, QuotaModel
from ui.pages.plans.data import PlanData, QuotaSelection, run_write

WARNING_STYLE = "color: #b00020; font-weight: bold;"


class AmountDelegate(QStyledItemDelegate):
    """A spin box for quota amounts: never negative, no thousands separator."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:  # QStyledItemDelegate.createEditor
        spin = QSpinBox(parent)
        spin.setRange(0, 10_000_000)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin


class QuotaTab(QWidget):
    """指标: one row per unit of the plan; 指标 editable in place, 锁定 checkable."""

    written = Signal(bool)  # True: a write landed; False: it was refused (reload what is stored)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: PlanData | None = None
        self.allocate_dialog: AllocateDialog | None = None
        self.model = QuotaModel(self, on_amount=self.save_amount, on_locked=self.save_locked)
        self._build()
        self.selection = QuotaSelection(self.table, self.model)
        self._connect_callbacks()

    @property
    def plan(self) -> PlanRecord | None:
        return self.data.plan if self.data is not None else None

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.allocate_btn = QPushButton(QCoreApplication.translate("PlansPage", "分配指标(&A)…"), self)
        self.allocate_btn.setObjectName("allocate")
        self.allocate_btn.setToolTip(
            QCoreApplication.translate("PlansPage", "按人口或在职人数把目标分解到各单位；锁定的指标保持不变")
        )
        self.lock_btn = QPushButton(QCoreApplication.translate("PlansPage", "锁定(&L)"), self)
        self.lock_btn.setObjectName("lock")
        self.unlock_btn = QPushButton(QCoreApplication.translate("PlansPage", "解锁(&U)"), self)
        self.unlock_btn.setObjectName("unlock")
        self.remove_btn = QPushButton(QCoreApplication.translate("PlansPage", "移除(&R)"), self)
        self.remove_btn.setObjectName("remove_quota")
        for button in (self.allocate_btn, self.lock_btn, self.unlock_btn, self.remove_btn):
            row.addWidget(button)
        row.addStretch(1)
        add_label = QLabel(QCoreApplication.translate("PlansPage", "添加单位(&W)："), self)
        row.addWidget(add_label)
        self.add_unit = QComboBox(self)
        add_label.setBuddy(self.add_unit)
        self.add_unit.setObjectName("add_unit")
        self.add_unit.setEditable(True)
        self.add_unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_unit.setMinimumContentsLength(12)
        self.add_unit.lineEdit().setPlaceholderText(QCoreApplication.translate("PlansPage", "输入单位名称"))
        completer = QCompleter(self.add_unit.model(), self.add_unit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_unit.setCompleter(completer)
        row.addWidget(self.add_unit)
        self.add_amount = QSpinBox(self)
        self.add_amount.setObjectName("add_amount")
        self.add_amount.setRange(0, 10_000_000)
        self.add_amount.setPrefix(QCoreApplication.translate("PlansPage", "指标 "))
        row.addWidget(self.add_amount)
        self.add_btn = QPushButton(QCoreApplication.translate("PlansPage", "添加(&O)"), self)
        self.add_btn.setObjectName("add_quota")
        row.addWidget(self.add_btn)
        lay.addLayout(row)

        self.table = QTableView(self)
        self.table.setObjectName("quota_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Enter (like F2 and typing a digit) edits the selected row's 指标.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(QuotaColumn.AMOUNT, AmountDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(26)
        lay.addWidget(self.table, 1)

        footer = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        self.total_warning = QLabel(self)
        self.total_warning.setObjectName("total_warning")
        self.total_warning.setStyleSheet(WARNING_STYLE)
        self.total_warning.hide()
        footer.addWidget(self.total_warning)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-weight: bold;")
        footer.addWidget(self.total_label)
        lay.addLayout(footer)

    def _connect_callbacks(self) -> None:
        self.allocate_btn.clicked.connect(self.on_allocate)
        self.lock_btn.clicked.connect(lambda: self.on_lock_selected(True))
        self.unlock_btn.clicked.connect(lambda: self.on_lock_selected(False))
        self.remove_btn.clicked.connect(self.on_remove_selected)
        self.add_btn.clicked.connect(self.on_add_unit)
        self.table.activated.connect(self._edit_amount)

    # -- showing ------------------------------------------------------------------------------
    def show_data(self, data: PlanData | None) -> None:
        """Show *data* (None: no plan), keeping the selected units when it is the same plan."""
        same_plan = data is not None and self.plan is not None and self.plan.id == data.plan.id
        keep = self.selection.unit_ids() if same_plan else []
        self.data = data
        self.model.set_records(data.quotas if data else [])
        self._size_columns()
        self.selection.select_ids(keep)
        if data is None:
            self.count_label.setText("")
            self.total_label.setText("")
            self.total_warning.hide()
            return
        self._show_totals(data.plan)
        self._fill_unit_picker(data)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for col, minimum in ((QuotaColumn.UNIT, 140), (QuotaColumn.SLOT, 90), (QuotaColumn.SITE, 110)):
            self.table.setColumnWidth(col, max(minimum, self.table.columnWidth(col)))
        header.setSectionResizeMode(QuotaColumn.BASIS, QHeaderView.ResizeMode.Stretch)

    def _show_totals(self, plan: PlanRecord) -> None:
        total = self.model.total()
        locked = sum(1 for q in self.model.records() if q.locked)
        self.count_label.setText(
            QCoreApplication.translate("PlansPage", "{n} 个单位，其中锁定 {k} 个").format(
                n=self.model.rowCount(), k=locked
            )
        )
        self.total_label.setText(
            QCoreApplication.translate("PlansPage", "合计 {total}　目标 {target}（{measure}）").format(
                total=total, target=plan.target, measure=plan.measure_label
            )
        )
        differs = bool(plan.target) and total != plan.target
        self.total_warning.setVisible(differs)
        if differs:
            self.total_warning.setText(
                QCoreApplication.translate("PlansPage", "⚠ 合计与目标相差 {diff:+d}").format(
                    diff=total - plan.target
                )
            )

    def _fill_unit_picker(self, data: PlanData) -> None:
        combo = self.add_unit
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

    def select_units(self, names: list[str]) -> None:
        self.selection.select_names(names)

    def _edit_amount(self, index: QModelIndex) -> None:
        """Enter on a row: edit its 指标 (whichever column the cursor is in)."""
        if index.isValid() and self.table.state() != QAbstractItemView.State.EditingState:
            target = index.siblingAtColumn(QuotaColumn.AMOUNT)
            self.table.setCurrentIndex(target)
            self.table.edit(target)

    # -- writes -------------------------------------------------------------------------------
    def _write(self, fn) -> None:  # type: ignore[no-untyped-def]
        run_write(self, fn, self.written)

    def save_amount(self, quota: QuotaRecord, amount: int) -> None:
        """The model's edit callback: a hand-typed quota (keeps its lock state)."""
        db = self.ctx.db
        self._write(lambda: set_quota(db, quota.plan_id, quota.unit_id, amount))

    def save_locked(self, quota: QuotaRecord, locked: bool) -> None:
        db = self.ctx.db
        self._write(lambda: set_locked(db, quota.plan_id, [quota.unit_id], locked))

    def on_lock_selected(self, locked: bool) -> None:
        ids = self.selection.unit_ids()
        if self.plan is None or not ids:
            return
        db, plan_id = self.ctx.db, self.plan.id
        self._write(lambda: set_locked(db, plan_id, ids, locked))

    def on_remove_selected(self) -> None:
        chosen = self.selection.quotas()
        if self.plan is None or not chosen:
            return
        names = "、".join(q.unit_name for q in chosen[:5]) + (
            QCoreApplication.translate("PlansPage", "等") if len(chosen) > 5 else ""
        )
        if not ask.confirm(
            self,
            QCoreApplication.translate("PlansPage", "移除指标"),
            QCoreApplication.translate(
                "PlansPage", "从本计划中移除 {n} 个单位的指标（{names}）？\n单位本身仍在名册中。"
            ).format(n=len(chosen), names=names),
        ):
            return
        db, plan_id, ids = self.ctx.db, self.plan.id, [q.unit_id for q in chosen]
        self._write(lambda: remove_quotas(db, plan_id, ids))

    def on_add_unit(self) -> None:
        if self.data is None:
            return
        name = normalize_name(self.add_unit.currentText())
        if not name:
            return
        unit = next((u for u in self.data.units if u.name == name or name in u.aliases), None)
        if unit is None:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PlansPage", "添加单位"),
                QCoreApplication.translate(
                    "PlansPage", "{year}年名册中没有单位“{name}”。请先在名册中添加。"
                ).format(year=self.data.plan.year, name=name),
            )
            return
        if self.model.row_of_unit(unit.id) >= 0:
            self.select_units([unit.name])
            return
        db, plan_id, amount = self.ctx.db, self.data.plan.id, self.add_amount.value()
        self.add_unit.setEditText("")
        self.add_amount.setValue(0)
        self._write(lambda: set_quota(db, plan_id, unit.id, amount))

    def on_allocate(self) -> None:
        if self.data is None:
            return
        dlg = AllocateDialog(
            self, self.ctx.db, self.data.plan, self.data.quotas, [u.name for u in self.data.units]
        )
        dlg.accepted.connect(lambda: self.written.emit(True))
        dlg.finished.connect(dlg.deleteLater)
        self.allocate_dialog = dlg
        dlg.open()
