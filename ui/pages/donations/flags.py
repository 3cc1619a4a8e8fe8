"""The donor's three marks on the entry card: 应急献血队伍, 稀有血型, 不再联系.

Each box is one click or one Alt key (Alt+Y, Alt+X, Alt+B; the menus own F, E, V and H) and
saves at once through :func:`app.donations.donors.set_flags` on the worker (one transaction,
audited). The emergency list reads the same flags: the team first, 不再联系 never called.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from app.donations.donors import set_flags
from app.donations.records import DonorSummary
from ui.bus import Changes
from ui.context import UiContext
from ui.errors import show_error
from ui.tasks import Op

FLAGS = ("emergency_team", "rare_blood", "no_contact")


class DonorFlags(QWidget):
    """Three check boxes for the donor on the card; hidden while no donor is shown."""

    changed = Signal(object)  # DonorSummary, after a save

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor: DonorSummary | None = None
        self.boxes: dict[str, QCheckBox] = {
            "emergency_team": QCheckBox(self.tr("应急献血队伍(&Y)"), self),
            "rare_blood": QCheckBox(self.tr("稀有血型(&X)"), self),
            "no_contact": QCheckBox(self.tr("不再联系(&B)"), self),
        }
        self.boxes["emergency_team"].setToolTip(self.tr("应急时优先联系；应急名单中排在前面"))
        self.boxes["rare_blood"].setToolTip(self.tr("Rh阴性等稀有血型，应急时单独联系"))
        self.boxes["no_contact"].setToolTip(self.tr("本人要求不再联系：不列入应急名单"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("标记："), self))
        for key, box in self.boxes.items():
            layout.addWidget(box)
            box.toggled.connect(lambda on, key=key: self.save(key, on))
        layout.addStretch(1)
        self.show_donor(None)

    def show_donor(self, donor: DonorSummary | None) -> None:
        """Show *donor*'s marks (or hide the boxes when no donor is on the card)."""
        self.donor = donor
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(donor is not None and getattr(donor, key)))
            box.blockSignals(False)
        self.setVisible(donor is not None)

    def save(self, key: str, on: bool) -> None:
        """One mark changed: one service call on the worker."""
        if self.donor is None:
            return
        db, donor_id = self.ctx.db, self.donor.id
        by = self.ctx.settings.value("user/name") or ""
        Op(self, lambda: set_flags(db, donor_id, by=by, **{key: on})).success(self._saved).failure(
            self._failed
        ).run()

    def _saved(self, summary: DonorSummary) -> None:
        self.show_donor(summary)
        self.ctx.bus.announce(Changes.of("donors"), self)
        self.changed.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.show_donor(self.donor)  # the boxes go back to what is stored
        show_error(self, exc)
