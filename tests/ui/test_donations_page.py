"""献血登记 page driven like a clerk: a repeat donor by keyboard, a walk-in donor, a warning that
needs a reason, the donations list with its filters, the import preview and the emergency list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from qthelpers import answer_next_box, wait_idle

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
    assert panel.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert panel.model.row_at(0).donated_on > panel.model.row_at(5).donated_on  # newest first
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


def write_station_file(path, rows):
    import xlsxwriter

    header = ["献血码", "献血者姓名", "血型", "证件号码", "所属单位", "采血日期", "采血量", "献血证号"]
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("献血者名单")
    for c, text in enumerate(header):
        ws.write_string(0, c, text)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            ws.write_string(r, c, str(value))
    wb.close()
    return path


def test_import_preview_names_rejects_then_commits(qtbot, ctx, db, office, tmp_path):
    day = (TODAY - dt.timedelta(days=10)).isoformat()
    good = make_id(dt.date(1992, 2, 2), 50)
    bad = make_id(dt.date(1993, 3, 3), 51)[:-1] + "0"  # wrong check digit
    path = write_station_file(
        tmp_path / "血站导出.xlsx",
        [
            ["S001", "周七", "B", good, "县农商银行", day, "400ml", "Z001"],
            ["S002", "吴八", "O", bad, "县新建医院", day, "400ml", "Z002"],
            ["S003", "郑九", "A", make_id(dt.date(1994, 4, 4), 52), "县新建医院", day, "250", "Z003"],
        ],
    )
    page = open_page(qtbot, ctx)
    page.preview_file(path)
    wait_idle(qtbot)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert "可导入 1 条" in dialog.summary.text() and "退回 2 条" in dialog.summary.text()
    rejected = {
        int(dialog.rejected_table.item(r, 0).text()): dialog.rejected_table.item(r, 2).text()
        for r in range(dialog.rejected_table.rowCount())
    }
    assert set(rejected) == {3, 4}
    assert "校验" in rejected[3] or "身份证" in rejected[3]
    answer_next_box("close")
    dialog.save_rejects_to(tmp_path / "退回.xlsx")
    wait_idle(qtbot)
    assert (tmp_path / "退回.xlsx").stat().st_size > 0
    assert count_donations(db) == 1
    dialog.ok_btn.click()
    wait_idle(qtbot)
    assert count_donations(db) == 2
    assert "已导入 1 条" in page.entry.status.text()
    assert page.list_panel.model.rowCount() == 1  # this year's list shows the imported row


def test_emergency_list_masks_phones_and_exports(qtbot, ctx, db, office, tmp_path):
    from app.donations.donors import set_flags

    team = create_donor(
        db, DonorInput(make_id(dt.date(1988, 8, 8), 61), "钱队员", abo="O", rh="+", phone="13700009999")
    )
    set_flags(db, team.id, emergency_team=True)
    page = open_page(qtbot, ctx)
    panel = page.emergency
    panel.blood_box.setCurrentIndex(panel.blood_box.findData("O+"))
    panel.find_btn.click()
    wait_idle(qtbot)
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert names == ["钱队员", "张三"]  # emergency team first
    phones = [panel.table.item(r, 4).text() for r in range(panel.table.rowCount())]
    assert "13700009999" not in phones and phones[0].startswith("137") and "*" in phones[0]
    answer_next_box("close")
    panel.export_to(tmp_path / "应急.xlsx")
    wait_idle(qtbot)
    assert (tmp_path / "应急.xlsx").stat().st_size > 0


def test_cancelling_the_import_writes_nothing(qtbot, ctx, db, office, tmp_path):
    import threading

    from ui.tasks import Op

    day = (TODAY - dt.timedelta(days=10)).isoformat()
    path = write_station_file(
        tmp_path / "血站导出.xlsx",
        [["S001", "周七", "B", make_id(dt.date(1992, 2, 2), 50), "县农商银行", day, "400ml", "Z001"]],
    )
    page = open_page(qtbot, ctx)
    page.preview_file(path)
    wait_idle(qtbot)
    page.import_dialog.reject()
    gate = threading.Event()
    Op(page, lambda: gate.wait(10)).run()  # the worker is busy: the commit waits its turn
    page.commit(page.import_dialog.preview)
    page.import_op.cancel()  # 取消 on the progress dialog
    gate.set()
    wait_idle(qtbot)
    assert count_donations(db) == 1  # only the office's own donation
    assert "没有写入" in page.entry.status.text()
