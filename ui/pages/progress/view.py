"""Layout of the 进度 page: plan and date bar, county summary, charts and 以献定用 in tabs on the
left, the units table and one unit's figures on the right. No logic here; charts are placed
into ``chart_slots`` by the page when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class ProgressView(QWidget):
    """The page's widgets, exposed as attributes for the controller (:class:`ProgressPage`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)

        bar = QHBoxLayout()
        plan_label = QLabel(self.tr("献血计划(&P)："), self)
        bar.addWidget(plan_label)
        self.plan_combo = QComboBox(self)
        plan_label.setBuddy(self.plan_combo)
        self.plan_combo.setObjectName("progress_plan")
        self.plan_combo.setMinimumWidth(220)
        bar.addWidget(self.plan_combo)
        bar.addSpacing(12)
        until_label = QLabel(self.tr("统计截至(&D)："), self)
        bar.addWidget(until_label)
        self.until = QDateEdit(self)
        until_label.setBuddy(self.until)
        self.until.setObjectName("progress_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setDate(QDate.currentDate())
        bar.addWidget(self.until)
        self.refresh_btn = QPushButton(self.tr("刷新(&R)"), self)
        bar.addWidget(self.refresh_btn)
        bar.addStretch(1)
        self.export_chart_btn = QPushButton(self.tr("导出图片(&G)…"), self)
        self.export_chart_btn.setToolTip(self.tr("把当前图表导出为 300 dpi 的 PNG 图片，可插入公文或打印"))
        self.export_tables_btn = QPushButton(self.tr("导出表格(&X)…"), self)
        self.export_tables_btn.setToolTip(
            self.tr("完成情况表、逐月表、分类表（及以献定用分配表）导出为可打印的 Excel")
        )
        bar.addWidget(self.export_chart_btn)
        bar.addWidget(self.export_tables_btn)
        outer.addLayout(bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("progress_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.summary)
        self.empty_hint = QLabel(
            self.tr("本年度还没有献血计划：请先在“指标与排期”中建立计划并分配指标。"), self
        )
        self.empty_hint.setObjectName("progress_empty")
        outer.addWidget(self.empty_hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("progress_tabs")
        self.chart_slots: list[QWidget] = []
        self.splitter.addWidget(self.tabs)

        right = QWidget(self.splitter)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.units_table = QTableView(right)
        self.units_table.setObjectName("progress_units")
        self.units_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.setAlternatingRowColors(True)
        self.units_table.verticalHeader().hide()
        self.units_table.setToolTip(self.tr("双击或按回车查看该单位的献血记录"))
        rlay.addWidget(self.units_table, 3)
        self.behind_label = QLabel(right)
        self.behind_label.setObjectName("progress_behind")
        self.behind_label.setWordWrap(True)
        rlay.addWidget(self.behind_label)
        self.details = QGroupBox(self.tr("单位情况"), right)
        dlay = QVBoxLayout(self.details)
        self.details_text = QLabel(self.details)
        self.details_text.setObjectName("progress_details")
        self.details_text.setWordWrap(True)
        self.details_text.setTextFormat(Qt.TextFormat.RichText)
        self.details_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dlay.addWidget(self.details_text)
        rlay.addWidget(self.details, 2)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

        self.counting_note = QLabel(self)
        self.counting_note.setObjectName("progress_counting")
        self.counting_note.setStyleSheet("color: #606060;")
        self.counting_note.setWordWrap(True)
        outer.addWidget(self.counting_note)

    def add_chart_slot(self, title: str) -> QWidget:
        slot = QWidget(self.tabs)
        QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
        self.chart_slots.append(slot)
        self.tabs.addTab(slot, f"{title}(&{len(self.chart_slots)})")  # Alt+1… like Word's tabs
        return slot

    def add_supply_tab(self) -> None:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.supply_available = QSpinBox(page)
        self.supply_available.setObjectName("supply_available")
        self.supply_available.setRange(0, 10_000_000)
        self.supply_floor = QSpinBox(page)
        self.supply_floor.setObjectName("supply_floor")
        self.supply_floor.setRange(0, 1_000_000)
        self.supply_cap = QSpinBox(page)
        self.supply_cap.setObjectName("supply_cap")
        self.supply_cap.setRange(10, 1000)
        self.supply_cap.setValue(100)
        self.supply_cap.setSuffix("%")
        for box in (self.supply_available, self.supply_floor, self.supply_cap):
            box.setMinimumWidth(120)
        self.supply_available.setToolTip(self.tr("本期可供应的血量，按计划的计量（单位、人次或毫升）"))
        self.supply_floor.setToolTip(self.tr("每个单位不论完成情况都先保证的应急用血量"))
        self.supply_cap.setToolTip(self.tr("完成率超过这一比例的部分不再多分"))
        form.addRow(self.tr("可供血量(&A)："), self.supply_available)
        form.addRow(self.tr("每个单位应急保底(&B)："), self.supply_floor)
        form.addRow(self.tr("完成率计到(&C)："), self.supply_cap)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.supply_btn = QPushButton(self.tr("计算分配(&J)"), page)
        self.supply_export_btn = QPushButton(self.tr("导出分配表(&T)…"), page)
        buttons.addWidget(self.supply_btn)
        buttons.addWidget(self.supply_export_btn)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.supply_note = QLabel(page)
        self.supply_note.setObjectName("supply_note")
        self.supply_note.setWordWrap(True)
        lay.addWidget(self.supply_note)
        self.supply_table = QTableView(page)
        self.supply_table.setObjectName("supply_table")
        self.supply_table.verticalHeader().hide()
        self.supply_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.supply_table, 1)
        self.tabs.addTab(page, self.tr("以献定用(&5)"))
        self.supply_page = page

    def size_columns(self) -> None:
        """Figures at their width; the unit name takes the room left."""
        for table, name_column in ((self.units_table, 1), (getattr(self, "supply_table", None), 0)):
            if table is None or table.model() is None:
                continue
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
