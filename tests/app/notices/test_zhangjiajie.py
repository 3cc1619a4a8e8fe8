"""张家界 2012: a city's task table imported as a plan comes back out as the notice's appendix with
its own four columns and rows in order, and the notice reads as 张家界's, not 平利's."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata

import docx
import pytest

from app.notices import generate, new_draft
from app.office.settings import OfficeSettings, save_office
from app.plans.importing import commit_plan_import, preview_plan_import

ISSUED = dt.date(2012, 3, 5)


def _norm(text: str) -> str:
    """Full- and half-width brackets alike: 任务数(人) is 任务数（人）."""
    return unicodedata.normalize("NFKC", text)


@pytest.fixture
def zjj(db, samples):
    save_office(
        db,
        OfficeSettings(
            county="张家界市",
            organ_mark="张家界市人民政府办公室文件",
            signer="张家界市人民政府办公室",
            doc_prefix="张政办发",
            next_number=43,
            printer="张家界市人民政府办公室",
            addressees="",
            cc="市委办公室，市人大常委会办公室，市政协办公室。",
            region="湖南",
            office_name="张家界市献血办公室",
        ),
    )
    preview = preview_plan_import(db, samples / "zhangjiajie_2012_tasks.xlsx", 2012)
    assert preview.layout == "long" and not preview.error_rows and not preview.mismatches
    assert "第18行：表后说明" in preview.skipped  # the 主题词 line at the foot is not a unit
    commit_plan_import(db, preview)
    return db


def _expected(samples) -> list[list[str]]:
    with (samples / "zhangjiajie_2012_tasks.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_import_then_appendix_has_the_four_columns_and_the_rows_in_order(zjj, samples, tmp_path):
    expected = _expected(samples)
    draft = new_draft(zjj, "letter", 2012, today=ISSUED)
    (table,) = draft.attachments
    assert [_norm(c.header) for c in table.columns] == [_norm(h) for h in expected[0]]
    assert table.rows == expected[1:]
    assert table.total_row == [
        "合计",
        str(sum(int(r[1]) for r in expected[1:])),
        str(sum(int(r[2]) for r in expected[1:])),
        "",
    ]
    assert table.title == "区县、市直及驻张单位2012年无偿献血任务表"
    out = generate(zjj, draft, tmp_path / "zjj.docx")
    cells = [[c.text for c in row.cells] for row in docx.Document(str(out.docx)).tables[0].rows]
    assert [_norm(c) for c in cells[0]] == [_norm(h) for h in expected[0]]
    assert cells[1:-1] == expected[1:]


def test_counties_come_first_whatever_the_roster_order(zjj, samples):
    from app.roster import units as roster
    from app.roster.records import UnitInput

    # A department created before the counties: the 区县 still lead the table.
    roster.create_unit(zjj, 2012, UnitInput(name="市统计局"))
    rows = new_draft(zjj, "quota", 2012, today=ISSUED).attachments[0].rows
    kinds = [r[0].endswith(("区", "县")) for r in rows]
    assert kinds == sorted(kinds, reverse=True)


def test_wording_is_the_citys_own(zjj):
    for kind in ("quota", "plan", "forward", "letter"):
        draft = new_draft(zjj, kind, 2012, today=ISSUED)
        notice = draft.to_notice()
        texts = [notice.title, notice.addressees, *notice.body, notice.signer, notice.cc or ""]
        if notice.enclosure:
            texts += [notice.enclosure.title, *notice.enclosure.body, notice.enclosure.signer]
        for table in notice.attachments:
            texts += [table.title, *(c for row in table.rows for c in row)]
        joined = "".join(texts)
        assert "平利" not in joined and "我县" not in joined and "全县" not in joined, kind
        assert "我市" in joined or "全市" in joined, kind
    letter = new_draft(zjj, "letter", 2012, today=ISSUED)
    assert (
        letter.addressees == "各区县人民政府，市直各单位，武警张家界支队，中国移动张家界分公司，张家界学院："
    )
    assert letter.layout == "letter" and letter.organ_mark == "张家界市人民政府办公室"
    assert letter.doc_prefix == "张政办函" and letter.doc_year == 2012
    assert letter.title.endswith("的函") and letter.enclosure is not None
    # The target in the first paragraph of the forwarded text, from the plan, in the city's words.
    assert "2012年省下达我市的无偿献血任务为8620人次" in letter.enclosure.body[0]
