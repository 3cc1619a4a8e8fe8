"""XML layer of the document kinds and the optional elements (fast, no renderer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.metrics import LETTER_BOTTOM_RULE_Y, LETTER_MARK_Y, LETTER_RULE_W, LINE, mark_before
from app.gongwen.model import AppendixTable, Column, Enclosure, Notice, validate
from app.gongwen.pagination import body_lines, plan_pages
from app.gongwen.samples import pingli_notice, pingli_quota_table
from app.gongwen.title import _mark_size


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(qn("w:t")))


def _paragraphs(doc) -> list:
    return [el for el in doc.element.body if el.tag == qn("w:p")]


def _fonts(p) -> list[str]:
    return [
        r.find(qn("w:rPr") + "/" + qn("w:rFonts")).get(qn("w:eastAsia"))
        for r in p.iter(qn("w:r"))
        if _text(r)
    ]


def _build(notice: Notice, tmp_path: Path):
    path = write_notice_docx(notice, tmp_path / "n.docx")
    return docx.Document(str(path))


def _wide() -> AppendixTable:
    rows = [[r[0], r[2], "1", "2", "3", "4", "10", "5%"] for r in pingli_quota_table().rows]
    return AppendixTable(
        "完成情况", [Column(h) for h in ["单位", "指标", "一", "二", "三", "四", "合计", "率"]], rows
    )


def test_copy_number_secrecy_urgency_stack_above_the_mark(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.copy_no, notice.secrecy, notice.urgency = "123", "秘密★1年", "特急"
    doc = _build(notice, tmp_path)
    first = _paragraphs(doc)[:4]
    assert [_text(p) for p in first[:3]] == ["000123", "秘密★1年", "特急"]
    assert _fonts(first[0]) == ["仿宋_GB2312"] and _fonts(first[1]) == _fonts(first[2]) == ["黑体"]
    mark = first[3]
    assert _text(mark) == "平利县人民政府办公室文件"
    size, _ = _mark_size(_text(mark))
    before = int(mark.find(qn("w:pPr") + "/" + qn("w:spacing")).get(qn("w:before")))
    assert before == mark_before(size) - 3 * LINE  # the 标志's top stays at 35 mm


def test_issuers_share_the_doc_number_line(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.issuers = ["张三", "李四", "王五"]
    doc = _build(notice, tmp_path)
    texts = [_text(p) for p in _paragraphs(doc)]
    assert "签发人：张三\u3000李四" in texts
    line = next(p for p in _paragraphs(doc) if "〔2017〕" in _text(p))
    assert _text(line) == "平政办发〔2017〕64号\u3000\u3000\u3000\u3000王五"  # and a right tab (w:tab)
    assert line.find(".//" + qn("w:r") + "/" + qn("w:tab")) is not None
    assert _fonts(line)[-1] == "楷体_GB2312"
    ppr = line.find(qn("w:pPr"))
    assert ppr.find(qn("w:pBdr") + "/" + qn("w:bottom")).get(qn("w:color")) == "FF0000"
    assert ppr.find(qn("w:tabs") + "/" + qn("w:tab")).get(qn("w:val")) == "right"


def test_letter_frames_rules_and_no_first_page_number(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.layout, notice.organ_mark, notice.doc_number = (
        "letter",
        "张家界市人民政府办公室",
        "张政办函〔2012〕43号",
    )
    notice.cc = "市委办公室。"
    doc = _build(notice, tmp_path)
    mark, rule, number = _paragraphs(doc)[:3]
    for p in (mark, rule):
        frame = p.find(qn("w:pPr") + "/" + qn("w:framePr"))
        assert frame.get(qn("w:vAnchor")) == "page" and frame.get(qn("w:hAnchor")) == "page"
        assert int(frame.get(qn("w:w"))) == LETTER_RULE_W
    assert int(mark.find(qn("w:pPr") + "/" + qn("w:framePr")).get(qn("w:y"))) < LETTER_MARK_Y
    assert int(rule.find(qn("w:pPr") + "/" + qn("w:framePr")).get(qn("w:y"))) == LETTER_BOTTOM_RULE_Y
    under = mark.find(qn("w:pPr") + "/" + qn("w:pBdr") + "/" + qn("w:bottom"))
    over = rule.find(qn("w:pPr") + "/" + qn("w:pBdr") + "/" + qn("w:top"))
    assert under.get(qn("w:val")) == over.get(qn("w:val")) == "thickThinSmallGap"
    assert under.get(qn("w:color")) == over.get(qn("w:color")) == "FF0000"
    assert _text(number) == "张政办函〔2012〕43号"
    assert number.find(qn("w:pPr") + "/" + qn("w:jc")).get(qn("w:val")) == "right"
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" not in "".join(
        t.text or "" for t in section.first_page_footer._element.iter(qn("w:instrText"))
    )
    imprint = doc.tables[-1]
    assert [c.text for row in imprint.rows for c in row.cells] == ["抄送：市委办公室。"]  # no 印发 line


def test_forwarded_text_starts_a_page_with_its_title_and_ends_with_its_date(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.enclosure = Enclosure(
        title="平利县无偿献血工作领导小组关于做好2017年无偿献血工作的意见",
        body=["一、明确任务", "各镇要按时完成任务。"],
        signer="平利县无偿献血工作领导小组",
        date=dt.date(2017, 4, 28),
    )
    notice.body = ["现转发给你们，请认真贯彻执行。"]
    doc = _build(notice, tmp_path)
    paragraphs = _paragraphs(doc)
    texts = [_text(p) for p in paragraphs]
    title = texts.index("平利县无偿献血工作领导小组关于做好2017年无偿献血工作的意见")
    assert paragraphs[title].find(qn("w:pPr") + "/" + qn("w:pageBreakBefore")) is not None
    assert _fonts(paragraphs[title]) == ["方正小标宋简体"]
    assert texts.index("2017年5月4日") < title < texts.index("2017年4月28日")
    note = next(i for i, t in enumerate(texts) if t.startswith("附件："))
    assert title < note < texts.index("平利县无偿献血工作领导小组")  # 附件说明 with the forwarded text


def test_landscape_pages_number_in_a_vertical_floating_cell(tmp_path: Path) -> None:
    notice = pingli_notice()
    notice.attachments = [_wide()]
    doc = _build(notice, tmp_path)
    landscape = next(s for s in doc.sections if s.page_width > s.page_height)
    for footer in (landscape.footer, landscape.even_page_footer):
        tbl = footer._element.find(qn("w:tbl"))
        assert tbl is not None
        tblp = tbl.find(qn("w:tblPr") + "/" + qn("w:tblpPr"))
        assert tblp.get(qn("w:vertAnchor")) == "page" and tblp.get(qn("w:horzAnchor")) == "page"
        assert tbl.find(".//" + qn("w:textDirection")).get(qn("w:val")) == "tbRl"
        assert "PAGE" in "".join(t.text for t in tbl.iter(qn("w:instrText")))
    portrait = doc.sections[0]
    assert portrait.footer._element.find(qn("w:tbl")) is None  # portrait numbers stay ordinary


def _pages_case(predicate) -> Notice:
    filler = "各镇、各单位要按照本通知要求，结合实际认真组织实施，确保全年无偿献血任务按时完成。"
    for n in range(40):
        for extra in range(0, 30, 3):
            notice = pingli_notice()
            notice.attachments = []
            notice.body = [notice.body[0], *([filler] * n)] + (["补充。" + "各单位" * extra] if extra else [])
            if predicate(plan_pages(notice)):
                return notice
    raise AssertionError("no case")


def test_blank_page_and_imprint_page_are_not_numbered(tmp_path: Path) -> None:
    notice = _pages_case(lambda p: p.blank_page)
    doc = _build(notice, tmp_path)
    *text_sections, final = doc.sections
    assert text_sections
    instr = "".join(t.text or "" for t in final.footer._element.iter(qn("w:instrText")))
    assert "PAGE" not in instr and not _text(final.footer._element)
    assert "PAGE" in "".join(t.text or "" for t in text_sections[0].footer._element.iter(qn("w:instrText")))


def test_page_plan_says_what_it_did() -> None:
    blank = plan_pages(_pages_case(lambda p: p.blank_page))
    assert blank.imprint_page == blank.text_pages + 2 and blank.imprint_page % 2 == 0
    assert "空白页" in blank.notes[0]
    odd = plan_pages(_pages_case(lambda p: p.text_pages % 2 == 1))
    assert odd.imprint_new_page and odd.imprint_page == odd.text_pages + 1 and not odd.blank_page
    tight = plan_pages(_pages_case(lambda p: p.tight_signature))
    assert any("空行" in n for n in tight.notes)


def test_body_lines_counts_28_characters_a_line() -> None:
    assert body_lines("一" * 26) == 1  # 2 characters of indent + 26
    assert body_lines("一" * 27) == 2
    assert body_lines("2017年" + "一" * 20) == 1


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"copy_no": "12a"}, "份号"),
        ({"copy_no": "1234567"}, "份号"),
        ({"secrecy": "内部"}, "密级和保密期限"),
        ({"urgency": "急"}, "紧急程度"),
        ({"issuers": [" "]}, "签发人"),
        ({"layout": "poster"}, "版式"),
    ],
)
def test_optional_elements_are_validated(change: dict, fragment: str) -> None:
    notice = pingli_notice()
    for key, value in change.items():
        setattr(notice, key, value)
    problems = validate(notice)
    assert problems and problems[0].startswith(fragment)


def test_valid_optional_elements_pass() -> None:
    notice = pingli_notice()
    notice.copy_no, notice.secrecy, notice.urgency, notice.issuers = "1", "机密★1年", "加急", ["张三"]
    notice.layout = "letter"
    assert validate(notice) == []
    assert notice.copy_number == "000001"
