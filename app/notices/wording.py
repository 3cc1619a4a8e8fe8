"""A notice's wording from the office and the roster, never from one county's text.

* `office_level`: 县, 市, 区 or 州, how the notice says 我县/我市/我州 and 全县/全市;
* `propose_addressees`: the 主送机关 from the kinds of units in the plan (镇/街道 → 各镇人民政府
  （街道办事处）, departments → 县直各单位, counties → 各区县人民政府, the garrison, companies and
  schools as the roster names them);
* `target_sentence`: the superior's target and its source document for the first paragraph.

The wording is the document's own (always Chinese), so it does not go through `tr`.
"""

from __future__ import annotations

from app.gongwen.model import DOC_NUMBER_RE
from app.office.settings import OfficeSettings
from app.plans.records import PlanRecord, QuotaRecord

__all__ = ["office_level", "propose_addressees", "superior", "target_sentence", "town_words"]

_LEVELS = "县市区州旗盟"


def office_level(office: OfficeSettings) -> str:
    """县, 市, 区, 州 …: the office's own `level` when it has one, else the last character of its
    county's name (平利县 → 县, 张家界市 → 市, 临夏回族自治州 → 州)."""
    we = getattr(office, "we", None)  # OfficeSettings.we: the office's own level, else its name's
    if isinstance(we, str) and we.strip():
        return we.strip()
    county = office.county.strip()
    return county[-1] if county and county[-1] in _LEVELS else "县"


def superior(level: str) -> str:
    """Who hands the office its target: the city for a county or district, the province above."""
    return "市" if level in ("县", "区", "旗") else "省"


def town_words(quotas: list[QuotaRecord]) -> str:
    """How the text names the towns: 各镇, 各乡镇, with （街道） when streets take part."""
    towns = [q.unit_name for q in quotas if q.unit_kind == "镇街"]
    word = "各乡镇" if any(n.endswith("乡") for n in towns) else "各镇"
    return f"{word}（街道）" if any(n.endswith(("街道", "办事处")) for n in towns) else word


def _listed(names: list[str], collective: str, limit: int = 3) -> list[str]:
    """A few units by name (as the roster holds them), many under one collective name."""
    if not names:
        return []
    return list(names) if len(names) <= limit else [collective]


def propose_addressees(quotas: list[QuotaRecord], level: str) -> str:
    """The 主送机关 for a notice to the units of a plan, ending with the full-width colon.

    Order as notices print them: governments below (区县, then 镇/街道), the office's own
    departments and institutions, then the garrison, companies and schools.
    """
    kinds: dict[str, list[str]] = {}
    for q in quotas:
        if q.amount > 0 or q.slot_id is not None:
            kinds.setdefault(q.unit_kind, []).append(q.unit_name)
    parts: list[str] = []
    counties = kinds.get("区县", [])
    if counties:
        has_qu = any(n.endswith("区") for n in counties)
        has_xian = any(n.endswith(("县", "旗")) for n in counties)
        has_shi = any(n.endswith("市") for n in counties)
        word = ("区" if has_qu else "") + ("县" if has_xian or not (has_qu or has_shi) else "")
        word += "市" if has_shi else ""
        parts.append(f"各{word}人民政府")
    towns = kinds.get("镇街", [])
    if towns:
        has_xiang = any(n.endswith("乡") for n in towns)
        streets = any(n.endswith(("街道", "办事处")) for n in towns)
        only_streets = all(n.endswith(("街道", "办事处")) for n in towns)
        if only_streets:
            parts.append("各街道办事处")
        else:
            gov = "各乡镇人民政府" if has_xiang else "各镇人民政府"
            parts.append(gov + ("（街道办事处）" if streets else ""))
    own = [k for k in ("部门", "医院", "系统", "其他") if kinds.get(k)]
    if own:
        parts.append(f"{level}直各单位")
    parts.extend(_listed(kinds.get("部队", []), "驻军各单位"))
    parts.extend(_listed(kinds.get("企业", []), "各有关企业"))
    parts.extend(_listed(kinds.get("学校", []), "各学校"))
    return "，".join(parts) + "：" if parts else ""


def _cite(source_doc: str) -> str:
    source = source_doc.strip()
    if not source:
        return ""
    if DOC_NUMBER_RE.match(source):
        return f"{source}文件"
    return source


def target_sentence(plan: PlanRecord, level: str, year: int, *, own_number: bool = False) -> str:
    """The first paragraph's facts: the target handed down and the document it came in.

    E.g. "根据市政府《关于…的通知》（安政发〔2010〕7号）精神，2017年市下达我县无偿献血任务为
    2300单位，" — without a source document only the target; without a target nothing.
    """
    target = plan.target or plan.quota_total
    source = "" if own_number else _cite(plan.source_doc)
    cite = f"根据{source}精神，" if source else ""
    if not target:
        return cite
    up = superior(level)
    return f"{cite}{year}年{up}下达我{level}的无偿献血任务为{target}{plan.measure_label}，"
