"""Preview of a blood-station import: how many rows go in, every row that does not and why (sheet
row, field, reason), the units that will be created and the warnings. Nothing is written here: OK
hands the preview back to the page, which commits it on the worker; 保存退回表… writes the
rejected rows as a workbook to send back to the station."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.donations.station_import import StationPreview, save_rejects
from ui.dialogs.exported import show_exported
from ui.tasks import Op


def _table(parent: QWidget, headers: list[str], rows: list[tuple]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


class StationImportDialog(QDialog):
    """Shows a :class:`StationPreview`; ``accepted`` means: commit it."""

    rejects_saved = Signal(Path)

    def __init__(self, preview: StationPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("导入献血记录：{name}").format(name=preview.path.name))
        p = preview
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        text = self.tr(
            "可导入 {ok} 条（新献血者 {donors} 人）；退回 {bad} 条；已在库中 {already} 条。"
        ).format(ok=len(p.accepted), donors=p.new_donors, bad=len(p.rejected), already=p.already)
        if p.new_units:
            text += self.tr("将新建 {n} 个单位。").format(n=len(p.new_units))
        self.summary.setText(text)
        self.tabs = QTabWidget(self)
        self.rejected_table = _table(
            self,
            [self.tr("表中行号"), self.tr("栏目"), self.tr("退回原因")],
            [(r.row, r.field, r.reason) for r in p.rejected],
        )
        self.units_table = _table(
            self,
            [self.tr("单位（将新建）"), self.tr("行数"), self.tr("名册中相近的单位")],
            [(u.name, u.rows, "、".join(name for _id, name in u.suggestions)) for u in p.new_units],
        )
        self.warnings_table = _table(
            self,
            [self.tr("表中行号"), self.tr("栏目"), self.tr("提醒")],
            [(w.row, w.field, w.message) for w in p.warnings] + [(0, "", s) for s in p.skipped],
        )
        self.tabs.addTab(self.rejected_table, self.tr("退回 {n}").format(n=len(p.rejected)))
        self.tabs.addTab(self.units_table, self.tr("新单位 {n}").format(n=len(p.new_units)))
        self.tabs.addTab(self.warnings_table, self.tr("提醒 {n}").format(n=len(p.warnings) + len(p.skipped)))
        buttons = QDialogButtonBox(self)
        self.ok_btn = buttons.addButton(
            self.tr("导入 {n} 条(&I)").format(n=len(p.accepted)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_btn.setEnabled(bool(p.accepted))
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)  # the safe default: nothing written
        self.save_btn = QPushButton(self.tr("保存退回表(&S)…"), self)
        self.save_btn.setEnabled(bool(p.rejected))
        buttons.addButton(self.save_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_btn.clicked.connect(self.ask_save_rejects)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(820, 480)

    def ask_save_rejects(self) -> None:
        default = self.preview.path.with_name(self.preview.path.stem + "_退回.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存退回表"), str(default), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if chosen:
            self.save_rejects_to(Path(chosen))

    def save_rejects_to(self, path: Path) -> None:
        """Write the rejects workbook on the worker, then say where it went."""
        preview = self.preview

        def done(written: Path) -> None:
            self.rejects_saved.emit(written)
            show_exported(
                self,
                self.tr("退回表已保存"),
                self.tr("{n} 条退回记录已保存，可发回血站核对。").format(n=len(preview.rejected)),
                written,
            )

        Op(self, lambda: save_rejects(preview, path)).success(done).run()
