"""The window's actions, registered once and keyed by :class:`ActionId`.

Menus, shortcuts and the help dialog all read this table, so a shortcut is declared in one place
and shown wherever the action appears. Page actions (新建, 保存, 打印, 查找, 刷新) mean what the
current page says: a page offers handlers through :meth:`PageActions.page_actions` and the
window enables only the actions the page handles (and that apply now, see ``action_enabled``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from app.i18n import QT_TRANSLATE_NOOP

CTX = "actions"
Shortcut = QKeySequence.StandardKey | str | None


class ActionId(Enum):
    NEW = "new"
    SAVE = "save"
    PRINT = "print"
    IMPORT_DONATIONS = "import_donations"
    OPEN_DATABASE = "open_database"
    BACKUP = "backup"
    QUIT = "quit"
    FIND = "find"
    SETTINGS = "settings"
    REFRESH = "refresh"
    HELP = "help"
    ABOUT = "about"
    ABOUT_QT = "about_qt"


@dataclass(frozen=True)
class ActionSpec:
    text: str  # with its &-access key, translated when the action is built
    shortcut: Shortcut
    tip: str
    page: bool  # True: the current page handles it and decides whether it applies


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "新建(&N)"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("actions", "名册：新增单位；指标与排期：新建计划；公文：新建草稿"),
        True,
    ),
    ActionId.SAVE: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "保存(&S)"),
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("actions", "保存正在编辑的公文草稿或本单位信息"),
        True,
    ),
    ActionId.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "打印(&P)…"),
        QKeySequence.StandardKey.Print,
        QT_TRANSLATE_NOOP("actions", "生成公文并交给 WPS/Word 打印"),
        True,
    ),
    ActionId.IMPORT_DONATIONS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "导入献血记录(&I)…"),
        None,
        QT_TRANSLATE_NOOP("actions", "导入血站导出的献血记录（.xlsx、.xls、.csv），先预览再导入"),
        False,
    ),
    ActionId.OPEN_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "打开数据库(&O)…"),
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("actions", "打开其他数据库文件，或新建一个"),
        False,
    ),
    ActionId.BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "立即备份(&B)"),
        None,
        QT_TRANSLATE_NOOP("actions", "把当前数据库备份到备份文件夹"),
        False,
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "退出(&X)"),
        QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("actions", "关闭程序"),
        False,
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "查找(&F)"),
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("actions", "转到本页的搜索框；在搜索框中按 Esc 清除搜索"),
        True,
    ),
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "设置(&T)…"),
        None,
        QT_TRANSLATE_NOOP("actions", "工作年度、数据库与备份、本单位信息"),
        False,
    ),
    ActionId.REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "刷新(&R)"),
        "F5",
        QT_TRANSLATE_NOOP("actions", "重新读取本页的数据"),
        True,
    ),
    ActionId.HELP: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "使用帮助(&H)"),
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("actions", "快捷键与使用说明"),
        False,
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "关于献血办(&A)…"),
        None,
        QT_TRANSLATE_NOOP("actions", "版本、数据库与文件夹位置、许可"),
        False,
    ),
    ActionId.ABOUT_QT: ActionSpec(QT_TRANSLATE_NOOP("actions", "关于 &Qt…"), None, "", False),
}


@runtime_checkable
class PageActions(Protocol):
    """What a page offers the window's page actions.

    ``page_actions()`` maps the actions the page handles to their handlers. A page may also have
    ``action_enabled(action_id) -> bool`` (default: every handled action applies) and an
    ``actions_changed`` signal to say when that answer changes (a draft opened or closed).
    """

    def page_actions(self) -> dict[ActionId, Callable[[], None]]: ...


def key_sequences(shortcut: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences of a shortcut, as a list: ``setShortcuts(list)`` is the one overload
    PySide6 resolves without creating the ~150 enums of the ``Qt`` namespace (30-40 ms), which
    ``setShortcut(QKeySequence)`` and ``setShortcuts(StandardKey)`` create and the window's first
    paint does not otherwise need (bench/bench_startup.py)."""
    if isinstance(shortcut, str):
        return [QKeySequence.fromString(shortcut)]
    return QKeySequence.keyBindings(shortcut)


class Actions:
    """Every :class:`ActionId` as one QAction owned by *parent* (the main window)."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(QCoreApplication.translate("actions", spec.text), parent)
            action.setObjectName(f"action_{action_id.value}")
            if spec.shortcut is not None:
                action.setShortcuts(key_sequences(spec.shortcut))
            if spec.tip:
                action.setStatusTip(QCoreApplication.translate("actions", spec.tip))
                action.setToolTip(QCoreApplication.translate("actions", spec.tip))
            self._actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.items())

    def page_ids(self) -> list[ActionId]:
        return [a for a, spec in SPECS.items() if spec.page]

    def shortcut_text(self, action_id: ActionId) -> str:
        """The shortcut as the menus show it (native text, e.g. ``Ctrl+S``)."""
        return self._actions[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
