"""The main window only composes: navigation on the left, pages in a stack, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from ui.context import UiContext
from ui.pages import PageSpec, page_specs


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.setMinimumSize(QSize(760, 520))
        self.pages: dict[str, QWidget] = {}
        self._init_navigation()
        self._init_status_bar()
        self._init_shortcuts()
        self._connect_signals()
        self._restore_state()

    # -- building -----------------------------------------------------------------------------
    def _init_navigation(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(132)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.specs: list[PageSpec] = page_specs()
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(120, 40))
            self.nav.addItem(item)
            page = spec.factory(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)

    def _init_status_bar(self) -> None:
        translate = QCoreApplication.translate
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_db")
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(QLabel(translate("MainWindow", "工作年度："), self))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("status_year")
        self.year_box.setRange(2000, 2100)
        self.year_box.setSuffix(translate("MainWindow", "年"))
        self.year_box.setValue(self.ctx.year)
        bar.addPermanentWidget(self.year_box)
        self._show_db()

    def _init_shortcuts(self) -> None:
        for index in range(min(len(self.specs), 9)):
            sc = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            sc.activated.connect(lambda i=index: self.nav.setCurrentRow(i))

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_page_selected)
        self.year_box.valueChanged.connect(self.ctx.set_year)
        self.ctx.bus.year_changed.connect(self._on_year_changed)
        self.ctx.bus.database_changed.connect(self._show_db)

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        keys = [spec.key for spec in self.specs]
        last = self.ctx.settings.last_page
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- behaviour ----------------------------------------------------------------------------
    def current_page_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in self.specs]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _on_page_selected(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.ctx.settings.last_page = self.specs[row].key

    def _on_year_changed(self, year: int) -> None:
        if self.year_box.value() != year:
            self.year_box.setValue(year)

    def _show_db(self) -> None:
        translate = QCoreApplication.translate
        self.db_label.setText(translate("MainWindow", "数据库：{path}").format(path=self.ctx.db.path))
        self.db_label.setToolTip(str(self.ctx.db.path))

    def closeEvent(self, event: QCloseEvent) -> None:  # QWidget.closeEvent
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()
        super().closeEvent(event)
