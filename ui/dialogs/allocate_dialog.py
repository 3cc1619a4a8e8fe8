"""分配指标: split the plan's target over the roster, preview old vs new, then apply.

Nothing is written until the clerk has seen a preview without errors: 应用 stays disabled until
then, and any change to the parameters disables it again (the preview on screen would no longer
be what gets applied). Parameter problems come back from the service as Chinese
``InputError`` messages and are shown inside the dialog, next to the fields, not in a popup.
Locked quotas keep their value; the fixed list starts from the quotas fixed by rule (平利: 县医院
80, 县中医医院 50).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP
from app.plans.records import PlanRecord, QuotaRecord
from app.plans.split import SplitParams, SplitPreview, apply_split, preview_split
from ui.models.change_model import ChangeColumn, ChangeModel
from ui.tasks import Op

METHODS = (
    ("population", QT_TRANSLATE_NOOP("AllocateDialog", "按人口")),
    ("staff", QT_TRANSLATE_NOOP("AllocateDialog", "按在职人数比例")),
)


class AllocateDialog(QDialog):
    """Parameters, preview and apply of one 指标分解 for *plan*.

    Args:
        db: the open database (services run on the worker through ``Op``).
        plan: the plan to allocate.
        quotas: its current quotas (for the defaults: fixed units, total, unit count).
        unit_names: the roster of the plan's year, offered in the fixed-amount list.
    """

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        plan: PlanRecord,
        quotas: Sequence[QuotaRecord],
        unit_names: Sequence[str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allocate_dialog")
        self.setWindowTitle(self.tr("分配指标 — {name}").format(name=plan.name))
        self.resize(820, 640)
        self.db = db
        self.plan = plan
        self.quotas = list(quotas)
        self.unit_names = list(unit_names)
        self.preview: SplitPreview | None = None
        self._generation = 0
        self._closed = False  # results of a preview still running when the clerk closed the dialog
        self._build()
        self._fill_defaults()
        self._connect_callbacks()
        self._method_changed()

    # -- view ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        params = QGroupBox(self.tr("分配方法"), self)
        form = QFormLayout(params)
        self.method = QComboBox(params)
        self.method.setObjectName("method")
        for code, label in METHODS:
            self.method.addItem(self.tr(label), code)
        form.addRow(self.tr("方法(&M)："), self.method)
        self.total = QSpinBox(params)
        self.total.setObjectName("total")
        self.total.setRange(0, 10_000_000)
        self.total.setGroupSeparatorShown(False)
        form.addRow(self.tr("合计指标(&T)："), self.total)
        self.step = QSpinBox(params)
        self.step.setObjectName("step")
        self.step.setRange(1, 10_000)
        self.step.setToolTip(self.tr("各单位指标取整到此数的整数倍（平利：5）"))
        form.addRow(self.tr("取整步长(&S)："), self.step)
        self.floor = QSpinBox(params)
        self.floor.setObjectName("floor")
        self.floor.setRange(0, 1_000_000)
        self.floor.setToolTip(self.tr("按人口分配时每个单位至少分得的指标（平利：100）"))
        form.addRow(self.tr("保底指标(&B)："), self.floor)
        self.rate = QDoubleSpinBox(params)
        self.rate.setObjectName("rate")
        self.rate.setRange(0.1, 100.0)
        self.rate.setDecimals(1)
        self.rate.setSuffix(" %")
        self.rate.setToolTip(self.tr("按在职人数的比例（临夏：20%）"))
        form.addRow(self.tr("比例(&R)："), self.rate)
        self.minimum = QSpinBox(params)
        self.minimum.setObjectName("minimum")
        self.minimum.setRange(0, 1_000_000)
        self.minimum.setToolTip(self.tr("按在职人数分配时每个单位至少分得的指标"))
        form.addRow(self.tr("最低指标(&N)："), self.minimum)
        self.only_plan_units = QCheckBox(params)
        self.only_plan_units.setObjectName("only_plan_units")
        form.addRow("", self.only_plan_units)
        top.addWidget(params, 1)

        fixed_box = QGroupBox(self.tr("固定指标（不参与比例分配）"), self)
        fixed_lay = QVBoxLayout(fixed_box)
        self.fixed_table = QTableWidget(0, 2, fixed_box)
        self.fixed_table.setObjectName("fixed_table")
        self.fixed_table.setHorizontalHeaderLabels([self.tr("单位"), self.tr("指标")])
        self.fixed_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fixed_table.verticalHeader().hide()
        self.fixed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fixed_lay.addWidget(self.fixed_table, 1)
        fixed_buttons = QHBoxLayout()
        self.add_fixed = QPushButton(self.tr("添加(&A)"), fixed_box)
        self.add_fixed.setObjectName("add_fixed")
        self.remove_fixed = QPushButton(self.tr("删除(&D)"), fixed_box)
        self.remove_fixed.setObjectName("remove_fixed")
        fixed_buttons.addWidget(self.add_fixed)
        fixed_buttons.addWidget(self.remove_fixed)
        fixed_buttons.addStretch(1)
        fixed_lay.addLayout(fixed_buttons)
        self.locked_note = QLabel(fixed_box)
        self.locked_note.setObjectName("locked_note")
        self.locked_note.setWordWrap(True)
        fixed_lay.addWidget(self.locked_note)
        top.addWidget(fixed_box, 1)
        outer.addLayout(top)

        preview_row = QHBoxLayout()
        self.preview_btn = QPushButton(self.tr("预览(&P)"), self)
        self.preview_btn.setObjectName("preview")
        self.preview_btn.setDefault(True)
        preview_row.addWidget(self.preview_btn)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        preview_row.addWidget(self.summary, 1)
        outer.addLayout(preview_row)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        outer.addWidget(self.error)

        self.change_model = ChangeModel(self)
        self.changes = QTableView(self)
        self.changes.setObjectName("changes")
        self.changes.setModel(self.change_model)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.verticalHeader().hide()
        self.changes.setAlternatingRowColors(False)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(ChangeColumn.UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeColumn.BASIS, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.changes, 1)

        self.buttons = QDialogButtonBox(self)
        self.apply_btn = self.buttons.addButton(self.tr("应用(&Y)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_btn.setObjectName("apply")
        self.apply_btn.setEnabled(False)
        self.apply_btn.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        outer.addWidget(self.buttons)

    def _fill_defaults(self) -> None:
        quota_total = sum(q.amount for q in self.quotas)
        self.total.setValue(self.plan.target or quota_total)
        self.step.setValue(1)
        self.rate.setValue(20.0)
        self.only_plan_units.setText(
            self.tr("只在本计划已有的 {n} 个单位中分配（否则取名册中所有有数据的单位）(&O)").format(
                n=len(self.quotas)
            )
        )
        self.only_plan_units.setEnabled(bool(self.quotas))
        for q in self.quotas:
            if q.locked and q.method == "fixed":
                self.add_fixed_row(q.unit_name, q.amount)
        kept = [q for q in self.quotas if q.locked and q.method != "fixed"]
        if kept:
            self.locked_note.setText(
                self.tr("另有 {n} 个锁定指标保持不变：{units}").format(
                    n=len(kept), units="、".join(f"{q.unit_name} {q.amount}" for q in kept)
                )
            )
        else:
            self.locked_note.setText(self.tr("锁定的指标在分配时保持不变。"))

    def _connect_callbacks(self) -> None:
        self.method.currentIndexChanged.connect(self._method_changed)
        for spin in (self.total, self.step, self.floor, self.minimum):
            spin.valueChanged.connect(self._invalidate)
        self.rate.valueChanged.connect(self._invalidate)
        self.only_plan_units.toggled.connect(self._invalidate)
        self.add_fixed.clicked.connect(lambda: self.add_fixed_row("", 0))
        self.remove_fixed.clicked.connect(self._remove_fixed_rows)
        self.preview_btn.clicked.connect(self.run_preview)
        self.apply_btn.clicked.connect(self.run_apply)
        self.buttons.rejected.connect(self.reject)

    # -- fixed amounts ------------------------------------------------------------------------
    def add_fixed_row(self, name: str, amount: int) -> int:
        """Add a (unit, amount) row to the fixed list; returns its row number."""
        row = self.fixed_table.rowCount()
        self.fixed_table.insertRow(row)
        combo = QComboBox(self.fixed_table)
        combo.setEditable(True)
        combo.addItems(self.unit_names)
        combo.setCurrentText(name)
        combo.currentTextChanged.connect(self._invalidate)
        spin = QSpinBox(self.fixed_table)
        spin.setRange(0, 1_000_000)
        spin.setValue(amount)
        spin.valueChanged.connect(self._invalidate)
        self.fixed_table.setCellWidget(row, 0, combo)
        self.fixed_table.setCellWidget(row, 1, spin)
        self._invalidate()
        return row

    def fixed_cell(self, row: int) -> tuple[QComboBox, QSpinBox]:
        return self.fixed_table.cellWidget(row, 0), self.fixed_table.cellWidget(row, 1)  # type: ignore[return-value]

    def _remove_fixed_rows(self) -> None:
        rows = sorted({i.row() for i in self.fixed_table.selectedIndexes()}, reverse=True)
        if not rows and self.fixed_table.currentRow() >= 0:
            rows = [self.fixed_table.currentRow()]
        for row in rows:
            self.fixed_table.removeRow(row)
        self._invalidate()

    def fixed_amounts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in range(self.fixed_table.rowCount()):
            combo, spin = self.fixed_cell(row)
            name = combo.currentText().strip()
            if name:
                out[name] = spin.value()
        return out

    # -- controller ---------------------------------------------------------------------------
    def _method_changed(self) -> None:
        by_population = self.method.currentData() == "population"
        self.floor.setEnabled(by_population)
        self.rate.setEnabled(not by_population)
        self.minimum.setEnabled(not by_population)
        self.total.setSpecialValueText("" if by_population else self.tr("按比例计算"))
        self._invalidate()

    def params(self) -> SplitParams:
        method = self.method.currentData()
        total = self.total.value()
        return SplitParams(
            method=method,
            total=total if (method == "population" or total > 0) else None,
            step=self.step.value(),
            floor=self.floor.value() if method == "population" else 0,
            fixed=self.fixed_amounts(),
            rate=self.rate.value() / 100 if method == "staff" else None,
            minimum=self.minimum.value() if method == "staff" else 0,
            unit_ids=[q.unit_id for q in self.quotas] if self.only_plan_units.isChecked() else None,
        )

    def _invalidate(self) -> None:
        """The parameters moved: whatever preview is on screen is no longer what would apply."""
        self._generation += 1
        if self.preview is not None:
            self.summary.setText(self.tr("参数已改动，请重新预览。"))
        self.preview = None
        self.apply_btn.setEnabled(False)

    def run_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        params = self.params()
        db, plan_id = self.db, self.plan.id
        self.error.hide()
        self.preview_btn.setEnabled(False)
        Op(self, lambda: preview_split(db, plan_id, params)).success(
            lambda preview: self._show_preview(preview, generation)
        ).failure(self._show_problem).run()

    def done(self, result: int) -> None:  # QDialog.done
        self._closed = True
        super().done(result)

    def _show_preview(self, preview: SplitPreview, generation: int) -> None:
        if self._closed:
            return
        self.preview_btn.setEnabled(True)
        if generation != self._generation:
            return  # parameters changed while it was computing; a new preview is needed
        self.preview = preview
        basis = {line.key: line.basis for line in preview.allocation.lines}
        self.change_model.set_changes(preview.changes, basis)
        changed = sum(1 for c in preview.changes if c.old != c.new)
        text = self.tr("原合计 {old}，新合计 {new}，{n} 个单位参与，{changed} 个单位有变化。").format(
            old=preview.old_total, new=preview.new_total, n=len(preview.allocation.lines), changed=changed
        )
        if preview.allocation.total != self.plan.target:
            text += self.tr("应用后计划目标改为 {total}。").format(total=preview.allocation.total)
        self.summary.setText(text)
        self.apply_btn.setEnabled(True)

    def _show_problem(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.preview_btn.setEnabled(True)
        self.apply_btn.setEnabled(False)
        if not isinstance(exc, KnownError):
            from ui.errors import show_error

            show_error(self, exc)
            return
        self.preview = None
        self.change_model.clear()
        self.summary.setText(self.tr("无法分配，未做任何修改。"))
        self.error.setText(str(exc))
        self.error.show()

    def run_apply(self) -> None:
        preview = self.preview
        if preview is None:
            return
        db = self.db
        self.apply_btn.setEnabled(False)
        self.preview_btn.setEnabled(False)
        Op(self, lambda: apply_split(db, preview)).with_progress(
            self.tr("正在写入指标……"), cancellable=False
        ).success(lambda _: self.accept()).failure(self._show_problem).run()
