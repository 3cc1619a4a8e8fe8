"""``main.py notice``: a real process on a real database file, as the contract in ARCHITECTURE.md."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once by the real command (each process start costs ~2 s)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.db"
    result = run("--db", str(path), "demo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def test_quota_notice_with_json(demo_file, tmp_path):
    out, xlsx = tmp_path / "out" / "平利.docx", tmp_path / "out" / "平利.xlsx"
    result = run(
        "--db", str(demo_file), "--json", "notice", "quota", "--year", "2017",
        "--out", str(out), "--xlsx", str(xlsx), data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    notes = data.pop("notes")
    assert data == {
        "docx": str(out),
        "xlsx": str(xlsx),
        "doc_number": "平政办发〔2017〕64号",
        "tables": [{"title": "2017年各镇、各单位无偿献血募集指标", "rows": 13}],
    }
    assert all(isinstance(n, str) and "版记" in n for n in notes)  # what the layout did, said
    document = docx.Document(str(out))
    assert any(p.text == "平政办发〔2017〕64号" for p in document.paragraphs)
    assert document.tables[0].rows[-1].cells[0].text == "合计"
    assert xlsx.stat().st_size > 0


def test_plan_notice_prints_the_path(demo_file, tmp_path):
    out = tmp_path / "plan.docx"
    result = run(
        "--db", str(demo_file), "notice", "plan", "--year", "2017", "--out", str(out), data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert docx.Document(str(out)).tables[0].rows[0].cells[0].text == "月份"


def test_reserve_number_uses_up_the_office_number(demo_file, tmp_path):
    args = ("--db", str(demo_file), "--json", "notice", "plan", "--year", "2017")
    reserved = run(*args, "--out", str(tmp_path / "a.docx"), "--reserve-number", data_dir=tmp_path)
    proposal = run(*args, "--out", str(tmp_path / "b.docx"), data_dir=tmp_path)
    numbers = [json.loads(r.stdout)["doc_number"] for r in (reserved, proposal)]
    assert [n.split("〕")[1] for n in numbers] == ["1号", "2号"]


def test_a_year_without_a_plan_exits_2_with_one_chinese_line(demo_file, tmp_path):
    out = tmp_path / "none.docx"
    result = run(
        "--db", str(demo_file), "notice", "quota", "--year", "2016", "--out", str(out), data_dir=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.startswith("错误：2016年没有献血计划")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_bad_number_writes_nothing(demo_file, tmp_path):
    out = tmp_path / "bad.docx"
    result = run(
        "--db", str(demo_file), "notice", "quota", "--year", "2017", "--out", str(out), "--number", "0",
        data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2 and "发文字号" in result.stderr
    assert not out.exists()


def test_a_notice_that_cannot_be_written_uses_up_no_number(demo_file, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    args = ("--db", str(demo_file), "--json", "notice", "plan", "--year", "2017")
    failed = run(*args, "--out", str(blocker / "a.docx"), "--reserve-number", data_dir=tmp_path)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    proposal = run(*args, "--out", str(tmp_path / "b.docx"), data_dir=tmp_path)
    assert json.loads(proposal.stdout)["doc_number"].endswith("〕1号")
