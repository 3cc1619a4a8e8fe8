"""The keyboard-first entry panel: type or scan an ID number or 献血码, Enter, and the donor's card
fills in with the eligibility for the chosen kind and date; an unknown ID number opens the
new-donor fields. Enter moves field to field and records on the last one (Ctrl+S anywhere), so a
repeat donor takes: scan, Enter, Enter, Enter. Batch mode keeps the drive and unit between donors.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.donations import donations as donation_service
from app.donations.donations import CATEGORIES, DonationInput, NeedsReason
from app.donations.donors import DonorInput, get_donor, parse_blood
from app.donations.eligibility import Eligibility, check_eligibility
from app.donations.masking import mask
from app.donations.records import DonorDetail, DonorSummary, blood_label
from app.donations.search import find_donors
from app.errors import InputError
from app.plans.listing import list_plans
from app.plans.schedule import plan_slots
from app.roster.units import list_units
from ui.bus import Changes
from ui.context import UiContext
from ui.pages.donations.flags import DonorFlags
from ui.tasks import Op

#: What the kind box offers: (kind, volume_ml, doses).
KINDS: tuple[tuple[str, int, int], ...] = (
    ("whole", 400, 0),
    ("whole", 300, 0),
    ("whole", 200, 0),
    ("platelets", 0, 1),
    ("platelets", 0, 2),
)
BLOODS = ("A+", "B+", "O+", "AB+", "A-", "B-", "O-", "AB-")
_ID_SHAPE = re.compile(r"\d{17}[\dXx]|\d{15}")


@dataclass(frozen=True)
class Lookup:
    """What a lookup found: one donor (with history and eligibility), several, or none."""

    text: str
    detail: DonorDetail | None = None
    eligibility: Eligibility | None = None
    matches: tuple[DonorSummary, ...] = ()


@dataclass(frozen=True)
class Choices:
    units: list[tuple[int, str]]
    slots: list[tuple[int, str]]


def kind_label(kind: str, volume_ml: int, doses: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if kind == "whole":
        return QCoreApplication.translate("DonationEntry", "全血 {ml} ml").format(ml=volume_ml)
    return QCoreApplication.translate("DonationEntry", "血小板 {n} 治疗量").format(n=doses)


class EntryPanel(QWidget):
    """One donor after another; each recording is one service call on the worker."""

    recorded = Signal(object)  # RecordedDonation
    choices_loaded = Signal(object)  # [(unit id, name)], for the list's unit filter

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor: DonorSummary | None = None
        self.new_donor = False
        self._build()
        self._chain = [
            self.name_edit,
            self.blood_box,
            self.phone_edit,
            self.work_unit_box,
            self.kind_box,
            self.date_edit,
            self.category_box,
            self.unit_box,
            self.code_edit,
            self.cert_edit,
        ]
        for widget in [*self._chain, self.reason_edit]:
            widget.installEventFilter(self)
        self.lookup_edit.returnPressed.connect(self.lookup)
        self.record_btn.clicked.connect(self.record)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.refresh_eligibility())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh_eligibility())
        self.matches.itemActivated.connect(lambda item: self.load_donor(item.data(Qt.ItemDataRole.UserRole)))
        self.batch_box.toggled.connect(self.slot_box.setEnabled)
        self.clear()
        self.load_choices()

    # -- widgets ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setPlaceholderText(
            self.tr("刷身份证或扫献血码，也可输入姓名、拼音首字母、献血证号，回车查找")
        )
        self.lookup_edit.setClearButtonEnabled(True)
        font = self.lookup_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.lookup_edit.setFont(font)
        self.batch_box = QCheckBox(self.tr("团体批量(&T)"), self)
        self.batch_box.setToolTip(self.tr("团体采血：献血安排与计入单位选定后保留，逐人登记"))
        self.slot_box = QComboBox(self)
        self.slot_box.setEnabled(False)
        self.slot_box.setMinimumContentsLength(16)
        top = QHBoxLayout()
        find_label = QLabel(self.tr("查找(&S)"), self)
        find_label.setBuddy(self.lookup_edit)
        top.addWidget(find_label)
        top.addWidget(self.lookup_edit, 1)
        top.addWidget(self.batch_box)
        slot_label = QLabel(self.tr("献血安排(&A)"), self)
        slot_label.setBuddy(self.slot_box)
        top.addWidget(slot_label)
        top.addWidget(self.slot_box)

        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(110)
        self.card = QLabel(self)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMinimumHeight(70)
        self.card.setMargin(8)
        self.flags = DonorFlags(self.ctx, self)
        self.flags.changed.connect(self._flags_saved)
        self.eligibility_label = QLabel(self)
        self.eligibility_label.setWordWrap(True)

        self.new_group = QGroupBox(self.tr("新献血者"), self)
        self.name_edit = QLineEdit(self.new_group)
        self.blood_box = QComboBox(self.new_group)
        self.blood_box.addItem(self.tr("未知"), "")
        for text in BLOODS:
            self.blood_box.addItem(text, text)
        self.phone_edit = QLineEdit(self.new_group)
        self.work_unit_box = QComboBox(self.new_group)
        self.work_unit_box.setEditable(False)
        new_form = QFormLayout(self.new_group)
        new_form.addRow(self.tr("姓名(&N)"), self.name_edit)
        new_form.addRow(self.tr("血型(&O)"), self.blood_box)
        new_form.addRow(self.tr("电话(&P)"), self.phone_edit)
        new_form.addRow(self.tr("工作单位(&W)"), self.work_unit_box)

        donation = QGroupBox(self.tr("本次献血"), self)
        self.kind_box = QComboBox(donation)
        for kind, ml, doses in KINDS:
            self.kind_box.addItem(kind_label(kind, ml, doses))
        self.date_edit = QDateEdit(donation)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.category_box = QComboBox(donation)
        self.category_box.addItems(list(CATEGORIES))
        self.unit_box = QComboBox(donation)
        self.code_edit = QLineEdit(donation)
        self.cert_edit = QLineEdit(donation)
        form = QFormLayout(donation)
        form.addRow(self.tr("献血种类(&K)"), self.kind_box)
        form.addRow(self.tr("献血日期(&D)"), self.date_edit)
        form.addRow(self.tr("类别(&C)"), self.category_box)
        form.addRow(self.tr("计入单位(&U)"), self.unit_box)
        form.addRow(self.tr("献血码(&M)"), self.code_edit)
        form.addRow(self.tr("献血证号(&Z)"), self.cert_edit)

        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #a33;")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("仍要登记的原因（回车登记）"))
        self.record_btn = QPushButton(self.tr("登记(&G)  Ctrl+S"), self)
        self.record_btn.setDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        forms = QHBoxLayout()
        forms.addWidget(self.new_group, 1)
        forms.addWidget(donation, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason_edit, 1)
        bottom.addWidget(self.record_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.matches)
        layout.addWidget(self.card)
        layout.addWidget(self.flags)
        layout.addWidget(self.eligibility_label)
        layout.addLayout(forms)
        layout.addWidget(self.reason_label)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # -- Enter moves on -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Reimplements QObject.eventFilter: Enter goes to the next visible field, records on the last."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            if watched is self.reason_edit:
                self.record()
                return True
            self.advance(watched)
            return True
        return super().eventFilter(watched, event)

    def advance(self, current: QObject) -> None:
        chain = [w for w in self._chain if w.isEnabled() and not w.isHidden() and w.isVisibleTo(self)]
        if current in chain and current is not chain[-1]:
            nxt = chain[chain.index(current) + 1]
            nxt.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(nxt, QLineEdit):
                nxt.selectAll()
        else:
            self.record()

    # -- choices ------------------------------------------------------------------------------
    def load_choices(self) -> None:
        db, year = self.ctx.db, self.ctx.year

        def work() -> Choices:
            units = [(u.id, u.name) for u in list_units(db, year)]
            slots = []
            for plan in list_plans(db, year):
                for slot in plan_slots(db, plan.id):
                    text = slot.label + (f"（{slot.site_name}）" if slot.site_name else "")
                    slots.append((slot.id, text))
            return Choices(units, slots)

        Op(self, work).success(self._set_choices).run()

    def _set_choices(self, choices: Choices) -> None:
        keep_unit, keep_slot = self.unit_box.currentData(), self.slot_box.currentData()
        for box, first in (
            (self.unit_box, self.tr("（献血者的工作单位）")),
            (self.work_unit_box, self.tr("（无）")),
        ):
            box.clear()
            box.addItem(first, None)
            for uid, name in choices.units:
                box.addItem(name, uid)
        self.slot_box.clear()
        self.slot_box.addItem(self.tr("（不属于团体安排）"), None)
        for sid, text in choices.slots:
            self.slot_box.addItem(text, sid)
        self._select(self.unit_box, keep_unit)
        self._select(self.slot_box, keep_slot)
        self.choices_loaded.emit(choices.units)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    # -- lookup -------------------------------------------------------------------------------
    def lookup(self) -> None:
        """Find the donor for what was typed or scanned (on the worker)."""
        text = self.lookup_edit.text().strip()
        if not text:
            return
        db, on, kind = self.ctx.db, self.donated_on(), self.kind()

        def work() -> Lookup:
            found = find_donors(db, text, limit=10)
            if len(found) == 1:
                detail = get_donor(db, found[0].id)
                return Lookup(text, detail, check_eligibility(db, detail.donor.id, on, kind=kind[0]))
            return Lookup(text, matches=tuple(found))

        Op(self, work).success(self._looked_up).run()

    def load_donor(self, donor_id: int) -> None:
        db, on, kind = self.ctx.db, self.donated_on(), self.kind()

        def work() -> Lookup:
            detail = get_donor(db, donor_id)
            return Lookup("", detail, check_eligibility(db, donor_id, on, kind=kind[0]))

        Op(self, work).success(self._looked_up).run()

    def _looked_up(self, found: Lookup) -> None:
        self._hide_reason()
        self.status.clear()
        if found.detail is not None:
            self.matches.hide()
            self._show_donor(found.detail, found.eligibility)
            return
        self.donor = None
        self.flags.show_donor(None)
        self.card.clear()
        self.eligibility_label.clear()
        if found.matches:
            self.matches.clear()
            for d in found.matches:
                text = f"{d.name}　{mask(d.id_number, 'id')}　{blood_label(d.abo, d.rh)}　{d.work_unit}"
                item = QListWidgetItem(text, self.matches)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.matches.show()
            self.matches.setCurrentRow(0)
            self.matches.setFocus()
            self._set_new_donor(False)
            return
        self.matches.hide()
        if _ID_SHAPE.fullmatch(found.text):
            self._set_new_donor(True)
            self.card.setText(
                self.tr("新献血者：{id}，请填写姓名、血型、电话和单位").format(id=mask(found.text, "id"))
            )
            self.name_edit.setFocus()
        else:
            self._set_new_donor(False)
            self.card.setText(
                self.tr("找不到“{text}”。新献血者请刷身份证或输入身份证号。").format(text=found.text)
            )
            self.lookup_edit.selectAll()

    def _show_donor(self, detail: DonorDetail, eligibility: Eligibility | None) -> None:
        d = detail.donor
        self.donor = d
        self._set_new_donor(False)
        last = detail.donations[0] if detail.donations else None
        self.flags.show_donor(d)  # 应急献血队伍, 稀有血型, 不再联系: check boxes under the card
        last_text = (
            self.tr("上次献血 {day}（{kind}），共 {n} 次").format(
                day=last.donated_on.isoformat(),
                kind=kind_label(last.kind, last.volume_ml, last.doses),
                n=len(detail.donations),
            )
            if last
            else self.tr("首次献血")
        )
        blood = blood_label(d.abo, d.rh) or self.tr("血型未知")
        unit = d.work_unit or self.tr("无工作单位")
        self.card.setText(
            f"<b style='font-size:14pt'>{d.name}</b>　{d.sex}　<b>{blood}</b>　{mask(d.id_number, 'id')}"
            f"　{mask(d.phone, 'phone')}<br>{unit}　{last_text}"
        )
        if not self.batch_box.isChecked():
            if last is not None:
                wanted = (last.kind, last.volume_ml, last.doses)
                index = next((i for i, k in enumerate(KINDS) if k == wanted), 0)
                if index != self.kind_box.currentIndex():
                    self.kind_box.blockSignals(True)
                    self.kind_box.setCurrentIndex(index)
                    self.kind_box.blockSignals(False)
                    self.refresh_eligibility()
            self.unit_box.setCurrentIndex(0)
        self._show_eligibility(eligibility)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def _flags_saved(self, donor: DonorSummary) -> None:
        if self.donor is not None and self.donor.id == donor.id:
            self.donor = donor

    def refresh_eligibility(self) -> None:
        if self.donor is None:
            return
        db, donor_id, on, kind = self.ctx.db, self.donor.id, self.donated_on(), self.kind()
        Op(self, lambda: check_eligibility(db, donor_id, on, kind=kind[0])).success(
            self._show_eligibility
        ).run()

    def _show_eligibility(self, answer: Eligibility | None) -> None:
        if answer is None:
            self.eligibility_label.clear()
            return
        kind = self.kind()[0]
        warnings = answer.warnings_for(kind)
        if not warnings:
            self.eligibility_label.setStyleSheet("color: #1a7f37;")
            self.eligibility_label.setText(
                self.tr("✔ 符合献血条件（{rules}，第{version}版）").format(
                    rules=answer.rules.citation, version=answer.rules.version
                )
            )
            return
        nxt = answer.next_allowed(kind)
        text = "；".join(w.message for w in warnings)
        if nxt:
            text += self.tr("。下次可献：{day}").format(day=nxt.isoformat())
        self.eligibility_label.setStyleSheet("color: #a33;")
        self.eligibility_label.setText("⚠ " + text)

    # -- state --------------------------------------------------------------------------------
    def _set_new_donor(self, on: bool) -> None:
        self.new_donor = on
        self.new_group.setVisible(on)

    def kind(self) -> tuple[str, int, int]:
        return KINDS[max(self.kind_box.currentIndex(), 0)]

    def donated_on(self) -> _dt.date:
        return self.date_edit.date().toPython()

    def clear(self) -> None:
        """Ready for the next donor; batch mode keeps drive, unit, date and category."""
        self.donor = None
        self.flags.show_donor(None)
        self._set_new_donor(False)
        self.matches.hide()
        self.card.setText(self.tr("刷身份证或扫献血码开始登记"))
        self.eligibility_label.clear()
        for edit in (self.name_edit, self.phone_edit, self.code_edit, self.cert_edit):
            edit.clear()
        self.blood_box.setCurrentIndex(0)
        self.work_unit_box.setCurrentIndex(0)
        if not self.batch_box.isChecked():
            self.date_edit.setDate(QDate.currentDate())
            self.category_box.setCurrentIndex(0)
            self.unit_box.setCurrentIndex(0)
            self.kind_box.setCurrentIndex(0)
        self._hide_reason()
        self.lookup_edit.clear()
        self.lookup_edit.setFocus()

    def _hide_reason(self) -> None:
        self.reason_label.clear()
        self.reason_edit.clear()
        self.reason_edit.hide()

    def focus_lookup(self) -> None:
        self.lookup_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lookup_edit.selectAll()

    # -- recording ----------------------------------------------------------------------------
    def donation_input(self, donor_id: int = 0) -> DonationInput:
        kind, ml, doses = self.kind()
        slot = self.slot_box.currentData() if self.batch_box.isChecked() else None
        return DonationInput(
            donor_id=donor_id,
            donated_on=self.donated_on(),
            kind=kind,
            volume_ml=ml,
            doses=doses,
            category=self.category_box.currentText(),
            unit_id=self.unit_box.currentData(),
            slot_id=slot,
            donation_code=self.code_edit.text().strip(),
            certificate_no=self.cert_edit.text().strip(),
            override_reason=self.reason_edit.text().strip() if self.reason_edit.isVisible() else "",
        )

    def donor_input(self) -> DonorInput:
        abo, rh = parse_blood(self.blood_box.currentData() or "") or ("", "")
        return DonorInput(
            id_number=self.lookup_edit.text().strip(),
            name=self.name_edit.text().strip(),
            abo=abo,
            rh=rh,
            phone=self.phone_edit.text().strip(),
            work_unit_id=self.work_unit_box.currentData(),
        )

    def record(self) -> None:
        """Save the donation (and the new donor) in one transaction on the worker."""
        db, by = self.ctx.db, self.ctx.settings.value("user/name") or ""
        if self.donor is not None:
            data = self.donation_input(self.donor.id)
            work = lambda: donation_service.record_donation(db, data, entered_by=by)  # noqa: E731
        elif self.new_donor:
            data, donor = self.donation_input(), self.donor_input()
            work = lambda: donation_service.record_new_donor_donation(db, donor, data, entered_by=by)  # noqa: E731
        else:
            self.status.setText(self.tr("请先刷身份证或扫献血码找到献血者"))
            self.focus_lookup()
            return
        self.record_btn.setEnabled(False)
        Op(self, work).success(self._recorded).failure(self._refused).run()

    def _recorded(self, result) -> None:
        self.record_btn.setEnabled(True)
        r = result.record
        text = self.tr("已登记：{name} {day} {kind}，计入{unit}").format(
            name=r.donor_name,
            day=r.donated_on.isoformat(),
            kind=kind_label(r.kind, r.volume_ml, r.doses),
            unit=r.unit or self.tr("（无单位）"),
        )
        if r.override_reason:
            text += self.tr("（原因：{reason}）").format(reason=r.override_reason)
        self.ctx.bus.announce(Changes.of("donations", "donors"), self)
        self.clear()
        self.status.setStyleSheet("color: #1a7f37;")
        self.status.setText("✔ " + text)
        self.recorded.emit(result)

    def _refused(self, exc: BaseException) -> None:
        self.record_btn.setEnabled(True)
        if isinstance(exc, NeedsReason):
            self.reason_label.setText(
                self.tr("不符合献血条件：{why}。仍要登记请填写原因后回车。").format(
                    why="；".join(p.message for p in exc.problems)
                )
            )
            self.reason_edit.show()
            self.reason_edit.setFocus()
            return
        if isinstance(exc, InputError):
            self.status.setStyleSheet("color: #a33;")
            self.status.setText(
                "✖ " + exc.summary + "：" + "；".join(f"{p.field}{p.message}" for p in exc.problems)
            )
            return
        from ui.errors import show_error

        show_error(self, exc)
