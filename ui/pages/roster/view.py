"""Layout of the 名册 page: toolbar, search box, the roster tree and a status line. No logic here."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.roster_model import COL
from ui.widgets.keyboard_menu import KeyboardMenu
from ui.widgets.search_field import SearchField


class RosterView(QWidget):
    """The page's widgets, exposed as attributes for the controller (:class:`RosterPage`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)

        self.title = QLabel(self)
        self.title.setObjectName("roster_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("roster_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))
        self.add_action = self._action("add", self.tr("新增单位(&A)"))  # Ctrl+N: the window's 新建
        self.edit_action = self._action("edit", self.tr("编辑(&T)…"))
        self.archive_action = self._action("archive", self.tr("归档(&G)"))
        self.delete_action = self._action("delete", self.tr("删除(&D)"), QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.copy_year_action = self._action("copy_year", self.tr("复制上年名册(&C)"))
        self.toolbar.addSeparator()
        self.import_action = self._action("import", self.tr("导入(&I)…"))
        self.export_action = self._action("export", self.tr("导出(&X)…"))
        self.edit_action.setToolTip(self.tr("编辑选中的单位（也可双击）"))
        self.archive_action.setToolTip(self.tr("归档的单位保留历史，但不再出现在名册和分配中"))
        self.delete_action.setToolTip(self.tr("只能删除没有指标和献血记录的单位；其余请归档"))
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAutoRaise(False)
                button.setFocusPolicy(
                    Qt.FocusPolicy.TabFocus
                )  # a tool bar's buttons take no focus by default
        outer.addWidget(self.toolbar)

        filters = QHBoxLayout()
        self.search = SearchField(self)  # Esc clears it
        self.search.setObjectName("roster_search")
        self.search.setPlaceholderText(self.tr("搜索：单位名称、别名或拼音首字母（如 cgz 找城关镇）"))
        filters.addWidget(self.search, 1)
        self.show_archived = QCheckBox(self.tr("显示已归档(&S)"), self)
        self.show_archived.setObjectName("show_archived")
        filters.addWidget(self.show_archived)
        outer.addLayout(filters)

        self.tree = QTreeView(self)
        self.tree.setObjectName("roster_tree")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)  # double-click and Enter edit
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.archive_action, self.delete_action):
            self.tree.addAction(action)
        KeyboardMenu(self.tree)  # the Menu key and Shift+F10 open it too
        header = self.tree.header()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)  # a third click returns to the clerk's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Fitting a column to its contents looks at this many rows, not 1,000 (0.8 s at 20,000 units)
        header.setResizeContentsPrecision(50)
        outer.addWidget(self.tree, 1)

        self.status = QLabel(self)
        self.status.setObjectName("roster_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)

    def _action(self, name: str, text: str, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # kept with its &: the tool button then has the access key
        action.setObjectName(f"{name}_action")
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        return action

    def size_columns(self) -> None:
        """Widths that fit Chinese headers and typical content, with air between a right-aligned
        number and the left-aligned text next to it; called only while the clerk has no saved widths.
        """
        header = self.tree.header()
        metrics = self.fontMetrics()
        gap = 12
        for col in range(header.count() - 1):
            self.tree.resizeColumnToContents(header.logicalIndex(col))
        wanted = {
            COL["name"]: metrics.horizontalAdvance("国网平利县供电公司") + 40,
            COL["contact_phone"]: metrics.horizontalAdvance("13800000000") + gap,
            COL["leader_phone"]: metrics.horizontalAdvance("13800000000") + gap,
            COL["aliases"]: metrics.horizontalAdvance("县中医院、中医院") + gap,
        }
        last = header.logicalIndex(header.count() - 1)  # stretches to fill; sizing it would overflow
        for col in range(header.count()):
            if col != last:
                size = max(header.sectionSize(col) + gap, wanted.get(col, 0), 64)
                header.resizeSection(col, min(size, 320))
