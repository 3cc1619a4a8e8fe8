"""The main window only composes: navigation on the left, pages in a stack, a status bar.

Pages are built when first shown, and the first one only after the window has painted itself
once: a page imports its services and SQLAlchemy (a third of a second), and the clerk should see
the window while that happens (bench/bench_startup.py measures it against a bare QMainWindow).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
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


class Pages(Mapping[str, QWidget]):
    """The window's pages by key; a page is built the first time it is looked up."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        return self.build(key)

    def build(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        if key not in self._built:
            self._built[key] = self._window._build_page(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(spec.key for spec in self._window.specs)

    def __len__(self) -> int:
        return len(self._window.specs)

    def built(self, key: str) -> bool:
        return key in self._built


class MainWindow(QMainWindow):
    #: The window has painted itself once and the page on show is built.
    ready = Signal()
    first_painted = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.setMinimumSize(QSize(760, 520))
        self.pages = Pages(self)
        self._painted = False
        self._held = False
        self.installEventFilter(self)  # until the first paint; see eventFilter
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
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown

    def _build_page(self, key: str) -> QWidget:
        index = [spec.key for spec in self.specs].index(key)
        page = self.specs[index].factory(self.ctx)
        page.setObjectName(f"page_{key}")
        standin = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(standin)
        standin.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Reimplements QObject.eventFilter: after the first paint, build the page on show."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.first_painted.emit()
            if not self._held:
                QTimer.singleShot(0, self._show_current_page)
        return False

    def hold_pages(self) -> None:
        """Build no page at the first paint; :meth:`release_pages` will (start-up uses this to
        let SQLAlchemy finish importing on its thread while the window stays responsive)."""
        self._held = True

    def release_pages(self) -> None:
        if self._held:
            self._held = False
            if self._painted:
                self._show_current_page()

    def _show_current_page(self) -> None:
        if self.stack.currentIndex() >= 0:
            self.pages.build(self.current_page_key())
        self.ready.emit()

    def _init_status_bar(self) -> None:
        tr = QCoreApplication.translate
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_db")
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(QLabel(tr("MainWindow", "工作年度："), self))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("status_year")
        self.year_box.setRange(2000, 2100)
        self.year_box.setSuffix(tr("MainWindow", "年"))
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
        if self._painted and not self._held:  # otherwise _show_current_page builds it
            self.pages.build(self.specs[row].key)

    def _on_year_changed(self, year: int) -> None:
        if self.year_box.value() != year:
            self.year_box.setValue(year)

    def _show_db(self) -> None:
        tr = QCoreApplication.translate
        self.db_label.setText(tr("MainWindow", "数据库：{path}").format(path=self.ctx.db.path))
        self.db_label.setToolTip(str(self.ctx.db.path))

    def closeEvent(self, event: QCloseEvent) -> None:  # QWidget.closeEvent
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()
        super().closeEvent(event)
