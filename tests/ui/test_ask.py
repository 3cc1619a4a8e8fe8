"""Questions default to the safe answer: 否 for destructive steps, 保存 for unsaved work; Esc never
destroys anything. The real boxes, answered with real key presses."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from qthelpers import answer_next_box

from ui.dialogs import ask

UI = Path(__file__).resolve().parents[2] / "ui"


def test_enter_on_a_destructive_question_answers_no(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, str]] = []
    answer_next_box(key=Qt.Key.Key_Return, seen=seen)
    assert ask.confirm(parent, "删除单位", "删除“临时单位”？") is False
    assert seen == [("删除“临时单位”？", "ask_no")]
    answer_next_box(key=Qt.Key.Key_Escape)
    assert ask.confirm(parent, "删除单位", "删除“临时单位”？") is False
    answer_next_box("ask_yes")
    assert ask.confirm(parent, "删除单位", "删除“临时单位”？") is True


def test_the_unsaved_question_saves_on_enter_and_cancels_on_esc(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_next_box(key=Qt.Key.Key_Return)
    assert ask.ask_save(parent, "未保存的修改", "要保存吗？") is ask.SaveAnswer.SAVE
    answer_next_box(key=Qt.Key.Key_Escape)
    assert ask.ask_save(parent, "未保存的修改", "要保存吗？") is ask.SaveAnswer.CANCEL
    answer_next_box("ask_discard")
    assert ask.ask_save(parent, "未保存的修改", "要保存吗？") is ask.SaveAnswer.DISCARD


def test_no_question_in_ui_bypasses_the_safe_default():
    """QMessageBox.question defaults to 是 (Yes): every yes/no question goes through ask.confirm."""
    offenders = [
        f"{path.relative_to(UI.parent)}:{n}"
        for path in UI.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"QMessageBox\.question\(", line)
    ]
    assert offenders == []
