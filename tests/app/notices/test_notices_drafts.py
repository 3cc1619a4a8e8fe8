"""Drafts keep every field; generation validates first and never leaves half a file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import zipfile

import openpyxl
import pytest
from sqlalchemy import select

from app import notices
from app.errors import DiskFull, InputError, KnownError
from app.notices import (
    delete_draft,
    draft_problems,
    generate,
    list_drafts,
    load_draft,
    new_draft,
    reserve_number,
    save_draft,
)
from app.office.settings import load_office, save_office
from db.models import AuditLog, NoticeDraft

ISSUED = dt.date(2017, 5, 4)


@pytest.fixture
def outdir(tmp_path):
    """An empty folder for the documents (the test database lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def draft(demo_db) -> notices.NoticeDraftData:
    d = new_draft(demo_db, "quota", 2017, today=ISSUED)
    d.note = "联系人：张三，电话：8421234"
    d.print_date = dt.date(2017, 5, 5)
    return d


def _document_xml(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def test_save_and_load_round_trip_every_field(demo_db, draft):
    saved = save_draft(demo_db, draft)
    assert saved.id is not None and draft.id is None
    loaded = load_draft(demo_db, saved.id)
    assert loaded == saved
    assert dataclasses.replace(loaded, id=None) == draft


def test_json_holds_iso_dates_and_plain_types(demo_db, draft):
    saved = save_draft(demo_db, draft)
    with demo_db.session() as s:
        row = s.get(NoticeDraft, saved.id)
        assert row.kind == "quota" and row.year == 2017 and row.plan_id == draft.plan_id
        assert row.title == draft.title
        assert row.fields["date"] == "2017-05-04" and row.fields["print_date"] == "2017-05-05"
        assert row.fields["doc_seq"] == 64 and row.fields["attachments"][0]["source"] == "quota"


def test_reopened_draft_regenerates_the_same_document(demo_db, draft, tmp_path):
    first = generate(demo_db, draft, tmp_path / "a.docx")
    saved = save_draft(demo_db, draft)
    again = generate(demo_db, load_draft(demo_db, saved.id), tmp_path / "b.docx")
    assert _document_xml(first.docx) == _document_xml(again.docx)


def test_update_list_and_delete(demo_db, draft):
    saved = save_draft(demo_db, draft)
    saved.title = "平利县人民政府办公室关于调整2017年无偿献血募集指标的通知"
    save_draft(demo_db, saved)
    other = save_draft(demo_db, new_draft(demo_db, "plan", 2017, today=ISSUED))
    (summary_2017, summary_other) = sorted(list_drafts(demo_db, 2017), key=lambda s: s.id)
    assert summary_2017.title.endswith("调整2017年无偿献血募集指标的通知")
    assert summary_2017.doc_number == "平政办发〔2017〕64号" and summary_other.id == other.id
    assert list_drafts(demo_db, 2018) == []
    delete_draft(demo_db, saved.id)
    assert [s.id for s in list_drafts(demo_db, 2017)] == [other.id]
    delete_draft(demo_db, saved.id)  # already gone: no error
    with pytest.raises(KnownError, match="找不到该公文草稿"):
        load_draft(demo_db, saved.id)


def test_reserve_number_takes_and_advances_the_office_number(demo_db):
    office = load_office(demo_db)
    expected, office.next_number = office.next_number, 7
    save_office(demo_db, office, expected_next_number=expected)
    assert reserve_number(demo_db) == 7
    assert reserve_number(demo_db) == 8
    assert load_office(demo_db).next_number == 9
    with demo_db.session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.action == "reserve_number")).all()
    assert len(actions) == 2


def test_reserve_number_on_a_fresh_database_starts_at_one(db):
    assert reserve_number(db) == 1
    assert load_office(db).next_number == 2


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"doc_seq": 0}, "发文字号", "从1开始"),
        ({"doc_prefix": ""}, "发文字号", "机关代字"),
        ({"doc_prefix": "平政 办发"}, "发文字号", "空格"),
        ({"doc_year": 17}, "发文字号", "四位年份"),
        ({"title": " "}, "标题", "标题不能为空"),
        ({"addressees": "各镇人民政府"}, "主送机关", "全角冒号"),
        ({"cc": "县委各部门"}, "抄送机关", "句号"),
        ({"print_date": dt.date(2017, 5, 1)}, "印发日期", "不能早于成文日期"),
    ],
)
def test_invalid_drafts_raise_input_error_naming_the_field(demo_db, draft, outdir, change, field, words):
    bad = dataclasses.replace(draft, **change)
    out = outdir / "bad.docx"
    with pytest.raises(InputError) as info:
        generate(demo_db, bad, out)
    assert [p.field for p in info.value.problems] == [field]
    assert words in info.value.problems[0].message
    assert not out.exists() and list(outdir.iterdir()) == []


def test_problems_are_tied_to_form_fields(draft):
    bad = dataclasses.replace(draft, organ_mark="", signer="", body=["", " "], printer="")
    assert {p.field for p in draft_problems(bad)} == {"organ_mark", "signer", "body", "printer"}
    assert draft_problems(draft) == []


def test_docx_and_xlsx_are_written_together(demo_db, draft, outdir):
    out = generate(demo_db, draft, outdir / "n.docx", xlsx=outdir / "n.xlsx")
    assert isinstance(out.to_json().pop("notes"), list)
    assert {k: v for k, v in out.to_json().items() if k != "notes"} == {
        "docx": str(outdir / "n.docx"),
        "xlsx": str(outdir / "n.xlsx"),
        "doc_number": "平政办发〔2017〕64号",
        "tables": [{"title": "2017年各镇、各单位无偿献血募集指标", "rows": 13}],
    }
    ws = openpyxl.load_workbook(outdir / "n.xlsx").worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "平政办发〔2017〕64号附件"
    assert values[3] == ("县医院", None, 80)  # numbers stay numbers, so Excel can sum them
    assert values[-1][0] == "合计" and values[-1][2] == 2300
    assert sorted(p.name for p in outdir.iterdir()) == ["n.docx", "n.xlsx"]


def test_a_full_disk_leaves_no_file_and_keeps_the_old_copy(demo_db, draft, outdir, monkeypatch):
    target = outdir / "n.docx"
    target.write_bytes(b"previous copy")

    def full(tables, path, doc_number=None):
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.gongwen.xlsx_writer.write_tables_xlsx", full)  # imported when writing
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        generate(demo_db, draft, target, xlsx=outdir / "n.xlsx")
    assert target.read_bytes() == b"previous copy"
    assert sorted(p.name for p in outdir.iterdir()) == ["n.docx"]


def test_an_unwritable_folder_is_a_known_error(demo_db, draft, outdir):
    blocker = outdir / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(KnownError, match="无法写入"):
        generate(demo_db, draft, blocker / "n.docx")
    assert sorted(p.name for p in outdir.iterdir()) == ["not-a-folder"]


def test_file_names_must_fit_their_kind(demo_db, draft, outdir):
    with pytest.raises(InputError, match="公文未生成"):
        generate(demo_db, draft, outdir / "n.pdf")
    with pytest.raises(InputError):
        generate(demo_db, draft, outdir / "n.docx", xlsx=outdir / "n.csv")
    assert list(outdir.iterdir()) == []


def test_default_filename_is_safe_for_windows(draft):
    draft.title = '关于"测试"的通知/草稿'
    name = notices.default_filename(draft)
    assert name == "平政办发〔2017〕64号 关于测试的通知草稿.docx"
