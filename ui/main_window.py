"""The main window only composes: menus, navigation on the left, pages in a stack, a status bar.

Actions come from :mod:`ui.actions` (one registry); the page actions (新建, 保存, 打印, 查找, 刷新)
go to the current page, which says which of them it handles. Where the window opens is decided
by :mod:`ui.window_geometry`, so it always fits the screen it is on.

Pages are built when first shown, and the first one only after the window has painted itself
once: a page imports its services and SQLAlchemy (a third of a second), and the clerk should see
the window while that happens (bench/bench_startup.py measures it against a bare QMainWindow).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from ui import window_geometry
from ui.actions import ActionId, Actions, PageActions, key_sequences
from ui.context import UiContext
from ui.database_switch import DatabaseSwitcher
from ui.pages import PageSpec, page_specs
from ui.tasks import Op

log = logging.getLogger(__name__)


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
        self.registry = Actions(self)
        self.switcher = DatabaseSwitcher(ctx, self)
        self._init_navigation()
        self._init_menus()
        self._init_status_bar()
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
            item = QListWidgetItem(spec.title)  # its row is its page's index in self.specs
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
        from ui.focus import last_in_chain  # here: its Qt import would slow the first paint

        after = last_in_chain(page)
        if after is not None:  # Tab: navigation → this page → 工作年度 (the page joined the chain last)
            QWidget.setTabOrder(after, self.year_box)
        changed = getattr(page, "actions_changed", None)
        if changed is not None:
            changed.connect(self.update_actions)
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

    @property
    def pages_held(self) -> bool:
        """True between :meth:`hold_pages` and :meth:`release_pages`: pages on show wait."""
        return self._held

    def release_pages(self) -> None:
        if self._held:
            self._held = False
            if self._painted:
                self._show_current_page()

    def _show_current_page(self) -> None:
        if self.stack.currentIndex() >= 0:
            self.pages.build(self.current_page_key())
            self.update_actions()
        self.ready.emit()

    def _init_menus(self) -> None:
        """文件 编辑 视图 帮助, each with its Alt access key; every action is built once in ``registry``."""
        a = self.registry
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "文件(&F)"))
        file_menu.setObjectName("menu_file")
        file_menu.addActions([a[ActionId.NEW], a[ActionId.SAVE]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.IMPORT_DONATIONS])
        file_menu.addAction(a[ActionId.PRINT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.OPEN_DATABASE])
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "最近打开的数据库(&R)"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(a[ActionId.BACKUP])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])

        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "编辑(&E)"))
        edit_menu.setObjectName("menu_edit")
        edit_menu.addAction(a[ActionId.FIND])
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.SETTINGS])

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "视图(&V)"))
        view_menu.setObjectName("menu_view")
        self.page_group = QActionGroup(self)
        self.nav_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = QAction(f"{spec.title}(&{index + 1})", self)
            action.setObjectName(f"action_page_{spec.key}")
            action.setCheckable(True)
            if index < 9:
                action.setShortcuts(key_sequences(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self._go_to_page(i))
            self.page_group.addAction(action)
            self.nav_actions.append(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.REFRESH])

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "帮助(&H)"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(a[ActionId.HELP])
        help_menu.addSeparator()
        help_menu.addActions([a[ActionId.ABOUT], a[ActionId.ABOUT_QT]])

    def _init_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_db")
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(QLabel(QCoreApplication.translate("MainWindow", "工作年度："), self))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("status_year")
        self.year_box.setRange(2000, 2100)
        self.year_box.setSuffix(QCoreApplication.translate("MainWindow", "年"))
        self.year_box.setValue(self.ctx.year)
        bar.addPermanentWidget(self.year_box)
        self._show_db()

    def _connect_signals(self) -> None:
        a = self.registry
        for action_id in a.page_ids():
            a[action_id].triggered.connect(lambda _checked=False, i=action_id: self.trigger_page_action(i))
        a[ActionId.OPEN_DATABASE].triggered.connect(self.switcher.choose_and_open)
        a[ActionId.BACKUP].triggered.connect(self.backup_now)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.SETTINGS].triggered.connect(lambda: self.show_page("settings"))
        a[ActionId.IMPORT_DONATIONS].triggered.connect(lambda: self.show_page("donations").import_file())
        a[ActionId.HELP].triggered.connect(self.show_help)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.ABOUT_QT].triggered.connect(lambda: QMessageBox.aboutQt(self))
        self.nav.currentRowChanged.connect(self._on_page_selected)
        self.year_box.valueChanged.connect(self.ctx.set_year)
        self.ctx.bus.year_changed.connect(self._on_year_changed)
        self.ctx.bus.database_changed.connect(self._show_db)
        self.ctx.bus.database_changed.connect(self.daily_backup)
        self.ctx.bus.show_page.connect(self._show_requested)

    def available_geometry(self) -> QRect:
        """The screen's area without the task bar (a method, so tests can give a small screen)."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry()

    def _restore_state(self) -> None:
        """The remembered place and size, or a default; either way never larger than the screen.

        Kept as a plain rectangle rather than ``saveGeometry()``, so that fitting it to the screen
        it opens on is this program's rule (tested with a fake 1366×768 screen), not the platform's.
        """
        available = self.available_geometry()
        saved = window_geometry.parse_rect(self.ctx.settings.window_rect)
        if saved is not None:
            self.setGeometry(window_geometry.fit_geometry(saved, available))
        else:
            self.setGeometry(window_geometry.default_geometry(available))
        if self.ctx.settings.window_maximized:
            self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowMaximized)
        keys = [spec.key for spec in self.specs]
        last = self.ctx.settings.last_page
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- behaviour ----------------------------------------------------------------------------
    def current_page_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def current_page(self) -> QWidget:
        return self.pages[self.current_page_key()]

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in self.specs]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _show_requested(self, key: str) -> None:
        """Another page asked for *key* (a notice refused for want of the office opens 设置): the
        page is built if it was not, then told why it was brought forward."""
        page = self.show_page(key)
        requested = getattr(page, "on_requested", None)
        if requested is not None:
            requested()

    def _page_handlers(self) -> dict[ActionId, Callable[[], None]]:
        if not self.pages.built(self.current_page_key()):
            return {}  # not shown yet: built after the first paint
        page = self.current_page()
        return page.page_actions() if isinstance(page, PageActions) else {}

    def trigger_page_action(self, action_id: ActionId) -> None:
        handler = self._page_handlers().get(action_id)
        if handler is not None and self.registry[action_id].isEnabled():
            handler()

    def update_actions(self) -> None:
        """Enable the page actions the current page handles and that apply now."""
        handlers = self._page_handlers()
        if not handlers:
            for action_id in self.registry.page_ids():
                self.registry[action_id].setEnabled(False)
            return
        page = self.current_page()
        enabled = getattr(page, "action_enabled", None)
        for action_id in self.registry.page_ids():
            applies = action_id in handlers and (enabled is None or enabled(action_id))
            self.registry[action_id].setEnabled(applies)

    def _on_page_selected(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.nav_actions[row].setChecked(True)
        self.ctx.settings.last_page = self.specs[row].key
        if self._painted and not self._held:  # otherwise _show_current_page builds it
            self.pages.build(self.specs[row].key)
        self.update_actions()

    def _go_to_page(self, row: int) -> None:
        """Ctrl+1…7: show the page and put the cursor in it, as the keyboard user expects."""
        self.nav.setCurrentRow(row)
        if self.pages.built(self.current_page_key()):
            from ui.focus import focus_first

            focus_first(self.current_page())

    def _on_year_changed(self, year: int) -> None:
        if self.year_box.value() != year:
            self.year_box.setValue(year)

    def _show_db(self) -> None:
        self.db_label.setText(
            QCoreApplication.translate("MainWindow", "数据库：{path}").format(path=self.ctx.db.path)
        )
        self.db_label.setToolTip(str(self.ctx.db.path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.ctx.db.path)
        recent = [p for p in self.ctx.settings.recent_databases() if p != current]
        for index, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index} {path}")
            action.setObjectName(f"recent_{index}")
            action.setEnabled(Path(path).exists())
            action.triggered.connect(
                lambda _checked=False, p=path: self.switcher.switch(Path(p), create=False)
            )
        if not recent:
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "（没有其他数据库）")
            ).setEnabled(False)

    def daily_backup(self) -> None:
        """The day's first copy of the open database, taken on the worker after the page's own
        data (设置 lists it with the other backups; thirty days are kept). A failure is shown in
        the status bar, not in a dialog over the clerk's start."""
        from app.database import backup as backups

        path = self.ctx.db.path
        Op(self, lambda: backups.daily_backup(path)).success(self._daily_backup_done).failure(
            self._daily_backup_failed
        ).run()

    def _daily_backup_done(self, out: Path | None) -> None:
        if out is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "已自动备份今天的数据：{path}").format(path=out),
                8000,
            )

    def _daily_backup_failed(self, exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "今天的自动备份没有完成：{reason}").format(reason=exc)
        )

    def backup_now(self) -> None:
        from app.database import backup as backups
        from ui.dialogs.exported import show_exported

        db = self.ctx.db
        Op(self, lambda: backups.backup(db.path)).with_progress(
            QCoreApplication.translate("MainWindow", "正在备份……"), cancellable=False
        ).success(
            lambda out: show_exported(
                self,
                QCoreApplication.translate("MainWindow", "备份完成"),
                QCoreApplication.translate("MainWindow", "已备份到：\n{path}").format(path=out),
                out,
            )
        ).run()

    def show_help(self) -> None:
        from ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self.registry, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.db.path, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # QWidget.closeEvent
        """Unsaved edits are asked about first (保存/不保存/取消); 取消 keeps the window open."""
        if not self.ctx.confirm_leave(self.close):
            event.ignore()
            return
        maximized = self.isMaximized()
        normal = self.normalGeometry() if maximized else self.geometry()
        self.ctx.settings.window_rect = window_geometry.format_rect(normal)
        self.ctx.settings.window_maximized = maximized
        self.ctx.settings.sync()
        super().closeEvent(event)
