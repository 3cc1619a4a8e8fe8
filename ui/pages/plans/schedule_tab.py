"""The 时间安排 tab of the 指标与排期 page: schedule units into slots, add and delete drives, and
the month view.

A widget with its own controller: the page hands it the loaded :class:`PlanData` through
:meth:`ScheduleTab.show_data`; after each write it emits ``written(landed)`` and the page
announces the change and reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.plans.records import PlanRecord
from app.plans.schedule import add_drive, delete_slot, schedule_quotas
from app.plans.slots import Slot, parse_slot
from ui.context import UiContext
from ui.dialogs import ask
from ui.models.quota_model import (
    ROW_ID_ROLE,
    ROW_KIND_ROLE,
    MonthColumn,
    MonthViewModel,
    QuotaColumn,
    QuotaModel,
)
from ui.pages.plans.data import PlanData, QuotaSelection, run_write

#: Slot parts offered in the form: (kind, part) with the label shown.
SLOT_PARTS = (
    ("month", None, QT_TRANSLATE_NOOP("PlansPage", "整月")),
    ("dekad", 1, QT_TRANSLATE_NOOP("PlansPage", "上旬")),
    ("dekad", 2, QT_TRANSLATE_NOOP("PlansPage", "中旬")),
    ("dekad", 3, QT_TRANSLATE_NOOP("PlansPage", "下旬")),
    ("year", None, QT_TRANSLATE_NOOP("PlansPage", "全年")),
)
SCHEDULE_COLUMNS = (QuotaColumn.UNIT, QuotaColumn.AMOUNT, QuotaColumn.SLOT, QuotaColumn.SITE)


class ScheduleTab(QWidget):
    """时间安排: units on the left with the slot form under them, the month view on the right."""

    written = Signal(bool)  # True: a write landed; False: it was refused (reload what is stored)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: PlanData | None = None
        self.model = QuotaModel(self)  # read-only here: the 指标 tab edits amounts
        self.month_model = MonthViewModel(self)
        self._build()
        self.selection = QuotaSelection(self.table, self.model)
        self._connect_callbacks()

    @property
    def plan(self) -> PlanRecord | None:
        return self.data.plan if self.data is not None else None

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        lay.addWidget(self.splitter)
        self.splitter.addWidget(self._build_units())
        self.splitter.addWidget(self._build_months())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

    def _build_units(self) -> QWidget:
        left = QWidget(self.splitter)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(
            QLabel(
                QCoreApplication.translate("PlansPage", "选择单位（可多选，同一次采血活动可有多个单位）："),
                left,
            )
        )
        self.table = QTableView(left)
        self.table.setObjectName("schedule_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        for col in range(self.model.columnCount()):
            self.table.setColumnHidden(col, col not in SCHEDULE_COLUMNS)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)

        box = QGroupBox(QCoreApplication.translate("PlansPage", "安排时间与采血点"), left)
        form = QFormLayout(box)
        when = QHBoxLayout()
        self.slot_month = QComboBox(box)
        self.slot_month.setObjectName("slot_month")
        self.slot_month.setMinimumContentsLength(9)
        self.slot_part = QComboBox(box)
        self.slot_part.setObjectName("slot_part")
        for kind, part, label in SLOT_PARTS:
            self.slot_part.addItem(QCoreApplication.translate("PlansPage", label), (kind, part))
        when.addWidget(self.slot_month)
        when.addWidget(self.slot_part)
        when.addStretch(1)
        form.addRow(QCoreApplication.translate("PlansPage", "时间(&M)："), when)
        form.labelForField(when).setBuddy(self.slot_month)
        self.slot_site = QComboBox(box)
        self.slot_site.setObjectName("slot_site")
        self.slot_site.setEditable(True)
        self.slot_site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.slot_site.lineEdit().setPlaceholderText(
            QCoreApplication.translate("PlansPage", "可不填；可输入新的采血点")
        )
        form.addRow(QCoreApplication.translate("PlansPage", "采血点(&S)："), self.slot_site)
        self.participants = QLineEdit(box)
        self.participants.setObjectName("participants")
        self.participants.setPlaceholderText(
            QCoreApplication.translate(
                "PlansPage", "如：安丰镇、众兴镇机关镇直单位干部职工（新增采血活动时填写）"
            )
        )
        form.addRow(QCoreApplication.translate("PlansPage", "参与单位、对象(&W)："), self.participants)
        buttons = QHBoxLayout()
        self.schedule_btn = QPushButton(QCoreApplication.translate("PlansPage", "安排选中单位(&A)"), box)
        self.schedule_btn.setObjectName("schedule")
        self.schedule_btn.setToolTip(
            QCoreApplication.translate(
                "PlansPage", "把选中的单位安排到上面的时间和采血点；同一时间和采血点的单位同场采血"
            )
        )
        self.clear_slot_btn = QPushButton(QCoreApplication.translate("PlansPage", "取消安排(&C)"), box)
        self.clear_slot_btn.setObjectName("clear_slot")
        self.add_drive_btn = QPushButton(QCoreApplication.translate("PlansPage", "新增采血活动(&G)"), box)
        self.add_drive_btn.setObjectName("add_drive")
        self.add_drive_btn.setToolTip(
            QCoreApplication.translate(
                "PlansPage", "按上面的时间、采血点和参与对象新增一次采血活动，并安排选中的单位"
            )
        )
        for button in (self.schedule_btn, self.clear_slot_btn, self.add_drive_btn):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.hint = QLabel(box)
        self.hint.setObjectName("schedule_hint")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        lay.addWidget(box)
        return left

    def _build_months(self) -> QWidget:
        right = QWidget(self.splitter)
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(
            QLabel(QCoreApplication.translate("PlansPage", "按月查看（全年指标单列，不计入各月）："), right)
        )
        head.addStretch(1)
        self.delete_drive_btn = QPushButton(
            QCoreApplication.translate("PlansPage", "删除采血活动(&K)"), right
        )
        self.delete_drive_btn.setObjectName("delete_drive")
        self.delete_drive_btn.setEnabled(False)
        head.addWidget(self.delete_drive_btn)
        lay.addLayout(head)
        self.month_tree = QTreeView(right)
        self.month_tree.setObjectName("month_tree")
        self.month_tree.setModel(self.month_model)
        self.month_tree.setUniformRowHeights(True)
        self.month_tree.setAlternatingRowColors(True)
        self.month_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.month_tree, 1)
        return right

    def _connect_callbacks(self) -> None:
        self.slot_part.currentIndexChanged.connect(self._part_changed)
        self.schedule_btn.clicked.connect(self.on_schedule)
        self.clear_slot_btn.clicked.connect(self.on_clear_slot)
        self.add_drive_btn.clicked.connect(self.on_add_drive)
        self.delete_drive_btn.clicked.connect(self.on_delete_drive)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.month_tree.selectionModel().currentChanged.connect(self._tree_current_changed)

    # -- showing ------------------------------------------------------------------------------
    def show_data(self, data: PlanData | None) -> None:
        same_plan = data is not None and self.plan is not None and self.plan.id == data.plan.id
        keep = self.selection.unit_ids() if same_plan else []
        self.data = data
        self.model.set_records(data.quotas if data else [])
        self.month_model.set_view(data.months if data else None, data.plan.measure_label if data else "")
        self.table.resizeColumnsToContents()
        self._size_month_columns()
        self.selection.select_ids(keep)
        self.delete_drive_btn.setEnabled(False)
        if data is None:
            return
        self._fill_slot_pickers(data)
        no_quotas = QCoreApplication.translate(
            "PlansPage",
            "本计划还没有单位指标：可在“指标”页添加单位，或按上面的时间和采血点直接新增采血活动。",
        )
        if not data.has_quotas:
            self.say(no_quotas)
        elif not same_plan or self.hint.text() == no_quotas:  # said of this or the previous plan
            self.say("")

    def _size_month_columns(self) -> None:
        self.month_tree.expandAll()
        header = self.month_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MonthColumn.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MonthColumn.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MonthColumn.AMOUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MonthColumn.SITE, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_slot_pickers(self, data: PlanData) -> None:
        previous = self.slot_month.currentData()
        multi_year = data.plan.start_date.year != data.plan.end_date.year
        self.slot_month.blockSignals(True)
        self.slot_month.clear()
        y, m = data.plan.start_date.year, data.plan.start_date.month
        while (y, m) <= (data.plan.end_date.year, data.plan.end_date.month):
            label = (
                QCoreApplication.translate("PlansPage", "{y}年{m}月").format(y=y, m=m)
                if multi_year
                else QCoreApplication.translate("PlansPage", "{m}月").format(m=m)
            )
            self.slot_month.addItem(label, y * 100 + m)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        index = self.slot_month.findData(previous) if previous is not None else -1
        self.slot_month.setCurrentIndex(max(0, index))
        self.slot_month.blockSignals(False)
        site = self.slot_site.currentText()
        self.slot_site.clear()
        self.slot_site.addItems(data.sites)
        self.slot_site.setEditText(site)

    def say(self, text: str) -> None:
        self.hint.setText(text)

    def select_units(self, names: list[str]) -> None:
        self.selection.select_names(names)

    # -- the slot form ------------------------------------------------------------------------
    def current_slot(self) -> Slot | None:
        """The slot chosen in the form (None when the plan has no months)."""
        kind, part, _label = SLOT_PARTS[max(0, self.slot_part.currentIndex())]
        if kind == "year":
            return Slot("year")
        code = self.slot_month.currentData()
        if code is None:
            return None
        return Slot(kind, int(code) // 100, int(code) % 100, part)  # type: ignore[arg-type]

    def set_slot(self, slot: Slot, site: str = "") -> None:
        """Show *slot* and *site* in the form (as when one scheduled unit is selected)."""
        index = next(
            (i for i, (kind, part, _l) in enumerate(SLOT_PARTS) if kind == slot.kind and part == slot.part), 0
        )
        self.slot_part.setCurrentIndex(index)
        if slot.kind != "year" and slot.month is not None:
            year = slot.year or (self.plan.start_date.year if self.plan else 0)
            found = self.slot_month.findData(year * 100 + slot.month)
            if found >= 0:
                self.slot_month.setCurrentIndex(found)
        self.slot_site.setEditText(site)

    def _part_changed(self) -> None:
        kind = SLOT_PARTS[max(0, self.slot_part.currentIndex())][0]
        self.slot_month.setEnabled(kind != "year")

    def _selection_changed(self) -> None:
        chosen = self.selection.quotas()
        if len(chosen) != 1 or not chosen[0].slot_label or self.plan is None:
            return
        try:
            slot = parse_slot(chosen[0].slot_label, default_year=self.plan.start_date.year)
        except ValueError:
            return
        self.set_slot(slot, chosen[0].site_name)

    # -- writes -------------------------------------------------------------------------------
    def _write(self, fn) -> None:  # type: ignore[no-untyped-def]
        run_write(self, fn, self.written)

    def on_schedule(self) -> None:
        if self.plan is None:
            return
        ids = self.selection.unit_ids()
        slot = self.current_slot()
        if not ids:
            self.say(
                QCoreApplication.translate(
                    "PlansPage", "请先在左侧表格中选择要安排的单位（可按住 Ctrl 多选）。"
                )
            )
            return
        if slot is None:
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.slot_site.currentText().strip()
        where = QCoreApplication.translate("PlansPage", "，采血点：{site}").format(site=site) if site else ""
        self.say(
            QCoreApplication.translate("PlansPage", "已把 {n} 个单位安排在{when}{where}。").format(
                n=len(ids), when=slot.label(), where=where
            )
        )
        self._write(lambda: schedule_quotas(db, plan_id, ids, slot, site=site))

    def on_clear_slot(self) -> None:
        if self.plan is None:
            return
        ids = self.selection.unit_ids()
        if not ids:
            self.say(QCoreApplication.translate("PlansPage", "请先在左侧表格中选择要取消安排的单位。"))
            return
        db, plan_id = self.ctx.db, self.plan.id
        self.say(QCoreApplication.translate("PlansPage", "已取消 {n} 个单位的时间安排。").format(n=len(ids)))
        self._write(lambda: schedule_quotas(db, plan_id, ids, None))

    def on_add_drive(self) -> None:
        """A drive as 寿县 writes it: when, where, who (free text); selected units join it."""
        if self.plan is None:
            return
        slot = self.current_slot()
        if slot is None:
            return
        ids = self.selection.unit_ids()
        names = [q.unit_name for q in self.selection.quotas()]
        participants = self.participants.text().strip() or "、".join(names)
        if not participants:
            self.say(
                QCoreApplication.translate(
                    "PlansPage", "请填写参与单位、对象，或先在左侧选择参加这次采血的单位。"
                )
            )
            return
        db, plan_id, site = self.ctx.db, self.plan.id, self.slot_site.currentText().strip()
        self.participants.clear()
        where = QCoreApplication.translate("PlansPage", "，采血点：{site}").format(site=site) if site else ""
        self.say(
            QCoreApplication.translate("PlansPage", "已新增采血活动：{when}{where}。").format(
                when=slot.label(), where=where
            )
        )
        self._write(lambda: add_drive(db, plan_id, slot, site=site, participants=participants, unit_ids=ids))

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.delete_drive_btn.setEnabled(self._drive_at(current) is not None)

    def _drive_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        if first.data(ROW_KIND_ROLE) != "drive":
            return None
        slot_id = first.data(ROW_ID_ROLE)
        return int(slot_id) if slot_id is not None else None

    def on_delete_drive(self) -> None:
        current = self.month_tree.currentIndex()
        slot_id = self._drive_at(current)
        if slot_id is None:
            return
        who = current.siblingAtColumn(1).data()
        if not ask.confirm(
            self,
            QCoreApplication.translate("PlansPage", "删除采血活动"),
            QCoreApplication.translate(
                "PlansPage", "删除采血活动“{who}”？安排在这次活动的单位将变为未安排。"
            ).format(who=who),
        ):
            return
        db = self.ctx.db
        self._write(lambda: delete_slot(db, slot_id))
