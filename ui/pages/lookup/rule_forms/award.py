"""表彰奖励 (award) in the rule editor: how donations count, the tiers (铜奖 20, 银奖 30, 金奖 40) with
终身荣誉奖, and the unit 促进奖 thresholds, turned back into the file form's ``params``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.lookup.schema import Problem
from ui.pages.lookup.rule_forms.common import NUMBER_WIDTH, add_row, cell, number, remove_row, table

TIER_COLUMNS = (QT_TRANSLATE_NOOP("AwardForm", "奖项名称"), QT_TRANSLATE_NOOP("AwardForm", "达到次数"))


def _spin(parent: QWidget, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, high)
    if suffix:
        box.setSuffix(suffix)
    box.setMaximumWidth(NUMBER_WIDTH)
    return box


class AwardForm:
    """The award rule set's own fields: counting and tiers, and the unit award."""

    def general_rows(self, form: QFormLayout, page: QWidget) -> None:
        """Nothing beyond the common fields."""

    def tabs(self, parent: QWidget) -> list[tuple[QWidget, str]]:
        return [
            (self._tiers(parent), QCoreApplication.translate("AwardForm", "计数与奖项(&2)")),
            (self._units(parent), QCoreApplication.translate("AwardForm", "促进奖（单位）(&3)")),
        ]

    def _tiers(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        counting = QGroupBox(QCoreApplication.translate("AwardForm", "怎样计次"), page)
        form = QFormLayout(counting)
        self.whole_ml = _spin(
            counting, "award_whole_ml", 1, 2000, QCoreApplication.translate("AwardForm", " 毫升")
        )
        self.platelet_per_dose = _spin(
            counting, "award_platelet_per_dose", 0, 10, QCoreApplication.translate("AwardForm", " 次")
        )
        self.legacy_before = QLineEdit(counting)
        self.legacy_before.setObjectName("award_legacy_before")
        self.legacy_before.setPlaceholderText("YYYY-MM-DD")
        self.legacy_before.setMaximumWidth(NUMBER_WIDTH)
        self.legacy_count = _spin(
            counting, "award_legacy_count", 0, 20, QCoreApplication.translate("AwardForm", " 次")
        )
        form.addRow(QCoreApplication.translate("AwardForm", "全血计1次的毫升数："), self.whole_ml)
        form.addRow(QCoreApplication.translate("AwardForm", "血小板1个治疗量计："), self.platelet_per_dose)
        form.addRow(QCoreApplication.translate("AwardForm", "此日前的血小板捐献："), self.legacy_before)
        form.addRow(QCoreApplication.translate("AwardForm", "此前每次血小板捐献计："), self.legacy_count)
        layout.addWidget(counting)
        self.tiers = table(
            page, "award_tiers", [QCoreApplication.translate("AwardForm", c) for c in TIER_COLUMNS], 0
        )
        layout.addWidget(self.tiers, 1)
        row = QHBoxLayout()
        hint = QLabel(
            QCoreApplication.translate("AwardForm", "各奖项按次数从小到大排列；达到最高奖项后重新计数"), page
        )
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.add_tier_btn = QPushButton(QCoreApplication.translate("AwardForm", "添加奖项(&A)"), page)
        self.remove_tier_btn = QPushButton(QCoreApplication.translate("AwardForm", "删除奖项(&D)"), page)
        row.addWidget(self.add_tier_btn)
        row.addWidget(self.remove_tier_btn)
        layout.addLayout(row)
        lifetime = QFormLayout()
        self.lifetime_tier = QLineEdit(page)
        self.lifetime_tier.setObjectName("award_lifetime_tier")
        self.lifetime_after = _spin(
            page, "award_lifetime_after", 1, 20, QCoreApplication.translate("AwardForm", " 次")
        )
        self.repeat_lower = QCheckBox(QCoreApplication.translate("AwardForm", "重新计数后再评较低奖项"), page)
        lifetime.addRow(QCoreApplication.translate("AwardForm", "终身奖项名称："), self.lifetime_tier)
        lifetime.addRow(
            QCoreApplication.translate("AwardForm", "获最高奖项几次后授终身奖："), self.lifetime_after
        )
        lifetime.addRow("", self.repeat_lower)
        layout.addLayout(lifetime)
        self.add_tier_btn.clicked.connect(lambda: add_row(self.tiers, ("", "")))
        self.remove_tier_btn.clicked.connect(lambda: remove_row(self.tiers))
        return page

    def _units(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.unit_years = _spin(
            page, "award_unit_years", 1, 10, QCoreApplication.translate("AwardForm", " 年")
        )
        self.unit_min = _spin(
            page, "award_unit_min", 1, 100000, QCoreApplication.translate("AwardForm", " 人次")
        )
        self.unit_share = QDoubleSpinBox(page)
        self.unit_share.setObjectName("award_unit_share")
        self.unit_share.setRange(0, 1)
        self.unit_share.setDecimals(2)
        self.unit_share.setSingleStep(0.05)
        self.unit_share.setMaximumWidth(NUMBER_WIDTH)
        self.unit_alt_min = _spin(
            page, "award_unit_alt_min", 1, 1000000, QCoreApplication.translate("AwardForm", " 人次")
        )
        form.addRow(QCoreApplication.translate("AwardForm", "统计最近："), self.unit_years)
        form.addRow(QCoreApplication.translate("AwardForm", "献血至少："), self.unit_min)
        form.addRow(
            QCoreApplication.translate("AwardForm", "且献血人次占职工数至少（比例）："), self.unit_share
        )
        form.addRow(QCoreApplication.translate("AwardForm", "或不论比例，献血至少："), self.unit_alt_min)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # -- params ⇄ widgets ------------------------------------------------------------------------
    def fill(self, p: dict[str, Any]) -> None:
        self.whole_ml.setValue(int(p.get("whole_ml_per_count") or 200))
        self.platelet_per_dose.setValue(int(p.get("platelet_count_per_dose") or 0))
        self.legacy_before.setText(p.get("legacy_platelet_before") or "")
        self.legacy_count.setValue(int(p.get("legacy_platelet_count") or 0))
        for tier in p.get("tiers", ()):
            add_row(self.tiers, (tier.get("tier", ""), str(tier.get("min_count", ""))))
        self.lifetime_tier.setText(p.get("lifetime_tier", ""))
        self.lifetime_after.setValue(int(p.get("lifetime_after") or 3))
        self.repeat_lower.setChecked(bool(p.get("repeat_lower_tiers")))
        self.unit_years.setValue(int(p.get("unit_window_years") or 2))
        self.unit_min.setValue(int(p.get("unit_min_donations") or 200))
        self.unit_share.setValue(float(p.get("unit_min_staff_share") or 0))
        self.unit_alt_min.setValue(int(p.get("unit_alt_min_donations") or 1000))

    def read(self, p: dict[str, Any], problems: list[Problem]) -> None:
        """Write the form into *p*; a count typed as words is left as text for the schema to name."""
        p["whole_ml_per_count"] = self.whole_ml.value()
        p["platelet_count_per_dose"] = self.platelet_per_dose.value()
        p["legacy_platelet_before"] = self.legacy_before.text().strip()
        p["legacy_platelet_count"] = self.legacy_count.value()
        p["tiers"] = [
            {"tier": cell(self.tiers, row, 0), "min_count": number(cell(self.tiers, row, 1))}
            for row in range(self.tiers.rowCount())
        ]
        p["lifetime_tier"] = self.lifetime_tier.text().strip()
        p["lifetime_after"] = self.lifetime_after.value()
        p["repeat_lower_tiers"] = self.repeat_lower.isChecked()
        p["unit_window_years"] = self.unit_years.value()
        p["unit_min_donations"] = self.unit_min.value()
        p["unit_min_staff_share"] = round(self.unit_share.value(), 2)
        p["unit_alt_min_donations"] = self.unit_alt_min.value()
