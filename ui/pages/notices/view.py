"""Layout of the 公文 page: drafts on the left, the notice form, and the page preview.

Builds and styles widgets only and exposes them as attributes; :mod:`ui.pages.notices.page` owns
the behaviour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPixmap,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gongwen.model import heading_level

ERROR_STYLE = "color: #b00020;"
DATE_FORMAT = "yyyy年M月d日"
#: Form fields with an inline problem label, in the order of `app.notices.FIELD_LABELS`.
FIELD_KEYS = (
    "organ_mark",
    "doc_number",
    "title",
    "addressees",
    "body",
    "attachments",
    "signer",
    "date",
    "note",
    "cc",
    "printer",
    "print_date",
)


class HeadingHighlighter(QSyntaxHighlighter):
    """Shows in the editor how each 正文 line will be set: 一、 and （一） as headings, 1./（1） marked."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats: dict[int, QTextCharFormat] = {}
        for level, (bold, colour) in {
            1: (True, "#000000"),
            2: (True, "#1a4f8b"),
            3: (False, "#1a4f8b"),
            4: (False, "#3f6f3f"),
        }.items():
            fmt = QTextCharFormat()
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QColor(colour))
            self.formats[level] = fmt

    def highlightBlock(self, text: str) -> None:  # QSyntaxHighlighter.highlightBlock
        level = heading_level(text)
        if level in self.formats:
            self.setFormat(0, len(text), self.formats[level])


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
        self.open_button = QPushButton(self.tr("打开"), inner)
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


