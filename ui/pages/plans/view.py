"""Layout of the 指标与排期 page: plan bar, the 指标 tab and the 时间安排 tab.

Builds and styles widgets only and exposes them as attributes; :mod:`ui.pages.plans.page` owns
the behaviour. Kept apart so the page's logic reads without a hundred lines of layout in between.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from ui.models.quota_model import MonthColumn, QuotaColumn

#: Slot parts offered in the 时间安排 form: (kind, part) with the label shown.
SLOT_PARTS = (
    ("month", None, QT_TRANSLATE_NOOP("PlansPage", "整月")),
    ("dekad", 1, QT_TRANSLATE_NOOP("PlansPage", "上旬")),
    ("dekad", 2, QT_TRANSLATE_NOOP("PlansPage", "中旬")),
    ("dekad", 3, QT_TRANSLATE_NOOP("PlansPage", "下旬")),
    ("year", None, QT_TRANSLATE_NOOP("PlansPage", "全年")),
)
SCHEDULE_COLUMNS = (QuotaColumn.UNIT, QuotaColumn.AMOUNT, QuotaColumn.SLOT, QuotaColumn.SITE)
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


class PlansView(QWidget):
    """All widgets of the page; see the attribute names for what the controller uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addLayout(self._plan_bar())
        self.plan_info = QLabel(self)
        self.plan_info.setObjectName("plan_info")
        self.plan_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.plan_info)
        self.empty_hint = QLabel(
            self.tr("本年度还没有献血计划。点“新建计划…”填写，或点“导入指标表…”从 Excel 导入。"), self
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #606060; padding: 24px;")
        self.empty_hint.hide()
        outer.addWidget(self.empty_hint)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plan_tabs")
        self.tabs.addTab(self._quota_tab(), self.tr("指标"))
        self.tabs.addTab(self._schedule_tab(), self.tr("时间安排"))
        outer.addWidget(self.tabs, 1)

    # -- plan bar -----------------------------------------------------------------------------
    def _plan_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("献血计划："), self))
        self.plan_combo = QComboBox(self)
        self.plan_combo.setObjectName("plan_combo")
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar.addWidget(self.plan_combo, 1)
        self.new_plan = QPushButton(self.tr("新建计划…"), self)
        self.new_plan.setObjectName("new_plan")
        self.edit_plan = QPushButton(self.tr("编辑计划…"), self)
        self.edit_plan.setObjectName("edit_plan")
        self.delete_plan = QPushButton(self.tr("删除计划"), self)
        self.delete_plan.setObjectName("delete_plan")
        for button in (self.new_plan, self.edit_plan, self.delete_plan):
            bar.addWidget(button)
        bar.addSpacing(24)
        self.import_btn = QPushButton(self.tr("导入指标表…"), self)
        self.import_btn.setObjectName("import_plan")
        self.import_btn.setToolTip(self.tr("从 Excel/CSV 指标表或排期表导入（平利、如皋、寿县格式）"))
        self.export_btn = QPushButton(self.tr("导出指标表…"), self)
        self.export_btn.setObjectName("export_plan")
        self.export_btn.setToolTip(self.tr("导出可直接打印的 Excel 指标表"))
        bar.addWidget(self.import_btn)
        bar.addWidget(self.export_btn)
        return bar

    # -- 指标 -----------------------------------------------------------------------------------
    def _quota_tab(self) -> QWidget:
        tab = QWidget(self)
        lay = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.allocate_btn = QPushButton(self.tr("分配指标…"), tab)
        self.allocate_btn.setObjectName("allocate")
        self.allocate_btn.setToolTip(self.tr("按人口或在职人数把目标分解到各单位；锁定的指标保持不变"))
        self.lock_btn = QPushButton(self.tr("锁定"), tab)
        self.lock_btn.setObjectName("lock")
        self.unlock_btn = QPushButton(self.tr("解锁"), tab)
        self.unlock_btn.setObjectName("unlock")
        self.remove_btn = QPushButton(self.tr("移除"), tab)
        self.remove_btn.setObjectName("remove_quota")
        for button in (self.allocate_btn, self.lock_btn, self.unlock_btn, self.remove_btn):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("添加单位："), tab))
        self.add_unit = QComboBox(tab)
        self.add_unit.setObjectName("add_unit")
        self.add_unit.setEditable(True)
        self.add_unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_unit.setMinimumContentsLength(12)
        self.add_unit.lineEdit().setPlaceholderText(self.tr("输入单位名称"))
        row.addWidget(self.add_unit)
        self.add_amount = QSpinBox(tab)
        self.add_amount.setObjectName("add_amount")
        self.add_amount.setRange(0, 10_000_000)
        self.add_amount.setPrefix(self.tr("指标 "))
        row.addWidget(self.add_amount)
        self.add_btn = QPushButton(self.tr("添加"), tab)
        self.add_btn.setObjectName("add_quota")
        row.addWidget(self.add_btn)
        lay.addLayout(row)

        self.quota_table = QTableView(tab)
        self.quota_table.setObjectName("quota_table")
        self.quota_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quota_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.quota_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.quota_table.setItemDelegateForColumn(QuotaColumn.AMOUNT, AmountDelegate(self.quota_table))
        self.quota_table.verticalHeader().setDefaultSectionSize(26)
        lay.addWidget(self.quota_table, 1)

        footer = QHBoxLayout()
        self.count_label = QLabel(tab)
        self.count_label.setObjectName("count_label")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        self.total_warning = QLabel(tab)
        self.total_warning.setObjectName("total_warning")
        self.total_warning.setStyleSheet(WARNING_STYLE)
        self.total_warning.hide()
        footer.addWidget(self.total_warning)
        self.total_label = QLabel(tab)
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-weight: bold;")
        footer.addWidget(self.total_label)
        lay.addLayout(footer)
        return tab

    def size_quota_columns(self) -> None:
        header = self.quota_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.quota_table.resizeColumnsToContents()
        for col, minimum in ((QuotaColumn.UNIT, 140), (QuotaColumn.SLOT, 90), (QuotaColumn.SITE, 110)):
            self.quota_table.setColumnWidth(col, max(minimum, self.quota_table.columnWidth(col)))
        header.setSectionResizeMode(QuotaColumn.BASIS, QHeaderView.ResizeMode.Stretch)

    # -- 时间安排 -------------------------------------------------------------------------------
    def _schedule_tab(self) -> QWidget:
        tab = QWidget(self)
        lay = QHBoxLayout(tab)
        self.schedule_split = QSplitter(Qt.Orientation.Horizontal, tab)
        lay.addWidget(self.schedule_split)

        left = QWidget(self.schedule_split)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("选择单位（可多选，同一次采血活动可有多个单位）："), left))
        self.schedule_table = QTableView(left)
        self.schedule_table.setObjectName("schedule_table")
        self.schedule_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.schedule_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule_table.verticalHeader().hide()
        self.schedule_table.verticalHeader().setDefaultSectionSize(24)
        left_lay.addWidget(self.schedule_table, 1)

        box = QGroupBox(self.tr("安排时间与采血点"), left)
        form = QFormLayout(box)
        when = QHBoxLayout()
        self.slot_month = QComboBox(box)
        self.slot_month.setObjectName("slot_month")
        self.slot_month.setMinimumContentsLength(9)
        self.slot_part = QComboBox(box)
        self.slot_part.setObjectName("slot_part")
        for kind, part, label in SLOT_PARTS:
            self.slot_part.addItem(self.tr(label), (kind, part))
        when.addWidget(self.slot_month)
        when.addWidget(self.slot_part)
        when.addStretch(1)
        form.addRow(self.tr("时间："), when)
        self.slot_site = QComboBox(box)
        self.slot_site.setObjectName("slot_site")
        self.slot_site.setEditable(True)
        self.slot_site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.slot_site.lineEdit().setPlaceholderText(self.tr("可不填；可输入新的采血点"))
        form.addRow(self.tr("采血点："), self.slot_site)
        self.participants = QLineEdit(box)
        self.participants.setObjectName("participants")
        self.participants.setPlaceholderText(
            self.tr("如：安丰镇、众兴镇机关镇直单位干部职工（新增采血活动时填写）")
        )
        form.addRow(self.tr("参与单位、对象："), self.participants)
        buttons = QHBoxLayout()
        self.schedule_btn = QPushButton(self.tr("安排选中单位"), box)
        self.schedule_btn.setObjectName("schedule")
        self.schedule_btn.setToolTip(
            self.tr("把选中的单位安排到上面的时间和采血点；同一时间和采血点的单位同场采血")
        )
        self.clear_slot_btn = QPushButton(self.tr("取消安排"), box)
        self.clear_slot_btn.setObjectName("clear_slot")
        self.add_drive_btn = QPushButton(self.tr("新增采血活动"), box)
        self.add_drive_btn.setObjectName("add_drive")
        self.add_drive_btn.setToolTip(
            self.tr("按上面的时间、采血点和参与对象新增一次采血活动，并安排选中的单位")
        )
        for button in (self.schedule_btn, self.clear_slot_btn, self.add_drive_btn):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.schedule_hint = QLabel(box)
        self.schedule_hint.setObjectName("schedule_hint")
        self.schedule_hint.setWordWrap(True)
        form.addRow(self.schedule_hint)
        left_lay.addWidget(box)

        right = QWidget(self.schedule_split)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("按月查看（全年指标单列，不计入各月）："), right))
        head.addStretch(1)
        self.delete_drive_btn = QPushButton(self.tr("删除采血活动"), right)
        self.delete_drive_btn.setObjectName("delete_drive")
        self.delete_drive_btn.setEnabled(False)
        head.addWidget(self.delete_drive_btn)
        right_lay.addLayout(head)
        self.month_tree = QTreeView(right)
        self.month_tree.setObjectName("month_tree")
        self.month_tree.setUniformRowHeights(True)
        self.month_tree.setAlternatingRowColors(True)
        self.month_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right_lay.addWidget(self.month_tree, 1)
        self.schedule_split.addWidget(left)
        self.schedule_split.addWidget(right)
        self.schedule_split.setStretchFactor(0, 2)
        self.schedule_split.setStretchFactor(1, 3)
        return tab

    def show_schedule_columns(self) -> None:
        """The schedule table shares the quota model; it shows only who, how many, when, where."""
        model = self.schedule_table.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            self.schedule_table.setColumnHidden(col, col not in SCHEDULE_COLUMNS)
        self.schedule_table.resizeColumnsToContents()
        self.schedule_table.horizontalHeader().setStretchLastSection(True)

    def size_month_columns(self) -> None:
        self.month_tree.expandAll()
        header = self.month_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MonthColumn.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MonthColumn.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MonthColumn.AMOUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MonthColumn.SITE, QHeaderView.ResizeMode.ResizeToContents)
