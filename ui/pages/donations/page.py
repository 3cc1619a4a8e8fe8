"""献血登记 page: the entry panel (keyboard-first), the donations list and the emergency call list,
one tab each; the blood station's export comes in through 导入献血记录…"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.actions import ActionId
from ui.context import UiContext
from ui.pages.donations.entry import EntryPanel
from ui.pages.donations.list_tab import DonationListPanel


class DonationsPage(QWidget):
    """Composes the panels; each panel makes its own service calls through ``ui.tasks.Op``."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.entry = EntryPanel(ctx, self)
        self.list_panel = DonationListPanel(ctx, self)
        self.tabs.addTab(self.entry, self.tr("登记"))
        self.tabs.addTab(self.list_panel, self.tr("献血记录"))
        self.import_btn = QPushButton(self.tr("导入献血记录…"), self)
        self.import_btn.setToolTip(self.tr("导入血站导出的献血记录（.xlsx、.xls、.csv），先预览再导入"))
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.import_btn)
        self.tabs.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list_panel.open_donor.connect(self.open_donor)
        self.entry.choices_loaded.connect(self.list_panel.set_units)
        self.import_btn.clicked.connect(self.import_file)
        ctx.bus.database_changed.connect(self.entry.load_choices)
        ctx.bus.year_changed.connect(lambda _y: self.entry.load_choices())
        ctx.bus.changed.connect(lambda c, who: c.touches("units", "plans") and self.entry.load_choices())

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.NEW: self.new_entry,
            ActionId.SAVE: self.save,
            ActionId.FIND: self.find,
            ActionId.REFRESH: self.list_panel.model.reload,
        }

    def new_entry(self) -> None:
        self.tabs.setCurrentWidget(self.entry)
        self.entry.clear()

    def save(self) -> None:
        if self.tabs.currentWidget() is self.entry:
            self.entry.record()

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.entry)
        self.entry.focus_lookup()

    def open_donor(self, donor_id: int) -> None:
        self.tabs.setCurrentWidget(self.entry)
        self.entry.load_donor(donor_id)

    def import_file(self) -> None:
        pass
