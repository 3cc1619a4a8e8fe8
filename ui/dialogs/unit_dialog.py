"""The unit form: name, kind, 系统, the working year's figures and contacts, aliases and a note.

The dialog saves through the service itself (on the worker, through :class:`~ui.tasks.Op`) so a
rejected form stays open with the service's reasons next to the fields; the page only hears
``saved`` once the unit is in the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import InputError, RowProblem
from app.roster import units as roster
from app.roster.kinds import KIND_LABELS, kind_label
from app.roster.records import UnitInput, UnitRecord
from ui.dialogs.unsaved import UnsavedEdits
from ui.tasks import Op

_ALIAS_SEPARATORS = re.compile(r"[，,、;；\s]+")
_MAX_COUNT = 99_999_999
_ERROR_STYLE = "border: 1px solid #c62828;"


def split_aliases(text: str) -> list[str]:
    """Aliases as the clerk types them: 县中医院、中医院 or 县中医院, 中医院."""
    return [part for part in _ALIAS_SEPARATORS.split(text.strip()) if part]


class UnitDialog(QDialog):
    """Create a unit (``record`` None) or edit one, for the figures of *year*."""

    saved = Signal(object)  # the UnitRecord as stored

    def __init__(
        self,
        db: Database,
        year: int,
        record: UnitRecord | None,
        units: Sequence[UnitRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.year = year
        self.record = record
        self.setObjectName("unit_dialog")
        self.setWindowTitle(self.tr("新增单位") if record is None else self.tr("编辑单位"))
        self.setMinimumWidth(520)
        self._build(units)
        self._connect_callbacks()
        if record is not None:
            self._fill(record)
        self.unsaved = UnsavedEdits(self, self.save)

    def reject(self) -> None:  # QDialog.reject: Esc, 取消, the close box
        if self.unsaved.may_close():
            super().reject()

    # -- view ---------------------------------------------------------------------------------
    def _build(self, units: Sequence[UnitRecord]) -> None:
        outer = QVBoxLayout(self)

        basic = QGroupBox(self.tr("基本信息"), self)
        form = QFormLayout(basic)
        self.name = self._line("name", basic)
        form.addRow(self.tr("单位名称(&N)："), self.name)
        self.kind = QComboBox(basic)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("按名称自动判断"), "")
        for code in KIND_LABELS:
            self.kind.addItem(kind_label(code), code)
        form.addRow(self.tr("类别(&K)："), self.kind)
        self.parent_unit = QComboBox(basic)
        self.parent_unit.setObjectName("parent_unit")
        self.parent_unit.setMaxVisibleItems(20)
        self.parent_unit.addItem(self.tr("（不属于任何系统）"), None)
        for unit in self._parent_choices(units):
            label = unit.name if unit.kind == "系统" else f"{unit.name}（{kind_label(unit.kind)}）"
            self.parent_unit.addItem(label, unit.id)
        form.addRow(self.tr("所属系统(&S)："), self.parent_unit)
        self.aliases = self._line("aliases", basic)
        self.aliases.setPlaceholderText(self.tr("其他文件里的叫法，用顿号或逗号分隔，如：县中医院、中医院"))
        form.addRow(self.tr("别名(&A)："), self.aliases)
        outer.addWidget(basic)

        figures = QGroupBox(self.tr("{year}年人数与联系人").format(year=self.year), self)
        grid = QFormLayout(figures)
        self.population = self._number("population", figures)
        self.staff = self._number("staff", figures)
        self.total_staff = self._number("total_staff", figures)
        counts = QHBoxLayout()
        for label, edit in (
            (self.tr("人口数(&P)："), self.population),
            (self.tr("在职人数(&Z)："), self.staff),
            (self.tr("总人数(&T)："), self.total_staff),
        ):
            if counts.count():
                counts.addSpacing(12)
                buddy = QLabel(label, figures)
                buddy.setBuddy(edit)
                counts.addWidget(buddy)
            counts.addWidget(edit, 1)
        grid.addRow(self.tr("人口数(&P)："), counts)
        grid.labelForField(counts).setBuddy(self.population)
        self.contact_name = self._line("contact_name", figures)
        self.contact_phone = self._line("contact_phone", figures)
        self.leader_name = self._line("leader_name", figures)
        self.leader_phone = self._line("leader_phone", figures)
        contact = self._pair(self.contact_name, self.tr("电话(&D)："), self.contact_phone)
        grid.addRow(self.tr("联络员(&L)："), contact)
        grid.labelForField(contact).setBuddy(self.contact_name)
        leader = self._pair(self.leader_name, self.tr("电话(&H)："), self.leader_phone)
        grid.addRow(self.tr("分管负责人(&G)："), leader)
        grid.labelForField(leader).setBuddy(self.leader_name)
        outer.addWidget(figures)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("备注"))
        self.note.setTabChangesFocus(True)  # Tab leaves the note for the buttons, as in every field
        self.note.setFixedHeight(60)
        outer.addWidget(self.note)

        self.errors = QLabel(self)
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #c62828;")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.hide()
        outer.addWidget(self.errors)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        outer.addWidget(self.buttons)

        self._field_widgets: dict[str, QWidget] = {
            self.tr("单位名称"): self.name,
            self.tr("类别"): self.kind,
            self.tr("所属系统"): self.parent_unit,
            self.tr("别名"): self.aliases,
            self.tr("人口数"): self.population,
            self.tr("在职人数"): self.staff,
            self.tr("总人数"): self.total_staff,
        }

    def _line(self, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        return edit

    def _number(self, name: str, parent: QWidget) -> QLineEdit:
        """A count that may be left blank (unknown), which a QSpinBox cannot express."""
        edit = self._line(name, parent)
        edit.setValidator(QIntValidator(0, _MAX_COUNT, edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(self.tr("未填"))
        return edit

    def _pair(self, first: QWidget, label: str, second: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first, 1)
        row.addSpacing(12)
        buddy = QLabel(label, self)
        buddy.setBuddy(second)
        row.addWidget(buddy)
        row.addWidget(second, 1)
        return row

    def _parent_choices(self, units: Sequence[UnitRecord]) -> list[UnitRecord]:
        """Other units, 系统 first: a unit cannot belong to itself or to one of its own members."""
        own = self.record.id if self.record is not None else None
        below: set[int] = set()
        if own is not None:
            below = {own}
            grew = True
            while grew:
                grew = False
                for unit in units:
                    if unit.parent_id in below and unit.id not in below:
                        below.add(unit.id)
                        grew = True
        candidates = [u for u in units if u.id not in below and (not u.archived or u.id == self._parent_id())]
        return sorted(candidates, key=lambda u: (u.kind != "系统", u.sort_order, u.id))

    def _parent_id(self) -> int | None:
        return self.record.parent_id if self.record is not None else None

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _fill(self, record: UnitRecord) -> None:
        self.name.setText(record.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
        self.parent_unit.setCurrentIndex(max(0, self.parent_unit.findData(record.parent_id)))
        self.aliases.setText("、".join(record.aliases))
        for edit, value in (
            (self.population, record.population),
            (self.staff, record.staff),
            (self.total_staff, record.total_staff),
        ):
            edit.setText("" if value is None else str(value))
        self.contact_name.setText(record.contact_name)
        self.contact_phone.setText(record.contact_phone)
        self.leader_name.setText(record.leader_name)
        self.leader_phone.setText(record.leader_phone)
        self.note.setPlainText(record.note)

    # -- controller ---------------------------------------------------------------------------
    def form_input(self) -> UnitInput:
        """What the form says, as the service's input; raises InputError for unreadable counts."""
        problems: list[RowProblem] = []
        counts: dict[str, int | None] = {}
        for key, label, edit in (
            ("population", self.tr("人口数"), self.population),
            ("staff", self.tr("在职人数"), self.staff),
            ("total_staff", self.tr("总人数"), self.total_staff),
        ):
            text = edit.text().strip().replace(",", "").replace("，", "")
            if not text:
                counts[key] = None
            elif text.isdigit() and int(text) <= _MAX_COUNT:
                counts[key] = int(text)
            else:
                problems.append(RowProblem(0, label, self.tr("请填写整数，不知道可以空着")))
        if problems:
            raise InputError(self.tr("单位未保存："), problems)
        return UnitInput(
            name=self.name.text(),
            kind=self.kind.currentData() or "",
            parent_id=self.parent_unit.currentData(),
            sort_order=self.record.sort_order if self.record is not None else 0,
            note=self.note.toPlainText().strip(),
            aliases=split_aliases(self.aliases.text()),
            contact_name=self.contact_name.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            leader_name=self.leader_name.text().strip(),
            leader_phone=self.leader_phone.text().strip(),
            **counts,
        )

    def save(self) -> None:
        """Hand the form to the service; close only when it was stored."""
        self._show_problems(None)
        try:
            data = self.form_input()
        except InputError as exc:
            self._show_problems(exc)
            return
        db, year, record = self.db, self.year, self.record
        if record is None:
            work = lambda: roster.create_unit(db, year, data)  # noqa: E731
        else:
            work = lambda: roster.update_unit(db, record.id, year, data)  # noqa: E731
        self.buttons.setEnabled(False)
        Op(self, work).success(self._saved).failure(self._failed).run()

    def _saved(self, record: UnitRecord) -> None:
        self.buttons.setEnabled(True)
        self.record = record
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InputError):
            self._show_problems(exc)
            return
        from ui.errors import show_error

        show_error(self, exc)

    def _show_problems(self, exc: InputError | None) -> None:
        """List the service's reasons under the form and outline the fields they name."""
        for widget in self._field_widgets.values():
            widget.setStyleSheet("")
        if exc is None:
            self.errors.clear()
            self.errors.hide()
            return
        self.errors.setText(str(exc))
        self.errors.show()
        first: QWidget | None = None
        for problem in exc.problems:
            widget = self._field_widgets.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(_ERROR_STYLE)
                first = first or widget
        if first is not None:
            first.setFocus()
