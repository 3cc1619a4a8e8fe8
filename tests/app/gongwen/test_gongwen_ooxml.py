"""Every generated part is valid OOXML: Word and WPS open the files without a repair prompt.

openxml-audit (PyPI, MIT) ports the Open XML SDK's validator to Python and ships the ECMA-376
schemas and the SDK's semantic checks: it reports out-of-order children, unknown elements and
attributes, and parts that disagree (it found python-docx's stale stylesWithEffects.xml, now
dropped). The Open XML SDK itself needs .NET, which this machine does not have.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from openxml_audit import FileFormat, OpenXmlValidator

from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.model import AppendixTable, Column, Enclosure, Notice
from app.gongwen.samples import pingli_notice, pingli_quota_table, rugao_plan_table, shouxian_schedule_table
from app.gongwen.xlsx_writer import write_tables_xlsx


def _errors(path: Path) -> list[str]:
    result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019, max_errors=50).validate(str(path))
    return [f"{getattr(e, 'part_uri', '')}: {e.description}" for e in result.errors]


def _wide() -> AppendixTable:
    rows = [[r[0], r[2], "20", "30", "40", "50", "140", "58.3%"] for r in pingli_quota_table().rows] * 3
    return AppendixTable(
        "2017年各镇无偿献血完成情况统计表",
        [Column(h) for h in ["单位", "指标", "1季度", "2季度", "3季度", "4季度", "合计", "完成率"]],
        rows,
    )


def _elements() -> Notice:
    """文件 format with every optional element, a landscape appendix (rotated page numbers)."""
    notice = pingli_notice()
    notice.copy_no, notice.secrecy, notice.urgency = "7", "机密★1年", "加急"
    notice.issuers = ["张三", "李四", "王五"]
    notice.note = "此件公开发布"
    notice.attachments = [pingli_quota_table(), _wide(), rugao_plan_table()]
    return notice


def _letter() -> Notice:
    notice = pingli_notice()
    notice.layout = "letter"
    notice.organ_mark, notice.doc_number = "张家界市人民政府办公室", "张政办函〔2012〕43号"
    notice.copy_no, notice.urgency = "12", "特急"
    return notice


def _forward() -> Notice:
    """A 转发 notice whose text ends where a blank page is needed before the 版记."""
    notice = pingli_notice()
    notice.enclosure = Enclosure(
        title="平利县无偿献血工作领导小组关于做好2017年无偿献血工作的意见",
        body=notice.body[1:],
        signer="平利县无偿献血工作领导小组",
        date=dt.date(2017, 4, 28),
    )
    notice.body = [notice.body[0]]
    notice.attachments = [shouxian_schedule_table(), _wide()]
    return notice


@pytest.mark.parametrize("make", [_elements, _letter, _forward], ids=["elements", "letter", "forward"])
def test_every_part_of_the_docx_validates(make, tmp_path: Path) -> None:
    path = write_notice_docx(make(), tmp_path / "n.docx")
    assert _errors(path) == []


def test_xlsx_validates(tmp_path: Path) -> None:
    path = write_tables_xlsx(
        [pingli_quota_table(), rugao_plan_table(), _wide()],
        tmp_path / "t.xlsx",
        doc_number="平政办发〔2017〕64号",
    )
    assert _errors(path) == []


def test_the_validator_catches_what_word_would_reject(tmp_path: Path) -> None:
    """The check above can fail: an out-of-order pPr child, as Word refuses, is reported."""
    good = write_notice_docx(pingli_notice(), tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    shutil.copy(good, bad)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = text.replace(
                    '<w:widowControl w:val="0"/>', '<w:jc w:val="left"/><w:widowControl w:val="0"/>', 1
                )
                data = text.encode("utf-8")
            dst.writestr(item, data)
    errors = _errors(bad)
    assert errors and any("widowControl" in e for e in errors)