class NoticeView(QWidget):
    """Widgets of the 公文 page, exposed for the controller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("notice_splitter")
        self.splitter.addWidget(self._build_drafts())
        self.splitter.addWidget(self._build_editor())
        self.preview = PreviewArea(self)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([220, 480, 440])
        outer.addWidget(self.splitter)

    # -- left: the year's drafts ----------------------------------------------------------------
    def _build_drafts(self) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.drafts_label = QLabel(box)
        self.drafts_label.setObjectName("drafts_label")
        lay.addWidget(self.drafts_label)
        self.drafts = QListWidget(box)
        self.drafts.setObjectName("drafts")
        self.drafts.setWordWrap(True)
        self.drafts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drafts.setMinimumWidth(180)
        lay.addWidget(self.drafts, 1)
        row = QHBoxLayout()
        self.new_button = QToolButton(box)
        self.new_button.setObjectName("new_draft")
        self.new_button.setText(self.tr("新建"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        self.delete_button = QPushButton(self.tr("删除"), box)
        self.delete_button.setObjectName("delete_draft")
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        lay.addLayout(row)
        return box

    # -- middle: the form -----------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存草稿"), box)
        self.save_button.setObjectName("save_draft")
        self.generate_button = QPushButton(self.tr("生成并预览"), box)
        self.generate_button.setObjectName("generate")
        self.open_button = QPushButton(self.tr("用WPS/Word打开"), box)
        self.open_button.setObjectName("open_document")
        self.save_as_button = QPushButton(self.tr("另存为…"), box)
        self.save_as_button.setObjectName("save_as")
        for b in (self.save_button, self.generate_button, self.open_button, self.save_as_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.status = QLabel(box)
        self.status.setObjectName("notice_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)

        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_widget = QWidget(scroll)
        self.form_widget.setObjectName("notice_form")
        form = QFormLayout(self.form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}

        self.organ_mark = self._line("organ_mark")
        self._add(form, self.tr("发文机关标志"), self.organ_mark, "organ_mark")

        # Two lines: the number as it will print (代字〔年〕序号号), then the button that takes
        # the office's next number; on one line they do not fit beside the preview.
        number = QWidget(self.form_widget)
        nbox = QVBoxLayout(number)
        nbox.setContentsMargins(0, 0, 0, 0)
        nbox.setSpacing(4)
        nlay = QHBoxLayout()
        nlay.setSpacing(2)
        self.doc_prefix = self._line("doc_prefix")
        self.doc_prefix.setMinimumWidth(90)
        self.doc_prefix.setMaximumWidth(140)
        self.doc_year = QSpinBox(number)
        self.doc_year.setObjectName("doc_year")
        self.doc_year.setRange(1900, 2200)
        self.doc_year.setSpecialValueText(" ")  # the empty form shows nothing, not "1900"
        self.doc_seq = QSpinBox(number)
        self.doc_seq.setObjectName("doc_seq")
        self.doc_seq.setRange(0, 99999)
        self.doc_seq.setSpecialValueText(" ")
        self.doc_seq.setMinimumWidth(70)
        nlay.addWidget(self.doc_prefix)
        nlay.addWidget(QLabel("〔", number))
        nlay.addWidget(self.doc_year)
        nlay.addWidget(QLabel("〕", number))
        nlay.addWidget(self.doc_seq)
        nlay.addWidget(QLabel(self.tr("号"), number))
        nlay.addStretch(1)
        nbox.addLayout(nlay)
        self.next_number = QPushButton(self.tr("使用下一个发文序号"), number)
        self.next_number.setObjectName("use_next_number")
        self.next_number.setToolTip(self.tr("占用本单位的下一个发文序号（序号随之加一）并保存草稿"))
        nbox.addWidget(self.next_number, 0, Qt.AlignmentFlag.AlignLeft)
        self._add(form, self.tr("发文字号"), number, "doc_number")

        self.title = self._line("title")
        self._add(form, self.tr("标题"), self.title, "title")
        self.addressees = self._line("addressees")
        self._add(form, self.tr("主送机关"), self.addressees, "addressees")

        self.body = QPlainTextEdit(self.form_widget)
        self.body.setObjectName("body")
        self.body.setMinimumHeight(220)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = HeadingHighlighter(self.body.document())
        body_box = QWidget(self.form_widget)
        blay = QVBoxLayout(body_box)
        blay.setContentsMargins(0, 0, 0, 0)
        blay.addWidget(self.body)
        self.body_hint = QLabel(body_box)
        self.body_hint.setObjectName("body_hint")
        self.body_hint.setWordWrap(True)
        self.body_hint.setStyleSheet("color: #555;")
        blay.addWidget(self.body_hint)
        self._add(form, self.tr("正文"), body_box, "body")

        att_box = QWidget(self.form_widget)
        alay = QVBoxLayout(att_box)
        alay.setContentsMargins(0, 0, 0, 0)
        self.attachments = QTableWidget(0, 2, att_box)
        self.attachments.setObjectName("attachments")
        self.attachments.setHorizontalHeaderLabels([self.tr("附件标题"), self.tr("行数")])
        self.attachments.verticalHeader().hide()
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attachments.setMaximumHeight(90)
        alay.addWidget(self.attachments)
        arow = QHBoxLayout()
        self.refresh_data = QPushButton(self.tr("刷新数据"), att_box)
        self.refresh_data.setObjectName("refresh_data")
        self.refresh_data.setToolTip(self.tr("按当前名册与指标重新生成附件表格"))
        arow.addWidget(self.refresh_data)
        arow.addStretch(1)
        alay.addLayout(arow)
        self._add(form, self.tr("附件"), att_box, "attachments")

        self.signer = self._line("signer")
        self._add(form, self.tr("发文机关署名"), self.signer, "signer")
        self.date = self._date("date")
        self._add(form, self.tr("成文日期"), self.date, "date")
        self.note = self._line("note")
        self.note.setPlaceholderText(self.tr("可不填；如“联系人：×××，电话：××××”"))
        self._add(form, self.tr("附注"), self.note, "note")
        self.cc = self._line("cc")
        self._add(form, self.tr("抄送机关"), self.cc, "cc")
        self.printer = self._line("printer")
        self._add(form, self.tr("印发机关"), self.printer, "printer")
        self.print_date = self._date("print_date")
        self._add(form, self.tr("印发日期"), self.print_date, "print_date")

        scroll.setWidget(self.form_widget)
        lay.addWidget(scroll, 1)
        return box

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.form_widget)
        edit.setObjectName(name)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self.form_widget)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(" ")  # QDateEdit's default date: blank until a draft is shown
        return edit

    def _add(self, form: QFormLayout, label: str, field: QWidget, key: str) -> None:
        """A form row: the field with its inline problem label under it (hidden while it is fine)."""
        cell = QWidget(self.form_widget)
        lay = QVBoxLayout(cell)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        field.setParent(cell)
        lay.addWidget(field)
        error = QLabel(cell)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        form.addRow(label + "：", cell)
        self.errors[key] = error
