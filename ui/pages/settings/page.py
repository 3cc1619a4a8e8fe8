"""设置: working year, the database file and its backups, and the office's own details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import backup as backups
from app.i18n import QT_TRANSLATE_NOOP
from app.office import settings as office
from app.paths import backups_dir
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.database_switch import DatabaseSwitcher
from ui.dialogs import ask
from ui.dialogs.exported import show_exported
from ui.tasks import Op

OFFICE_LABELS = {
    "county": QT_TRANSLATE_NOOP("SettingsPage", "县（市、区）名(&C)"),
    "level": QT_TRANSLATE_NOOP("SettingsPage", "公文中称“我县”还是“我市”(&W)"),
    "organ_mark": QT_TRANSLATE_NOOP("SettingsPage", "发文机关标志(&M)"),
    "signer": QT_TRANSLATE_NOOP("SettingsPage", "发文机关署名(&I)"),
    "doc_prefix": QT_TRANSLATE_NOOP("SettingsPage", "发文字号前缀(&Z)"),
    "next_number": QT_TRANSLATE_NOOP("SettingsPage", "下一个发文序号(&N)"),
    "printer": QT_TRANSLATE_NOOP("SettingsPage", "印发机关(&P)"),
    "addressees": QT_TRANSLATE_NOOP("SettingsPage", "默认主送机关(&A)"),
    "cc": QT_TRANSLATE_NOOP("SettingsPage", "默认抄送机关(&K)"),
    "region": QT_TRANSLATE_NOOP("SettingsPage", "用血报销规则省份(&G)"),
    "office_name": QT_TRANSLATE_NOOP("SettingsPage", "本办名称(&J)"),
}


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.switcher = DatabaseSwitcher(ctx, self)
        self._build()
        self._connect_callbacks()
        self.refresh()

    # -- view ---------------------------------------------------------------------------------
    def _build(self) -> None:
        """Three groups in a scroll area, so the page fits a 1366×768 screen and still shrinks."""
        page_lay = QVBoxLayout(self)
        page_lay.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea(self)
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        page_lay.addWidget(scroll)
        outer = QVBoxLayout(content)

        work = QGroupBox(QCoreApplication.translate("SettingsPage", "工作年度"), self)
        form = QFormLayout(work)
        self.year = QSpinBox(work)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setSuffix(QCoreApplication.translate("SettingsPage", "年"))
        form.addRow(QCoreApplication.translate("SettingsPage", "当前工作年度(&Y)："), self.year)
        outer.addWidget(work)

        dbbox = QGroupBox(QCoreApplication.translate("SettingsPage", "数据库与备份"), self)
        dblay = QVBoxLayout(dbbox)
        self.db_path = QLabel(dbbox)
        self.db_path.setObjectName("db_path")
        self.db_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dblay.addWidget(self.db_path)
        row = QHBoxLayout()
        self.backup_now = QPushButton(QCoreApplication.translate("SettingsPage", "立即备份(&B)"), dbbox)
        self.backup_to = QPushButton(QCoreApplication.translate("SettingsPage", "备份到文件(&T)…"), dbbox)
        self.restore_btn = QPushButton(
            QCoreApplication.translate("SettingsPage", "用选中的备份恢复(&R)"), dbbox
        )
        self.restore_file_btn = QPushButton(
            QCoreApplication.translate("SettingsPage", "从文件恢复(&L)…"), dbbox
        )
        self.open_other = QPushButton(
            QCoreApplication.translate("SettingsPage", "打开其他数据库(&O)…"), dbbox
        )
        for b in (self.backup_now, self.backup_to, self.restore_btn, self.restore_file_btn, self.open_other):
            row.addWidget(b)
        row.addStretch(1)
        dblay.addLayout(row)
        self.backup_table = QTableWidget(0, 3, dbbox)
        self.backup_table.setObjectName("backups")
        self.backup_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SettingsPage", "备份时间"),
                QCoreApplication.translate("SettingsPage", "大小"),
                QCoreApplication.translate("SettingsPage", "文件"),
            ]
        )
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.backup_table.verticalHeader().hide()
        dblay.addWidget(self.backup_table)
        outer.addWidget(dbbox, 1)

        offbox = QGroupBox(QCoreApplication.translate("SettingsPage", "本单位信息（公文与表格使用）"), self)
        offlay = QVBoxLayout(offbox)
        columns = QHBoxLayout()
        forms = (QFormLayout(), QFormLayout())
        for form_ in forms:
            columns.addLayout(form_, 1)
        offlay.addLayout(columns)
        self.office_edits: dict[str, QLineEdit | QSpinBox] = {}
        office_fields = fields(office.OfficeSettings)
        half = (len(office_fields) + 1) // 2
        for index, f in enumerate(office_fields):
            if f.type in ("int", int):
                edit: QLineEdit | QSpinBox = QSpinBox(offbox)
                edit.setRange(1, 9999)
            else:
                edit = QLineEdit(offbox)
            edit.setObjectName(f"office_{f.name}")
            self.office_edits[f.name] = edit
            forms[index // half].addRow(
                QCoreApplication.translate("SettingsPage", OFFICE_LABELS[f.name]) + "：", edit
            )
        self.save_office = QPushButton(
            QCoreApplication.translate("SettingsPage", "保存本单位信息(&S)"), offbox
        )
        self.save_office.setObjectName("save_office")
        offlay.addWidget(self.save_office, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(offbox)

    def _connect_callbacks(self) -> None:
        self.year.valueChanged.connect(self.ctx.set_year)
        self.ctx.bus.year_changed.connect(self._show_year)
        self.ctx.bus.database_changed.connect(self.refresh)
        self.ctx.bus.changed.connect(self._on_changed)
        self.backup_now.clicked.connect(self.on_backup_now)
        self.backup_to.clicked.connect(self.on_backup_to)
        self.restore_btn.clicked.connect(self.on_restore_selected)
        self.restore_file_btn.clicked.connect(self.on_restore_file)
        self.open_other.clicked.connect(self.on_open_other)
        self.save_office.clicked.connect(self.on_save_office)

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        return {ActionId.SAVE: self.on_save_office, ActionId.REFRESH: self.refresh}

    # -- controller ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_year(self.ctx.year)
        self.db_path.setText(
            QCoreApplication.translate(
                "SettingsPage",
                "当前数据库：{path}\n自动备份文件夹：{dir}（每天第一次打开时自动备份，保留最近{days}天；升级和恢复前也各备份一份）",
            ).format(path=self.ctx.db.path, dir=backups_dir(), days=backups.KEEP_AUTOMATIC)
        )
        self.refresh_backups()
        Op(self, lambda: office.load_office(self.ctx.db)).success(self._show_office).run()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches("office"):
            Op(self, lambda: office.load_office(self.ctx.db)).success(self._show_office).run()

    def _show_year(self, year: int) -> None:
        if self.year.value() != year:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)

    def refresh_backups(self) -> None:
        items = backups.list_backups()
        self.backup_table.setRowCount(len(items))
        for r, info in enumerate(items):
            cells = (info.created.strftime("%Y-%m-%d %H:%M:%S"), f"{info.size / 1024:.0f} KB", info.path.name)
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.backup_table.setItem(r, c, item)

    def _show_office(self, settings: office.OfficeSettings) -> None:
        self._shown_next_number = settings.next_number  # what a changed 序号 is compared against
        for name, edit in self.office_edits.items():
            value = getattr(settings, name)
            if isinstance(edit, QSpinBox):
                edit.setValue(int(value))
            else:
                edit.setText(str(value))

    def office_values(self) -> office.OfficeSettings:
        values = {
            name: (edit.value() if isinstance(edit, QSpinBox) else edit.text().strip())
            for name, edit in self.office_edits.items()
        }
        return office.OfficeSettings(**values)

    def on_save_office(self) -> None:
        values = self.office_values()
        db, shown = self.ctx.db, getattr(self, "_shown_next_number", None)
        Op(self, lambda: office.save_office(db, values, expected_next_number=shown)).success(
            self._office_saved
        ).run()

    def _office_saved(self, stored: office.OfficeSettings) -> None:
        self._show_office(stored)
        self.ctx.bus.announce(Changes.of("office"), self)

    def on_backup_now(self) -> None:
        path = self.ctx.db.path
        Op(self, lambda: backups.backup(path)).with_progress(
            QCoreApplication.translate("SettingsPage", "正在备份……"), cancellable=False
        ).success(self._backed_up).run()

    def on_backup_to(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SettingsPage", "备份到文件"),
            str(Path.home() / "献血办备份.db"),
            QCoreApplication.translate("SettingsPage", "数据库备份 (*.db)"),
        )
        if target:
            path = self.ctx.db.path
            Op(self, lambda: backups.backup(path, Path(target))).success(self._backed_up).run()

    def _backed_up(self, out: Path) -> None:
        self.refresh_backups()
        show_exported(
            self,
            QCoreApplication.translate("SettingsPage", "备份完成"),
            QCoreApplication.translate("SettingsPage", "已备份到：\n{path}").format(path=out),
            out,
        )

    def selected_backup(self) -> Path | None:
        rows = self.backup_table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.backup_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def on_restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("SettingsPage", "恢复"),
                QCoreApplication.translate("SettingsPage", "请先在列表中选中一个备份。"),
            )
            return
        self.restore_from(chosen)

    def on_restore_file(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SettingsPage", "选择备份文件"),
            str(backups_dir()),
            QCoreApplication.translate("SettingsPage", "数据库备份 (*.db)"),
        )
        if target:
            self.restore_from(Path(target))

    def restore_from(self, source: Path, *, confirm: bool = True) -> None:
        """Check the chosen file (only this program's database is taken) and say what it holds,
        then, once the clerk agrees, replace the database with it."""
        if not confirm:
            self.switcher.restore(source)
            return
        from app.database.contents import check_backup

        def confirmed(contents) -> None:
            if ask.confirm(
                self,
                QCoreApplication.translate("SettingsPage", "恢复备份"),
                QCoreApplication.translate(
                    "SettingsPage",
                    "备份“{name}”中有：{summary}。\n用它替换当前数据库？当前数据库会先另存为一份备份。",
                ).format(name=source.name, summary=contents.summary()),
            ):
                self.switcher.restore(source)

        def refused(exc: BaseException) -> None:
            from ui.errors import show_error

            show_error(self, exc)

        Op(self, lambda: check_backup(source)).success(confirmed).failure(refused).run()

    def on_open_other(self) -> None:
        self.switcher.choose_and_open()

    def switch_database(self, target: Path) -> None:
        self.switcher.switch(target)

    def on_requested(self) -> None:
        """Brought forward by another page (a notice refused for want of the office)."""
        self.focus_office()

    def focus_office(self) -> None:
        """Bring the office's details into view with the first field focused (first run, or a
        notice refused for want of them)."""
        first = next(iter(self.office_edits.values()))
        self.scroll.ensureWidgetVisible(first)
        first.setFocus()
