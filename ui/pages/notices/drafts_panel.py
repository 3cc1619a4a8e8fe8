"""The 公文 page's left pane: the working year's drafts, a filter over them, 新建 and 删除.

Shows what the page hands it and says what the clerk chose (``chosen(draft_id)``,
``new_requested(kind)``, ``delete_requested()``); reading and writing drafts is the page's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.notices import TEMPLATES, DraftSummary, template_label
from ui.widgets.search_field import SearchField

DRAFT_ID_ROLE = Qt.ItemDataRole.UserRole


class DraftsPanel(QWidget):
    chosen = Signal(int)  # a draft was selected (click, arrow keys, Enter)
    new_requested = Signal(str)  # template kind
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("drafts_label")
        lay.addWidget(self.label)
        self.filter = SearchField(self)
        self.filter.setObjectName("drafts_filter")
        self.filter.setPlaceholderText(QCoreApplication.translate("NoticePage", "筛选：标题或文号"))
        lay.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("drafts")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(180)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("new_draft")
        self.new_button.setText(QCoreApplication.translate("NoticePage", "新建(&N)"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        for kind in TEMPLATES:
            action = self.new_menu.addAction(template_label(kind))
            action.setObjectName(f"new_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.new_requested.emit(k))
        self.delete_button = QPushButton(QCoreApplication.translate("NoticePage", "删除(&D)"), self)
        self.delete_button.setObjectName("delete_draft")
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.list.currentItemChanged.connect(self._current_changed)
        self.delete_button.clicked.connect(self.delete_requested)
        self.filter.textChanged.connect(self._apply_filter)

    def show_drafts(self, year: int, drafts: list[DraftSummary], current: int | None) -> None:
        self.label.setText(QCoreApplication.translate("NoticePage", "{year}年的公文草稿").format(year=year))
        self.list.blockSignals(True)
        self.list.clear()
        for d in drafts:
            when = d.updated_at.strftime("%m-%d %H:%M") if d.updated_at else ""
            title = d.title or QCoreApplication.translate("NoticePage", "（无标题）")
            item = QListWidgetItem(f"{title}\n{template_label(d.kind)}　{d.doc_number}　{when}")
            item.setData(DRAFT_ID_ROLE, d.id)
            item.setToolTip(d.title)
            self.list.addItem(item)
            if d.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._apply_filter()

    def select(self, draft_id: int | None) -> None:
        """Mark *draft_id* as the open draft without announcing a choice."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        for row in range(self.list.count()):
            if self.list.item(row).data(DRAFT_ID_ROLE) == draft_id:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def count(self) -> int:
        return self.list.count()

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(DRAFT_ID_ROLE)))

    def _apply_filter(self) -> None:
        words = self.filter.text().strip().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.text() for w in words))

    def offer_new(self) -> None:
        """新建 from the keyboard (Ctrl+N): pop the template menu up under the button (not modal)."""
        self.new_menu.popup(self.new_button.mapToGlobal(self.new_button.rect().bottomLeft()))
        self.new_menu.setActiveAction(self.new_menu.actions()[0])
