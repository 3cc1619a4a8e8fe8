"""The approval form (用血费用减免审核表) and the priority-use letter (优先用血证明) as .docx.

Both are office forms, not red-header notices, but they follow the same page and type
conventions as :mod:`app.gongwen`: A4 with the GB/T 9704 type area (37/28/26/35 mm margins),
titles in 方正小标宋简体 二号, text in 仿宋_GB2312 (三号 in the letter, 四号 in the form's table),
dates written 2024年3月5日, fonts named for every script so a clerk's PC uses the real ones.
ID numbers are masked (one masking function for every display).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.database import Database
from app.donations.masking import mask_id
from app.errors import KnownError
from app.files import safe_write
from app.gongwen.metrics import FONT_BODY, FONT_HEI, FONT_XBS
from app.i18n import translate
from app.lookup.claims import OVERRIDE_MARK, get_claim
from app.lookup.entitlements import donor_lookup
from app.lookup.records import LookupResult
from app.lookup.relations import SELF, canonical_relation
from app.lookup.why import cn_date
from app.office.settings import require_office

CTX = "lookup"
TITLE_PT, BODY_PT, FORM_PT = 22, 16, 14
LINE_PT = 28.95  # one body line of the notices (579 twips): 22 lines a page


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _para(
    container,
    text: str = "",
    *,
    font: str = FONT_BODY,
    size: float = BODY_PT,
    align=None,
    bold=False,
    indent_chars: float = 0,
    line: float | None = LINE_PT,
    before: float = 0,
    after: float = 0,
):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    if line:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent_chars:
        fmt.first_line_indent = Pt(size * indent_chars)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), font, size, bold)
    return p


def _new_document() -> docx.document.Document:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    _font_style(normal, FONT_BODY, BODY_PT)
    return doc


def _font_style(style, name: str, size: float) -> None:
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _title(doc, text: str) -> None:
    _para(doc, text, font=FONT_XBS, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=12)


def _cell(
    cell, text: str, *, bold: bool = False, align=WD_ALIGN_PARAGRAPH.CENTER, size: float = FORM_PT
) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size * 1.5)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(size * 1.5)
        _font(p.add_run(line), FONT_HEI if bold else FONT_BODY, size)


def _row_height(row, mm: float) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(int(mm * 56.7)))
    height.set(qn("w:hRule"), "atLeast")
    tr_pr.append(height)


def _office_signature(doc, office_name: str, day: dt.date, size: float) -> None:
    _para(doc, "", size=size)
    _para(doc, f"{office_name}（盖章）", size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, cn_date(day), size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)


def _history_text(result: LookupResult, limit: int = 8) -> str:
    items = [
        f"{cn_date(d.donated_on)}{d.kind_label}{d.amount_label}"
        for d in result.donations
        if d.donated_on <= result.on
    ]
    if len(items) > limit:
        return "；".join(items[-limit:]) + translate("lookup", "（另有较早的{n}次）").format(
            n=len(items) - limit
        )
    return "；".join(items) or translate("lookup", "无")


def _certificate_no(result: LookupResult) -> str:
    numbers = [d.certificate_no for d in result.donations if d.certificate_no]
    return numbers[-1] if numbers else ""


def write_approval_form(db: Database, claim_id: int, path: Path, *, today: dt.date | None = None) -> Path:
    """用血费用减免审核表 for a recorded claim, with the rule, the why and any override reason."""
    office = require_office(db)  # first: no form goes out unsigned or with another county's name
    claim = get_claim(db, claim_id)
    result = donor_lookup(db, claim.donor_id, claim.used_on)
    relative = next((r for r in result.relatives if r.id == claim.relative_id), None)
    donor = result.donor
    doc = _new_document()
    _title(doc, translate("lookup", "无偿献血者临床用血费用减免审核表"))
    _para(
        doc,
        translate("lookup", "编号：{no}　　　　　　　　　　　　填表日期：{day}").format(
            no=f"{claim.used_on.year}-{claim.id:05d}", day=cn_date(today or dt.date.today())
        ),
        size=12,
        line=None,
        after=4,
    )
    counted = [d for d in result.donations if d.donated_on <= claim.used_on]
    pairs = [
        (translate("lookup", "献血者姓名"), donor.name, translate("lookup", "性别"), donor.sex),
        (translate("lookup", "身份证号"), donor.masked_id, translate("lookup", "血型"), donor.blood),
        (
            translate("lookup", "献血证号"),
            _certificate_no(result),
            translate("lookup", "累计献血"),
            translate("lookup", "{ml}毫升（{n}次）").format(ml=result.cumulative_ml, n=len(counted)),
        ),
        (
            translate("lookup", "用血人姓名"),
            claim.name,
            translate("lookup", "与献血者关系"),
            claim.who,
        ),
        (
            translate("lookup", "用血人证件号"),
            donor.masked_id if claim.who == SELF else (relative.masked_id if relative else ""),
            translate("lookup", "关系证明"),
            translate("lookup", "（本人）")
            if claim.who == SELF
            else ((relative.evidence if relative else "") or translate("lookup", "未登记")),
        ),
        (
            translate("lookup", "用血医院"),
            claim.hospital,
            translate("lookup", "用血日期"),
            cn_date(claim.used_on),
        ),
        (
            translate("lookup", "用血量"),
            translate("lookup", "{ml}毫升").format(ml=claim.ml),
            translate("lookup", "血费金额"),
            translate("lookup", "{yuan}元").format(yuan=claim.amount_yuan) if claim.amount_yuan else "",
        ),
        (
            translate("lookup", "发票号"),
            claim.invoice_no,
            translate("lookup", "适用规则"),
            claim.rule_version.replace("/", " 第") + "版",
        ),
    ]
    signed = today or dt.date.today()
    basis, _, special = claim.explanation.partition(OVERRIDE_MARK)
    if claim.override_reason and not special:
        special = claim.override_reason
    L = WD_ALIGN_PARAGRAPH.LEFT
    wide = [
        (translate("lookup", "献血记录"), _history_text(result), 9, L, 12),
        (translate("lookup", "减免依据"), basis, 16, L, 10.5),
        (translate("lookup", "特批情况"), special or translate("lookup", "无"), 9, L, 10.5),
        (
            translate("lookup", "经办人意见"),
            translate("lookup", "\n经办人：　　　　　　　　　年　　月　　日"),
            14,
            L,
            12,
        ),
        (
            translate("lookup", "审核意见"),
            translate("lookup", "\n审核人：　　　　　　　　　年　　月　　日"),
            14,
            L,
            12,
        ),
        (
            translate("lookup", "单位盖章"),
            f"\n{office.office_name}（盖章）\n{cn_date(signed)}",
            20,
            WD_ALIGN_PARAGRAPH.RIGHT,
            12,
        ),
    ]
    widths = (Mm(30), Mm(48), Mm(30), Mm(48))  # 156 mm, the type area
    table = doc.add_table(rows=len(pairs) + len(wide), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for i, (a, b, c, d) in enumerate(pairs):
        row = table.rows[i]
        _row_height(row, 8)
        for j, (text, bold) in enumerate(((a, True), (b, False), (c, True), (d, False))):
            row.cells[j].width = widths[j]
            _cell(row.cells[j], text, bold=bold, size=12)
    for k, (label, text, height, align, size) in enumerate(wide):
        row = table.rows[len(pairs) + k]
        _row_height(row, height)
        row.cells[0].width = widths[0]
        _cell(row.cells[0], label, bold=True, size=12)
        merged = row.cells[1].merge(row.cells[3])
        merged.width = widths[1] + widths[2] + widths[3]
        _cell(merged, text, align=align, size=size)
    return safe_write(Path(path), lambda tmp: doc.save(str(tmp)))


def write_priority_letter(
    db: Database,
    donor_id: int,
    path: Path,
    *,
    on: dt.date | None = None,
    patient: str = "",
    relation: str = "",
    hospital: str = "",
    region: str | None = None,
) -> Path:
    """优先用血证明 for a donor (and the patient, when a relative), where the rule set grants it."""
    office = require_office(db)  # first: no letter goes out unsigned or with another county's name
    on = on or dt.date.today()
    result = donor_lookup(db, donor_id, on, region)
    priority = result.priority
    if not result.rules.verified:
        raise KnownError(
            translate("lookup", "{label}尚未核实，不能据以开具证明。").format(label=result.rules.label)
        )
    if not priority.granted:
        raise KnownError(
            translate("lookup", "{label}未规定优先用血，不能开具优先用血证明。").format(
                label=result.rules.label
            )
        )
    who = canonical_relation(relation) if relation else None
    if relation and who is None:
        raise KnownError(translate("lookup", "“{relation}”不是可识别的亲属关系").format(relation=relation))
    if who and who != SELF and who not in priority.who:
        raise KnownError(
            translate("lookup", "{label}规定的优先用血人员为{who}，不包括“{relation}”。").format(
                label=result.rules.label, who="、".join(priority.who), relation=relation
            )
        )
    if not result.donations:
        raise KnownError(
            translate("lookup", "{name}没有献血记录，不能开具优先用血证明。").format(name=result.donor.name)
        )
    donor = result.donor
    counted = [d for d in result.donations if d.donated_on <= on]
    doc = _new_document()
    _para(doc, "", line=LINE_PT)
    _title(doc, translate("lookup", "优先用血证明"))
    _para(doc, "")
    _para(doc, (hospital.strip() or translate("lookup", "各医疗机构")) + "：")
    cert = _certificate_no(result)
    body = translate(
        "lookup",
        "兹证明{name}（身份证号：{id}{cert}）为无偿献血者，自{first}至{last}累计无偿献血{n}次、{ml}毫升。",
    ).format(
        name=donor.name,
        id=mask_id(donor.id_number),
        cert=translate("lookup", "，献血证号：{no}").format(no=cert) if cert else "",
        first=cn_date(counted[0].donated_on),
        last=cn_date(counted[-1].donated_on),
        n=len(counted),
        ml=result.cumulative_ml,
    )
    _para(doc, body, indent_chars=2)
    people = [w for w in priority.who if w != SELF]
    who_text = (
        translate("lookup", "无偿献血者本人") if SELF in priority.who else translate("lookup", "无偿献血者")
    )
    if people:
        who_text += translate("lookup", "及其") + "、".join(people)
    _para(
        doc,
        translate("lookup", "依照{rules}的规定，{who}临床用血时享有优先用血待遇。").format(
            rules=result.rules.name, who=who_text
        ),
        indent_chars=2,
    )
    if patient.strip():
        _para(
            doc,
            translate(
                "lookup", "现其{relation}{patient}因病需临床用血，请在血液供应紧张时予以优先安排。"
            ).format(relation="" if who in (None, SELF) else relation.strip(), patient=patient.strip()),
            indent_chars=2,
        )
    else:
        _para(doc, translate("lookup", "请在血液供应紧张时予以优先安排。"), indent_chars=2)
    _para(doc, translate("lookup", "特此证明。"), indent_chars=2)
    _office_signature(doc, office.office_name, on, BODY_PT)
    return safe_write(Path(path), lambda tmp: doc.save(str(tmp)))
