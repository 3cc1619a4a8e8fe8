"""The 名册 page over a roster bigger than one window: it reads more only as the clerk scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from qthelpers import wait_idle
from sqlalchemy import insert

from db.models import Unit, UnitYear
from ui.models.roster_model import RosterModel
from ui.pages.roster.page import RosterPage


def test_windows_are_read_as_the_tree_scrolls_to_the_end(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(RosterModel, "PAGE_SIZE", 20)
    with ctx.db.session() as s:
        s.execute(
            insert(Unit.__table__),
            [
                {"name": f"单位{i:03d}", "kind": "其他", "sort_order": i, "py_initials": "dw"}
                for i in range(1, 201)
            ],
        )
        s.execute(
            insert(UnitYear.__table__), [{"unit_id": i, "year": 2024, "population": i} for i in range(1, 201)]
        )
    ctx.settings.working_year = 2024
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    # Short enough that a window of 20 rows overflows whatever the font's line height is.
    page.resize(900, 300)
    page.show()
    wait_idle(qtbot)
    held = page.model.rowCount(QModelIndex())
    assert 20 <= held < 200  # a screenful and a little more, not the roster
    assert "共200个单位" in page.view.title.text()  # the title counts in SQL, not what is held
    bar = page.view.tree.verticalScrollBar()
    for _ in range(30):
        bar.setValue(bar.maximum())
        wait_idle(qtbot)
    assert page.model.rowCount(QModelIndex()) == 200
    assert page.visible_names()[-1] == "单位200"


def test_the_unit_form_offers_every_system_even_beyond_the_windows_held(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(RosterModel, "PAGE_SIZE", 20)
    with ctx.db.session() as s:
        s.execute(
            insert(Unit.__table__),
            [
                {
                    "name": f"单位{i:03d}",
                    "kind": "系统" if i == 150 else "其他",
                    "sort_order": i,
                    "py_initials": "dw",
                }
                for i in range(1, 201)
            ],
        )
    ctx.settings.working_year = 2024
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    wait_idle(qtbot)
    assert "单位150" not in {r.name for r in page.model.records()}  # not held yet
    dialog = page.add_unit()
    assert dialog.parent_unit.itemText(1) == "单位150"  # 系统 first
    dialog.reject()
    wait_idle(qtbot)
