"""Form parts for a draft's optional elements, kept apart from the notice form so it can be wired in
where the page's layout wants them:

* :class:`DocumentElements` — 版式 (文件 / 信函), 份号, 密级和保密期限, 紧急程度, 签发人 (上行文) and
  which appendix columns are printed;
* :class:`EnclosureEditor` — the text a 转发/印发 notice carries: its title, body, 署名 and date.

Each has ``load(draft)`` and ``apply(draft) -> draft``; they hold no behaviour beyond that and
never touch the database (the page saves the draft through its service).
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.gongwen.model import Enclosure
from app.notices import NoticeDraftData

DATE_FORMAT = "yyyy年M月d日"


class DocumentElements(QGroupBox):
    """版式 and the optional 版头 elements of GB/T 9704 §7.2, and the columns to print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeElements", "版式与版头要素"), parent)
        form = QFormLayout(self)
        self.layout_box = QComboBox(self)
        self.layout_box.addItem(QCoreApplication.translate("NoticeElements", "文件格式"), "document")
        self.layout_box.addItem(QCoreApplication.translate("NoticeElements", "信函格式"), "letter")
        form.addRow(QCoreApplication.translate("NoticeElements", "版式(&L)"), self.layout_box)
        self.copy_no = QLineEdit(self)
        self.copy_no.setPlaceholderText(
            QCoreApplication.translate("NoticeElements", "如 000012，不编份号则留空")
        )
        self.copy_no.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.copy_no))
        form.addRow(QCoreApplication.translate("NoticeElements", "份号(&1)"), self.copy_no)
        self.secrecy = QComboBox(self)
        self.secrecy.setEditable(True)
        self.secrecy.addItems(["", "秘密", "机密", "绝密", "秘密★1年", "机密★10年", "绝密★30年"])
        form.addRow(QCoreApplication.translate("NoticeElements", "密级和保密期限(&J)"), self.secrecy)
        self.urgency = QComboBox(self)
        self.urgency.addItems(["", "加急", "特急"])
        form.addRow(QCoreApplication.translate("NoticeElements", "紧急程度(&U)"), self.urgency)
        self.issuers = QLineEdit(self)
        self.issuers.setPlaceholderText(
            QCoreApplication.translate("NoticeElements", "上行文填写，多人用顿号分隔")
        )
        form.addRow(QCoreApplication.translate("NoticeElements", "签发人(&Q)"), self.issuers)
        self.columns = QListWidget(self)
        self.columns.setToolTip(QCoreApplication.translate("NoticeElements", "取消勾选的列不印在附件表格中"))
        self.columns.setMaximumHeight(110)
        form.addRow(QCoreApplication.translate("NoticeElements", "附件表格的列(&C)"), self.columns)

    def load(self, draft: NoticeDraftData) -> None:
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(draft.layout)))
        self.copy_no.setText(draft.copy_no)
        self.secrecy.setCurrentText(draft.secrecy)
        self.urgency.setCurrentText(draft.urgency)
        self.issuers.setText("、".join(draft.issuers))
        self.columns.clear()
        seen: list[str] = []
        for table in draft.attachments:
            for column in table.columns:
                if column.header not in seen:
                    seen.append(column.header)
        for header in seen:
            item = QListWidgetItem(header, self.columns)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = header not in draft.hidden_columns
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def apply(self, draft: NoticeDraftData) -> NoticeDraftData:
        hidden = [
            self.columns.item(i).text()
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() != Qt.CheckState.Checked
        ]
        names = [n for n in re.split(r"[、，,\s]+", self.issuers.text()) if n]
        return dataclasses.replace(
            draft,
            layout=str(self.layout_box.currentData()),
            copy_no=self.copy_no.text().strip(),
            secrecy=self.secrecy.currentText().strip(),
            urgency=self.urgency.currentText().strip(),
            issuers=names,
            hidden_columns=hidden,
        )


class EnclosureEditor(QGroupBox):
    """The forwarded (转发) or issued (印发) text: printed after the cover letter on its own page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeElements", "转发（印发）的文件"), parent)
        self.setCheckable(True)
        self.setToolTip(
            QCoreApplication.translate(
                "NoticeElements", "勾选后，这份文件排在本公文的成文日期之后、附件之前，另起一页"
            )
        )
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        form.addRow(QCoreApplication.translate("NoticeElements", "标题(&2)"), self.title)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(QCoreApplication.translate("NoticeElements", "每段一行"))
        form.addRow(QCoreApplication.translate("NoticeElements", "正文(&3)"), self.body)
        self.signer = QLineEdit(self)
        form.addRow(QCoreApplication.translate("NoticeElements", "署名(&4)"), self.signer)
        self.date = QDateEdit(self)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        form.addRow(QCoreApplication.translate("NoticeElements", "日期(&5)"), self.date)

    def load(self, draft: NoticeDraftData) -> None:
        enc = draft.enclosure
        self.setChecked(enc is not None)
        self.title.setText(enc.title if enc else "")
        self.body.setPlainText("\n".join(enc.body) if enc else "")
        self.signer.setText(enc.signer if enc else "")
        date = (enc.date if enc and enc.date else draft.date) or None
        if date is not None:
            self.date.setDate(QDate(date.year, date.month, date.day))

    def apply(self, draft: NoticeDraftData) -> NoticeDraftData:
        if not self.isChecked():
            return dataclasses.replace(draft, enclosure=None)
        body = [line.strip() for line in self.body.toPlainText().splitlines() if line.strip()]
        enc = Enclosure(
            title=self.title.text().strip(),
            body=body,
            signer=self.signer.text().strip(),
            date=self.date.date().toPython(),
        )
        return dataclasses.replace(draft, enclosure=enc)
