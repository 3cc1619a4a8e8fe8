"""The 公文 page's middle pane: the notice form, its inline problems and whether it holds unsaved edits.

:meth:`NoticeForm.show_draft` fills it, :meth:`NoticeForm.collect` reads it back as a draft, and
:meth:`NoticeForm.validate` puts each problem under its field (``draft_problems`` is a pure function,
so it runs here as the clerk types). ``dirty`` says the form differs from what was loaded or saved;
``edited`` fires on every change the clerk makes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gongwen.model import heading_level
from app.notices import NoticeDraftData, TableSpec, draft_problems
from app.notices.figures import FigureSpec
from ui.pages.notices.elements import DocumentElements, EnclosureEditor

ERROR_STYLE = "color: #b00020;"
DATE_FORMAT = "yyyy年M月d日"
VALIDATE_DELAY_MS = 300
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
LINE_FIELDS = ("organ_mark", "doc_prefix", "title", "addressees", "signer", "note", "cc", "printer")


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


class NoticeForm(QScrollArea):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draft: NoticeDraftData | None = None
        self.dirty = False
        self._loading = False
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._build()
        self._connect_callbacks()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form_widget = QWidget(self)
        self.form_widget.setObjectName("notice_form")
        form = QFormLayout(self.form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}

        self.organ_mark = self._line("organ_mark")
        self._add(
            form, QCoreApplication.translate("NoticePage", "发文机关标志(&B)"), self.organ_mark, "organ_mark"
        )
        self._add(
            form, QCoreApplication.translate("NoticePage", "发文字号(&Z)"), self._number_row(), "doc_number"
        )
        self.title = self._line("title")
        self._add(form, QCoreApplication.translate("NoticePage", "标题(&T)"), self.title, "title")
        self.addressees = self._line("addressees")
        self._add(
            form, QCoreApplication.translate("NoticePage", "主送机关(&M)"), self.addressees, "addressees"
        )

        self.body = QPlainTextEdit(self.form_widget)
        self.body.setObjectName("body")
        self.body.setMinimumHeight(220)
        self.body.setTabChangesFocus(True)  # Tab leaves the editor, as in every other field
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
        body_box.setFocusProxy(self.body)
        self._add(form, QCoreApplication.translate("NoticePage", "正文(&W)"), body_box, "body")
        # GB/T 9704's optional elements, the layout, the columns to print and a forwarded text
        self.elements = DocumentElements(self.form_widget)
        form.addRow(self.elements)
        self.enclosure = EnclosureEditor(self.form_widget)
        form.addRow(self.enclosure)

        att_box = QWidget(self.form_widget)
        alay = QVBoxLayout(att_box)
        alay.setContentsMargins(0, 0, 0, 0)
        self.attachments = QTableWidget(0, 2, att_box)
        self.attachments.setObjectName("attachments")
        self.attachments.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("NoticePage", "附件标题"),
                QCoreApplication.translate("NoticePage", "行数"),
            ]
        )
        self.attachments.verticalHeader().hide()
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attachments.setMaximumHeight(90)
        self.attachments.setTabKeyNavigation(False)  # Tab moves on to 刷新数据, not cell to cell
        alay.addWidget(self.attachments)
        arow = QHBoxLayout()
        self.refresh_data = QPushButton(QCoreApplication.translate("NoticePage", "刷新数据(&R)"), att_box)
        self.refresh_data.setObjectName("refresh_data")
        self.refresh_data.setToolTip(
            QCoreApplication.translate("NoticePage", "按当前名册与指标重新生成附件表格")
        )
        arow.addWidget(self.refresh_data)
        arow.addStretch(1)
        alay.addLayout(arow)
        att_box.setFocusProxy(self.attachments)
        self._add(form, QCoreApplication.translate("NoticePage", "附件(&Y)"), att_box, "attachments")

        self.signer = self._line("signer")
        self._add(form, QCoreApplication.translate("NoticePage", "发文机关署名(&I)"), self.signer, "signer")
        self.date = self._date("date")
        self._add(form, QCoreApplication.translate("NoticePage", "成文日期(&6)"), self.date, "date")
        self.note = self._line("note")
        self.note.setPlaceholderText(
            QCoreApplication.translate("NoticePage", "可不填；如“联系人：×××，电话：××××”")
        )
        self._add(form, QCoreApplication.translate("NoticePage", "附注(&7)"), self.note, "note")
        self.cc = self._line("cc")
        self._add(form, QCoreApplication.translate("NoticePage", "抄送机关(&8)"), self.cc, "cc")
        self.printer = self._line("printer")
        self._add(form, QCoreApplication.translate("NoticePage", "印发机关(&9)"), self.printer, "printer")
        self.print_date = self._date("print_date")
        self._add(
            form, QCoreApplication.translate("NoticePage", "印发日期(&0)"), self.print_date, "print_date"
        )
        self.setWidget(self.form_widget)

    def _number_row(self) -> QWidget:
        """The number as it will print (代字〔年〕序号号), and under it the button that takes the
        office's next number; on one line they do not fit beside the preview."""
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
        nlay.addWidget(QLabel(QCoreApplication.translate("NoticePage", "号"), number))
        nlay.addStretch(1)
        nbox.addLayout(nlay)
        self.next_number = QPushButton(
            QCoreApplication.translate("NoticePage", "使用下一个发文序号(&X)"), number
        )
        self.next_number.setObjectName("use_next_number")
        self.next_number.setToolTip(
            QCoreApplication.translate("NoticePage", "占用本单位的下一个发文序号（序号随之加一）并保存草稿")
        )
        nbox.addWidget(self.next_number, 0, Qt.AlignmentFlag.AlignLeft)
        number.setFocusProxy(self.doc_prefix)
        return number

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
        cell.setFocusProxy(field)  # the label's access key reaches the field
        form.addRow(label + "：", cell)
        self.errors[key] = error

    def _connect_callbacks(self) -> None:
        for name in LINE_FIELDS:
            getattr(self, name).textChanged.connect(self._on_edited)
        for spin in (self.doc_year, self.doc_seq):
            spin.valueChanged.connect(self._on_edited)
        for date in (self.date, self.print_date):
            date.dateChanged.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        self.attachments.itemChanged.connect(self._on_edited)
        for child in (*self.elements.findChildren(QWidget), *self.enclosure.findChildren(QWidget)):
            for signal in ("textChanged", "currentIndexChanged", "itemChanged"):
                if hasattr(child, signal):
                    getattr(child, signal).connect(self._on_edited)
        self._validate_timer.timeout.connect(self.validate)

    # -- showing and reading ------------------------------------------------------------------
    def show_draft(self, draft: NoticeDraftData | None) -> None:
        """Put *draft* into the form (None empties it); the form then has no unsaved edits."""
        self.draft = draft
        self._loading = True
        try:
            self.form_widget.setEnabled(draft is not None)
            if draft is None:
                for name in LINE_FIELDS:
                    getattr(self, name).clear()
                self.body.clear()
                self.attachments.setRowCount(0)
            else:
                self._fill(draft)
        finally:
            self._loading = False
        self.dirty = False
        self._update_body_hint()
        self.validate()

    def _fill(self, draft: NoticeDraftData) -> None:
        for name in LINE_FIELDS:
            getattr(self, name).setText(getattr(draft, name))
        self.doc_year.setValue(draft.doc_year)
        self.doc_seq.setValue(draft.doc_seq)
        self.body.setPlainText("\n".join(draft.body))
        self._show_attachments(draft.attachments)
        self.elements.load(draft)
        self.enclosure.load(draft)
        self.date.setDate(QDate(draft.date.year, draft.date.month, draft.date.day))
        self.print_date.setDate(QDate(draft.print_date.year, draft.print_date.month, draft.print_date.day))
        for edit in (self.organ_mark, self.title, self.addressees, self.signer, self.cc, self.printer):
            edit.setCursorPosition(0)

    def _show_attachments(self, specs: list[TableSpec]) -> None:
        table = self.attachments
        table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            title = QTableWidgetItem(spec.title)
            rows = QTableWidgetItem(str(len(spec.rows)))
            rows.setFlags(rows.flags() & ~Qt.ItemFlag.ItemIsEditable)
            rows.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 0, title)
            table.setItem(row, 1, rows)

    def replace_attachments(self, specs: list[TableSpec], figures: list[FigureSpec] | None = None) -> None:
        """New tables (and figures) from the data (刷新数据): the form now differs from the saved draft."""
        assert self.draft is not None
        self.draft = replace(self.draft, attachments=specs)
        if figures is not None:
            self.draft = replace(self.draft, figures=figures)
        self._loading = True
        try:
            self._show_attachments(specs)
        finally:
            self._loading = False
        self.dirty = True
        self.edited.emit()
        self.validate()

    def saved(self, draft: NoticeDraftData) -> None:
        """The form as typed is now stored as *draft* (it keeps what the clerk sees; takes the id)."""
        self.draft = draft
        self.dirty = False

    def collect(self) -> NoticeDraftData | None:
        """The draft as the form shows it now (None when no draft is open)."""
        if self.draft is None:
            return None
        attachments = []
        for row, spec in enumerate(self.draft.attachments):
            item = self.attachments.item(row, 0)
            attachments.append(replace(spec, title=item.text().strip() if item else spec.title))
        values = {name: getattr(self, name).text().strip() for name in LINE_FIELDS}
        typed = replace(
            self.draft,
            **values,
            doc_year=self.doc_year.value(),
            doc_seq=self.doc_seq.value(),
            body=[line.strip() for line in self.body.toPlainText().splitlines() if line.strip()],
            attachments=attachments,
            date=self.date.date().toPython(),
            print_date=self.print_date.date().toPython(),
        )
        return self.enclosure.apply(self.elements.apply(typed))

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self.draft is None:
            return
        self.dirty = True
        self._update_body_hint()
        self._validate_timer.start()
        self.edited.emit()

    def _update_body_hint(self) -> None:
        """Say how the 正文 lines will be read, so a mistyped heading number shows at once."""
        lines = [ln for ln in self.body.toPlainText().splitlines() if ln.strip()]
        names = (
            QCoreApplication.translate("NoticePage", "一级标题“一、”"),
            QCoreApplication.translate("NoticePage", "二级标题“（一）”"),
            QCoreApplication.translate("NoticePage", "三级标题“1.”"),
            QCoreApplication.translate("NoticePage", "四级标题“（1）”"),
        )
        found = [
            QCoreApplication.translate("NoticePage", "{name}{n}个").format(name=name, n=n)
            for level, name in enumerate(names, start=1)
            if (n := sum(1 for ln in lines if heading_level(ln) == level))
        ]
        detail = (
            "、".join(found)
            if found
            else QCoreApplication.translate(
                "NoticePage", "没有标题行；以“一、”“（一）”“1.”“（1）”开头的行按标题层级排版"
            )
        )
        self.body_hint.setText(
            QCoreApplication.translate("NoticePage", "每段一行，共{n}段；{detail}。").format(
                n=len(lines), detail=detail
            )
        )

    def validate(self) -> bool:
        """Show each problem under its field; True when the draft can be generated."""
        self._validate_timer.stop()
        draft = self.collect()
        problems = draft_problems(draft) if draft is not None else []
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.message)
        for key in FIELD_KEYS:
            label = self.errors[key]
            messages = by_field.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        return not problems
