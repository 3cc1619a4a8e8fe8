"""公文: the working year's notice drafts, their form, the generated document and its preview.

The controller half of the page (layout in :mod:`ui.pages.notices.view`). Reading and writing
drafts, reserving numbers, generating and rendering all go through ``Op`` to :mod:`app.notices`.
Checking the form (`draft_problems`) is a pure function over the form's values, so it runs on the
GUI thread as the clerk types, like the heading highlighter does.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import KnownError
from app.gongwen.model import heading_level
from app.gongwen.render import libreoffice_available
from app.notices import (
    TEMPLATES,
    DraftSummary,
    GeneratedNotice,
    NoticeDraftData,
    default_filename,
    delete_draft,
    draft_problems,
    generate,
    list_drafts,
    load_draft,
    new_draft,
    refresh_tables,
    render_preview,
    reserve_number,
    save_draft,
    template_label,
    work_dir,
)
from app.plans.plans import list_plans
from app.plans.records import PlanRecord
from ui.bus import Changes
from ui.context import UiContext
from ui.pages.notices.view import FIELD_KEYS, NoticeView
from ui.tasks import Op

DRAFT_ID_ROLE = Qt.ItemDataRole.UserRole
VALIDATE_DELAY_MS = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("NoticePage", text)


@dataclass(frozen=True)
class PreviewResult:
    """A generated working copy and its page images; `problem` says why there are none."""

    generated: GeneratedNotice
    pages: list[Path]
    renderer_missing: bool = False
    problem: str = ""


def draft_folder(draft: NoticeDraftData) -> Path:
    """Working copies of one draft (the preview's .docx, its PDF and page images)."""
    return work_dir() / (f"draft-{draft.id}" if draft.id is not None else "draft-new")


def make_working_copy(db: Database, draft: NoticeDraftData) -> GeneratedNotice:
    """Write the draft to its working folder, for opening in WPS/Word or previewing."""
    return generate(db, draft, draft_folder(draft) / default_filename(draft))


def make_preview(db: Database, draft: NoticeDraftData) -> PreviewResult:
    """Working copy plus page images; a missing or failing LibreOffice still leaves the .docx."""
    generated = make_working_copy(db, draft)
    if not libreoffice_available():
        return PreviewResult(generated, [], renderer_missing=True)
    pages_dir = draft_folder(draft) / "preview"
    shutil.rmtree(pages_dir, ignore_errors=True)
    try:
        pages = render_preview(generated.docx, pages_dir)
    except KnownError as exc:
        return PreviewResult(generated, [], problem=str(exc))
    return PreviewResult(generated, pages)


class NoticePage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view = NoticeView(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self._draft: NoticeDraftData | None = None
        self._dirty = False
        self._loading = False
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._build_menu()
        self._connect_callbacks()
        self.show_draft(None)
        self.refresh()

    def _build_menu(self) -> None:
        for kind in TEMPLATES:
            action = self.view.new_menu.addAction(template_label(kind))
            action.setObjectName(f"new_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.on_new(k))

    def _connect_callbacks(self) -> None:
        v = self.view
        v.drafts.currentItemChanged.connect(self.on_draft_selected)
        v.delete_button.clicked.connect(self.on_delete)
        v.save_button.clicked.connect(self.on_save)
        v.generate_button.clicked.connect(self.on_generate)
        v.open_button.clicked.connect(self.on_open)
        v.preview.open_button.clicked.connect(self.on_open)
        v.save_as_button.clicked.connect(self.on_save_as)
        v.next_number.clicked.connect(self.on_use_next_number)
        v.refresh_data.clicked.connect(self.on_refresh_data)
        for edit in (v.organ_mark, v.doc_prefix, v.title, v.addressees, v.signer, v.note, v.cc, v.printer):
            edit.textChanged.connect(self._on_edited)
        for spin in (v.doc_year, v.doc_seq):
            spin.valueChanged.connect(self._on_edited)
        for date in (v.date, v.print_date):
            date.dateChanged.connect(self._on_edited)
        v.body.textChanged.connect(self._on_edited)
        v.attachments.itemChanged.connect(self._on_edited)
        self._validate_timer.timeout.connect(self.validate)
        self.ctx.bus.year_changed.connect(self._on_year_changed)
        self.ctx.bus.database_changed.connect(self._on_database_changed)
        self.ctx.bus.changed.connect(self._on_changed)

    # -- the draft list -----------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.ctx.year
        db = self.ctx.db
        self.view.drafts_label.setText(tr("{year}年的公文草稿").format(year=year))
        Op(self, lambda: list_drafts(db, year)).success(self._show_drafts).run()

    def _show_drafts(self, drafts: list[DraftSummary]) -> None:
        lst = self.view.drafts
        current = self._draft.id if self._draft is not None else None
        lst.blockSignals(True)
        lst.clear()
        for d in drafts:
            when = d.updated_at.strftime("%m-%d %H:%M") if d.updated_at else ""
            item = QListWidgetItem(
                f"{d.title or tr('（无标题）')}\n{template_label(d.kind)}　{d.doc_number}　{when}"
            )
            item.setData(DRAFT_ID_ROLE, d.id)
            item.setToolTip(d.title)
            lst.addItem(item)
            if d.id == current:
                lst.setCurrentItem(item)
        lst.blockSignals(False)

    def _select_in_list(self, draft_id: int | None) -> None:
        lst = self.view.drafts
        lst.blockSignals(True)
        lst.setCurrentRow(-1)
        for row in range(lst.count()):
            if lst.item(row).data(DRAFT_ID_ROLE) == draft_id:
                lst.setCurrentRow(row)
        lst.blockSignals(False)

    def on_draft_selected(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if item is None:
            return
        draft_id = int(item.data(DRAFT_ID_ROLE))
        if self._draft is not None and self._draft.id == draft_id:
            return
        if not self._confirm_discard():
            self._select_in_list(self._draft.id if self._draft else None)
            return
        db = self.ctx.db
        Op(self, lambda: load_draft(db, draft_id)).success(self.show_draft).run()

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved edits or the clerk agrees to drop them."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, tr("未保存的修改"), tr("当前草稿有未保存的修改，放弃这些修改吗？")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_year_changed(self, _year: int) -> None:
        """List the new year's drafts; an open draft stays in the form until the clerk leaves it."""
        self.refresh()

    def _on_database_changed(self) -> None:
        self._dirty = False
        self.show_draft(None)
        self.refresh()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches("notices"):
            self.refresh()

    # -- showing and reading the form ---------------------------------------------------------
    def show_draft(self, draft: NoticeDraftData | None) -> None:
        """Put *draft* into the form (None empties it); the form then has no unsaved edits."""
        v = self.view
        self._draft = draft
        self._loading = True
        try:
            enabled = draft is not None
            for w in (v.form_widget, v.save_button, v.generate_button, v.open_button, v.save_as_button):
                w.setEnabled(enabled)
            v.delete_button.setEnabled(enabled)
            if draft is None:
                for edit in (
                    v.organ_mark,
                    v.doc_prefix,
                    v.title,
                    v.addressees,
                    v.signer,
                    v.note,
                    v.cc,
                    v.printer,
                ):
                    edit.clear()
                v.body.clear()
                v.attachments.setRowCount(0)
                v.preview.show_message(tr("在左侧选择一份草稿，或点“新建”从指标或排期生成公文。"))
            else:
                v.organ_mark.setText(draft.organ_mark)
                v.doc_prefix.setText(draft.doc_prefix)
                v.doc_year.setValue(draft.doc_year)
                v.doc_seq.setValue(draft.doc_seq)
                v.title.setText(draft.title)
                v.addressees.setText(draft.addressees)
                v.body.setPlainText("\n".join(draft.body))
                self._show_attachments(draft)
                v.signer.setText(draft.signer)
                v.date.setDate(QDate(draft.date.year, draft.date.month, draft.date.day))
                v.note.setText(draft.note)
                v.cc.setText(draft.cc)
                v.printer.setText(draft.printer)
                v.print_date.setDate(
                    QDate(draft.print_date.year, draft.print_date.month, draft.print_date.day)
                )
                for edit in (v.organ_mark, v.title, v.addressees, v.signer, v.cc, v.printer):
                    edit.setCursorPosition(0)
                v.preview.show_message(tr("点“生成并预览”查看版面。"))
                self._select_in_list(draft.id)
        finally:
            self._loading = False
        self._dirty = False
        v.status.clear()
        self._update_body_hint()
        self.validate()

    def _show_attachments(self, draft: NoticeDraftData) -> None:
        table = self.view.attachments
        table.setRowCount(len(draft.attachments))
        for row, spec in enumerate(draft.attachments):
            title = QTableWidgetItem(spec.title)
            rows = QTableWidgetItem(str(len(spec.rows)))
            rows.setFlags(rows.flags() & ~Qt.ItemFlag.ItemIsEditable)
            rows.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 0, title)
            table.setItem(row, 1, rows)

    def collect(self) -> NoticeDraftData | None:
        """The draft as the form shows it now (None when no draft is open)."""
        if self._draft is None:
            return None
        v = self.view
        attachments = []
        for row, spec in enumerate(self._draft.attachments):
            item = v.attachments.item(row, 0)
            attachments.append(replace(spec, title=item.text().strip() if item else spec.title))
        return replace(
            self._draft,
            organ_mark=v.organ_mark.text().strip(),
            doc_prefix=v.doc_prefix.text().strip(),
            doc_year=v.doc_year.value(),
            doc_seq=v.doc_seq.value(),
            title=v.title.text().strip(),
            addressees=v.addressees.text().strip(),
            body=[line.strip() for line in v.body.toPlainText().splitlines() if line.strip()],
            attachments=attachments,
            signer=v.signer.text().strip(),
            date=v.date.date().toPython(),
            note=v.note.text().strip(),
            cc=v.cc.text().strip(),
            printer=v.printer.text().strip(),
            print_date=v.print_date.date().toPython(),
        )

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self._draft is None:
            return
        self._dirty = True
        self._update_body_hint()
        self._validate_timer.start()

    def _update_body_hint(self) -> None:
        """Say how the 正文 lines will be read, so a mistyped heading number shows at once."""
        lines = [ln for ln in self.view.body.toPlainText().splitlines() if ln.strip()]
        names = (tr("一级标题“一、”"), tr("二级标题“（一）”"), tr("三级标题“1.”"), tr("四级标题“（1）”"))
        found = [
            tr("{name}{n}个").format(name=name, n=n)
            for level, name in enumerate(names, start=1)
            if (n := sum(1 for ln in lines if heading_level(ln) == level))
        ]
        detail = (
            "、".join(found) if found else tr("没有标题行；以“一、”“（一）”“1.”“（1）”开头的行按标题层级排版")
        )
        self.view.body_hint.setText(tr("每段一行，共{n}段；{detail}。").format(n=len(lines), detail=detail))

    def validate(self) -> bool:
        """Show each problem under its field; True when the draft can be generated."""
        draft = self.collect()
        problems = draft_problems(draft) if draft is not None else []
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.message)
        for key in FIELD_KEYS:
            label = self.view.errors[key]
            messages = by_field.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        return not problems

    def _ready(self) -> NoticeDraftData | None:
        """The form's draft if it passes the checks; otherwise the problems are shown and None."""
        self._validate_timer.stop()
        draft = self.collect()
        if draft is None:
            return None
        if not self.validate():
            self.view.status.setText(tr("公文未生成：请先改正表单中标红的内容。"))
            return None
        return draft

    # -- actions ------------------------------------------------------------------------------
    def on_new(self, kind: str) -> None:
        if not self._confirm_discard():
            return
        db, year = self.ctx.db, self.ctx.year
        Op(self, lambda: list_plans(db, year)).success(lambda plans: self._new_for_plans(kind, plans)).run()

    def _new_for_plans(self, kind: str, plans: list[PlanRecord]) -> None:
        year = self.ctx.year
        if not plans:
            QMessageBox.information(
                self,
                tr("新建公文"),
                tr("{year}年没有献血计划，请先在“指标与排期”中建立计划。").format(year=year),
            )
            return
        plan = plans[0]
        if len(plans) > 1:
            names = [f"{p.name}（{p.start_date:%Y-%m}至{p.end_date:%Y-%m}）" for p in plans]
            chosen, ok = QInputDialog.getItem(
                self, tr("新建公文"), tr("这份公文用哪个献血计划："), names, 0, False
            )
            if not ok:
                return
            plan = plans[names.index(chosen)]
        db = self.ctx.db
        plan_id = plan.id
        Op(self, lambda: save_draft(db, new_draft(db, kind, year, plan_id=plan_id))).success(
            self._saved_new
        ).run()

    def _saved_new(self, draft: NoticeDraftData) -> None:
        self.show_draft(draft)
        self.view.status.setText(tr("已新建草稿：{title}").format(title=draft.title))
        self._announce()
        self.refresh()

    def on_delete(self) -> None:
        if self._draft is None or self._draft.id is None:
            return
        answer = QMessageBox.question(
            self, tr("删除草稿"), tr("删除草稿“{title}”？此操作不能撤销。").format(title=self._draft.title)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, draft_id = self.ctx.db, self._draft.id
        Op(self, lambda: delete_draft(db, draft_id)).success(lambda _: self._deleted()).run()

    def _deleted(self) -> None:
        self._dirty = False
        self.show_draft(None)
        self._announce()
        self.refresh()

    def on_save(self) -> None:
        draft = self.collect()
        if draft is None:
            return
        db = self.ctx.db
        Op(self, lambda: save_draft(db, draft)).success(self._saved).run()

    def _saved(self, draft: NoticeDraftData) -> None:
        """Keep the form as typed (it equals the saved draft) and take the id."""
        self._draft = draft
        self._dirty = False
        self.view.status.setText(tr("草稿已保存。"))
        self._announce()
        self.refresh()

    def on_use_next_number(self) -> None:
        draft = self.collect()
        if draft is None:
            return
        answer = QMessageBox.question(
            self,
            tr("使用下一个发文序号"),
            tr("将占用本单位的下一个发文序号，序号随之加一，并保存本草稿。继续吗？"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def work() -> NoticeDraftData:
            return save_draft(db, replace(draft, doc_seq=reserve_number(db)))

        Op(self, work).success(self._number_reserved).run()

    def _number_reserved(self, draft: NoticeDraftData) -> None:
        self.show_draft(draft)
        self.view.status.setText(tr("已占用发文字号 {number}，草稿已保存。").format(number=draft.doc_number))
        self.ctx.bus.announce(Changes.of("office", "notices", year=draft.year), self)
        self.refresh()

    def on_refresh_data(self) -> None:
        draft = self.collect()
        if draft is None:
            return
        db = self.ctx.db
        Op(self, lambda: refresh_tables(db, draft)).success(self._tables_refreshed).run()

    def _tables_refreshed(self, draft: NoticeDraftData) -> None:
        assert self._draft is not None
        self._draft = replace(self._draft, attachments=draft.attachments, figures=draft.figures)
        self._loading = True
        try:
            self._show_attachments(self._draft)
        finally:
            self._loading = False
        self._dirty = True
        summary = "；".join(f"{t.title}（{len(t.rows)}行）" for t in draft.attachments)
        self.view.status.setText(
            tr("附件已按当前数据刷新：{tables}。保存草稿后生效。").format(tables=summary)
        )
        self.validate()

    def on_generate(self) -> None:
        draft = self._ready()
        if draft is None:
            return
        db = self.ctx.db
        Op(self, lambda: make_preview(db, draft)).with_progress(
            tr("正在生成公文并排版预览……"), cancellable=False
        ).success(self._previewed).run()

    def _previewed(self, result: PreviewResult) -> None:
        v = self.view
        v.status.setText(
            tr("已生成 {number}：{path}").format(
                number=result.generated.doc_number, path=result.generated.docx
            )
        )
        if result.pages:
            v.preview.show_pages(result.pages)
        elif result.renderer_missing:
            v.preview.show_message(
                tr(
                    "本机未安装 LibreOffice，无法在程序内预览版面。\n公文已生成，可点“打开”用 WPS 或 Word 查看。"
                ),
                offer_open=True,
            )
        else:
            v.preview.show_message(
                tr("预览失败：{problem}\n公文已生成，可点“打开”用 WPS 或 Word 查看。").format(
                    problem=result.problem
                ),
                offer_open=True,
            )

    def on_open(self) -> None:
        """Write a fresh working copy (so it matches the form) and hand it to WPS/Word."""
        draft = self._ready()
        if draft is None:
            return
        db = self.ctx.db
        Op(self, lambda: make_working_copy(db, draft)).success(self._open_generated).run()

    def _open_generated(self, generated: GeneratedNotice) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(generated.docx))):
            self.view.status.setText(
                tr("没有找到能打开 .docx 的程序。文件在：{path}").format(path=generated.docx)
            )

    def on_save_as(self) -> None:
        draft = self._ready()
        if draft is None:
            return
        start = Path(self.ctx.settings.value("notices/last_dir", str(Path.home()))) / default_filename(draft)
        target, _ = QFileDialog.getSaveFileName(self, tr("另存公文"), str(start), tr("Word 文档 (*.docx)"))
        if not target:
            return
        out = Path(target)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        xlsx = out.with_suffix(".xlsx") if draft.attachments else None
        self.ctx.settings.set_value("notices/last_dir", str(out.parent))
        db = self.ctx.db
        Op(self, lambda: generate(db, draft, out, xlsx=xlsx)).with_progress(
            tr("正在生成公文……"), cancellable=False
        ).success(self._saved_as).run()

    def _saved_as(self, generated: GeneratedNotice) -> None:
        text = tr("已另存 {number}：{path}").format(number=generated.doc_number, path=generated.docx)
        if generated.xlsx is not None:
            text += "\n" + tr("附件表格：{path}").format(path=generated.xlsx)
        self.view.status.setText(text)

    def _announce(self) -> None:
        self.ctx.bus.announce(Changes.of("notices", year=self.ctx.year), self)

    # -- tools/screenshots.py -------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """Open the year's quota notice (made from the template if there is none) and preview it."""
        db, year = self.ctx.db, self.ctx.year

        def work() -> NoticeDraftData:
            found = next((d for d in list_drafts(db, year) if d.kind == "quota"), None)
            if found is not None:
                return load_draft(db, found.id)
            return save_draft(db, new_draft(db, "quota", year))

        def done(draft: NoticeDraftData) -> None:
            self.show_draft(draft)
            self.refresh()
            self.on_generate()

        Op(self, work).success(done).run()
