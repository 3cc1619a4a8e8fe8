"""证件查询 page driven like a clerk: search, the why-trace, claims (and an over-claim that needs
a reason), a relative, a certificate check, the 奉献奖 list — on a real database built through
Core inserts and the lookup services."""

from __future__ import annotations

import dataclasses

import pytest
from lookup_helpers import D, make_id
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from qthelpers import wait_idle
from sqlalchemy import insert

from app.admin.demo import DEMO_OFFICE
from app.lookup.claims import list_claims
from app.lookup.relatives import list_relatives
from app.office.settings import save_office
from app.pinyin import search_key
from db.models import Donation, Donor
from ui import desktop
from ui.dialogs import ask
from ui.pages.lookup import dialogs
from ui.pages.lookup.page import LookupPage


def _donor(db, name: str, id_number: str, **values) -> int:
    row = {
        "id_number": id_number,
        "name": name,
        "py_initials": search_key(name),
        "sex": "男" if int(id_number[16]) % 2 else "女",
        "birth_date": D(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14])),
        **values,
    }
    with db.session() as s:
        return s.execute(insert(Donor).values(**row)).inserted_primary_key[0]


def _give(db, donor_id: int, rows: list[tuple[str, int, str]]) -> None:
    with db.session() as s:
        s.execute(
            insert(Donation),
            [
                {
                    "donor_id": donor_id,
                    "donated_on": D.fromisoformat(day),
                    "kind": "whole",
                    "volume_ml": ml,
                    "doses": 0,
                    "certificate_no": cert,
                }
                for day, ml, cert in rows
            ],
        )


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    """Error boxes the page would show, kept instead of shown (a modal box would hang the test)."""
    shown: list[str] = []
    keep = lambda parent, exc: shown.append(str(exc))  # noqa: E731
    monkeypatch.setattr("ui.errors.show_error", keep)
    monkeypatch.setattr("ui.pages.lookup.page.show_error", keep)
    return shown


@pytest.fixture
def wang(db) -> int:
    """王建国 of 平利 (陕西 rules): 400 ml on 2020-01-15 (610001), 300 ml on 2021-06-01 (610002)."""
    save_office(db, dataclasses.replace(DEMO_OFFICE, region="陕西"))
    donor = _donor(db, "王建国", make_id(D(1985, 3, 2), 11), abo="O", rh="+", phone="13812345678")
    _give(db, donor, [("2020-01-15", 400, "610001"), ("2021-06-01", 300, "610002")])
    return donor


def open_page(qtbot, ctx) -> LookupPage:
    page = LookupPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    wait_idle(qtbot)
    return page


ON = D(2021, 7, 1)


def search(qtbot, page: LookupPage, text: str, on: D = ON) -> None:
    page.on_date.setDate(QDate(on.year, on.month, on.day))
    page.search_box.setText(text)
    QTest.keyClick(page.search_box, Qt.Key.Key_Return)
    wait_idle(qtbot)


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_search_by_certificate_shows_card_history_and_entitlements(qtbot, ctx, wang):
    page = open_page(qtbot, ctx)
    assert page.region.currentData() == "陕西"
    search(qtbot, page, "610001")
    assert page.result is not None and page.result.donor.id == wang
    card = page.answer.card.text()
    assert "王建国" in card and "700毫升" in card
    assert "13812345678" not in card and "138****5678" in card.replace("*", "*")
    assert make_id(D(1985, 3, 2), 11) not in card
    rows = cells(page.answer.entitlements)
    donor_row = next(r for r in rows if r[0] == "本人")
    assert donor_row[2] == "1500毫升"  # 3× the 2020 gift plus the 2021 gift in its 3 months
    assert any(r[0] != "本人" for r in rows)
    assert [r[0] for r in cells(page.answer.donations)] == ["2020-01-15", "2021-06-01"]
    assert page.claim_btn.isEnabled() and page.relative_btn.isEnabled()


