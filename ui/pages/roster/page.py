"""名册: the working year's units as a tree (系统 and their members), with add, edit, archive,
delete, copying last year's figures, import through a preview, and a print-ready export.

Every service call goes through :class:`~ui.tasks.Op`; every write is announced on the bus as a
``units`` change so other pages refresh, and this page refreshes on other pages' changes. The tree
reads the roster a window at a time through ``app.roster.listing.RosterQuery``: search (debounced)
and sort by column run in SQL on the worker, so 20,000 units show, filter and sort as fast as 200.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app.errors import KnownError
from app.roster import units as roster
from app.roster.listing import RosterFilter, RosterQuery
from app.roster.records import UnitRecord
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs import ask
from ui.dialogs.exported import show_exported
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.dialogs.unit_dialog import UnitDialog
from ui.models.roster_model import RosterModel
from ui.pages.roster.view import RosterView
from ui.tasks import Op, TaskState

SEARCH_DELAY_MS = 250
HEADER_SAVE_DELAY_MS = 500
HEADER_KEY = "roster/header"


class RosterPage(QWidget):
    """Controller of the 名册 page; the widgets live in :class:`RosterView`."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view = RosterView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = RosterModel(self)
        # The tree shows the model as it is (sorting and search happen in SQL); the identity proxy
        # keeps the proxy-index interface of the page (mapFromSource/mapToSource) at no cost.
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view.tree.setModel(self.proxy)
        self.view.tree.setSortingEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.header_timer = QTimer(self)
        self.header_timer.setSingleShot(True)
        self.header_timer.setInterval(HEADER_SAVE_DELAY_MS)
        self.dialog: UnitDialog | None = None
        self.import_dialog: ImportPreviewDialog | None = None
        self._folded: set[int] = set()  # 系统 the clerk folded: they stay folded across reloads
        self._select_after_load: int | None = None
        self._sized = False
        self._restore_header()
        self._connect_callbacks()
        self._update_actions()
        self.refresh()

    def _connect_callbacks(self) -> None:
        v = self.view
        v.add_action.triggered.connect(self.add_unit)
        v.edit_action.triggered.connect(self.edit_selected)
        v.archive_action.triggered.connect(self.toggle_archived)
        v.delete_action.triggered.connect(self.delete_selected)
        v.copy_year_action.triggered.connect(self.copy_last_year)
        v.import_action.triggered.connect(self.import_file)
        v.export_action.triggered.connect(self.export_file)
        v.search.textChanged.connect(lambda _text: self.search_timer.start())
        v.search.returnPressed.connect(self._run_search_now)
        self.search_timer.timeout.connect(self.run_search)
        v.show_archived.toggled.connect(lambda _on: self.refresh())
        v.tree.activated.connect(lambda _index: self.edit_selected())  # Enter or double-click
        v.tree.selectionModel().selectionChanged.connect(self._on_selection)
        header = v.tree.header()
        header.sectionResized.connect(lambda *_args: self.header_timer.start())
        header.sectionMoved.connect(lambda *_args: self.header_timer.start())
        header.sortIndicatorChanged.connect(lambda *_args: self.header_timer.start())
        self.header_timer.timeout.connect(self.save_header)
        self.ctx.bus.year_changed.connect(lambda _year: self.refresh())
        self.ctx.bus.database_changed.connect(self.refresh)
        self.ctx.bus.changed.connect(self._on_changed)
        self.model.loaded.connect(self._on_loaded)
        self.model.grown.connect(self._expand)
        # after the view has laid the rows out: a window shorter than the view asks for the next
        # (the page as the timer's context: a page deleted meanwhile cancels it)
        self.model.loaded.connect(lambda: QTimer.singleShot(0, self, self._grow_near_end))
        self.model.grown.connect(lambda _ids: QTimer.singleShot(0, self, self._grow_near_end))
        bar = v.tree.verticalScrollBar()
        bar.valueChanged.connect(self._grow_near_end)
        bar.rangeChanged.connect(lambda *_args: self._grow_near_end())
        v.tree.collapsed.connect(lambda index: self._folded.add(self._unit_id(index)))
        v.tree.expanded.connect(lambda index: self._folded.discard(self._unit_id(index)))

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.NEW: self.add_unit,
            ActionId.FIND: self.focus_search,
            ActionId.REFRESH: self.refresh,
        }

    def focus_search(self) -> None:
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    # -- loading ------------------------------------------------------------------------------
    def _filters(self) -> RosterFilter:
        return RosterFilter(
            year=self.ctx.year,
            include_archived=self.view.show_archived.isChecked(),
            search=self.view.search.text().strip(),
        )

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the working year's roster with the current search, then select *select_id* (or
        keep the selection). The answer comes from the worker; :meth:`_on_loaded` shows it."""
        keep = self.selected_record()
        self._select_after_load = select_id if select_id is not None else (keep.id if keep else None)
        query = self.model.query
        if query is None or query.db is not self.ctx.db:  # first load, or another database
            self.model.bind(RosterQuery(self.ctx.db), self._filters(), self, show=select_id)
        else:
            self.model.set_filters(self._filters(), show=select_id)

    def _on_loaded(self) -> None:
        self._expand(self.model.holders())
        if self._select_after_load is not None:
            self.select_unit(self._select_after_load)
            self._select_after_load = None
        if self.model.records() and not self._sized:
            self._sized = True
            if self.ctx.settings.value(HEADER_KEY) is None:
                self.view.size_columns()
        self._show_title()
        self._update_actions()

    def _grow_near_end(self) -> None:
        """Scrolled within a screenful of the end: fetch the next window of the roster."""
        bar = self.view.tree.verticalScrollBar()
        if self.model.can_grow() and bar.value() >= bar.maximum() - bar.pageStep():
            self.model.grow()

    def _expand(self, unit_ids: list[int]) -> None:
        """A 系统 shows its members unless the clerk folded it (a search shows every hit)."""
        searching = bool(self.view.search.text().strip())
        for uid in unit_ids:
            if searching or uid not in self._folded:
                index = self.proxy.mapFromSource(self.model.index_of(uid))
                if index.isValid():
                    self.view.tree.setExpanded(index, True)

    def _unit_id(self, proxy_index: QModelIndex) -> int | None:
        return self.model.unit_id(self.proxy.mapToSource(proxy_index))

    def _show_title(self) -> None:
        totals = self.model.totals
        active = totals.active if totals else 0
        text = self.tr("{year}年名册　共{n}个单位").format(year=self.ctx.year, n=active)
        archived = totals.archived if totals else 0
        if archived:
            text += self.tr("（另有{n}个已归档）").format(n=archived)
        self.view.title.setText(text)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches("units"):
            self.refresh()

    # -- search -------------------------------------------------------------------------------
    def _run_search_now(self) -> None:
        self.search_timer.stop()
        self.run_search()

    def run_search(self) -> None:
        """Ask for the units matching the text (name, alias, pinyin initials), each under its 系统;
        a newer search overtakes an older one."""
        self.refresh()

    # -- selection ----------------------------------------------------------------------------
    def selected_record(self) -> UnitRecord | None:
        rows = self.view.tree.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]))

    def select_unit(self, unit_id: int) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(unit_id))
        if not index.isValid():
            return False
        self.view.tree.setCurrentIndex(index)
        self.view.tree.scrollTo(index)
        return True

    def visible_names(self) -> list[str]:
        """Unit names as the tree shows them, depth first (for tests and the screenshot)."""
        names: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                names.append(index.data())
                walk(index)

        walk(QModelIndex())
        return names

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        record = self.selected_record()
        v = self.view
        for action in (v.edit_action, v.archive_action, v.delete_action):
            action.setEnabled(record is not None)
        archive = self.tr("恢复(&G)") if record is not None and record.archived else self.tr("归档(&G)")
        v.archive_action.setText(archive)
        v.archive_action.setIconText(archive)
        v.copy_year_action.setToolTip(
            self.tr("把{prev}年各单位的人数和联系人复制到{year}年").format(
                prev=self.ctx.year - 1, year=self.ctx.year
            )
        )

    # -- writes -------------------------------------------------------------------------------
    def _announce(self, *, year: int | None = None) -> None:
        self.ctx.bus.announce(Changes.of("units", year=year if year is not None else self.ctx.year), self)

    def _say(self, text: str) -> None:
        self.view.status.setText(text)

    def add_unit(self) -> UnitDialog:
        return self._open_unit_dialog(None)

    def edit_selected(self) -> UnitDialog | None:
        record = self.selected_record()
        return self._open_unit_dialog(record) if record is not None else None

    def _open_unit_dialog(self, record: UnitRecord | None) -> UnitDialog:
        """Window-modal (``open``, not ``exec``): no nested event loop, and tests can drive it."""
        dialog = UnitDialog(self.ctx.db, self.ctx.year, record, self._form_units(), self)
        dialog.saved.connect(lambda saved, new=record is None: self._unit_saved(saved, new))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _form_units(self) -> list[UnitRecord]:
        """The units the form offers as 所属系统: those held, and every 系统 of the roster even when
        the windows held so far do not reach it (a big roster is not all held)."""
        held = {r.id: r for r in self.model.records()}
        systems = self.model.totals.systems if self.model.totals else ()
        return [*held.values(), *(r for r in systems if r.id not in held)]

    def _unit_saved(self, record: UnitRecord, created: bool) -> None:
        self._say(
            (self.tr("已新增“{name}”。") if created else self.tr("已保存“{name}”。")).format(name=record.name)
        )
        self._announce()
        self.refresh(select_id=record.id)

    def toggle_archived(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.set_archived(record, not record.archived)

    def set_archived(self, record: UnitRecord, archived: bool) -> None:
        db = self.ctx.db

        def done(_result: object) -> None:
            if archived:
                self._say(
                    self.tr("已归档“{name}”：它的历史记录保留，勾选“显示已归档”可以再看到它。").format(
                        name=record.name
                    )
                )
            else:
                self._say(self.tr("已恢复“{name}”。").format(name=record.name))
            self._announce()
            self.refresh()

        Op(self, lambda: roster.set_archived(db, record.id, archived)).success(done).run()

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if not ask.confirm(
            self,
            self.tr("删除单位"),
            self.tr("删除“{name}”？删除后不能恢复。\n有历史记录的单位请用“归档”。").format(name=record.name),
        ):
            return
        db = self.ctx.db

        def done(_result: object) -> None:
            self._say(self.tr("已删除“{name}”。").format(name=record.name))
            self._announce()
            self.refresh()

        Op(self, lambda: roster.delete_unit(db, record.id)).success(done).failure(
            lambda exc: self._delete_refused(record, exc)
        ).run()

    def _delete_refused(self, record: UnitRecord, exc: BaseException) -> None:
        """A unit with history cannot be deleted; offer the archive the service suggests."""
        if not isinstance(exc, KnownError) or record.archived:
            from ui.errors import show_error

            show_error(self, exc)
            return
        if ask.confirm(
            self,
            self.tr("不能删除"),
            self.tr("{reason}\n\n现在归档“{name}”吗？归档后它不再出现在名册中，历史记录保留。").format(
                reason=exc, name=record.name
            ),
        ):
            self.set_archived(record, True)
        else:
            self._say(str(exc))

    def copy_last_year(self) -> None:
        """Copy year-1's figures and contacts into the working year; ask before overwriting."""
        year = self.ctx.year
        source = year - 1
        filled = self.model.totals.with_figures if self.model.totals else 0
        overwrite = False
        if filled:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("复制上年名册"))
            box.setText(self.tr("{year}年已有{n}个单位填了人数或联系人。").format(year=year, n=filled))
            box.setInformativeText(
                self.tr("用{source}年的数据覆盖它们，还是只给没有数据的单位补上？").format(source=source)
            )
            replace = box.addButton(self.tr("覆盖"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("只补缺少的"), QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)  # filling gaps overwrites nothing
            box.setEscapeButton(cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked not in (replace, keep):
                return
            overwrite = clicked is replace
        db = self.ctx.db

        def done(count: int) -> None:
            self._say(
                self.tr("已把{source}年{n}个单位的人数和联系人复制到{year}年。").format(
                    source=source, n=count, year=year
                )
            )
            self._announce(year=year)
            self.refresh()

        Op(self, lambda: roster.copy_year(db, source, year, overwrite=overwrite)).success(done).run()

    # -- import / export ----------------------------------------------------------------------
    def import_file(self) -> None:
        start = self.ctx.settings.last_import_dir or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("导入名册"),
            start,
            self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.ctx.settings.last_import_dir = str(path.parent)
        db, year = self.ctx.db, self.ctx.year

        def read() -> tuple[Any, list[UnitRecord]]:
            from app.roster.importing import preview_roster_import

            return preview_roster_import(db, path, year), roster.list_units(db, year, include_archived=True)

        Op(self, read).with_progress(self.tr("正在读取 {name}……").format(name=path.name)).success(
            self._show_preview
        ).run()

    def _show_preview(self, result: tuple[Any, list[UnitRecord]]) -> None:
        from app.roster.importing import ROSTER_FIELDS

        preview, units = result
        columns = [(f.key, f.label) for f in ROSTER_FIELDS if f.key != "name" and f.key in preview.columns]
        dialog = ImportPreviewDialog(
            preview,
            columns,
            [(u.id, u.name) for u in units],
            self,
            title=self.tr("导入名册：{name}").format(name=preview.path.name),
        )
        dialog.decided.connect(lambda decisions: self._commit_import(preview, decisions))
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    def _commit_import(self, preview: Any, decisions: dict[Any, Any]) -> None:
        from app.roster.importing import commit_roster_import

        db = self.ctx.db

        def done(result: Any) -> None:
            text = self.tr("已导入{year}年名册：新建{c}个单位，更新{u}个，跳过{s}行。").format(
                year=preview.year, c=len(result.created), u=result.updated, s=result.skipped
            )
            self._say(text)
            self._announce(year=preview.year)
            self.refresh()

        def work(state: TaskState) -> Any:
            return commit_roster_import(
                db, preview, decisions, cancelled=state.cancelled, progress=state.progress
            )

        Op(self, work).with_progress(self.tr("正在导入……")).success(done).run()

    def export_file(self) -> None:
        year = self.ctx.year
        folder = Path(self.ctx.settings.last_import_dir or Path.home())
        chosen, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("导出名册"),
            str(folder / self.tr("{year}年献血单位名册.xlsx").format(year=year)),
            self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in selected.lower() else ".xlsx")
        self.ctx.settings.last_import_dir = str(path.parent)
        db = self.ctx.db

        def work(state: TaskState) -> Path:
            from app.roster.exporting import export_roster

            return export_roster(db, year, path, cancelled=state.cancelled, progress=state.progress)

        def done(out: Path) -> None:
            text = self.tr("已导出到：{path}").format(path=out)
            self._say(text)
            show_exported(self, self.tr("导出完成"), text, out)

        Op(self, work).with_progress(self.tr("正在导出……")).success(done).run()

    # -- state --------------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if state is not None:
            self.view.tree.header().restoreState(state)

    def save_header(self) -> None:
        """Keep the clerk's column widths, order and sorting for the next start.

        Saved shortly after each change rather than in ``hideEvent``: Qt hides the widgets while it
        destroys them at exit, and a Python override running then crashed the interpreter.
        """
        self.ctx.settings.set_value(HEADER_KEY, self.view.tree.header().saveState())

    def prepare_screenshot(self) -> None:
        """For tools.screenshots: a selected row, so the enabled toolbar shows."""
        self.view.tree.expandAll()
        for record in self.model.records():
            if record.kind == "镇街":
                self.select_unit(record.id)
                break
