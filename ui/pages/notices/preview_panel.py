"""The 公文 page's right pane: the rendered pages one under the other, or a message with 打开."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class PreviewArea(QScrollArea):
    """The rendered pages one under the other, scaled to the pane's width; or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("preview")
        self._pixmaps: list[QPixmap] = []
        self._labels: list[QLabel] = []
        inner = QWidget(self)
        inner.setObjectName("preview_pages")
        inner.setStyleSheet("#preview_pages { background: #8a8a8a; }")
        self._layout = QVBoxLayout(inner)
        self._layout.setSpacing(10)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self.message = QLabel(inner)
        self.message.setObjectName("preview_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white; font-size: 11pt; padding: 20px;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(QCoreApplication.translate("NoticePage", "打开(&K)"), inner)
        self.open_button.setObjectName("preview_open")
        self.open_button.hide()
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addStretch(1)
        self.setWidget(inner)

    def page_count(self) -> int:
        return len(self._labels)

    def show_message(self, text: str, *, offer_open: bool = False) -> None:
        self._clear_pages()
        self.message.setText(text)
        self.message.show()
        self.open_button.setVisible(offer_open)

    def show_pages(self, files: list[Path]) -> None:
        self._clear_pages()
        self.message.hide()
        self.open_button.hide()
        for index, path in enumerate(files):
            pixmap = QPixmap(str(path))
            label = QLabel(self.widget())
            label.setObjectName(f"preview_page_{index + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._pixmaps.append(pixmap)
            self._labels.append(label)
            self._layout.insertWidget(self._layout.count() - 1, label)
        self._rescale()
        self.verticalScrollBar().setValue(0)

    def _clear_pages(self) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels.clear()
        self._pixmaps.clear()

    def _rescale(self) -> None:
        width = max(self.viewport().width() - 24, 120)
        for pixmap, label in zip(self._pixmaps, self._labels, strict=True):
            if not pixmap.isNull():
                label.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # QWidget.resizeEvent
        super().resizeEvent(event)
        self._rescale()
