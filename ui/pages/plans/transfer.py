"""Import and export of quota tables on the 指标与排期 page.

Import reads the file on the worker, shows :class:`~ui.dialogs.import_preview.ImportPreviewDialog`,
asks which plan to import into and commits on the clerk's word; export writes the shown plan as a
print-ready workbook. A mixin of :class:`ui.pages.plans.page.PlansPage`, which provides ``ctx``,
``plan`` and ``refresh``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.plans import exporting as plan_export
from app.plans import importing as plan_import
from app.roster.records import UnitRecord
from app.roster.units import list_units
from ui.bus import Changes
from ui.context import UiContext
from ui.tasks import Op


class ImportExportMixin:
    """The page's 导入指标表 and 导出指标表 actions (mixed into :class:`~ui.pages.plans.page.PlansPage`)."""

    ctx: UiContext
    import_dialog: QDialog | None
    _want_plan_id: int | None

    def on_import(self) -> None:
        start = self.ctx.settings.last_import_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入指标表"), start, self.tr("表格文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)")
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

        Op(self, read).with_progress(self.tr("正在读取 {name}……").format(name=path.name)).success(
            lambda result: self._review_import(*result)
        ).run()

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

    def _review_import(self, preview: plan_import.PlanImportPreview, units: list[UnitRecord]) -> None:
        from ui.dialogs.import_preview import ImportPreviewDialog

        dlg = ImportPreviewDialog(
            preview,
            self.import_columns(preview),
            [(u.id, u.name) for u in units],
            self,
            title=self.tr("导入指标表：{name}").format(name=preview.path.name),
        )
        dlg.decided.connect(lambda decisions: self._choose_import_target(preview, decisions))
        dlg.finished.connect(dlg.deleteLater)
        self.import_dialog = dlg
        dlg.open()

    def ask_import_target(self, preview: plan_import.PlanImportPreview) -> int | bool | None:
        """Into which plan: the shown one (its id), a new one (None), or cancelled (False)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("导入到哪个计划"))
        box.setText(
            self.tr("“{file}”：{n} 行，合计 {total}。导入到：").format(
                file=preview.path.name, n=len(preview.rows), total=preview.total
            )
        )
        if preview.mismatches:
            box.setInformativeText(self.tr("请核对：") + "\n" + "\n".join(preview.mismatches))
        new = box.addButton(
            self.tr("新建计划“{name}”").format(name=preview.plan_name), QMessageBox.ButtonRole.AcceptRole
        )
        current = None
        if self.plan is not None:
            current = box.addButton(
                self.tr("当前计划“{name}”").format(name=self.plan.name), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            return None
        if current is not None and clicked is current and self.plan is not None:
            return self.plan.id
        return False

    def _choose_import_target(self, preview: plan_import.PlanImportPreview, decisions: dict) -> None:
        target = self.ask_import_target(preview)
        if target is False:
            return
        self.commit_import(preview, decisions, target if isinstance(target, int) else None)

    def commit_import(
        self, preview: plan_import.PlanImportPreview, decisions: dict | None, plan_id: int | None
    ) -> None:
        db = self.ctx.db
        Op(
            self, lambda: plan_import.commit_plan_import(db, preview, decisions, plan_id=plan_id)
        ).with_progress(self.tr("正在导入指标……"), cancellable=False).success(self._imported).run()

    def _imported(self, result: plan_import.PlanImportResult) -> None:
        self.ctx.bus.announce(Changes.of("quotas", "plans", "units", year=self.ctx.year), self)
        lines = [self.tr("已导入 {n} 行，计划合计 {total}。").format(n=result.imported, total=result.total)]
        if result.created_units:
            lines.append(
                self.tr("新建单位 {n} 个：{names}").format(
                    n=len(result.created_units), names="、".join(result.created_units[:10])
                )
            )
        if result.skipped:
            lines.append(self.tr("跳过 {n} 行。").format(n=result.skipped))
        self._want_plan_id = result.plan_id
        self.refresh()
        QMessageBox.information(self, self.tr("导入完成"), "\n".join(lines))

    def on_export(self) -> None:
        if self.plan is None:
            return
        start = Path(self.ctx.settings.last_import_dir or str(Path.home())) / f"{self.plan.name}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出指标表"), str(start), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        if self.plan is None:
            return
        db, plan_id = self.ctx.db, self.plan.id
        Op(self, lambda: plan_export.export_quota_table(db, plan_id, path)).with_progress(
            self.tr("正在导出……"), cancellable=False
        ).success(
            lambda out: QMessageBox.information(
                self, self.tr("导出完成"), self.tr("指标表已保存到：\n{path}").format(path=out)
            )
        ).run()
