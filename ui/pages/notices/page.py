"""公文: the working year's notice drafts, their form, the generated document and its preview.

The page composes three panels (:class:`DraftsPanel`, :class:`NoticeForm`, :class:`PreviewArea`)
under one row of buttons and runs what the buttons and the window's actions ask: reading and
writing drafts, reserving numbers, generating, printing and previewing go through ``Op`` to
:mod:`app.notices`. Unsaved edits are never dropped silently: leaving the draft, closing the
window or switching the database asks 保存/不保存/取消 (:meth:`NoticePage.confirm_leave`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import OfficeNotSet
from app.notices import (
    GeneratedNotice,
    NoticeDraftData,
    PreviewResult,
    create_draft,
    default_filename,
    delete_draft,
    generate,
    latest_or_new_draft,
    list_drafts,
    load_draft,
    make_preview,
    make_working_copy,
    refresh_tables,
    save_draft,
    save_draft_with_next_number,
)
from app.plans.listing import list_plans
from app.plans.records import PlanRecord
from ui import desktop
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs import ask
from ui.pages.notices.drafts_panel import DraftsPanel
from ui.pages.notices.form_panel import NoticeForm
from ui.pages.notices.preview_panel import PreviewArea
from ui.pages.notices.report_date import ask_report_date
from ui.tasks import Op, TaskState


class NoticePage(QWidget):
    actions_changed = Signal()  # a draft was opened or closed: 保存 and 打印 apply or not

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._build()
        self._connect_callbacks()
        guard = self.confirm_leave
        ctx.leave_guards.append(guard)
        self.destroyed.connect(lambda *_: guard in ctx.leave_guards and ctx.leave_guards.remove(guard))
        self.show_draft(None)
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("notice_splitter")
        self.drafts = DraftsPanel(self.splitter)
        self.splitter.addWidget(self.drafts)
        self.splitter.addWidget(self._build_editor())
        self.preview = PreviewArea(self.splitter)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([220, 480, 440])
        outer.addWidget(self.splitter)

    def _build_editor(self) -> QWidget:
        box = QWidget(self.splitter)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("NoticePage", "保存草稿(&S)"), box)
        self.save_button.setObjectName("save_draft")
        self.generate_button = QPushButton(QCoreApplication.translate("NoticePage", "生成并预览(&G)"), box)
        self.generate_button.setObjectName("generate")
        self.open_button = QPushButton(QCoreApplication.translate("NoticePage", "用WPS/Word打开(&O)"), box)
        self.open_button.setObjectName("open_document")
        self.print_button = QPushButton(QCoreApplication.translate("NoticePage", "打印(&P)…"), box)
        self.print_button.setObjectName("print_document")
        self.print_button.setToolTip(
            QCoreApplication.translate("NoticePage", "生成公文并交给 WPS/Word 打印（Ctrl+P）")
        )
        self.save_as_button = QPushButton(QCoreApplication.translate("NoticePage", "另存为(&A)…"), box)
        self.save_as_button.setObjectName("save_as")
        self.doc_buttons = (
            self.save_button,
            self.generate_button,
            self.open_button,
            self.print_button,
            self.save_as_button,
        )
        for b in self.doc_buttons:
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.status = QLabel(box)
        self.status.setObjectName("notice_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.form = NoticeForm(box)
        lay.addWidget(self.form, 1)
        return box

    def _connect_callbacks(self) -> None:
        self.drafts.chosen.connect(self.on_draft_chosen)
        self.drafts.list.activated.connect(lambda _index: self.form.title.setFocus())  # Enter: to the form
        self.drafts.new_requested.connect(self.on_new)
        self.drafts.delete_requested.connect(self.on_delete)
        self.save_button.clicked.connect(lambda: self.on_save())
        self.generate_button.clicked.connect(self.on_generate)
        self.open_button.clicked.connect(self.on_open)
        self.print_button.clicked.connect(self.on_print)
        self.preview.open_button.clicked.connect(self.on_open)
        self.save_as_button.clicked.connect(self.on_save_as)
        self.form.next_number.clicked.connect(self.on_use_next_number)
        self.form.refresh_data.clicked.connect(self.on_refresh_data)
        self.ctx.bus.year_changed.connect(lambda _year: self.refresh())  # an open draft stays
        self.ctx.bus.database_changed.connect(self._on_database_changed)
        self.ctx.bus.changed.connect(self._on_changed)

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.NEW: self.drafts.offer_new,
            ActionId.SAVE: lambda: self.on_save(),
            ActionId.PRINT: self.on_print,
            ActionId.FIND: self.focus_filter,
            ActionId.REFRESH: self.refresh,
        }

    def action_enabled(self, action_id: ActionId) -> bool:
        if action_id in (ActionId.SAVE, ActionId.PRINT):
            return self.form.draft is not None
        return True

    def focus_filter(self) -> None:
        self.drafts.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.drafts.filter.selectAll()

    # -- the draft list -----------------------------------------------------------------------
    def refresh(self) -> None:
        db, year = self.ctx.db, self.ctx.year
        current = self.form.draft.id if self.form.draft is not None else None
        Op(self, lambda: list_drafts(db, year)).success(
            lambda drafts: self.drafts.show_drafts(year, drafts, current)
        ).run()

    def on_draft_chosen(self, draft_id: int) -> None:
        if self.form.draft is not None and self.form.draft.id == draft_id:
            return
        if not self.confirm_leave(lambda: self.open_draft(draft_id)):
            self.drafts.select(self.form.draft.id if self.form.draft else None)
            return
        self.open_draft(draft_id)

    def open_draft(self, draft_id: int) -> None:
        db = self.ctx.db
        Op(self, lambda: load_draft(db, draft_id)).success(self.show_draft).run()

    def confirm_leave(self, proceed: Callable[[], None]) -> bool:
        """Before the open draft is left: True to go on now; False when the clerk cancelled, or
        chose 保存 (the save runs and then calls *proceed*)."""
        if not self.form.dirty or self.form.draft is None:
            return True
        title = self.form.title.text().strip() or QCoreApplication.translate("NoticePage", "（无标题）")
        answer = ask.ask_save(
            self,
            QCoreApplication.translate("NoticePage", "未保存的修改"),
            QCoreApplication.translate("NoticePage", "公文草稿“{title}”有未保存的修改。\n要保存吗？").format(
                title=title
            ),
        )
        if answer is ask.SaveAnswer.DISCARD:
            self.form.dirty = False
            return True
        if answer is ask.SaveAnswer.SAVE:
            self.on_save(then=proceed)
        return False

    def _on_database_changed(self) -> None:
        self.show_draft(None)  # asked about before the switch (UiContext.confirm_leave)
        self.refresh()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches("notices"):
            self.refresh()

    def show_draft(self, draft: NoticeDraftData | None) -> None:
        """Put *draft* into the form (None empties it); the form then has no unsaved edits."""
        self.form.show_draft(draft)
        for button in (*self.doc_buttons, self.drafts.delete_button):
            button.setEnabled(draft is not None)
        self.status.clear()
        if draft is None:
            self.preview.show_message(
                QCoreApplication.translate(
                    "NoticePage", "在左侧选择一份草稿，或点“新建”从指标或排期生成公文。"
                )
            )
        else:
            self.preview.show_message(QCoreApplication.translate("NoticePage", "点“生成并预览”查看版面。"))
            self.drafts.select(draft.id)
        self.actions_changed.emit()

    def _ready(self) -> NoticeDraftData | None:
        """The form's draft if it passes the checks; otherwise the problems are shown and None."""
        draft = self.form.collect()
        if draft is None:
            return None
        if not self.form.validate():
            self.status.setText(
                QCoreApplication.translate("NoticePage", "公文未生成：请先改正表单中标红的内容。")
            )
            return None
        return draft

    # -- drafts -------------------------------------------------------------------------------
    def on_new(self, kind: str) -> None:
        if not self.confirm_leave(lambda: self.on_new(kind)):
            return
        db, year = self.ctx.db, self.ctx.year
        Op(self, lambda: list_plans(db, year)).success(lambda plans: self._new_for_plans(kind, plans)).run()

    def _new_for_plans(self, kind: str, plans: list[PlanRecord]) -> None:
        year = self.ctx.year
        if not plans:
            QMessageBox.information(
                self,
                QCoreApplication.translate("NoticePage", "新建公文"),
                QCoreApplication.translate(
                    "NoticePage", "{year}年没有献血计划，请先在“指标与排期”中建立计划。"
                ).format(year=year),
            )
            return
        plan = plans[0]
        if len(plans) > 1:
            names = [f"{p.name}（{p.start_date:%Y-%m}至{p.end_date:%Y-%m}）" for p in plans]
            chosen, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("NoticePage", "新建公文"),
                QCoreApplication.translate("NoticePage", "这份公文用哪个献血计划："),
                names,
                0,
                False,
            )
            if not ok:
                return
            plan = plans[names.index(chosen)]
        until = None
        if kind == "report":  # a 通报 counts to a day the clerk picks (notice report --until)
            until = ask_report_date(self, plan)
            if until is None:
                return
        db, plan_id = self.ctx.db, plan.id
        Op(self, lambda: create_draft(db, kind, year, plan_id=plan_id, until=until)).success(
            self._saved_new
        ).failure(self._document_failed).run()

    def _saved_new(self, draft: NoticeDraftData) -> None:
        self.show_draft(draft)
        self.status.setText(
            QCoreApplication.translate("NoticePage", "已新建草稿：{title}").format(title=draft.title)
        )
        self._announce()
        self.refresh()

    def on_delete(self) -> None:
        draft = self.form.draft
        if draft is None or draft.id is None:
            return
        if not ask.confirm(
            self,
            QCoreApplication.translate("NoticePage", "删除草稿"),
            QCoreApplication.translate("NoticePage", "删除草稿“{title}”？此操作不能撤销。").format(
                title=draft.title
            ),
        ):
            return
        db, draft_id = self.ctx.db, draft.id

        def deleted(_result: object) -> None:
            self.show_draft(None)
            self._announce()
            self.refresh()

        Op(self, lambda: delete_draft(db, draft_id)).success(deleted).run()

    def on_save(self, then: Callable[[], None] | None = None) -> None:
        """保存 (Ctrl+S); *then* runs once the draft is stored (closing the window, say)."""
        draft = self.form.collect()
        if draft is None:
            return
        db = self.ctx.db

        def saved(stored: NoticeDraftData) -> None:
            self.form.saved(stored)
            self.status.setText(QCoreApplication.translate("NoticePage", "草稿已保存。"))
            self._announce()
            self.refresh()
            if then is not None:
                then()

        Op(self, lambda: save_draft(db, draft)).success(saved).run()

    def on_use_next_number(self) -> None:
        draft = self.form.collect()
        if draft is None or not ask.confirm(
            self,
            QCoreApplication.translate("NoticePage", "使用下一个发文序号"),
            QCoreApplication.translate(
                "NoticePage", "将占用本单位的下一个发文序号，序号随之加一，并保存本草稿。继续吗？"
            ),
        ):
            return
        db = self.ctx.db

        Op(self, lambda: save_draft_with_next_number(db, draft)).success(self._number_reserved).failure(
            self._document_failed
        ).run()

    def _number_reserved(self, draft: NoticeDraftData) -> None:
        self.show_draft(draft)
        self.status.setText(
            QCoreApplication.translate("NoticePage", "已占用发文字号 {number}，草稿已保存。").format(
                number=draft.doc_number
            )
        )
        self.ctx.bus.announce(Changes.of("office", "notices", year=draft.year), self)
        self.refresh()

    def on_refresh_data(self) -> None:
        draft = self.form.collect()
        if draft is None:
            return
        db = self.ctx.db
        Op(self, lambda: refresh_tables(db, draft)).success(self._tables_refreshed).run()

    def _tables_refreshed(self, draft: NoticeDraftData) -> None:
        self.form.replace_attachments(draft.attachments, draft.figures)
        summary = "；".join(f"{t.title}（{len(t.rows)}行）" for t in draft.attachments)
        self.status.setText(
            QCoreApplication.translate(
                "NoticePage", "附件已按当前数据刷新：{tables}。保存草稿后生效。"
            ).format(tables=summary)
        )

    # -- documents ----------------------------------------------------------------------------
    def _document_failed(self, exc: BaseException) -> None:
        """A notice refused for want of the office's details (a new draft needs the office's names)
        says so and opens 设置."""
        if isinstance(exc, OfficeNotSet):
            QMessageBox.information(
                self,
                QCoreApplication.translate("NoticePage", "请先填写本单位信息"),
                str(exc)
                + "\n\n"
                + QCoreApplication.translate("NoticePage", "现在转到“设置”，请填写后保存。"),
            )
            self.ctx.bus.show_page.emit("settings")
            return
        from ui.errors import show_error

        show_error(self, exc)

    def _document_op(self, fn: Callable[[TaskState], object], label: str | None = None) -> Op:
        op = Op(self, fn).failure(self._document_failed)
        if label is not None:
            op.with_progress(label)
        return op

    def on_generate(self) -> None:
        draft = self._ready()
        if draft is None:
            return
        db = self.ctx.db

        def work(state: TaskState) -> PreviewResult:
            return make_preview(db, draft, cancelled=state.cancelled, progress=state.progress)

        self._document_op(work, QCoreApplication.translate("NoticePage", "正在生成公文并排版预览……")).success(
            self._previewed
        ).run()

    def _previewed(self, result: PreviewResult) -> None:
        self.status.setText(
            QCoreApplication.translate("NoticePage", "已生成 {number}：{path}").format(
                number=result.generated.doc_number, path=result.generated.docx
            )
        )
        if result.pages:
            self.preview.show_pages(result.pages)
        elif result.renderer_missing:
            self.preview.show_message(
                QCoreApplication.translate(
                    "NoticePage",
                    "本机未安装 LibreOffice，无法在程序内预览版面。\n公文已生成，可点“打开”用 WPS 或 Word 查看。",
                ),
                offer_open=True,
            )
        else:
            self.preview.show_message(
                QCoreApplication.translate(
                    "NoticePage", "预览失败：{problem}\n公文已生成，可点“打开”用 WPS 或 Word 查看。"
                ).format(problem=result.problem),
                offer_open=True,
            )

    def _working_copy(self, then: Callable[[GeneratedNotice], None]) -> None:
        """Write a fresh working copy (so it matches the form), then hand it to *then*."""
        draft = self._ready()
        if draft is None:
            return
        db = self.ctx.db

        def work(state: TaskState) -> GeneratedNotice:
            return make_working_copy(db, draft, cancelled=state.cancelled, progress=state.progress)

        self._document_op(work).success(then).run()

    def on_open(self) -> None:
        self._working_copy(self._open_generated)

    def _open_generated(self, generated: GeneratedNotice) -> None:
        if not desktop.open_file(generated.docx):
            self.status.setText(
                QCoreApplication.translate(
                    "NoticePage", "没有找到能打开 .docx 的程序。文件在：{path}"
                ).format(path=generated.docx)
            )

    def on_print(self) -> None:
        """打印 (Ctrl+P): the generated notice goes to WPS/Word's print verb on Windows; elsewhere it
        opens in the default program, and the status line says to print from there."""
        self._working_copy(self._print_generated)

    def _print_generated(self, generated: GeneratedNotice) -> None:
        try:
            sent = desktop.print_file(generated.docx)
        except OSError:
            self.status.setText(
                QCoreApplication.translate(
                    "NoticePage", "没有找到能打印 .docx 的程序。文件在：{path}"
                ).format(path=generated.docx)
            )
            return
        if sent:
            self.status.setText(
                QCoreApplication.translate("NoticePage", "已交给 WPS/Word 打印：{number}").format(
                    number=generated.doc_number
                )
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "NoticePage", "本机不能直接交给打印机：已用默认程序打开 {path}，请在其中打印。"
                ).format(path=generated.docx)
            )

    def on_save_as(self) -> None:
        draft = self._ready()
        if draft is None:
            return
        start = Path(self.ctx.settings.value("notices/last_dir", str(Path.home()))) / default_filename(draft)
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("NoticePage", "另存公文"),
            str(start),
            QCoreApplication.translate("NoticePage", "Word 文档 (*.docx)"),
        )
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        xlsx = out.with_suffix(".xlsx") if draft.attachments else None
        self.ctx.settings.set_value("notices/last_dir", str(out.parent))
        db = self.ctx.db

        def work(state: TaskState) -> GeneratedNotice:
            return generate(db, draft, out, xlsx=xlsx, cancelled=state.cancelled, progress=state.progress)

        self._document_op(work, QCoreApplication.translate("NoticePage", "正在生成公文……")).success(
            self._saved_as
        ).run()

    def _saved_as(self, generated: GeneratedNotice) -> None:
        from ui.dialogs.exported import show_exported

        text = QCoreApplication.translate("NoticePage", "已另存 {number}：{path}").format(
            number=generated.doc_number, path=generated.docx
        )
        if generated.xlsx is not None:
            text += "\n" + QCoreApplication.translate("NoticePage", "附件表格：{path}").format(
                path=generated.xlsx
            )
        self.status.setText(text)
        show_exported(self, QCoreApplication.translate("NoticePage", "另存完成"), text, generated.docx)

    def _announce(self) -> None:
        self.ctx.bus.announce(Changes.of("notices", year=self.ctx.year), self)

    # -- tools/screenshots.py -------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """Open the year's quota notice (made from the template if there is none) and preview it."""
        db, year = self.ctx.db, self.ctx.year

        def done(draft: NoticeDraftData) -> None:
            self.show_draft(draft)
            self.refresh()
            self.on_generate()

        Op(self, lambda: latest_or_new_draft(db, "quota", year)).success(done).run()
