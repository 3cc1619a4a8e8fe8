"""献血间隔与条件 (eligibility, GB 18467) in the rule editor: ages, the amounts one donation may be,
the least interval between each pair of kinds, and the yearly limits, turned back into ``params``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.donations.eligibility import KIND_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.lookup.schema import Problem
from ui.pages.lookup.rule_forms.common import NUMBER_WIDTH, SEP, add_row, cell, number, numbers, table

INTERVAL_COLUMNS = (
    QT_TRANSLATE_NOOP("EligibilityForm", "前次"),
    QT_TRANSLATE_NOOP("EligibilityForm", "下次"),
    QT_TRANSLATE_NOOP("EligibilityForm", "月数"),
    QT_TRANSLATE_NOOP("EligibilityForm", "天数"),
    QT_TRANSLATE_NOOP("EligibilityForm", "依据"),
)
KIND_LABELS = {
    "whole": QT_TRANSLATE_NOOP("EligibilityForm", "全血"),
    "platelets": QT_TRANSLATE_NOOP("EligibilityForm", "单采血小板"),
}


def _age(parent: QWidget, name: str, low: int = 1) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, 100)
    box.setSuffix(QCoreApplication.translate("EligibilityForm", " 周岁"))
    box.setMaximumWidth(NUMBER_WIDTH)
    return box


def _limit(value: Any) -> str:
    return "" if value is None else str(value)


class EligibilityForm:
    """The eligibility rule set's own fields: ages and amounts, intervals and yearly limits."""

    def general_rows(self, form: QFormLayout, page: QWidget) -> None:
        self.standard = QLineEdit(page)
        self.standard.setObjectName("elig_standard")
        self.standard.setPlaceholderText("GB18467-2011")
        form.addRow(QCoreApplication.translate("EligibilityForm", "标准编号："), self.standard)

    def tabs(self, parent: QWidget) -> list[tuple[QWidget, str]]:
        return [
            (self._ages(parent), QCoreApplication.translate("EligibilityForm", "年龄与献血量(&2)")),
            (self._intervals(parent), QCoreApplication.translate("EligibilityForm", "间隔与每年上限(&3)")),
        ]

    def _ages(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        ages = QGroupBox(QCoreApplication.translate("EligibilityForm", "年龄"), page)
        form = QFormLayout(ages)
        self.age_min = _age(ages, "elig_age_min")
        self.age_max = _age(ages, "elig_age_max")
        self.repeat_max = _age(ages, "elig_repeat_max")
        self.repeat_previous = QSpinBox(ages)
        self.repeat_previous.setObjectName("elig_repeat_previous")
        self.repeat_previous.setRange(0, 100)
        self.repeat_previous.setSuffix(QCoreApplication.translate("EligibilityForm", " 次"))
        self.repeat_previous.setMaximumWidth(NUMBER_WIDTH)
        self.no_reaction = QCheckBox(
            QCoreApplication.translate("EligibilityForm", "延长年龄须既往无献血反应"), ages
        )
        self.age_citation = QLineEdit(ages)
        form.addRow(QCoreApplication.translate("EligibilityForm", "最低年龄："), self.age_min)
        form.addRow(QCoreApplication.translate("EligibilityForm", "最高年龄："), self.age_max)
        form.addRow(QCoreApplication.translate("EligibilityForm", "多次献血者可延长至："), self.repeat_max)
        form.addRow(
            QCoreApplication.translate("EligibilityForm", "延长年龄须已献血至少："), self.repeat_previous
        )
        form.addRow("", self.no_reaction)
        form.addRow(QCoreApplication.translate("EligibilityForm", "年龄依据："), self.age_citation)
        layout.addWidget(ages)
        amounts = QGroupBox(QCoreApplication.translate("EligibilityForm", "每次献血量"), page)
        form = QFormLayout(amounts)
        self.whole_ml = QLineEdit(amounts)
        self.whole_ml.setObjectName("elig_whole_ml")
        self.whole_ml.setPlaceholderText(
            QCoreApplication.translate("EligibilityForm", "毫升，用“、”分隔，如 200、300、400")
        )
        self.doses = QLineEdit(amounts)
        self.doses.setObjectName("elig_doses")
        self.doses.setPlaceholderText(
            QCoreApplication.translate("EligibilityForm", "治疗量，用“、”分隔，如 1、2")
        )
        form.addRow(QCoreApplication.translate("EligibilityForm", "全血（毫升）："), self.whole_ml)
        form.addRow(QCoreApplication.translate("EligibilityForm", "单采血小板（治疗量）："), self.doses)
        layout.addWidget(amounts)
        layout.addStretch(1)
        return page

    def _intervals(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        self.intervals = table(
            page,
            "elig_intervals",
            [QCoreApplication.translate("EligibilityForm", c) for c in INTERVAL_COLUMNS],
            4,
        )
        for column, width in ((0, 100), (1, 100), (2, 60), (3, 60)):
            self.intervals.setColumnWidth(column, width)
        layout.addWidget(self.intervals, 1)
        hint = QLabel(
            QCoreApplication.translate(
                "EligibilityForm", "自前次献血之日起至少间隔的月数与天数（4周写 28 天）；依据写标准条款"
            ),
            page,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        yearly = QGroupBox(QCoreApplication.translate("EligibilityForm", "每年上限（留空为不限）"), page)
        form = QFormLayout(yearly)
        self.window = QComboBox(yearly)
        self.window.setObjectName("elig_window")
        self.window.addItem(QCoreApplication.translate("EligibilityForm", "滚动12个月"), "rolling")
        self.window.addItem(QCoreApplication.translate("EligibilityForm", "自然年"), "calendar")
        self.window.setMaximumWidth(NUMBER_WIDTH)
        self.platelets_per_year = QLineEdit(yearly)
        self.platelets_per_year.setObjectName("elig_platelets_per_year")
        self.platelets_per_year.setMaximumWidth(NUMBER_WIDTH)
        self.platelet_citation = QLineEdit(yearly)
        self.whole_per_year = QLineEdit(yearly)
        self.whole_per_year.setObjectName("elig_whole_per_year")
        self.whole_per_year.setMaximumWidth(NUMBER_WIDTH)
        self.whole_citation = QLineEdit(yearly)
        form.addRow(QCoreApplication.translate("EligibilityForm", "一年按："), self.window)
        form.addRow(
            QCoreApplication.translate("EligibilityForm", "单采血小板最多（次）："), self.platelets_per_year
        )
        form.addRow(QCoreApplication.translate("EligibilityForm", "其依据："), self.platelet_citation)
        form.addRow(QCoreApplication.translate("EligibilityForm", "全血最多（毫升）："), self.whole_per_year)
        form.addRow(QCoreApplication.translate("EligibilityForm", "其依据："), self.whole_citation)
        layout.addWidget(yearly)
        return page

    # -- params ⇄ widgets ------------------------------------------------------------------------
    def fill(self, p: dict[str, Any]) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.standard.setText(p.get("standard", ""))
        age = p.get("age") or {}
        self.age_min.setValue(int(age.get("min") or 18))
        self.age_max.setValue(int(age.get("max") or 55))
        self.repeat_max.setValue(int(age.get("repeat_max") or age.get("max") or 60))
        self.repeat_previous.setValue(int(age.get("repeat_min_previous") or 0))
        self.no_reaction.setChecked(bool(age.get("repeat_requires_no_reaction", True)))
        self.age_citation.setText(age.get("citation", ""))
        self.whole_ml.setText(SEP.join(str(v) for v in p.get("whole_blood_ml", ())))
        self.doses.setText(SEP.join(str(v) for v in p.get("platelet_doses", ())))
        for item in p.get("intervals", ()):
            days = int(item.get("days") or 0) + 7 * int(item.get("weeks") or 0)
            self.pairs.append((item["from"], item["to"]))
            add_row(
                self.intervals,
                (
                    QCoreApplication.translate(
                        "EligibilityForm",
                        KIND_LABELS.get(item["from"], KIND_NAMES.get(item["from"], item["from"])),
                    ),
                    QCoreApplication.translate(
                        "EligibilityForm", KIND_LABELS.get(item["to"], KIND_NAMES.get(item["to"], item["to"]))
                    ),
                    str(item.get("months") or ""),
                    str(days or ""),
                    item.get("citation", ""),
                ),
                fixed=(0, 1),
            )
        self.intervals.setCurrentCell(0, 2)
        yearly = p.get("yearly") or {}
        self.window.setCurrentIndex(max(self.window.findData(yearly.get("window", "rolling")), 0))
        self.platelets_per_year.setText(_limit(yearly.get("platelet_donations")))
        self.platelet_citation.setText(yearly.get("platelet_citation", ""))
        self.whole_per_year.setText(_limit(yearly.get("whole_blood_ml")))
        self.whole_citation.setText(yearly.get("whole_blood_citation", ""))

    def read(self, p: dict[str, Any], problems: list[Problem]) -> None:
        """Write the form into *p*; numbers typed as words stay text so the schema names the place."""
        p["standard"] = self.standard.text().strip()
        age = {
            "min": self.age_min.value(),
            "max": self.age_max.value(),
            "repeat_max": self.repeat_max.value(),
            "repeat_min_previous": self.repeat_previous.value(),
            "repeat_requires_no_reaction": self.no_reaction.isChecked(),
        }
        if self.age_citation.text().strip():
            age["citation"] = self.age_citation.text().strip()
        p["age"] = age
        p["whole_blood_ml"] = numbers(self.whole_ml.text())
        p["platelet_doses"] = numbers(self.doses.text())
        intervals = []
        for row, (previous, following) in enumerate(self.pairs):
            item: dict[str, Any] = {"from": previous, "to": following}
            months, days = cell(self.intervals, row, 2), cell(self.intervals, row, 3)
            if months and months != "0":
                item["months"] = number(months)
            if days and days != "0":
                item["days"] = number(days)
            if cell(self.intervals, row, 4):
                item["citation"] = cell(self.intervals, row, 4)
            intervals.append(item)
        p["intervals"] = intervals
        yearly: dict[str, Any] = {"window": self.window.currentData()}
        for key, edit in (
            ("platelet_donations", self.platelets_per_year),
            ("platelet_citation", self.platelet_citation),
            ("whole_blood_ml", self.whole_per_year),
            ("whole_blood_citation", self.whole_citation),
        ):
            text = edit.text().strip()
            if key.endswith("citation"):
                if text:
                    yearly[key] = text
            else:
                yearly[key] = number(text) if text else None
        p["yearly"] = yearly
