"""导入指标表 and 导出指标表 of the 指标与排期 page.

Import reads the file on the worker, shows :class:`~ui.dialogs.import_preview.ImportPreviewDialog`,
asks which plan to import into and commits on the clerk's word; export writes the shown plan as a
print-ready workbook and offers its folder. Both can be cancelled and then write nothing.
A controller with no widgets of its own: the page gives it the parent widget and a way to read
the shown plan, and hears ``imported(plan_id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.plans import exporting as plan_export
from app.plans import importing as plan_import
from app.plans.records import PlanRecord
from app.roster.records import UnitRecord
from app.roster.units import list_units
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs.exported import show_exported
from ui.tasks import Op, TaskState


class PlanTransfer(QObject):
    """The page's import and export actions."""

    imported = Signal(int)  # the plan the rows went into

    def __init__(
        self, ctx: UiContext, parent: QWidget, current_plan: Callable[[], PlanRecord | None]
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.current_plan = current_plan
        self.import_dialog: QDialog | None = None

    # -- import -------------------------------------------------------------------------------
    def on_import(self) -> None:
        start = self.ctx.settings.last_import_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.widget,
            QCoreApplication.translate("PlansPage", "导入指标表"),
            start,
            QCoreApplication.translate("PlansPage", "表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)"),
        )
        if path:
            self.ctx.settings.last_import_dir = str(Path(path).parent)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the file on the worker, show what an import would do, then commit on the clerk's word."""
        db, year = self.ctx.db, self.ctx.year

        def read() -> tuple[plan_import.PlanImportPreview, list[UnitRecord]]:
            return plan_import.preview_plan_import(db, path, year), list_units(
                db, year, include_archived=True
            )

        Op(self.widget, read).with_progress(
            QCoreApplication.translate("PlansPage", "正在读取 {name}……").format(name=path.name)
        ).success(lambda result: self._review(*result)).run()

    @staticmethod
    def import_columns(preview: plan_import.PlanImportPreview) -> list[tuple[str, str]]:
        """The file's columns worth showing next to each row, by layout."""
        if preview.layout == "packed":
            return [
                ("amount", QCoreApplication.translate("PlansPage", "指标")),
                ("slot", QCoreApplication.translate("PlansPage", "时间")),
            ]
        if preview.layout == "schedule":
            wanted = (
                ("slot", QCoreApplication.translate("PlansPage", "时间")),
                ("site", QCoreApplication.translate("PlansPage", "采血点")),
                ("note", QCoreApplication.translate("PlansPage", "备注")),
            )
        else:
            wanted = (
                ("amount", QCoreApplication.translate("PlansPage", "指标")),
                ("slot", QCoreApplication.translate("PlansPage", "时间")),
                ("site", QCoreApplication.translate("PlansPage", "采血点")),
                ("population", QCoreApplication.translate("PlansPage", "人口数")),
                ("staff", QCoreApplication.translate("PlansPage", "在职人数")),
            )
        return [(key, label) for key, label in wanted if key in preview.columns]

    def _review(self, preview: plan_import.PlanImportPreview, units: list[UnitRecord]) -> None:
        from ui.dialogs.import_preview import ImportPreviewDialog

        dlg = ImportPreviewDialog(
            preview,
            self.import_columns(preview),
            [(u.id, u.name) for u in units],
            self.widget,
            title=QCoreApplication.translate("PlansPage", "导入指标表：{name}").format(
                name=preview.path.name
            ),
        )
        dlg.decided.connect(lambda decisions: self._choose_target(preview, decisions))
        dlg.finished.connect(dlg.deleteLater)
        self.import_dialog = dlg
        dlg.open()

    def ask_import_target(self, preview: plan_import.PlanImportPreview) -> int | bool | None:
        """Into which plan: the shown one (its id), a new one (None), or cancelled (False)."""
        plan = self.current_plan()
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("PlansPage", "导入到哪个计划"))
        box.setText(
            QCoreApplication.translate("PlansPage", "“{file}”：{n} 行，合计 {total}。导入到：").format(
                file=preview.path.name, n=len(preview.rows), total=preview.total
            )
        )
        if preview.mismatches:
            box.setInformativeText(
                QCoreApplication.translate("PlansPage", "请核对：") + "\n" + "\n".join(preview.mismatches)
            )
        new = box.addButton(
            QCoreApplication.translate("PlansPage", "新建计划“{name}”").format(name=preview.plan_name),
            QMessageBox.ButtonRole.AcceptRole,
        )
        current = None
        if plan is not None:
            current = box.addButton(
                QCoreApplication.translate("PlansPage", "当前计划“{name}”").format(name=plan.name),
                QMessageBox.ButtonRole.ActionRole,
            )
        cancel = box.addButton(
            QCoreApplication.translate("PlansPage", "取消"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(new)  # a new plan overwrites nothing
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            return None
        if current is not None and clicked is current and plan is not None:
            return plan.id
        return False

    def _choose_target(self, preview: plan_import.PlanImportPreview, decisions: dict) -> None:
        target = self.ask_import_target(preview)
        if target is False:
            return
        self.commit_import(preview, decisions, target if isinstance(target, int) else None)

    def commit_import(
        self, preview: plan_import.PlanImportPreview, decisions: dict | None, plan_id: int | None
    ) -> Op:
        db = self.ctx.db

        def work(state: TaskState) -> plan_import.PlanImportResult:
            return plan_import.commit_plan_import(
                db, preview, decisions, plan_id=plan_id, cancelled=state.cancelled, progress=state.progress
            )

        return (
            Op(self.widget, work)
            .with_progress(QCoreApplication.translate("PlansPage", "正在导入指标……"))
            .success(self._imported)
            .run()
        )

    def _imported(self, result: plan_import.PlanImportResult) -> None:
        self.ctx.bus.announce(Changes.of("quotas", "plans", "units", year=self.ctx.year), self.widget)
        lines = [
            QCoreApplication.translate("PlansPage", "已导入 {n} 行，计划合计 {total}。").format(
                n=result.imported, total=result.total
            )
        ]
        if result.created_units:
            lines.append(
                QCoreApplication.translate("PlansPage", "新建单位 {n} 个：{names}").format(
                    n=len(result.created_units), names="、".join(result.created_units[:10])
                )
            )
        if result.skipped:
            lines.append(QCoreApplication.translate("PlansPage", "跳过 {n} 行。").format(n=result.skipped))
        self.imported.emit(result.plan_id)
        QMessageBox.information(
            self.widget, QCoreApplication.translate("PlansPage", "导入完成"), "\n".join(lines)
        )

    # -- export -------------------------------------------------------------------------------
    def on_export(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        start = Path(self.ctx.settings.last_import_dir or str(Path.home())) / f"{plan.name}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            QCoreApplication.translate("PlansPage", "导出指标表"),
            str(start),
            QCoreApplication.translate("PlansPage", "Excel 工作簿 (*.xlsx)"),
        )
        if path:
            target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> Op | None:
        plan = self.current_plan()
        if plan is None:
            return None
        db, plan_id = self.ctx.db, plan.id

        def work(state: TaskState) -> Path:
            return plan_export.export_quota_table(
                db, plan_id, path, cancelled=state.cancelled, progress=state.progress
            )

        return (
            Op(self.widget, work)
            .with_progress(QCoreApplication.translate("PlansPage", "正在导出……"))
            .success(
                lambda out: show_exported(
                    self.widget,
                    QCoreApplication.translate("PlansPage", "导出完成"),
                    QCoreApplication.translate("PlansPage", "指标表已保存到：\n{path}").format(path=out),
                    out,
                )
            )
            .run()
        )
