"""The four kinds from data: drafts keep their new fields, hidden columns stay hidden, the command
line makes each kind, and every kind's files validate as OOXML."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from openxml_audit import FileFormat, OpenXmlValidator

from app.gongwen.model import Enclosure
from app.notices import generate, load_draft, new_draft, save_draft

ISSUED = dt.date(2017, 5, 4)
ROOT = Path(__file__).resolve().parents[3]


def test_new_fields_survive_save_and_load(demo_db):
    draft = new_draft(demo_db, "forward", 2017, today=ISSUED)
    draft = dataclasses.replace(
        draft,
        copy_no="12",
        secrecy="秘密★1年",
        urgency="加急",
        issuers=["张三", "李四"],
        hidden_columns=["人口数"],
        layout="letter",
        note="此件公开发布",
    )
    saved = save_draft(demo_db, draft)
    loaded = load_draft(demo_db, saved.id)
    for name in ("copy_no", "secrecy", "urgency", "issuers", "hidden_columns", "layout", "note", "enclosure"):
        assert getattr(loaded, name) == getattr(draft, name), name
    assert isinstance(loaded.enclosure, Enclosure) and loaded.enclosure.date == ISSUED


def test_a_hidden_column_is_left_out_of_the_table_and_its_total(demo_db, tmp_path):
    draft = dataclasses.replace(new_draft(demo_db, "quota", 2017, today=ISSUED), hidden_columns=["人口数"])
    out = generate(demo_db, draft, tmp_path / "n.docx", xlsx=tmp_path / "n.xlsx")
    rows = [[c.text for c in row.cells] for row in docx.Document(str(out.docx)).tables[0].rows]
    assert rows[0] == ["募集单位", "募集指标（单位）"]
    assert rows[-1] == ["合计", "2300"] and rows[1] == ["县医院", "80"]
    assert draft.attachments[0].columns[1].header == "人口数"  # the snapshot keeps it, for showing again


@pytest.mark.parametrize("kind", ["quota", "plan", "forward", "letter"])
def test_every_kind_from_data_validates_as_ooxml(demo_db, tmp_path, kind):
    out = generate(demo_db, new_draft(demo_db, kind, 2017, today=ISSUED), tmp_path / f"{kind}.docx")
    result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019).validate(str(out.docx))
    assert [e.description for e in result.errors] == []


@pytest.mark.parametrize(("kind", "words"), [("letter", "的函"), ("forward", "关于转发")])
def test_notice_command_makes_the_new_kinds(db_path, tmp_path, kind, words):
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    assert run("demo").returncode == 0
    out = tmp_path / f"{kind}.docx"
    result = run("--json", "notice", kind, "--year", "2017", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["docx"] == str(out) and isinstance(data["notes"], list)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any(words in t for t in texts)
