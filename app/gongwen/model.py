"""Plain data for a red-header notice (GB/T 9704-2012) and its appendix tables.

The writers (docx, xlsx) take these objects and nothing else, so the GUI editor and the data
templates only have to fill dataclasses. Nothing here knows about python-docx or Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "DATE_RE",
    "DOC_NUMBER_RE",
    "FIGURE_MARK_RE",
    "AppendixTable",
    "Column",
    "Enclosure",
    "Figure",
    "Notice",
    "attachment_lines",
    "figure_mark",
    "format_cn_date",
    "format_doc_number",
    "heading_level",
    "text_width",
    "validate",
]

#: 发文字号: organ prefix, full year in 六角括号 〔〕 (U+3014/U+3015), sequence without leading zero, 号.
DOC_NUMBER_RE = re.compile(r"^\S+〔\d{4}〕[1-9]\d*号$")
#: 成文日期 as GB/T 9704 §7.3.5.4 wants it: full year, no leading zeros.
DATE_RE = re.compile(r"^\d{4}年[1-9]\d?月[1-9]\d?日$")

#: A body paragraph that is only "【图1】" marks where figure 1 goes.
FIGURE_MARK_RE = re.compile(r"^【图(\d+)】$")

_ALIGNS = ("left", "center", "right")
#: Over this many columns a table is laid out landscape when `landscape` is None.
MAX_PORTRAIT_COLUMNS = 6


@dataclass
class Column:
    """One column of an appendix table; `weight` shares out the 156 mm table width."""

    header: str
    weight: float = 1.0
    align: str = "center"
    #: Cells stay text in the Excel copy even when they look like numbers (phone numbers,
    #: ID and certificate numbers): as numbers Excel would show 1.39E+10 and drop leading zeros.
    text: bool = False


@dataclass
class AppendixTable:
    """A table printed as one 附件 (and as one sheet of the Excel copy).

    `landscape` None lets the docx writer decide (too many columns or too wide for 156 mm).
    """

    title: str
    columns: list[Column]
    rows: list[list[str]]
    total_row: list[str] | None = None
    note: str | None = None
    landscape: bool | None = None


@dataclass
class Figure:
    """A picture in the body (a chart), placed where the body has the paragraph "【图N】".

    `png` holds the image itself, so a draft reopened later prints the figure the clerk checked;
    `caption` is printed under it ("图1　…"); the width is capped at the type area's 156 mm.
    """

    png: bytes
    caption: str
    width_mm: float = 150.0


def figure_mark(number: int) -> str:
    """The body paragraph that asks for figure *number*: 【图1】."""
    return f"【图{number}】"


@dataclass(kw_only=True)
class Enclosure:
    """A document printed after the cover letter: what a 转发 notice forwards or a 印发 notice
    issues (张家界's leading-group 意见, 临夏's 计划). It starts on a new page with its own title,
    body, and 署名/date line; the notice's 附件 tables follow it."""

    title: str
    body: list[str]
    signer: str = ""
    date: dt.date | None = None


#: 版式 of a notice: the 文件 layout (§7) or the 信函 layout (§10.1).
LAYOUTS = ("document", "letter")
SECRECY_RE = re.compile(r"^(绝密|机密|秘密)(★.+)?$")
URGENCIES = ("特急", "加急")


@dataclass(kw_only=True)
class Notice:
    """Everything printed on a 红头文件 notice, in reading order (keyword arguments only).

    The optional 版头 elements (份号, 密级和保密期限, 紧急程度, 签发人) print only when given;
    `layout` "letter" prints the 信函 format of GB/T 9704 §10.1.
    """

    organ_mark: str
    doc_number: str
    title: str
    addressees: str
    body: list[str]
    attachments: list[AppendixTable] = field(default_factory=list)
    signer: str
    date: dt.date
    note: str | None = None
    cc: str | None = None
    printer: str
    print_date: dt.date
    copy_no: str | None = None  # 份号
    secrecy: str | None = None  # 密级和保密期限, e.g. 机密★1年
    urgency: str | None = None  # 紧急程度: 特急 / 加急
    issuers: list[str] = field(default_factory=list)  # 签发人 (上行文)
    layout: str = "document"
    enclosure: Enclosure | None = None

    @property
    def copy_number(self) -> str | None:
        """份号 as printed: six digits (§7.2.1)."""
        no = (self.copy_no or "").strip()
        return no.zfill(6) if no else None

    figures: list[Figure] = field(default_factory=list)


def format_cn_date(date: dt.date) -> str:
    """成文日期/印发日期 with Arabic numerals and no leading zeros (§7.3.5.4): 2017年5月4日."""
    return f"{date.year}年{date.month}月{date.day}日"


def format_doc_number(prefix: str, year: int, seq: int) -> str:
    """Build a 发文字号 the way the standard spells it: 平政办发〔2017〕64号 (no 第, no leading 0)."""
    return f"{prefix.strip()}〔{int(year)}〕{int(seq)}号"


_LEVEL_PATTERNS = (
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")),
    (3, re.compile(r"^\d+[.．](?!\d)")),
    (4, re.compile(r"^[（(]\d+[）)]")),
)


def heading_level(paragraph: str) -> int:
    """Structure level of a body paragraph (§7.3.3): 1 一、 2 （一） 3 1. 4 （1）, 0 for plain text."""
    text = paragraph.lstrip(" \u3000")
    for level, pattern in _LEVEL_PATTERNS:
        if pattern.match(text):
            return level
    return 0


