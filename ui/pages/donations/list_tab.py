"""献血记录: the donations of the office over :class:`~ui.models.sql_table.PagedTableModel`, filtered
by year, unit, category, kind and blood type and sorted in SQL; Enter or a double-click opens the
donor in the entry panel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.database.paging import Page, Sort
from app.donations.donations import CATEGORIES
from app.donations.listing import DonationFilter, count_donations, list_donations
from app.donations.masking import mask
from app.donations.records import DonationRecord, blood_label
from ui.bus import Changes
from ui.context import UiContext
from ui.models.sql_table import RIGHT, Column, PagedTableModel
from ui.pages.donations.entry import BLOODS, kind_label

CTX = "DonationList"
#: Sort names of the table (listing.SORT_COLUMNS) for the model's column keys.
COLUMNS: list[Column[DonationRecord]] = [
    Column("date", QT_TRANSLATE_NOOP("DonationList", "献血日期"), lambda r: r.donated_on.isoformat()),
    Column("donor", QT_TRANSLATE_NOOP("DonationList", "姓名"), lambda r: r.donor_name),
    Column(
        "id_number",
        QT_TRANSLATE_NOOP("DonationList", "身份证号"),
        lambda r: mask(r.id_number, "id"),
        sortable=False,
    ),
    Column(
        "blood", QT_TRANSLATE_NOOP("DonationList", "血型"), lambda r: blood_label(r.abo, r.rh), sortable=False
    ),
    Column(
        "kind", QT_TRANSLATE_NOOP("DonationList", "种类"), lambda r: kind_label(r.kind, r.volume_ml, r.doses)
    ),
    Column("category", QT_TRANSLATE_NOOP("DonationList", "类别"), lambda r: r.category),
    Column("unit", QT_TRANSLATE_NOOP("DonationList", "计入单位"), lambda r: r.unit),
    Column("code", QT_TRANSLATE_NOOP("DonationList", "献血码"), lambda r: r.donation_code),
    Column(
        "certificate",
        QT_TRANSLATE_NOOP("DonationList", "献血证号"),
        lambda r: r.certificate_no,
        sortable=False,
    ),
    Column("source", QT_TRANSLATE_NOOP("DonationList", "来源"), lambda r: _source(r), sortable=False),
]
_ = RIGHT


def _source(r: DonationRecord) -> str:
    from PySide6.QtCore import QCoreApplication

    how = (
        QCoreApplication.translate("DonationList", "血站导入")
        if r.source == "import"
        else QCoreApplication.translate("DonationList", "手工登记")
    )
    return f"{how}　{r.site}" if r.site else how


@dataclass
class DonationListing:
    """The donations list services in the shape :class:`PagedTableModel` asks for (count, fetch).

    Offset paging: ``list_donations`` reads a page past the middle from the other end, so a
    window costs about the same anywhere (keyset ``after`` is not needed)."""

    db: Database

    def count(self, filters: DonationFilter) -> int:
        return count_donations(self.db, filters)

    def fetch(
        self, filters: DonationFilter, sort: Sort, offset: int = 0, limit: int = 200, after: Any = None
    ) -> Page[DonationRecord]:
        order = (sort.key or "date", "asc" if (sort.key and not sort.descending) else "desc")
        total = count_donations(self.db, filters) if offset else None
        return Page(list_donations(self.db, filters, order, offset, limit, total=total), None)


class DonationListPanel(QWidget):
    """Filters above a table of donations."""

    open_donor = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year_box = QComboBox(self)
        self.year_box.addItem(self.tr("全部年份"), None)
        for year in range(ctx.year, ctx.year - 30, -1):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(1)
        self.unit_box = QComboBox(self)
        self.unit_box.addItem(self.tr("全部单位"), None)
        self.unit_box.setMinimumContentsLength(12)
        self.category_box = QComboBox(self)
        self.category_box.addItem(self.tr("全部类别"), None)
        for c in CATEGORIES:
            self.category_box.addItem(c, c)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("全部种类"), None)
        self.kind_box.addItem(self.tr("全血"), "whole")
        self.kind_box.addItem(self.tr("单采血小板"), "platelets")
        self.blood_box = QComboBox(self)
        self.blood_box.addItem(self.tr("全部血型"), None)
        for b in BLOODS:
            self.blood_box.addItem(b, b)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        for w in (self.year_box, self.unit_box, self.category_box, self.kind_box, self.blood_box):
            bar.addWidget(w)
            w.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.table = QTableView(self)
        self.model: PagedTableModel[DonationRecord] = PagedTableModel(
            DonationListing(ctx.db), COLUMNS, self.filters(), owner=self, context=CTX
        )
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 70, 150, 50, 110, 70, 160, 150, 130)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._loaded)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        ctx.bus.changed.connect(self._on_changed)

    def set_units(self, units: list[tuple[int, str]]) -> None:
        keep = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("全部单位"), None)
        for uid, name in units:
            self.unit_box.addItem(name, uid)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(keep), 0))
        self.unit_box.blockSignals(False)

    def filters(self) -> DonationFilter:
        blood = self.blood_box.currentData()
        return DonationFilter(
            year=self.year_box.currentData(),
            unit_id=self.unit_box.currentData(),
            category=self.category_box.currentData(),
            kind=self.kind_box.currentData(),
            abo=blood[:-1] if blood else None,
            rh=blood[-1] if blood else None,
        )

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters())

    def _loaded(self) -> None:
        self.count_label.setText(self.tr("共 {n} 条").format(n=self.model.rowCount()))

    def _activated(self, index) -> None:
        record = self.model.row_at(index.row())
        if record is not None:
            self.open_donor.emit(record.donor_id)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches("donations"):
            self.model.reload()