def test_why_trace_on_demand(qtbot, ctx, wang):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "wjg")
    assert page.result is not None
    assert page.answer.why.isHidden()
    page.answer.why_btn.click()
    assert page.answer.why.isVisible()
    text = page.answer.why.toPlainText()
    assert text == page.result.entitlements[0].why and "2020年1月15日" in text


def test_several_candidates_then_pick_one_and_esc_clears(qtbot, ctx, wang):
    other = _donor(ctx.db, "王建国", make_id(D(1990, 5, 6), 21))
    _give(ctx.db, other, [("2019-03-01", 200, "610009")])
    page = open_page(qtbot, ctx)
    search(qtbot, page, "王建国")
    assert page.result is None and page.candidates.isVisible() and page.candidates.count() == 2
    item = next(
        page.candidates.item(i)
        for i in range(page.candidates.count())
        if page.candidates.item(i).data(Qt.ItemDataRole.UserRole) == other
    )
    page.candidates.itemActivated.emit(item)
    wait_idle(qtbot)
    assert page.result is not None and page.result.donor.id == other
    page.search_box.setFocus()
    QTest.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == "" and page.result is None


def test_unknown_query_says_so_in_chinese(qtbot, ctx, wang):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "999999")
    assert page.result is None and "未找到" in page.message.text()


def _fill_claim(page, *, who: str, name: str, ml: int, invoice: str) -> dialogs.ClaimDialog:
    page.claim_btn.click()
    dialog = page.claim_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.who.setEditText(who)
    dialog.patient.setText(name)
    dialog.hospital.setText("平利县医院")
    dialog.ml.setValue(ml)
    dialog.amount.setText("1234.50")
    dialog.invoice.setText(invoice)
    return dialog


def test_claim_recorded_then_approval_form_saved(qtbot, ctx, wang, tmp_path, monkeypatch, errors):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "610001")
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: "审核表" in a[1])  # generate, then do not print
    form = tmp_path / "审核表.docx"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: form)
    exported: list = []
    monkeypatch.setattr("ui.pages.lookup.page.show_exported", lambda *a: exported.append(a[-1]))
    dialog = _fill_claim(page, who="本人", name="", ml=400, invoice="A001")
    dialog.used_on.setDate(QDate(2021, 7, 1))
    dialog.accept()
    wait_idle(qtbot)
    claims = list_claims(ctx.db, wang)
    assert [(c.who, c.ml, c.invoice_no, c.amount_yuan) for c in claims] == [("本人", 400, "A001", "1234.50")]
    assert "已登记" in page.message.text()
    assert next(r for r in cells(page.answer.entitlements) if r[0] == "本人")[2] == "1100毫升"
    assert form.exists() and form.stat().st_size > 0 and exported == [form]
    assert errors == []


def test_over_claim_needs_a_reason_which_is_kept(qtbot, ctx, wang, monkeypatch):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "610001")
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: False)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "override_reason", lambda parent, text: asked.append(text) or "")
    dialog = _fill_claim(page, who="母亲", name="李秀英", ml=800, invoice="B001")
    dialog.accept()
    wait_idle(qtbot)
    assert asked and "超出剩余额度" in asked[0]
    assert list_claims(ctx.db, wang) == []  # cancelled: nothing written

    monkeypatch.setattr(dialogs, "override_reason", lambda parent, text: "县卫健委特批")
    dialog = _fill_claim(page, who="母亲", name="李秀英", ml=800, invoice="B001")
    dialog.accept()
    wait_idle(qtbot)
    [claim] = list_claims(ctx.db, wang)
    assert (claim.name, claim.ml, claim.override_reason) == ("李秀英", 800, "县卫健委特批")