def text_width(text: str) -> float:
    """Width in 'characters' (one CJK character = 1, ASCII/half-width = 0.5) for layout estimates."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5
    return width


def attachment_lines(notice: Notice) -> list[str]:
    """The 附件说明 as plain text lines, derived from the attachment titles (§7.3.4)."""
    titles = [t.title.strip() for t in notice.attachments]
    if not titles:
        return []
    if len(titles) == 1:
        return [f"附件：{titles[0]}"]
    return [("附件：" if i == 1 else "") + f"{i}. {title}" for i, title in enumerate(titles, start=1)]


_ILLEGAL_PUNCT_END = "。，、；：,.;:"


def validate(notice: Notice) -> list[str]:
    """Problems that would make the notice non-standard, as Chinese messages for the clerk.

    An empty list means the writers can produce a conforming document.
    """
    problems: list[str] = []
    if not notice.organ_mark.strip():
        problems.append("发文机关标志不能为空。")
    number = notice.doc_number.strip()
    if not number:
        problems.append("发文字号不能为空。")
    elif not DOC_NUMBER_RE.match(number):
        hint = ""
        if re.search(r"[【\[［(（]\d{4}[】\]］)）]", number):
            hint = "年份应使用六角括号〔〕，"
        elif re.search(r"〔\d{4}〕0", number):
            hint = "序号不能有前导零，"
        elif "第" in number:
            hint = "序号前不加“第”，"
        problems.append(f"发文字号“{number}”格式不正确：{hint}应形如“平政办发〔2017〕64号”。")
    if not notice.title.strip():
        problems.append("标题不能为空。")
    if not notice.addressees.strip():
        problems.append("主送机关不能为空。")
    elif not notice.addressees.rstrip().endswith("："):
        problems.append("主送机关最后一个机关名称后应使用全角冒号“：”。")
    if not any(p.strip() for p in notice.body):
        problems.append("正文不能为空（公文首页必须显示正文）。")
    for p in notice.body:
        m = FIGURE_MARK_RE.match(p.strip())
        if m and not 1 <= int(m[1]) <= len(notice.figures):
            problems.append(f"正文中的“{p.strip()}”没有对应的图，请删去这一段或刷新数据。")
    if not notice.signer.strip():
        problems.append("发文机关署名不能为空。")
    if not notice.printer.strip():
        problems.append("印发机关不能为空。")
    if notice.cc is not None and notice.cc.strip():
        cc = notice.cc.strip()
        if not cc.endswith("。"):
            problems.append("抄送机关应以句号“。”结尾。")
        if cc.startswith("抄送"):
            problems.append("抄送机关只填机关名称，不要再写“抄送：”。")
    if notice.print_date < notice.date:
        problems.append("印发日期不能早于成文日期。")
    problems.extend(_header_problems(notice))
    for i, table in enumerate(notice.attachments, start=1):
        label = f"附件{i}" if len(notice.attachments) > 1 else "附件"
        title = table.title.strip()
        if not title:
            problems.append(f"{label}的标题不能为空。")
        elif title[-1] in _ILLEGAL_PUNCT_END:
            problems.append(f"{label}的标题后不加标点符号。")
        if not table.columns:
            problems.append(f"{label}的表格没有列。")
            continue
        n = len(table.columns)
        for r, row in enumerate(table.rows, start=1):
            if len(row) != n:
                problems.append(f"{label}第{r}行有{len(row)}格，表头有{n}列。")
        if table.total_row is not None and len(table.total_row) != n:
            problems.append(f"{label}的合计行有{len(table.total_row)}格，表头有{n}列。")
        for c in table.columns:
            if c.align not in _ALIGNS:
                problems.append(f"{label}的“{c.header}”列对齐方式“{c.align}”无效。")
            if not c.weight > 0:
                problems.append(f"{label}的“{c.header}”列宽度权重必须大于0。")
    return problems


def _header_problems(notice: Notice) -> list[str]:
    """The optional 版头 elements and the layout (§7.2.1–§7.2.3, §7.2.6, §10.1)."""
    problems: list[str] = []
    copy_no = (notice.copy_no or "").strip()
    if copy_no and not (copy_no.isascii() and copy_no.isdigit() and len(copy_no) <= 6):
        problems.append(f"份号“{copy_no}”应为不超过6位的阿拉伯数字。")
    secrecy = (notice.secrecy or "").strip()
    if secrecy and not SECRECY_RE.match(secrecy):
        problems.append(f"密级和保密期限“{secrecy}”格式不正确：应形如“机密★1年”或“秘密”。")
    urgency = (notice.urgency or "").strip()
    if urgency and urgency not in URGENCIES:
        problems.append(f"紧急程度“{urgency}”无效：应为“特急”或“加急”。")
    if any(not name.strip() for name in notice.issuers):
        problems.append("签发人姓名不能为空。")
    if notice.layout not in LAYOUTS:
        problems.append(f"版式“{notice.layout}”无效。")
    enclosure = notice.enclosure
    if enclosure is not None:
        if not enclosure.title.strip():
            problems.append("转发（印发）文件的标题不能为空。")
        if not any(p.strip() for p in enclosure.body):
            problems.append("转发（印发）文件的正文不能为空。")
    return problems
