"""献血登记 page driven like a clerk: a repeat donor by keyboard, a walk-in donor, a warning that
needs a reason, the donations list with its filters, the import preview and the emergency list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from qthelpers import wait_idle

from app.donations.donations import DonationInput, record_donation
from app.donations.donors import DonorInput, create_donor
from app.donations.idcard import check_digit
from app.donations.listing import DonationFilter, count_donations, list_donations
from app.roster.records import UnitInput
from app.roster.units import create_unit
from ui.pages.donations.page import DonationsPage

TODAY = dt.date.today()


def make_id(birth: dt.date, seq: int = 12, male: bool = True) -> str:
    first17 = f"612401{birth:%Y%m%d}{seq % 100:02d}{1 if male else 2}"
    return first17 + check_digit(first17)


@pytest.fixture
def office(db, ctx):
    """Two units and a repeat donor whose last whole-blood donation was a year ago."""
    ctx.settings.working_year = TODAY.year
    bank = create_unit(db, TODAY.year, UnitInput(name="县农商银行"))
    school = create_unit(db, TODAY.year, UnitInput(name="城关中学"))
    donor = create_donor(
        db,
        DonorInput(
            make_id(dt.date(1990, 5, 6), 31),
            "张三",
            abo="O",
            rh="+",
            phone="13912345678",
            work_unit_id=bank.id,
        ),
    )
    record_donation(
        db,
        DonationInput(donor.id, TODAY - dt.timedelta(days=400), volume_ml=300, donation_code="A0001"),
    )
    return {"bank": bank.id, "school": school.id, "donor": donor}


def open_page(qtbot, ctx) -> DonationsPage:
    page = DonationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    wait_idle(qtbot)
    return page


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    wait_idle(qtbot)


def test_repeat_donor_by_keyboard(qtbot, ctx, db, office):
    page = open_page(qtbot, ctx)
    entry = page.entry
    qtbot.keyClicks(entry.lookup_edit, office["donor"].id_number)  # what a scanner types
    enter(qtbot, entry.lookup_edit)
    assert "张三" in entry.card.text()
    assert office["donor"].id_number not in entry.card.text()  # masked
    assert "符合献血条件" in entry.eligibility_label.text()
    assert entry.kind() == ("whole", 300, 0)  # the donor's last kind
    assert entry.code_edit.hasFocus()
    qtbot.keyClicks(entry.code_edit, "B0002")
    enter(qtbot, entry.code_edit)
    assert entry.cert_edit.hasFocus()
    enter(qtbot, entry.cert_edit)  # the last field records
    rows = list_donations(db, DonationFilter(donor_id=office["donor"].id))
    assert (rows[0].donated_on, rows[0].volume_ml, rows[0].donation_code, rows[0].unit_id) == (
        TODAY,
        300,
        "B0002",
        office["bank"],
    )
    assert "已登记" in entry.status.text()
    assert entry.lookup_edit.hasFocus() and entry.lookup_edit.text() == ""


def test_new_donor_and_donation_in_one_go(qtbot, ctx, db, office):
    page = open_page(qtbot, ctx)
    entry = page.entry
    number = make_id(dt.date(2000, 1, 2), 45, male=False)
    qtbot.keyClicks(entry.lookup_edit, number)
    enter(qtbot, entry.lookup_edit)
    assert entry.new_donor and entry.new_group.isVisible()
    assert entry.name_edit.hasFocus()
    entry.name_edit.setText("李四")
    enter(qtbot, entry.name_edit)
    assert entry.blood_box.hasFocus()
    entry.blood_box.setCurrentIndex(entry.blood_box.findData("A-"))
    entry.phone_edit.setText("13800001111")
    entry.work_unit_box.setCurrentIndex(entry.work_unit_box.findData(office["school"]))
    entry.category_box.setCurrentText("学生")
    entry.code_edit.setText("C0003")
    qtbot.keyClick(entry.cert_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no-op here
    page.save()  # Ctrl+S is the window's action, routed to the page
    wait_idle(qtbot)
    [row] = list_donations(db, DonationFilter(category="学生"))
    assert (row.donor_name, row.abo, row.rh, row.unit_id, row.donation_code) == (
        "李四",
        "A",
        "-",
        office["school"],
        "C0003",
    )


def test_warning_needs_a_reason_which_is_kept(qtbot, ctx, db, office):
    record_donation(db, DonationInput(office["donor"].id, TODAY - dt.timedelta(days=30), volume_ml=400))
    page = open_page(qtbot, ctx)
    entry = page.entry
    entry.lookup_edit.setText(office["donor"].id_number)
    enter(qtbot, entry.lookup_edit)
    assert "下次可献" in entry.eligibility_label.text()
    enter(qtbot, entry.code_edit)
    enter(qtbot, entry.cert_edit)
    assert entry.reason_edit.isVisible() and entry.reason_edit.hasFocus()
    assert count_donations(db, DonationFilter(donor_id=office["donor"].id)) == 2  # nothing written
    entry.reason_edit.setText("急诊用血，医生同意")
    enter(qtbot, entry.reason_edit)
    [newest, *_] = list_donations(db, DonationFilter(donor_id=office["donor"].id))
    assert newest.donated_on == TODAY and newest.override_reason == "急诊用血，医生同意"


def test_batch_mode_keeps_unit_and_date(qtbot, ctx, db, office):
    page = open_page(qtbot, ctx)
    entry = page.entry
    entry.batch_box.setChecked(True)
    entry.unit_box.setCurrentIndex(entry.unit_box.findData(office["school"]))
    entry.category_box.setCurrentText("团体")
    entry.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    entry.lookup_edit.setText(office["donor"].id_number)
    enter(qtbot, entry.lookup_edit)
    enter(qtbot, entry.code_edit)
    enter(qtbot, entry.cert_edit)
    assert entry.unit_box.currentData() == office["school"]
    assert entry.category_box.currentText() == "团体"
    [row, _old] = list_donations(db, DonationFilter(donor_id=office["donor"].id))
    assert (row.unit_id, row.category, row.donated_on) == (
        office["school"],
        "团体",
        TODAY - dt.timedelta(days=1),
    )


def test_list_filters_and_opens_donor(qtbot, ctx, db, office):
    other = create_donor(db, DonorInput(make_id(dt.date(1985, 3, 3), 7), "王五", abo="A", rh="+"))
    for i in range(5):
        record_donation(
            db,
            DonationInput(
                other.id,
                TODAY - dt.timedelta(days=200 * (i + 1)),
                volume_ml=400,
                unit_id=office["school"],
                category="团体",
            ),
            today=TODAY,
        )
    page = open_page(qtbot, ctx)
    panel = page.list_panel
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.year_box.setCurrentIndex(0)  # all years
    wait_idle(qtbot)
    assert panel.model.rowCount() == 6
    panel.blood_box.setCurrentIndex(panel.blood_box.findData("A+"))
    wait_idle(qtbot)
    assert panel.model.rowCount() == 5
    panel.unit_box.setCurrentIndex(panel.unit_box.findData(office["school"]))
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("whole"))
    wait_idle(qtbot)
    assert panel.model.rowCount() == 5
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot)
    dates = [panel.model.row_at(r).donated_on for r in range(5)]
    assert dates == sorted(dates)
    panel.table.activated.emit(panel.model.index(0, 1))
    wait_idle(qtbot)
    assert page.tabs.currentWidget() is page.entry
    assert "王五" in page.entry.card.text()
