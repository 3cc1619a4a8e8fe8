"""献血登记 page: the entry panel (keyboard-first), the donations list and the emergency call list,
one tab each; the blood station's export comes in through 导入献血记录…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.donations.station_import import (
    ImportCancelled,
    StationImportResult,
    StationPreview,
    commit_station_import,
    preview_station_import,
)
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs.station_import_dialog import StationImportDialog
from ui.errors import show_error
from ui.pages.donations.emergency_tab import EmergencyPanel
from ui.pages.donations.entry import EntryPanel
from ui.pages.donations.list_tab import DonationListPanel
from ui.tasks import Cancelled, Op


class DonationsPage(QWidget):
    """Composes the panels; each panel makes its own service calls through ``ui.tasks.Op``."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.entry = EntryPanel(ctx, self)
        self.list_panel = DonationListPanel(ctx, self)
        self.tabs.addTab(self.entry, self.tr("登记(&R)"))
        self.tabs.addTab(self.list_panel, self.tr("献血记录(&L)"))
        self.emergency = EmergencyPanel(ctx, self)
        self.tabs.addTab(self.emergency, self.tr("应急(&J)"))
        self.import_dialog: StationImportDialog | None = None
        self.import_op: Op | None = None
        self.import_btn = QPushButton(self.tr("导入献血记录(&I)…"), self)
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

    # -- import -------------------------------------------------------------------------------
    def import_file(self) -> None:
        """文件 → 导入献血记录…: choose the station's export, then preview it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("导入献血记录"),
            "",
            self.tr("血站导出表 (*.xlsx *.xls *.csv)"),
        )
        if chosen:
            self.preview_file(Path(chosen))

    def preview_file(self, path: Path) -> None:
        """Read the file on the worker (with progress and 取消) and show the preview."""
        db = self.ctx.db

        def work(state) -> StationPreview:
            return preview_station_import(db, path, progress=state.progress, cancel=state.cancelled)

        Op(self, work).success(self._show_preview).failure(self._import_failed).with_progress(
            self.tr("正在读取 {name}……").format(name=path.name)
        ).run()

    def _show_preview(self, preview: StationPreview) -> None:
        dialog = StationImportDialog(preview, self)
        dialog.accepted.connect(lambda: self.commit(preview))
        self.import_dialog = dialog
        dialog.open()

    def commit(self, preview: StationPreview) -> None:
        """Write the accepted rows in one transaction; 取消 on the progress dialog writes nothing."""
        db, by = self.ctx.db, self.ctx.settings.value("user/name") or ""

        def work(state) -> StationImportResult:
            return commit_station_import(
                db, preview, entered_by=by, progress=state.progress, cancel=state.cancelled
            )

        self.import_op = (
            Op(self, work)
            .success(self._imported)
            .failure(self._import_failed)
            .with_progress(self.tr("正在导入 {n} 条献血记录……").format(n=len(preview.accepted)))
            .run()
        )

    def _imported(self, result: StationImportResult) -> None:
        tables = ("donations", "donors", "units") if result.new_units else ("donations", "donors")
        self.ctx.bus.announce(Changes.of(*tables), self)
        self.list_panel.model.reload()
        text = self.tr("已导入 {n} 条献血记录，新献血者 {donors} 人").format(
            n=result.imported, donors=result.new_donors
        )
        if result.new_units:
            text += self.tr("，新建单位 {n} 个").format(n=len(result.new_units))
        if result.already:
            text += self.tr("；{n} 条已在库中，未重复导入").format(n=result.already)
        self.entry.status.setStyleSheet("color: #1a7f37;")
        self.entry.status.setText("✔ " + text)
        self.last_import = result

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled | Cancelled):
            self.entry.status.setStyleSheet("")
            self.entry.status.setText(self.tr("已取消导入，没有写入任何数据"))
            return
        show_error(self, exc)
