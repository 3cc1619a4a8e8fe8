"""The form parts for a draft's optional elements (ui/pages/notices/elements.py), offscreen.

Not yet wired into the 公文 page (the page is being restructured): these tests drive the widgets
alone, loading a real draft made from the demo data and reading the edited draft back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from app.admin import demo
from app.notices import new_draft
from ui.pages.notices.elements import DocumentElements, EnclosureEditor


@pytest.fixture
def draft(db):
    demo.load_demo(db)
    return new_draft(db, "forward", 2017, today=dt.date(2017, 5, 4))


def test_elements_load_and_apply(qtbot, draft):
    box = DocumentElements()
    qtbot.addWidget(box)
    box.load(draft)
    headers = [box.columns.item(i).text() for i in range(box.columns.count())]
    assert headers == ["募集单位", "人口数", "募集指标（单位）"]
    box.layout_box.setCurrentIndex(box.layout_box.findData("letter"))
    box.copy_no.setText("12")
    box.secrecy.setCurrentText("秘密★1年")
    box.urgency.setCurrentText("特急")
    box.issuers.setText("张三、李四")
    box.columns.item(1).setCheckState(Qt.CheckState.Unchecked)
    edited = box.apply(draft)
    assert (edited.layout, edited.copy_no, edited.secrecy, edited.urgency) == (
        "letter",
        "12",
        "秘密★1年",
        "特急",
    )
    assert edited.issuers == ["张三", "李四"] and edited.hidden_columns == ["人口数"]
    again = DocumentElements()
    qtbot.addWidget(again)
    again.load(edited)
    assert again.columns.item(1).checkState() == Qt.CheckState.Unchecked
    assert again.apply(edited) == edited


def test_copy_number_takes_digits_only(qtbot, draft):
    box = DocumentElements()
    qtbot.addWidget(box)
    box.load(draft)
    qtbot.keyClicks(box.copy_no, "12a3456789")  # ASCII only: keyClicks is safe here
    assert box.copy_no.text() == "123456"


def test_enclosure_editor(qtbot, draft):
    editor = EnclosureEditor()
    qtbot.addWidget(editor)
    editor.load(draft)
    assert editor.isChecked() and editor.title.text() == draft.enclosure.title
    editor.body.setPlainText("一、目标\n\n各镇按时完成。")
    editor.date.setDate(QDate(2017, 4, 28))
    edited = editor.apply(draft)
    assert edited.enclosure.body == ["一、目标", "各镇按时完成。"]
    assert edited.enclosure.date == dt.date(2017, 4, 28)
    editor.setChecked(False)
    assert editor.apply(draft).enclosure is None
