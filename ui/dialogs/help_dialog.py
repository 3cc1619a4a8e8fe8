"""使用帮助 (F1): the keyboard shortcuts, read from the action registry so they never drift,
and the README when the program runs from its sources."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from ui import desktop
from ui.actions import SPECS, Actions

CTX = "HelpDialog"
README = Path(__file__).resolve().parent.parent.parent / "README.md"

#: Keys that belong to widgets rather than to an action of the window.
OTHER_KEYS = (
    ("Ctrl+1 … Ctrl+7", QT_TRANSLATE_NOOP("HelpDialog", "转到左侧的第1…7页，光标进入该页")),
    ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "在搜索框中：清除搜索；在对话框中：关闭（有修改时先询问）")),
    ("Alt+带下划线的字母", QT_TRANSLATE_NOOP("HelpDialog", "按下按钮，或转到该标签旁的输入框")),
    ("菜单键 / Shift+F10", QT_TRANSLATE_NOOP("HelpDialog", "打开名册中选中单位的右键菜单")),
    ("Enter", QT_TRANSLATE_NOOP("HelpDialog", "打开表格或列表中选中的一行")),
    ("F2", QT_TRANSLATE_NOOP("HelpDialog", "修改指标表中选中的指标")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpDialog", "在按钮与输入框之间移动")),
    ("Alt+F、Alt+E、Alt+V、Alt+H", QT_TRANSLATE_NOOP("HelpDialog", "打开文件、编辑、视图、帮助菜单")),
)


def shortcuts(actions: Actions) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, then the widgets' own keys."""
    rows = []
    for action_id, action in actions:
        keys = actions.shortcut_text(action_id)
        if keys:
            name = re.sub(r"\(&\w\)", "", action.text()).replace("&", "").rstrip("…")
            what = action.toolTip() if SPECS[action_id].tip else ""  # translated when the action was built
            rows.append((keys, f"{name}：{what}" if what else name))
    rows.extend((keys, QCoreApplication.translate("HelpDialog", what)) for keys, what in OTHER_KEYS)
    return rows


class HelpDialog(QDialog):
    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "使用帮助"))
        lay = QVBoxLayout(self)
        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
            for keys, what in shortcuts(actions)
        )
        intro = QCoreApplication.translate("HelpDialog", "快捷键")
        self.text = QLabel(f"<h3>{escape(intro)}</h3><table cellspacing='4'>{rows}</table>", self)
        self.text.setObjectName("help_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if README.exists():
            readme = buttons.addButton(
                QCoreApplication.translate("HelpDialog", "打开使用说明(&O)"),
                QDialogButtonBox.ButtonRole.HelpRole,
            )
            readme.setObjectName("open_readme")
            readme.clicked.connect(lambda: desktop.open_file(README))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
