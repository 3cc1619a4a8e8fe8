"""Preview of an import, row by row, where the clerk decides what happens to unknown names.

Generic on purpose: the roster, quota and plan importers all produce a preview with ``rows`` of
the same shape (``row``, ``name``, ``match``, ``matched_name``, ``problems``, ``suggestions``,
``values``), so one dialog serves them all. Nothing is written here: OK only turns the choices into
the ``decisions`` dict the importer's ``commit_*`` function takes, keyed by ``row.key`` (row number
and name) where the row has one, else by the row number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.roster.matching import RowDecision

Index = QModelIndex | QPersistentModelIndex

#: A row's choice: "update" (the matched unit), "create", "skip" or "map:<unit id>".
UPDATE, CREATE, SKIP, MAP = "update", "create", "skip", "map:"
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class PreviewRow(Protocol):
    """What the dialog reads from each row of a preview (``app.unit_matching.ImportRow``)."""

    row: int
    name: str
    match: str
    matched_name: str
    unit_id: int | None
    problems: Sequence[Any]
    suggestions: Sequence[tuple[int, str]]
    values: dict[str, Any]


@dataclass(frozen=True)
class _Status:
    label: str
    background: QColor
    foreground: QColor


_STATUS = {
    "name": _Status(
        QT_TRANSLATE_NOOP("ImportPreviewModel", "已有单位"), QColor("#e6f4ea"), QColor("#1e6b34")
    ),
    "alias": _Status(
        QT_TRANSLATE_NOOP("ImportPreviewModel", "别名匹配"), QColor("#e5eefc"), QColor("#1f4e9c")
    ),
    "new": _Status(QT_TRANSLATE_NOOP("ImportPreviewModel", "新单位"), QColor("#fff1dc"), QColor("#8a5300")),
    "error": _Status(QT_TRANSLATE_NOOP("ImportPreviewModel", "有错误"), QColor("#fde7e6"), QColor("#b3261e")),
    "drive": _Status(
        QT_TRANSLATE_NOOP("ImportPreviewModel", "采血排期"), QColor("#e3f4f4"), QColor("#145c5c")
    ),
    "other": _Status(QT_TRANSLATE_NOOP("ImportPreviewModel", "可导入"), QColor("#eef0f2"), QColor("#3c4650")),
}
#: Rows that are not a unit name (a schedule line of 如皋's plan): imported or skipped, never mapped.
_NOT_A_UNIT = ("drive", "other")


def map_choice(unit_id: int) -> str:
    return f"{MAP}{unit_id}"


class ImportPreviewModel(QAbstractTableModel):
    """One line per file row: 行号, 名称, 状态, 处理方式, the chosen value columns, 问题.

    The 处理方式 column is editable (EditRole holds the choice key); its ``CHOICES_ROLE`` lists the
    (key, label) pairs a row may take, suggestions first.
    """

    choices_changed = Signal()

    def __init__(
        self,
        rows: Sequence[PreviewRow],
        columns: Sequence[tuple[str, str]],
        units: Sequence[tuple[int, str]],
        *,
        allow_create: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.value_columns = list(columns)
        self.units = list(units)
        self.unit_names = dict(units)
        self.allow_create = allow_create
        self.headers = [
            self.tr("行号"),
            self.tr("文件中的名称"),
            self.tr("状态"),
            self.tr("处理方式"),
            *(self.tr(label) for _key, label in self.value_columns),
            self.tr("问题"),
        ]
        self.NAME, self.STATUS, self.CHOICE = 1, 2, 3
        self.PROBLEMS = len(self.headers) - 1
        self.choices = [self._default_choice(r) for r in self.rows]

    # -- choices ------------------------------------------------------------------------------
    def status_of(self, row: PreviewRow) -> str:
        """The row's state; a match kind this dialog does not know is matched if it found a unit,
        otherwise a row to import or skip (never offered 新建单位: it may not be a unit at all)."""
        if row.match in _STATUS and row.match != "other":
            return row.match
        return "name" if row.unit_id is not None else "other"

    def _default_choice(self, row: PreviewRow) -> str:
        status = self.status_of(row)
        if status == "error":
            return SKIP
        if status in ("name", "alias", *_NOT_A_UNIT):
            return UPDATE
        if self.allow_create:
            return CREATE
        return map_choice(row.suggestions[0][0]) if row.suggestions else SKIP

    def options(self, index: int, *, full: bool = True) -> list[tuple[str, str]]:
        """(key, label) choices of row *index*; ``full`` adds every unit after the suggestions."""
        row = self.rows[index]
        status = self.status_of(row)
        if status == "error":
            return [(SKIP, self.tr("跳过（有错误）"))]
        if status in ("name", "alias"):
            target = row.matched_name or row.name
            return [(UPDATE, self.tr("更新“{name}”").format(name=target)), (SKIP, self.tr("跳过"))]
        if status in _NOT_A_UNIT:
            return [(UPDATE, self.tr("导入")), (SKIP, self.tr("跳过"))]
        options: list[tuple[str, str]] = []
        if self.allow_create:
            options.append((CREATE, self.tr("新建单位")))
        options.append((SKIP, self.tr("跳过")))
        suggested = [uid for uid, _name in row.suggestions]
        for uid, name in row.suggestions:
            options.append((map_choice(uid), self.tr("对应到“{name}”（相近）").format(name=name)))
        chosen = self.choices[index]
        for uid, name in self.units:
            if uid in suggested:
                continue
            if full or map_choice(uid) == chosen:
                options.append((map_choice(uid), self.tr("对应到“{name}”").format(name=name)))
        return options

    def choice_label(self, index: int) -> str:
        key = self.choices[index]
        if key.startswith(MAP):
            name = self.unit_names.get(int(key[len(MAP) :]), "?")
            return self.tr("对应到“{name}”").format(name=name)
        return dict(self.options(index, full=False)).get(key, key)

    def set_choice(self, index: int, key: str) -> bool:
        if key not in dict(self.options(index)):
            return False
        if self.choices[index] != key:
            self.choices[index] = key
            cell = self.index(index, self.CHOICE)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
            self.choices_changed.emit()
        return True

    def editable(self, index: int) -> bool:
        return len(self.options(index, full=False)) > 1

    def counts(self) -> dict[str, int]:
        """How many rows update a unit, create one, import otherwise, are skipped or have errors."""
        result = {"update": 0, "create": 0, "other": 0, "skip": 0, "error": 0}
        for row, key in zip(self.rows, self.choices, strict=True):
            status = self.status_of(row)
            if status == "error":
                result["error"] += 1
            elif key == CREATE:
                result["create"] += 1
            elif key == SKIP:
                result["skip"] += 1
            elif status in _NOT_A_UNIT:
                result["other"] += 1
            else:
                result["update"] += 1
        return result

    def decisions(self, remember_alias: bool, make: Callable[..., Any] = RowDecision) -> dict[Any, Any]:
        """The importer's decisions; rows that simply update their matched unit need none."""
        out: dict[Any, Any] = {}
        for row, key in zip(self.rows, self.choices, strict=True):
            row_key = getattr(row, "key", row.row)
            if self.status_of(row) == "error" or key == SKIP:
                out[row_key] = make("skip")
            elif key == CREATE:
                out[row_key] = make("create")
            elif key.startswith(MAP):
                out[row_key] = make("map", int(key[len(MAP) :]), remember_alias)
        return out

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reimplements QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Reimplements QAbstractItemModel.headerData."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Reimplements QAbstractItemModel.flags: only 处理方式 is editable, and only with a choice."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHOICE and self.editable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Reimplements QAbstractItemModel.data."""
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        status = _STATUS[self.status_of(row)]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), col)
        if role == Qt.ItemDataRole.EditRole and col == self.CHOICE:
            return self.choices[index.row()]
        if role == CHOICES_ROLE and col == self.CHOICE:
            return self.options(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            return status.background
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.STATUS, self.PROBLEMS):
            return status.foreground if col == self.STATUS else _STATUS["error"].foreground
        if role == Qt.ItemDataRole.TextAlignmentRole and (col == 0 or self._is_number(row, col)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.PROBLEMS and row.problems:
                return "\n".join(str(p) for p in row.problems)
            if col == self.NAME and row.matched_name and row.matched_name != row.name:
                if self.status_of(row) in _NOT_A_UNIT:
                    return self.tr("名册中已有：{names}").format(names=row.matched_name)
                return self.tr("名册中的名称：{name}").format(name=row.matched_name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Reimplements QAbstractItemModel.setData for the 处理方式 column."""
        if not index.isValid() or index.column() != self.CHOICE or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_choice(index.row(), str(value))

    def _is_number(self, row: PreviewRow, col: int) -> bool:
        first = self.CHOICE + 1
        if not first <= col < self.PROBLEMS:
            return False
        value = row.values.get(self.value_columns[col - first][0])
        return isinstance(value, int | float) and not isinstance(value, bool)

    def _text(self, index: int, col: int) -> str:
        row = self.rows[index]
        if col == 0:
            return str(row.row)
        if col == self.NAME:
            return row.name
        if col == self.STATUS:
            return self.tr(_STATUS[self.status_of(row)].label)
        if col == self.CHOICE:
            return self.choice_label(index)
        if col == self.PROBLEMS:
            return "；".join(str(p) for p in row.problems)
        value = row.values.get(self.value_columns[col - self.CHOICE - 1][0])
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)


