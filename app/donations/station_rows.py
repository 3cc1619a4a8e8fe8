"""One row of a blood-station export, read the way the station writes it.

Columns and their synonyms (:data:`STATION_FIELDS`), and the cell readers an import needs beyond
:mod:`app.tabular`: amounts ("400", "400ml", "2治疗量", "2U"), the kind of donation from the
type, form and amount columns together, and the category from 采血形式. Each reader returns a
value or raises ``ValueError`` with the Chinese reason the preview shows.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.names import drop_invisible
from app.tabular import FieldSpec

CTX = "station_import"
_P = "StationImport"  # the preview's context for column labels

STATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "code",
        QT_TRANSLATE_NOOP("StationImport", "献血码"),
        ("条码", "献血条码", "血袋条码", "献血编号", "献血者条码", "条形码", "血袋号", "献血码/条码"),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("StationImport", "献血者姓名"),
        ("姓名", "献血者", "献血人", "献血人姓名"),
        required=True,
    ),
    FieldSpec("abo", QT_TRANSLATE_NOOP("StationImport", "血型"), ("ABO", "ABO血型", "血型ABO")),
    FieldSpec("rh", "Rh(D)", ("RhD", "Rh", "Rh血型", "RhD血型", "Rh(D)血型")),
    FieldSpec("sex", QT_TRANSLATE_NOOP("StationImport", "性别"), ()),
    FieldSpec("age", QT_TRANSLATE_NOOP("StationImport", "年龄"), ("周岁",), "number"),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("StationImport", "献血类型"),
        ("采集类型", "献血种类", "采血类型", "血液类型", "献血方式"),
    ),
    FieldSpec(
        "id_number",
        QT_TRANSLATE_NOOP("StationImport", "证件号码"),
        ("身份证号", "身份证号码", "身份证", "证件号", "公民身份号码", "居民身份证号", "身份证件号码"),
        required=True,
    ),
    FieldSpec(
        "address", QT_TRANSLATE_NOOP("StationImport", "地址"), ("联系地址", "住址", "家庭住址", "通讯地址")
    ),
    FieldSpec(
        "unit",
        QT_TRANSLATE_NOOP("StationImport", "所属单位"),
        ("工作单位", "单位", "单位名称", "献血单位", "计入单位", "所在单位", "所属乡镇"),
    ),
    FieldSpec("exam_date", QT_TRANSLATE_NOOP("StationImport", "体检日期"), ("检查日期",), "date"),
    FieldSpec(
        "date",
        QT_TRANSLATE_NOOP("StationImport", "采血日期"),
        ("献血日期", "采集日期", "献血时间", "采血时间", "日期"),
        "date",
        True,
    ),
    FieldSpec(
        "form",
        QT_TRANSLATE_NOOP("StationImport", "采血形式"),
        ("献血形式", "采集方式", "采血方式", "献血类别", "类别"),
    ),
    FieldSpec("amount", QT_TRANSLATE_NOOP("StationImport", "采血量"), ("献血量", "采集量", "血量", "数量")),
    FieldSpec(
        "certificate", QT_TRANSLATE_NOOP("StationImport", "献血证号"), ("献血证编号", "证书编号", "献血证")
    ),
    FieldSpec(
        "phone",
        QT_TRANSLATE_NOOP("StationImport", "联系电话"),
        ("电话", "手机", "手机号", "手机号码", "联系方式"),
    ),
)
FIELD_LABELS = {f.key: f.label for f in STATION_FIELDS}

_SPACES = re.compile(r"\s+")
_AMOUNT_RE = re.compile(r"(\d+(?:\.\d+)?)(ml|毫升|cc|个治疗量|治疗量|治疗单位|个治疗单位|u|单位)?")
_PLATELET_WORDS = ("血小板", "机采", "单采", "成分")
_WHOLE_WORDS = ("全血",)
_UNSUPPORTED_WORDS = ("血浆", "红细胞", "粒细胞")

CATEGORY_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("应急",), "应急"),
    (("互助", "指定", "定向"), "互助"),
    (("军", "部队", "武警", "驻军"), "军人"),
    (("学生", "学校", "高校", "大学", "中学"), "学生"),
    (("团体", "单位", "集体", "机关", "企业"), "团体"),
    (("街头", "个人", "固定", "献血屋", "流动", "采血车", "门诊", "献血点", "爱心"), "街头个人"),
)


def parse_amount(value: object) -> tuple[float, str]:
    """(number, unit) from "400", "400ml", "400毫升", "2治疗量", "2U"; unit is "ml", "dose", "u"
    or "" when none is written."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value), ""
    text = _SPACES.sub("", drop_invisible(unicodedata.normalize("NFKC", str(value or "")))).lower()
    m = _AMOUNT_RE.fullmatch(text)
    if not m:
        raise ValueError(translate("station_import", "采血量“{text}”看不懂").format(text=str(value).strip()))
    unit = m.group(2) or ""
    if unit in ("ml", "毫升", "cc"):
        unit = "ml"
    elif "治疗" in unit:
        unit = "dose"
    elif unit in ("u", "单位"):
        unit = "u"
    return float(m.group(1)), unit