def test_duplicate_invoice_is_refused_with_the_reason(qtbot, ctx, wang, monkeypatch, errors):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "610001")
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: False)
    shown = errors
    _fill_claim(page, who="本人", name="", ml=100, invoice="C001").accept()
    wait_idle(qtbot)
    _fill_claim(page, who="本人", name="", ml=100, invoice="C001").accept()
    wait_idle(qtbot)
    assert len(list_claims(ctx.db, wang)) == 1
    assert shown and "发票" in shown[0]


def test_add_relative(qtbot, ctx, wang):
    page = open_page(qtbot, ctx)
    search(qtbot, page, "610001")
    page.relative_btn.click()
    dialog = page.relative_dialog
    dialog.relation.setEditText("父母")
    dialog.name.setText("李秀英")
    dialog.id_number.setText(make_id(D(1960, 2, 3), 22, male=False))
    dialog.evidence.setText("户口本")
    dialog.accept()
    wait_idle(qtbot)
    [rel] = list_relatives(ctx.db, wang)
    assert (rel.relation, rel.name, rel.evidence) == ("父母", "李秀英", "户口本")
    assert "李秀英" in page.message.text()
    assert any(r.name == "李秀英" for r in page.result.relatives)


def test_certificate_check(qtbot, ctx, wang, monkeypatch):
    page = open_page(qtbot, ctx)
    monkeypatch.setattr(dialogs, "certificate_query", lambda parent: ("610001", "王建军"))
    page.cert_btn.click()
    wait_idle(qtbot)
    assert "不符" in page.cert_result.text()
    monkeypatch.setattr(dialogs, "certificate_query", lambda parent: ("610002", "王建国"))
    page.cert_btn.click()
    wait_idle(qtbot)
    assert "有记录" in page.cert_result.text()
    monkeypatch.setattr(dialogs, "certificate_query", lambda parent: ("777777", ""))
    page.cert_btn.click()
    wait_idle(qtbot)
    assert "无记录" in page.cert_result.text()


def test_priority_letter_under_hunan_rules(qtbot, ctx, wang, tmp_path, monkeypatch):
    """陕西 grants no 优先用血 (button off); switched to 湖南 the letter is written and printed."""
    page = open_page(qtbot, ctx)
    search(qtbot, page, "610001")
    assert not page.result.priority.granted and not page.letter_btn.isEnabled()
    page.region.setCurrentIndex(page.region.findData("湖南"))
    wait_idle(qtbot)
    assert page.result.rules.region == "湖南" and page.letter_btn.isEnabled()
    letter = tmp_path / "优先.docx"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: letter)
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    printed: list = []
    monkeypatch.setattr(desktop, "print_file", lambda path: printed.append(path) or True)
    page.letter_btn.click()
    wait_idle(qtbot)
    assert letter.exists() and printed == [letter]


def test_award_list_and_export(qtbot, ctx, wang, tmp_path, monkeypatch):
    """A donor with 25 whole-blood donations reaches a 奉献奖 tier; the table masks the ID."""
    id_number = make_id(D(1975, 1, 1), 31)
    donor = _donor(ctx.db, "赵大勇", id_number)
    _give(ctx.db, donor, [(f"{2000 + i // 2}-{1 + 6 * (i % 2):02d}-10", 400, "") for i in range(40)])
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    panel = page.awards
    panel.until.setDate(QDate(2021, 12, 31))
    panel.find_btn.click()
    wait_idle(qtbot)
    rows = cells(panel.table)
    row = next(r for r in rows if r[0] == "赵大勇")
    assert row[2] != id_number and "*" in row[2]
    assert row[6]
    out = tmp_path / "奉献奖.xlsx"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: out)
    exported: list = []
    monkeypatch.setattr("ui.pages.lookup.awards.show_exported", lambda *a: exported.append(a[-1]))
    panel.export_btn.click()
    wait_idle(qtbot)
    assert exported == [out]
    values = [c for r in load_workbook(out).active.iter_rows(values_only=True) for c in r if c]
    assert "赵大勇" in values
