from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from qthelpers import wait_idle

from app.admin import demo
from app.roster import records as roster_records
from app.roster import units as roster
from app.roster.records import UnitInput
from ui.bus import Changes
from ui.dialogs import ask
from ui.models.roster_model import COL
from ui.pages.roster import page as roster_page
from ui.pages.roster.page import RosterPage

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "samples" / "pingli_2017_quota.xlsx"


def make_page(qtbot, ctx, year: int = 2017) -> RosterPage:
    ctx.settings.working_year = year
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    wait_idle(qtbot)
    return page


@pytest.fixture
def page(qtbot, ctx):
    demo.load_demo(ctx.db)
    return make_page(qtbot, ctx)


@pytest.fixture
def announced(ctx):
    seen: list[tuple[Changes, object]] = []
    ctx.bus.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    return seen


def units(ctx, year: int = 2017, **kw) -> dict[str, roster_records.UnitRecord]:
    return {u.name: u for u in roster.list_units(ctx.db, year, **kw)}


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def closed(dialog) -> bool:
    """The page deletes a dialog once it is finished."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def select(qtbot, page: RosterPage, name: str) -> None:
    record = next(r for r in page.model.records() if r.name == name)
    assert page.select_unit(record.id)
    assert page.selected_record().name == name


def answer(monkeypatch, *replies: bool) -> list[str]:
    """Stand in for ask.confirm: give *replies* in order, keep the texts asked."""
    asked: list[str] = []
    queue = list(replies)

    def fake(_parent, _title, text, **kwargs):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(ask, "confirm", fake)
    return asked


def test_shows_the_working_year_roster(page):
    assert len(page.visible_names()) == 13
    assert "2017年名册" in page.view.title.text() and "13" in page.view.title.text()
    assert not page.view.edit_action.isEnabled()


def test_add_a_unit_through_the_dialog(qtbot, ctx, page, announced):
    page.view.add_action.trigger()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("县人民检察院")
    dialog.kind.setCurrentIndex(dialog.kind.findData("部门"))
    dialog.staff.setText("45")
    dialog.contact_name.setText("王芳")
    dialog.contact_phone.setText("0915-8421234")
    dialog.aliases.setText("县检察院、检察院")
    ok(dialog)
    wait_idle(qtbot)
    assert closed(dialog)
    stored = units(ctx)["县人民检察院"]
    assert (stored.kind, stored.staff, stored.population) == ("部门", 45, None)
    assert stored.contact_name == "王芳" and stored.aliases == ("县检察院", "检察院")
    assert "县人民检察院" in page.visible_names()
    assert page.selected_record().name == "县人民检察院"
    assert any(c.touches("units") and who is page for c, who in announced)


def test_dialog_stays_open_with_the_services_reasons(qtbot, ctx, page):
    page.view.add_action.trigger()
    dialog = page.dialog
    dialog.name.setText("城 关 镇")  # the same name with spaces
    ok(dialog)
    wait_idle(qtbot)
    assert not closed(dialog)
    assert "“单位名称”" in dialog.errors.text() and "已被“城关镇”使用" in dialog.errors.text()
    dialog.name.setText("县水利局")
    dialog.population.setText("八千")  # setText bypasses the validator, as a paste might
    ok(dialog)
    wait_idle(qtbot)
    assert not closed(dialog) and "人口数" in dialog.errors.text()
    assert "县水利局" not in units(ctx)
    dialog.population.setText("8000")
    ok(dialog)
    wait_idle(qtbot)
    assert closed(dialog) and units(ctx)["县水利局"].population == 8000


def test_enter_opens_the_selected_unit(qtbot, ctx, page, announced):
    select(qtbot, page, "城关镇")
    qtbot.keyClick(page.view.tree, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.windowTitle() == "编辑单位"
    assert dialog.population.text() == "47277" and dialog.kind.currentData() == "镇街"
    dialog.population.setText("48000")
    dialog.leader_name.setText("李主任")
    ok(dialog)
    wait_idle(qtbot)
    stored = units(ctx)["城关镇"]
    assert stored.population == 48000 and stored.leader_name == "李主任"
    assert stored.sort_order == 3  # editing keeps the clerk's order
    row = page.proxy.mapFromSource(page.model.index_of(stored.id, COL["population"]))
    assert row.data() == "48000"
    assert announced


def test_a_unit_can_join_a_system(qtbot, ctx, page):
    system = roster.create_unit(ctx.db, 2017, UnitInput(name="卫生健康系统", kind="系统"))
    page.refresh()
    wait_idle(qtbot)
    select(qtbot, page, "县医院")
    page.view.edit_action.trigger()
    dialog = page.dialog
    assert dialog.parent_unit.itemText(1) == "卫生健康系统"  # 系统 listed first
    dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findData(system.id))
    ok(dialog)
    wait_idle(qtbot)
    index = page.proxy.mapFromSource(page.model.index_of(units(ctx)["县医院"].id))
    assert index.parent().data() == "卫生健康系统"
    assert page.view.tree.isExpanded(index.parent())


def test_archive_hides_the_unit_unless_show_archived(qtbot, ctx, page):
    select(qtbot, page, "长安镇")
    page.view.archive_action.trigger()
    wait_idle(qtbot)
    assert "长安镇" not in page.visible_names()
    assert units(ctx, include_archived=True)["长安镇"].archived
    assert "已归档" in page.view.status.text()
    page.view.show_archived.setChecked(True)
    wait_idle(qtbot)
    assert "长安镇" in page.visible_names()
    select(qtbot, page, "长安镇")
    row = page.proxy.mapFromSource(page.model.index_of(page.selected_record().id, COL["status"]))
    assert row.data() == "已归档"
    assert page.view.archive_action.text() == "恢复(&G)"
    page.view.archive_action.trigger()
    wait_idle(qtbot)
    assert not units(ctx)["长安镇"].archived


def test_delete_a_unit_without_history(qtbot, ctx, page, monkeypatch):
    roster.create_unit(ctx.db, 2017, UnitInput(name="临时单位"))
    page.refresh()
    wait_idle(qtbot)
    select(qtbot, page, "临时单位")
    answer(monkeypatch, True)
    page.view.delete_action.trigger()
    wait_idle(qtbot)
    assert "临时单位" not in units(ctx, include_archived=True)
    assert "临时单位" not in page.visible_names()


def test_delete_refused_for_a_unit_with_history_offers_archive(qtbot, ctx, page, monkeypatch):
    select(qtbot, page, "县医院")  # the demo gives it a quota
    asked = answer(monkeypatch, True, True)
    page.view.delete_action.trigger()
    wait_idle(qtbot)
    assert len(asked) == 2 and "只能归档" in asked[1] and "现在归档" in asked[1]
    assert units(ctx, include_archived=True)["县医院"].archived
    assert "县医院" not in page.visible_names()


def test_search_by_pinyin_initials_and_alias(qtbot, ctx, page):
    town = units(ctx)["城关镇"]
    roster.update_unit(
        ctx.db,
        town.id,
        2017,
        UnitInput(name="城关镇", kind="镇街", sort_order=town.sort_order, population=47277, aliases=["县城"]),
    )
    page.view.search.setText("cgz")
    assert page.search_timer.isActive() and len(page.visible_names()) == 13  # debounced, not yet asked
    qtbot.waitUntil(lambda: page.visible_names() == ["城关镇"], timeout=3000)
    page.view.search.setText("xzy")
    qtbot.waitUntil(lambda: page.visible_names() == ["县中医医院"], timeout=3000)
    page.view.search.setText("县城")  # an alias
    qtbot.waitUntil(lambda: page.visible_names() == ["城关镇"], timeout=3000)
    page.view.search.clear()
    qtbot.waitUntil(lambda: len(page.visible_names()) == 13, timeout=3000)


def test_copy_last_year_then_ask_before_overwriting(qtbot, ctx, page, monkeypatch):
    ctx.set_year(2018)
    wait_idle(qtbot)
    assert "2018年名册" in page.view.title.text()
    status = page.proxy.index(0, COL["status"]).data()
    assert status == "无本年数据"
    page.view.copy_year_action.trigger()  # nothing there yet: no question
    wait_idle(qtbot)
    assert units(ctx, 2018)["城关镇"].population == 47277
    assert "复制到2018年" in page.view.status.text()
    town = units(ctx, 2018)["城关镇"]
    roster.update_unit(
        ctx.db, town.id, 2018, UnitInput(name="城关镇", kind="镇街", sort_order=town.sort_order, population=1)
    )
    page.refresh()
    wait_idle(qtbot)

    def click(label: str):
        def fake_exec(box: QMessageBox) -> int:
            assert "2018年已有13个单位" in box.text()
            next(b for b in box.buttons() if b.text() == label).click()
            return 0

        return fake_exec

    monkeypatch.setattr(QMessageBox, "exec", click("只补缺少的"))
    page.view.copy_year_action.trigger()
    wait_idle(qtbot)
    assert units(ctx, 2018)["城关镇"].population == 1
    monkeypatch.setattr(QMessageBox, "exec", click("覆盖"))
    page.view.copy_year_action.trigger()
    wait_idle(qtbot)
    assert units(ctx, 2018)["城关镇"].population == 47277


def test_refreshes_on_other_pages_changes(qtbot, ctx, page):
    roster.create_unit(ctx.db, 2017, UnitInput(name="县教育局"))
    ctx.bus.announce(Changes.of("units", year=2017), object())
    wait_idle(qtbot)
    assert "县教育局" in page.visible_names()


def test_import_the_pingli_sheet_into_an_empty_database(qtbot, ctx, monkeypatch, tmp_path, announced):
    page = make_page(qtbot, ctx)
    assert page.visible_names() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE), ""))
    page.view.import_action.trigger()
    wait_idle(qtbot)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 13
    assert dialog.summary.text().startswith("共13行：更新0，新建13，跳过0，错误0")
    assert "第16行：合计行" in dialog.notes.toPlainText()
    assert units(ctx) == {}  # nothing written before OK
    assert ctx.settings.last_import_dir == str(SAMPLE.parent)
    dialog.ok_button.click()
    wait_idle(qtbot)
    stored = units(ctx)
    assert len(stored) == 13
    assert stored["城关镇"].population == 47277 and stored["县医院"].kind == "医院"
    assert len(page.visible_names()) == 13
    assert "新建13个单位" in page.view.status.text()
    assert any(c.touches("units") for c, _who in announced)


def test_import_a_workbook_with_a_bad_number(qtbot, ctx, monkeypatch, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["单位名称", "人口数"])
    sheet.append(["城关镇", 47277])
    sheet.append(["长安镇", "八千"])
    sheet.append(["兴隆镇", 11054])
    path = tmp_path / "名册.xlsx"
    book.save(path)
    page = make_page(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.view.import_action.trigger()
    wait_idle(qtbot)
    dialog = page.import_dialog
    model = dialog.model
    bad = next(i for i, r in enumerate(model.rows) if r.name == "长安镇")
    assert model.index(bad, model.STATUS).data() == "有错误"
    assert model.index(bad, model.CHOICE).data() == "跳过（有错误）"
    assert not model.editable(bad)
    problem = model.index(bad, model.PROBLEMS).data()
    assert "第3行" in problem and "人口数" in problem
    assert "错误1" in dialog.summary.text()
    dialog.ok_button.click()
    wait_idle(qtbot)
    assert set(units(ctx)) == {"城关镇", "兴隆镇"}
    assert "跳过1行" in page.view.status.text()


def test_cancelled_preview_writes_nothing(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE), ""))
    page.view.import_action.trigger()
    wait_idle(qtbot)
    page.import_dialog.reject()
    wait_idle(qtbot)
    assert units(ctx) == {}


def test_export_to_xlsx_and_csv(qtbot, ctx, page, monkeypatch, tmp_path):
    target = tmp_path / "名册2017.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel 工作簿 (*.xlsx)")
    )
    offered = []
    monkeypatch.setattr(roster_page, "show_exported", lambda _p, _t, text, path: offered.append(path))
    page.view.export_action.trigger()
    wait_idle(qtbot)
    assert str(target) in page.view.status.text()
    assert offered == [target], "打开所在文件夹 is offered"
    sheet = openpyxl.load_workbook(target).active
    cells = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    flat = [str(c) for row in cells for c in row]
    assert any("2017年献血单位名册" in c for c in flat)
    town = next(row for row in cells if "城关镇" in row)
    assert "47277" in [str(c) for c in town]
    assert "单位名称" in flat and "人口数" in flat
    bare = tmp_path / "名册"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bare), "CSV 文件 (*.csv)"))
    page.view.export_action.trigger()
    wait_idle(qtbot)
    text = bare.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "城关镇,镇/街道,,47277" in text


def test_a_file_without_a_name_column_is_refused_in_words(qtbot, ctx, monkeypatch, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["序号", "备注"])
    book.active.append([1, "无"])
    path = tmp_path / "乱表.xlsx"
    book.save(path)
    page = make_page(qtbot, ctx)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    page.view.import_action.trigger()
    wait_idle(qtbot)
    assert page.import_dialog is None
    assert len(warned) == 1 and "单位名称" in warned[0]


def test_column_widths_are_kept_between_sessions(qtbot, ctx, page):
    header = page.view.tree.header()
    header.resizeSection(COL["contact_name"], 222)
    qtbot.waitUntil(lambda: not page.header_timer.isActive(), timeout=3000)
    again = RosterPage(ctx)
    qtbot.addWidget(again)
    wait_idle(qtbot)  # loading the roster must not re-size the clerk's columns
    assert again.view.tree.header().sectionSize(COL["contact_name"]) == 222
