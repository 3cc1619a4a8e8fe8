"""The why of an answer, in one paragraph: rule and clause, donations counted, claims deducted.

Written for the clerk to read aloud or print on the approval form: dates as 2024年3月5日, the
multiple applied to each donation, what each claim took, and until when the rest lasts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.i18n import translate

if TYPE_CHECKING:
    from app.lookup.engine import DonationLine, Entitlement

CTX = "lookup"


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _kind_text(line: DonationLine) -> str:
    return translate("lookup", "血小板") if line.kind == "platelets" else translate("lookup", "全血")


def explain(e: Entitlement) -> str:
    """The answer's reasons in one paragraph: rule and clause, donations counted, claims deducted."""
    parts = [f"{e.rule_label}：{e.clause}。"]
    if not e.donations:
        parts.append(translate("lookup", "没有可计入的献血记录。"))
        return "".join(parts)
    parts.append(
        translate("lookup", "累计献血{ml}毫升（{n}次）。").format(ml=e.cumulative_ml, n=len(e.donations))
    )
    counted = []
    for line in e.donations:
        text = f"{cn_date(line.donated_on)}{_kind_text(line)}{line.counted_ml}毫升"
        if line.legacy:
            text += translate("lookup", "（旧规则）")
        if line.multiplier == 0:
            text += translate("lookup", "（已过有效期）")
        elif line.multiplier is not None:
            m = line.multiplier
            times = str(m.numerator) if m.denominator == 1 else f"{float(m):g}"
            text += f"×{times}={line.granted_ml}毫升"
            if line.used_ml:
                text += translate("lookup", "，已用{used}").format(used=line.used_ml)
        counted.append(text)
    parts.append(translate("lookup", "计入：") + "；".join(counted) + "。")
    if e.claims:
        claimed = []
        for c in e.claims:
            text = f"{cn_date(c.used_on)}{c.who}{c.name}{c.ml}毫升"
            if c.unlimited:
                text += translate("lookup", "（不限量，不扣减）")
            elif c.short_ml:
                text += translate("lookup", "（超出{short}毫升经特批，不计入以后额度）").format(
                    short=c.short_ml
                )
            claimed.append(text)
        parts.append(translate("lookup", "已报销：") + "；".join(claimed) + "。")
    if e.remaining_ml is None:
        parts.append(translate("lookup", "不限量，终身有效。"))
    else:
        parts.append(translate("lookup", "剩余{ml}毫升").format(ml=e.remaining_ml))
        if e.until:
            parts.append(translate("lookup", "，有效至{day}").format(day=cn_date(e.until)))
        elif e.remaining_ml:
            parts.append(translate("lookup", "，长期有效"))
        parts.append("。")
        for c in e.changes:
            parts.append(
                translate("lookup", "自{day}起剩余{ml}毫升。").format(day=cn_date(c.on), ml=c.remaining_ml)
            )
    parts.extend(e.notes)
    return "".join(parts)
