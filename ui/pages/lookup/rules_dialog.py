"""规则: the rule sets an administrator keeps, reachable from the lookup page.

One kind at a time — 用血报销, 表彰奖励 or 献血间隔与条件 — it lists every version (region, version,
在用 / 草稿 / 旧版本, 已核实 / 未核实, effective date, citation, what it was copied from), the
office's region marked; 查看 opens one read-only, 复制为新版本 opens
:class:`~ui.pages.lookup.rule_editor.RuleEditor` on a copy with the kind's own form; a saved copy
is a draft until 启用, which asks first (否 is the default). Every service call runs on the worker
through :class:`~ui.tasks.Op`; :attr:`changed` tells the page to ask its question again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.lookup.rule_editing import (
    RuleSetEntry,
    RuleSetOverview,
    activate_rule_set,
    rule_set_overview,
    save_edited_copy,
)
from app.lookup.rulesets import RuleSetInfo, rule_set_data
from ui.context import UiContext
from ui.dialogs import ask
from ui.pages.lookup.rule_editor import RuleEditor
from ui.tasks import Op

CTX = "RulesDialog"
COLUMNS = (
    QT_TRANSLATE_NOOP("RulesDialog", "地区"),
    QT_TRANSLATE_NOOP("RulesDialog", "版本"),
    QT_TRANSLATE_NOOP("RulesDialog", "状态"),
    QT_TRANSLATE_NOOP("RulesDialog", "核实"),
    QT_TRANSLATE_NOOP("RulesDialog", "生效日期"),
    QT_TRANSLATE_NOOP("RulesDialog", "依据"),
    QT_TRANSLATE_NOOP("RulesDialog", "复制自"),
    QT_TRANSLATE_NOOP("RulesDialog", "说明"),
)
KINDS = (
    ("reimbursement", QT_TRANSLATE_NOOP("RulesDialog", "用血报销")),
    ("award", QT_TRANSLATE_NOOP("RulesDialog", "表彰奖励")),
    ("eligibility", QT_TRANSLATE_NOOP("RulesDialog", "献血间隔与条件")),
)
INTROS = {
    "reimbursement": QT_TRANSLATE_NOOP(
        "RulesDialog",
        "本办按{region}的规则计算。规则不在原处修改：复制为新版本、修改、保存后为草稿，启用后生效；"
        "每笔报销记下当时所用的版本。",
    ),
    "award": QT_TRANSLATE_NOOP(
        "RulesDialog",
        "无偿献血奉献奖、促进奖按{region}的表彰奖励办法计次评定。复制为新版本、修改、保存后为草稿，"
        "启用后表彰名单按新版本计算。",
    ),
    "eligibility": QT_TRANSLATE_NOOP(
        "RulesDialog",
        "献血登记时的年龄、间隔与每年上限提示按{region}的献血者健康检查要求。复制为新版本、修改、"
        "保存后为草稿，启用后提示按新版本。提示不阻止登记，由采血机构医生决定。",
    ),
}
#: What an activated version changes, in the 启用 questions.
EFFECTS = {
    "reimbursement": QT_TRANSLATE_NOOP("RulesDialog", "查询和报销"),
    "award": QT_TRANSLATE_NOOP("RulesDialog", "表彰名单"),
    "eligibility": QT_TRANSLATE_NOOP("RulesDialog", "献血条件提示"),
}


class RulesDialog(QDialog):
    """规则: pick the kind; list, 查看, 复制为新版本, 启用."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, kind: str = "reimbursement") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rules_dialog")
        self.setWindowTitle(QCoreApplication.translate("RulesDialog", "规则"))
        self.resize(1100, 560)
        self.overview: RuleSetOverview | None = None
        self.editor: RuleEditor | None = None
        self.changed = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("rules_kind")
        for key, label in KINDS:
            self.kind.addItem(QCoreApplication.translate("RulesDialog", label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        kind_label = QLabel(QCoreApplication.translate("RulesDialog", "规则种类(&K)："), self)
        kind_label.setBuddy(self.kind)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout.addLayout(top)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("rule_sets_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RulesDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 50), (2, 110), (3, 60), (4, 90), (6, 70), (7, 200)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("rule_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.view_btn = QPushButton(QCoreApplication.translate("RulesDialog", "查看(&V)…"), self)
        self.view_btn.setObjectName("rule_view")
        self.copy_btn = QPushButton(QCoreApplication.translate("RulesDialog", "复制为新版本(&C)…"), self)
        self.copy_btn.setObjectName("rule_copy")
        self.activate_btn = QPushButton(QCoreApplication.translate("RulesDialog", "启用(&A)"), self)
        self.activate_btn.setObjectName("rule_activate")
        self.close_btn = QPushButton(QCoreApplication.translate("RulesDialog", "关闭(&L)"), self)
        self.close_btn.setObjectName("rules_close")
        buttons.addStretch(1)
        for button in (self.view_btn, self.copy_btn, self.activate_btn, self.close_btn):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.on_copy())
        self.view_btn.clicked.connect(self.on_view)
        self.copy_btn.clicked.connect(self.on_copy)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.activate_btn.clicked.connect(self.on_activate)
        self.close_btn.clicked.connect(self.accept)
        self._selection_changed()
        self.reload()

    # -- the list ---------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def reload(self, select_id: int | None = None) -> None:
        db, kind = self.ctx.db, self.current_kind()
        Op(self, lambda: rule_set_overview(db, kind)).success(lambda o: self._show(o, select_id)).run()

    def _show(self, overview: RuleSetOverview, select_id: int | None) -> None:
        if overview.kind != self.current_kind():
            return  # the clerk picked another kind meanwhile; its own answer follows
        kept = self.selected()
        current = select_id if select_id is not None else (kept.info.id if kept else None)
        self.overview = overview
        self.intro.setText(
            QCoreApplication.translate("RulesDialog", INTROS[overview.kind]).format(
                region=overview.office_region
            )
        )
        self.table.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for entry in overview.entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            info = entry.info
            region = info.region + (
                QCoreApplication.translate("RulesDialog", "（本办）") if entry.office else ""
            )
            origin = self._origin(info)
            values = (
                region,
                info.version,
                entry.state,
                info.status,
                info.effective_from.isoformat(),
                info.citation,
                origin,
                info.note,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if column == 5:
                    item.setToolTip(info.citation)
                if entry.in_force:
                    item.setFont(bold)
                if column == 3 and not info.verified:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(row, column, item)
        rows = [e.info.id for e in overview.entries]
        if current in rows:
            self.table.selectRow(rows.index(current))
        elif rows:
            mine = next((i for i, e in enumerate(overview.entries) if e.office and e.in_force), 0)
            self.table.selectRow(mine)
        self._selection_changed()

    def _origin(self, info: RuleSetInfo) -> str:
        if info.based_on_id is None:
            return ""
        base = (
            next((e.info for e in self.overview.entries if e.info.id == info.based_on_id), None)
            if self.overview
            else None
        )
        return (
            QCoreApplication.translate("RulesDialog", "第{version}版").format(version=base.version)
            if base
            else f"#{info.based_on_id}"
        )

    def selected(self) -> RuleSetEntry | None:
        if self.overview is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.overview.entries):
            return None
        return self.overview.entries[rows[0].row()]

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.view_btn.setEnabled(entry is not None)
        self.copy_btn.setEnabled(entry is not None)
        self.activate_btn.setEnabled(entry is not None and not entry.activated and not entry.in_force)
        if entry is None:
            self.detail.setText("")
            return
        info = entry.info
        self.detail.setText(
            QCoreApplication.translate(
                "RulesDialog", "{name}（第{version}版，{state}，{status}）\n依据：{citation}"
            ).format(
                name=info.name,
                version=info.version,
                state=entry.state,
                status=info.status,
                citation=info.citation,
            )
        )

    # -- view, copy, edit, save -------------------------------------------------------------------
    def on_view(self) -> None:
        self._open(read_only=True)

    def on_copy(self) -> None:
        self._open(read_only=False)

    def _open(self, read_only: bool) -> None:
        entry = self.selected()
        if entry is None:
            return
        db, info = self.ctx.db, entry.info
        Op(self, lambda: rule_set_data(db, info.id)).success(
            lambda data: self.open_editor(info, data, read_only=read_only)
        ).run()

    def open_editor(self, base: RuleSetInfo, data: dict[str, Any], *, read_only: bool = False) -> RuleEditor:
        editor = RuleEditor(base, data, None if read_only else self._save(base), self)
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def _save(self, base: RuleSetInfo) -> Callable:
        db = self.ctx.db

        def save(data: dict[str, Any], note: str, done: Callable, refused: Callable) -> None:
            Op(self, lambda: save_edited_copy(db, base.id, data, note)).success(done).failure(refused).run()

        return save

    def _saved(self, editor: RuleEditor) -> None:
        info = editor.saved
        if info is None:
            return
        self.changed = True
        if ask.confirm(
            self,
            QCoreApplication.translate("RulesDialog", "启用"),
            QCoreApplication.translate(
                "RulesDialog",
                "已保存为{region}第{version}版（草稿）。现在启用吗？启用后自{day}起的{effect}按此版本计算。",
            ).format(
                region=info.region,
                version=info.version,
                day=info.effective_from.isoformat(),
                effect=self._effect(),
            ),
            yes_text=QCoreApplication.translate("RulesDialog", "启用"),
        ):
            self._activate(info)
        else:
            self.reload(info.id)

    # -- activate ---------------------------------------------------------------------------------
    def on_activate(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        info = entry.info
        if ask.confirm(
            self,
            QCoreApplication.translate("RulesDialog", "启用"),
            QCoreApplication.translate(
                "RulesDialog",
                "启用{region}第{version}版？自{day}起的{effect}按此版本计算，已登记的记录不变。",
            ).format(
                region=info.region,
                version=info.version,
                day=info.effective_from.isoformat(),
                effect=self._effect(),
            ),
            yes_text=QCoreApplication.translate("RulesDialog", "启用"),
        ):
            self._activate(info)

    def _effect(self) -> str:
        return QCoreApplication.translate("RulesDialog", EFFECTS[self.current_kind()])

    def _activate(self, info: RuleSetInfo) -> None:
        db = self.ctx.db

        def done(_info: RuleSetInfo) -> None:
            self.changed = True
            self.reload(info.id)

        Op(self, lambda: activate_rule_set(db, info.id)).success(done).run()