class _ChoiceCombo(QComboBox):
    """Holds the short list (create, skip, suggestions) and adds every unit when first opened.

    Hundreds of new rows times hundreds of units would otherwise build tens of thousands of combo
    items before the dialog shows.
    """

    def __init__(self, model: ImportPreviewModel, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model, self._row, self._full = model, row, False
        self.setMaxVisibleItems(20)
        self._fill(full=False)

    def _fill(self, *, full: bool) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for key, label in self._model.options(self._row, full=full):
            self.addItem(label, key)
        if current is not None:
            self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def select(self, key: str) -> None:
        if self.findData(key) < 0:
            self._full = True
            self._fill(full=True)
        self.setCurrentIndex(max(0, self.findData(key)))

    def showPopup(self) -> None:
        """Reimplements QComboBox.showPopup: the full unit list, only when asked for."""
        if not self._full:
            self._full = True
            self._fill(full=True)
        super().showPopup()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo for 处理方式 that writes the choice back as soon as it changes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Reimplements QStyledItemDelegate.createEditor."""
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        combo = _ChoiceCombo(model, index.row(), parent)
        combo.setObjectName(f"choice_{index.row()}")
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Reimplements QStyledItemDelegate.setEditorData."""
        assert isinstance(editor, _ChoiceCombo)
        key = index.data(Qt.ItemDataRole.EditRole)
        if editor.currentData() != key:
            editor.blockSignals(True)
            editor.select(key)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Reimplements QStyledItemDelegate.setModelData."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportPreviewDialog(QDialog):
    """Shows a preview and returns the clerk's decisions; writes nothing itself.

    Args:
        preview: an object with ``rows`` (see :class:`PreviewRow`) and optionally ``skipped``,
            ``notes``, ``path`` and ``year``.
        columns: (values key, header) of the file's columns worth showing.
        units: (id, name) of every unit a new name may be mapped to.
        allow_create: offer 新建单位 for unknown names (an import that must not add units says no).
        decision_type: how a decision is built: ``decision_type(action, unit_id, remember_alias)``.
    """

    decided = Signal(object)  # the decisions dict, on OK

    def __init__(
        self,
        preview: Any,
        columns: Sequence[tuple[str, str]],
        units: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        title: str = "",
        allow_create: bool = True,
        decision_type: Callable[..., Any] = RowDecision,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.decision_type = decision_type
        self.accepted_decisions: dict[Any, Any] | None = None
        self.setObjectName("import_preview")
        self.setWindowTitle(title or self.tr("导入预览"))
        self.model = ImportPreviewModel(preview.rows, columns, units, allow_create=allow_create, parent=self)
        self._build()
        self._connect_callbacks()
        self._open_editors()
        self._update_summary()

    # -- view ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.source = QLabel(self._source_text(), self)
        self.source.setObjectName("source")
        self.source.setWordWrap(True)
        outer.addWidget(self.source)

        self.table = QTableView(self)
        self.table.setObjectName("rows")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(self.model.CHOICE, ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # air between right-aligned numbers and text
            header.resizeSection(col, header.sectionSize(col) + 12)
        header.resizeSection(self.model.CHOICE, max(header.sectionSize(self.model.CHOICE), 220))
        header.resizeSection(self.model.NAME, min(max(header.sectionSize(self.model.NAME), 120), 260))
        outer.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        lines = self._file_lines()
        self.notes = QPlainTextEdit("\n".join(lines), self)
        self.notes.setObjectName("notes")
        self.notes.setReadOnly(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * min(max(len(lines), 2), 5) + 14)
        self.notes.setVisible(bool(lines))
        outer.addWidget(self.notes)

        self.remember_alias = QCheckBox(
            self.tr("“对应到”已有单位时，把文件中的名称记为该单位的别名，下次自动识别(&R)"), self
        )
        self.remember_alias.setObjectName("remember_alias")
        self.remember_alias.setChecked(True)
        outer.addWidget(self.remember_alias)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导入(&I)"))
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setDefault(True)  # the safe default: Enter in a row's choice never starts the import
        outer.addWidget(self.buttons)
        self.resize(self._preferred_width(), 560)

    def _preferred_width(self) -> int:
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(self.model.columnCount()))
        return max(760, min(columns + 60, 1200))

    def _source_text(self) -> str:
        path = getattr(self.preview, "path", None)
        year = getattr(self.preview, "year", None)
        parts = []
        if path is not None:
            parts.append(self.tr("文件：{name}").format(name=getattr(path, "name", str(path))))
        if year:
            parts.append(self.tr("导入到{year}年").format(year=year))
        parts.append(self.tr("确认每一行的处理方式后点“导入”；点“导入”之前不会修改任何数据。"))
        return "　".join(parts)

    def _file_lines(self) -> list[str]:
        lines = [self.tr("未导入：{what}").format(what=s) for s in getattr(self.preview, "skipped", [])]
        lines += [self.tr("注意：{what}").format(what=n) for n in getattr(self.preview, "notes", [])]
        return lines

    def _open_editors(self) -> None:
        """Visible combos on the rows that need a decision, so none is overlooked."""
        for row in range(self.model.rowCount()):
            if self.model.editable(row):
                self.table.openPersistentEditor(self.model.index(row, self.model.CHOICE))

    def _connect_callbacks(self) -> None:
        self.model.choices_changed.connect(self._update_summary)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- controller ---------------------------------------------------------------------------
    def _update_summary(self) -> None:
        c = self.model.counts()
        if c["other"]:
            text = self.tr("共{n}行：更新{a}，新建{b}，导入{o}，跳过{c}，错误{d}")
        else:
            text = self.tr("共{n}行：更新{a}，新建{b}，跳过{c}，错误{d}")
        text = text.format(
            n=self.model.rowCount(), a=c["update"], b=c["create"], o=c["other"], c=c["skip"], d=c["error"]
        )
        if c["error"]:
            text += self.tr("。有错误的行不会导入，改正文件后可再导入一次。")
        self.summary.setText(text)
        self.ok_button.setEnabled(c["update"] + c["create"] + c["other"] > 0)

    def set_choice(self, index: int, key: str) -> bool:
        """Choose for row *index* (0-based in the table): "create", "skip" or map_choice(id)."""
        return self.model.set_choice(index, key)

    def decisions(self) -> dict[Any, Any]:
        return self.model.decisions(self.remember_alias.isChecked(), self.decision_type)

    def accept(self) -> None:
        """Reimplements QDialog.accept: record the decisions, tell the caller, close."""
        self.accepted_decisions = self.decisions()
        self.decided.emit(self.accepted_decisions)
        super().accept()
