"""Model helpers: dates, 发文字号, heading levels, 附件说明, validation messages, title breaking."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from app.gongwen.docx_writer import split_title
from app.gongwen.model import (
    DATE_RE,
    DOC_NUMBER_RE,
    AppendixTable,
    Column,
    attachment_lines,
    format_cn_date,
    format_doc_number,
    heading_level,
    text_width,
    validate,
)
from app.gongwen.samples import pingli_notice, rugao_plan_table


def test_format_cn_date_has_no_leading_zeros() -> None:
    assert format_cn_date(dt.date(2017, 5, 4)) == "2017年5月4日"
    assert format_cn_date(dt.date(2020, 12, 31)) == "2020年12月31日"
    assert DATE_RE.match(format_cn_date(dt.date(2018, 1, 9)))
    assert not DATE_RE.match("2017年05月04日")


def test_format_doc_number_uses_hexagonal_brackets() -> None:
    number = format_doc_number("平政办发", 2017, 64)
    assert number == "平政办发〔2017〕64号"
    assert DOC_NUMBER_RE.match(number)
    for bad in (
        "平政办发[2017]64号",
        "平政办发〔2017〕064号",
        "平政办发〔17〕64号",
        "〔2017〕64号",
        "平政办发〔2017〕64",
    ):
        assert not DOC_NUMBER_RE.match(bad), bad


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、统一思想，提高认识", 1),
        ("十二、其他", 1),
        ("（一）加强领导。", 2),
        ("(二)压实责任", 2),
        ("1.明确分工", 3),
        ("2．细化指标", 3),
        ("（1）城关镇", 4),
        ("2017年市献血办下达指标", 0),
        ("1.5倍于去年", 0),
        ("近年来，我县……", 0),
    ],
)
def test_heading_level(text: str, level: int) -> None:
    assert heading_level(text) == level


def test_attachment_lines_single_and_several() -> None:
    notice = pingli_notice()
    assert attachment_lines(notice) == ["附件：2017年各镇、各单位无偿献血募集指标"]
    notice.attachments.append(rugao_plan_table())
    assert attachment_lines(notice) == [
        "附件：1. 2017年各镇、各单位无偿献血募集指标",
        "2. 如皋市2020年度无偿献血计划分解表",
    ]
    notice.attachments = []
    assert attachment_lines(notice) == []


def test_sample_notice_is_valid() -> None:
    assert validate(pingli_notice()) == []


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("平政办发[2017]64号", "六角括号"),
        ("平政办发（2017）64号", "六角括号"),
        ("平政办发〔2017〕064号", "前导零"),
        ("平政办发〔2017〕第64号", "第"),
        ("平政办发2017年64号", "格式不正确"),
    ],
)
def test_validate_bad_doc_number(number: str, fragment: str) -> None:
    notice = pingli_notice()
    notice.doc_number = number
    problems = validate(notice)
    assert len(problems) == 1
    assert "发文字号" in problems[0]
    assert fragment in problems[0]


def test_validate_messages() -> None:
    notice = pingli_notice()
    notice.title = "  "
    notice.cc = "县委各部门，县人大办"
    notice.addressees = "各镇人民政府"
    notice.body = [""]
    notice.print_date = dt.date(2017, 5, 1)
    notice.attachments = [
        AppendixTable(
            "指标表。", [Column("单位"), Column("指标", align="middle")], [["城关镇"], ["长安镇", "1"]]
        )
    ]
    problems = "\n".join(validate(notice))
    assert "标题不能为空" in problems
    assert "抄送机关应以句号“。”结尾" in problems
    assert "全角冒号" in problems
    assert "正文不能为空" in problems
    assert "印发日期不能早于成文日期" in problems
    assert "附件的标题后不加标点符号" in problems
    assert "附件第1行有1格，表头有2列" in problems
    assert "对齐方式" in problems


def test_text_width_counts_half_width() -> None:
    assert text_width("平利县") == 3
    assert text_width("2017年") == 3
    assert text_width("〔2017〕") == 4


def test_split_title_prefers_break_before_guanyu() -> None:
    lines = split_title("如皋市人民政府办公室关于做好2020年如皋市无偿献血工作的通知")
    assert lines == ["如皋市人民政府办公室", "关于做好2020年如皋市无偿献血工作的通知"]


def test_split_title_keeps_numbers_and_words_whole() -> None:
    title = "平利县人民政府办公室关于进一步推动2017年全民无偿献血工作的通知"
    lines = split_title(title)
    assert "".join(lines) == title
    assert len(lines) == 2
    assert all(text_width(line) <= 20 for line in lines)
    for line in lines:
        assert not line.startswith(("年", "的", "血", "献")), lines
        assert not line.endswith(("201", "无偿", "献")), lines


def test_split_title_short_and_manual() -> None:
    assert split_title("关于做好献血工作的通知") == ["关于做好献血工作的通知"]
    assert split_title("第一行\n第二行") == ["第一行", "第二行"]


def test_split_title_never_breaks_inside_book_title() -> None:
    title = "关于认真贯彻落实《中华人民共和国献血法》进一步做好无偿献血工作的实施意见"
    lines = split_title(title)
    assert "".join(lines) == title
    assert any("《中华人民共和国献血法》" in line for line in lines)


def test_app_gongwen_never_imports_qt() -> None:
    code = (
        "import sys, app.gongwen.model, app.gongwen.docx_writer, app.gongwen.xlsx_writer, "
        "app.gongwen.render, app.gongwen.samples; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