def header_unit(header: str) -> str:
    """The unit a 采血量 header states for bare numbers: "u" for "献血量（U）"/"采血量(单位)",
    "ml" for "采血量(ml)", else ""."""
    text = _SPACES.sub("", unicodedata.normalize("NFKC", header or "")).lower()
    if re.search(r"[(\[/](?:单位:)?(?:u|单位)(?:[)\]]|$)", text):
        return "u"
    return "ml" if "ml" in text or "毫升" in text else ""


def kind_and_amount(
    kind_text: str,
    form_text: str,
    amount: object,
    whole_ml: tuple[int, ...],
    doses: tuple[int, ...],
    bare_unit: str = "",
) -> tuple[str, int, int]:
    """(kind, volume_ml, doses) from the type, form and amount cells; the allowed amounts are rule
    data (:mod:`app.donations.eligibility`). *bare_unit* is the whole-blood unit of a number
    written without one (the header's, :func:`header_unit`): "2" under "献血量（U）" is 400 ml."""
    words = f"{kind_text or ''}{form_text or ''}"
    if any(w in words for w in _UNSUPPORTED_WORDS) and not any(w in words for w in ("血小板", "全血")):
        raise ValueError(
            translate("station_import", "献血类型“{kind}”不在登记范围（只登记全血和单采血小板）").format(
                kind=kind_text
            )
        )
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        raise ValueError(translate("station_import", "缺少采血量"))
    number, unit = parse_amount(amount)
    platelets = unit == "dose" or any(w in words for w in _PLATELET_WORDS)
    if platelets:
        if unit in ("ml", "u"):
            raise ValueError(
                translate("station_import", "单采血小板应按治疗量记，不能是“{amount}”").format(
                    amount=str(amount).strip()
                )
            )
        if not number.is_integer() or int(number) not in doses:
            allowed = "、".join(str(d) for d in doses)
            raise ValueError(
                translate("station_import", "采血量“{amount}”不允许：单采血小板应为{allowed}个治疗量").format(
                    amount=str(amount).strip(), allowed=allowed
                )
            )
        return "platelets", 0, int(number)
    ml = number * 200 if (unit or bare_unit) == "u" else number
    if not ml.is_integer() or int(ml) not in whole_ml:
        allowed = "、".join(str(v) for v in whole_ml)
        raise ValueError(
            translate("station_import", "采血量“{amount}”不允许：全血应为{allowed}ml").format(
                amount=str(amount).strip(), allowed=allowed
            )
        )
    return "whole", int(ml), 0


def category_of(form_text: str) -> str | None:
    """The category for a 采血形式 cell; "街头个人" for blank; None for words not recognised."""
    text = (form_text or "").strip()
    if not text:
        return "街头个人"
    for words, category in CATEGORY_WORDS:
        if any(w in text for w in words):
            return category
    if any(w in text for w in _PLATELET_WORDS + _WHOLE_WORDS):
        return "街头个人"  # the form column names the kind only
    return None


# 性别 as stations write it: words, English letters, or the GB/T 2261.1 codes (1 男, 2 女).
_SEX_WORDS = {"男": "男", "男性": "男", "m": "男", "male": "男", "1": "男",
              "女": "女", "女性": "女", "f": "女", "female": "女", "2": "女"}  # fmt: skip


def sex_of(text: str) -> str | None:
    """ "男"/"女" for a 性别 cell ("男性", "M", "1"…); None when blank or unreadable ("未知"),
    which is then never compared with the ID number."""
    return _SEX_WORDS.get(unicodedata.normalize("NFKC", text).strip().lower()) if text else None


_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?e\+\d+")


def number_lost(key: str, raw: object) -> tuple[str, str] | None:
    """(field key, reason) when a 献血码 or 献血证号 lost digits in Excel: a number cell of 16 or more
    digits (Excel keeps 15) or text in scientific notation ("1.24202E+17"); else None. Taken as
    it is, the number would be stored wrong and a re-import would not find it again."""
    if type(raw) is int and not -(10**15) < raw < 10**15:
        text = str(raw)
    elif isinstance(raw, float) and abs(raw) >= 1e15:
        text = f"{raw:.6g}"
    elif isinstance(raw, str) and "+" in raw and _SCIENTIFIC.fullmatch(raw.strip().lower()):
        text = raw.strip()
    else:
        return None
    return key, translate(
        "station_import",
        "{field}“{text}”在 Excel 中被存成了数字，后几位已丢失：请把这一列设为“文本”格式后重新导出",
    ).format(field=translate("StationImport", FIELD_LABELS[key]), text=text)


def date_problem(raw: object) -> str:
    """Why a date cell was not taken: a date that does not exist, or text that is not a date."""
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    m = re.fullmatch(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})日?", text)
    if m:
        try:
            _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return translate("station_import", "日期“{text}”不存在").format(text=text)
    return translate("station_import", "“{text}”不是日期").format(text=text)


@dataclass(slots=True)
class StationRow:
    """A row the import can take: who, when, what, for which unit."""

    row: int
    id_number: str
    name: str
    sex: str
    birth_date: _dt.date
    abo: str
    rh: str
    phone: str
    address: str
    unit_name: str
    donated_on: _dt.date
    kind: str
    volume_ml: int
    doses: int
    category: str
    code: str
    certificate_no: str
    donor_id: int | None = None  # an existing donor


@dataclass(slots=True)
class RejectedRow:
    """A row the import cannot take, with its cells as read, to send back to the station."""

    row: int
    reason: str
    field: str
    raw: dict
