"""Notice templates: a new draft prefilled from the year's plan and the office's own details.

A small registry keyed by kind (``quota`` 指标通知, ``plan`` 印发计划, ``forward`` 转发通知,
``letter`` 函), so 通报 and 应急献血 can add themselves with `register_template`. A template only
fills a draft: the 版式 (文件 or 信函), the forwarded or issued text (`enclosure`) and the optional
版头 elements are draft fields, so every kind is printed by the same writer. The body text is editable boilerplate modelled on
the published notices (平利 2017 for quotas, 如皋 2020 and 寿县 2018 for plans) with the plan's
figures filled in. It is the document's own wording, always Chinese whatever the UI language, so
it does not go through `tr`; labels and messages do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.database import Database
from app.errors import KnownError
from app.gongwen.model import Enclosure
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.notices.drafts import NoticeDraftData, TableSpec
from app.notices.figures import refresh_figures
from app.notices.tables import build_table, drive_layout_wanted
from app.notices.wording import office_level, propose_addressees, target_sentence, town_words
from app.office.settings import OfficeSettings, load_office, require_office
from app.plans.plans import get_plan, plan_of_year
from app.plans.quotas import plan_quotas
from app.plans.records import PlanRecord
from app.plans.schedule import plan_slots

__all__ = [
    "TEMPLATES",
    "Template",
    "TemplateInput",
    "choose_plan",
    "new_draft",
    "refresh_tables",
    "register_template",
    "template_label",
]


@dataclass(frozen=True)
class TemplateInput:
    """What a template builds from; `today` is passed in so tests get fixed dates."""

    db: Database
    year: int
    plan: PlanRecord
    office: OfficeSettings
    today: dt.date
    until: dt.date | None = None  # the report date of a 通报 (default: today)


@dataclass(frozen=True)
class Template:
    kind: str
    label: str  # shown in 新建 (source text; translated where shown)
    build: Callable[[TemplateInput], NoticeDraftData]


TEMPLATES: dict[str, Template] = {}


def register_template(template: Template) -> None:
    TEMPLATES[template.kind] = template


def template_label(kind: str) -> str:
    template = TEMPLATES.get(kind)
    return translate("notices", template.label) if template else kind


# -- choosing the plan ------------------------------------------------------------------------
choose_plan = plan_of_year  # the notice page and command pick their plan the same way


# -- shared wording -------------------------------------------------------------------------------
def _level(office: OfficeSettings) -> str:
    """县, 市, 区 or 州: how the notice says "our county" (我县, 全市 …)."""
    return office_level(office)


_OWN_NUMBER = re.compile(r"^(?P<prefix>\S+)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")


def _own_number(plan: PlanRecord, office: OfficeSettings) -> tuple[str, int, int] | None:
    """The plan's source document when it is this office's own notice: (prefix, year, sequence).

    A quota notice is what assigns a plan's quotas, so a plan whose source document carries this
    office's prefix was issued by that very quota notice (the demo plan is 平政办发〔2017〕64号):
    the quota template then reproduces that number instead of citing the notice in itself.
    """
    m = _OWN_NUMBER.match(plan.source_doc.strip())
    if m and office.doc_prefix.strip() and m["prefix"] == office.doc_prefix.strip():
        return m["prefix"], int(m["year"]), int(m["seq"])
    return None


def _letter_prefix(prefix: str) -> str:
    """A 函's 发文字号 prefix from the office's: 张政办发 → 张政办函."""
    prefix = prefix.strip()
    if prefix.endswith("函"):
        return prefix
    return (prefix[:-1] if prefix.endswith("发") else prefix) + "函"


def _organ_name(office: OfficeSettings) -> str:
    """The organ's name as a letter's 标志 prints it: the 文件 标志 without 文件."""
    mark = office.organ_mark.strip()
    mark = mark[: -len("文件")] if mark.endswith("文件") else mark
    return mark or office.signer.strip() or office.county.strip()


def _base(
    inp: TemplateInput,
    kind: str,
    title: str,
    body: list[str],
    tables: list[TableSpec],
    number: tuple[str, int, int] | None = None,
) -> NoticeDraftData:
    """The fields every template shares, from the office settings; 主送机关 from the plan's units.

    Without *number* the 发文字号 is the office's next number in the current year: only a
    proposal until the clerk reserves it (`output.reserve_number`).
    """
    office = inp.office
    prefix, doc_year, seq = number or (
        office.doc_prefix.strip(),
        inp.today.year,
        max(int(office.next_number), 1),
    )
    addressees = propose_addressees(plan_quotas(inp.db, inp.plan.id), _level(office)) or office.addressees
    return NoticeDraftData(
        kind=kind,
        year=inp.year,
        organ_mark=office.organ_mark,
        doc_prefix=prefix,
        doc_year=doc_year,
        doc_seq=seq,
        title=title,
        addressees=addressees,
        body=body,
        attachments=tables,
        signer=office.signer,
        date=inp.today,
        note="",
        cc=office.cc,
        printer=office.printer,
        print_date=inp.today,
        plan_id=inp.plan.id,
    )


def _target(plan: PlanRecord) -> int:
    """The plan's target, or the sum of its quotas when no target was entered."""
    return plan.target or plan.quota_total


def _span(plan: PlanRecord, year: int) -> str:
    """寿县's plan ran 2018-06 to 2019-12: such a plan is named by its span, not one year."""
    if plan.start_date.year == plan.end_date.year:
        return f"{year}年"
    return f"{plan.start_date.year}—{plan.end_date.year}年"


def _issuer(office: OfficeSettings) -> str:
    return office.signer.strip() or office.county.strip()


# -- quota: 通知 with the 指标表 (平利 2017) -------------------------------------------------------
def _quota_sections(inp: TemplateInput, towns: str, lvl: str, target: int, measure: str) -> list[str]:
    """The three sections of a quota notice (统一思想, 广泛宣传, 强化落实), in the office's words."""
    year = inp.year
    return [
        "一、统一思想，提高认识",
        f"近年来，我{lvl}无偿献血工作在全社会的广泛参与下取得了显著成效，但随着群众就医需求增长，血液需求量"
        "持续增大，供血用血矛盾日益突出。无偿献血是事关广大人民群众身体健康和生命安全的“德政工程”、“民心工程”。"
        f"{towns}要高度重视，切实加强对无偿献血工作的组织领导，明确专人负责，细化分解指标任务并抓好落实，"
        "做到主要领导亲自过问，分管领导具体负责，定期了解无偿献血进展情况，及时协调解决困难问题。各医疗机构要"
        "全面加强临床用血管理，促进临床科学合理用血，每年组织本单位职工参加无偿献血，以实际行动向全社会作出表率。",
        "二、广泛宣传，营造氛围",
        f"{towns}要将无偿献血宣传纳入精神文明创建、健康教育内容，开拓思路，多措并举，努力扩大无偿献血"
        "覆盖面，营造献血光荣、献血文明、献血无损健康的良好社会氛围。各医疗机构要加强对患者及职工的无偿献血"
        "宣传教育，以提高应对突发事件、特殊时期血液供应的保障能力。",
        "三、强化落实，完成任务",
        f"{towns}要按照附件所列任务组织本辖区、本单位适龄健康人员参加无偿献血。{lvl}卫生健康部门要加强"
        f"组织协调、督促指导，密切联系中心血站，加大进机关、进单位、进基层采血力度，定期通报各单位完成情况，"
        f"确保{year}年{target}{measure}无偿献血任务的圆满完成。",
    ]


def _who(quotas: list, lvl: str) -> str:
    """How the body names the units the plan covers: 各区县、各镇、各单位."""
    parts = []
    if any(q.unit_kind == "区县" for q in quotas):
        parts.append("各区县")
    if any(q.unit_kind == "镇街" for q in quotas):
        parts.append(town_words(quotas))
    parts.append("各单位")
    return "、".join(parts)


def quota_template(inp: TemplateInput) -> NoticeDraftData:
    plan, office, year = inp.plan, inp.office, inp.year
    county, lvl = office.county.strip(), _level(office)
    quotas = plan_quotas(inp.db, plan.id)
    towns = _who(quotas, lvl)
    own = _own_number(plan, office)
    table = build_table(inp.db, "quota", plan, county)
    target = _target(plan)
    measure = plan.measure_label
    facts = target_sentence(plan, lvl, year, own_number=own is not None)
    body = [
        "无偿献血制度是国家为保证医疗临床用血需要和安全，保障献血者和用血者身体健康，发扬人道主义精神，"
        "促进社会主义精神文明建设而建立的一项公益性质的健康制度。近年来，随着医疗保障政策的落实完善和医疗"
        f"技术水平的不断提高，医疗用血需求不断加大。{facts}临床用血以“量入而出”为原则，为保障全{lvl}临床"
        f"用血需求，推动无偿献血工作持续健康发展，保证{year}年无偿献血任务顺利完成，现将{towns}无偿献血"
        "任务下达给你们，并就有关事项通知如下：",
        *_quota_sections(inp, towns, lvl, target, measure),
    ]
    title = f"{_issuer(office)}关于进一步推动{year}年全民无偿献血工作的通知"
    return _base(inp, "quota", title, body, [table], own)


# -- plan: 印发 …计划的通知 with the 安排表 (临夏; tables from 如皋 2020, 寿县 2018) ---------------------
def _plan_text(inp: TemplateInput, drives: bool) -> list[str]:
    """The plan itself: goal, duties and measures, with the plan's figures."""
    plan, office = inp.plan, inp.office
    county, lvl = office.county.strip(), _level(office)
    whole_year = any(s.kind == "year" for s in plan_slots(inp.db, plan.id))
    when = "确定的时间和采血点" if drives else "确定的时间"
    duty = (
        f"各单位要按照附件{when}，提前做好宣传发动，组织本单位适龄、健康的干部职工参加无偿献血，"
        "并将参加人员名单提前报送献血办公室，以便血站安排采血车辆和人员。"
    )
    if whole_year and not drives:
        duty += "标注“全年”的单位在全年内分批组织，计划数计入全年合计。"
    facts = target_sentence(plan, lvl, inp.year)
    return [
        "为贯彻落实《中华人民共和国献血法》，保障临床用血需求和血液安全，维护人民群众健康权益，"
        f"{facts}结合{county}实际，制定本计划。",
        "一、提高认识，加强组织领导",
        "保障血液安全和血液供应是医疗卫生事业的基础性工作，事关人民群众生命安全和身体健康。各单位要充分"
        "认识做好无偿献血工作的重要意义，切实加强对本区域、本行业内无偿献血工作的领导，明确无偿献血工作"
        "联络员，统一规划并切实做好无偿献血工作。",
        "二、明确职责，按时组织献血",
        duty,
        f"{lvl}卫生健康部门负责做好宣传、组织、动员等协调工作，加强医疗机构临床科学、合理用血的监管；"
        "红十字会要积极参与无偿献血宣传表彰，做好无偿献血志愿者队伍建设；采供血机构要提升服务能力和水平，"
        "加强对献血者的关爱和激励。",
        "三、落实措施，确保顺利开展",
        "各单位要把无偿献血工作列入重要议事日程，动员和组织本单位的适龄公民参加无偿献血，保证献血计划的"
        "完成。各单位人员也可以直接到献血屋或流动献血车献血，其献血量可以计入所在单位年度无偿献血计划的"
        f"完成数。{lvl}献血办公室将定期通报各单位完成献血计划的情况。",
    ]


def plan_template(inp: TemplateInput) -> NoticeDraftData:
    """临夏's form: a short 印发 notice, then the plan with its own title, then the 安排表."""
    plan, office = inp.plan, inp.office
    county, lvl = office.county.strip(), _level(office)
    drives = drive_layout_wanted(inp.db, plan)
    table = build_table(inp.db, "schedule", plan, county)
    plan_title = f"{county}{_span(plan, inp.year)}无偿献血工作计划"
    body = [f"《{plan_title}》已经{lvl}人民政府同意，现印发给你们，请结合实际，认真贯彻落实。"]
    title = f"{_issuer(office)}关于印发{plan_title}的通知"
    draft = _base(inp, "plan", title, body, [table])
    draft.enclosure = Enclosure(title=plan_title, body=_plan_text(inp, drives))
    return draft


# -- forwarding: the leading group's 意见 (张家界 2012) ------------------------------------------------
def _opinion(inp: TemplateInput) -> Enclosure:
    """The text forwarded: the leading group's 意见 with the target and the duties, dated."""
    plan, office, year = inp.plan, inp.office, inp.year
    county, lvl = office.county.strip(), _level(office)
    quotas = plan_quotas(inp.db, plan.id)
    who = _who(quotas, lvl)
    target = _target(plan)
    measure = plan.measure_label
    facts = target_sentence(plan, lvl, year)
    slots = any(q.slot_id is not None for q in quotas)
    when = "在计划献血时间内" if slots else "按时"
    body = [
        f"为保障{year}年全{lvl}临床用血需求，推动无偿献血工作持续健康发展，{facts}现就做好{year}年"
        "无偿献血工作提出如下意见：",
        "一、明确目标任务",
        f"{year}年全{lvl}无偿献血任务为{target}{measure}，分解到{who}（见附件）。{who}要把无偿献血任务"
        "纳入年度工作目标，主要领导亲自过问，分管领导具体负责，确保任务落到实处。",
        "二、按时组织献血",
        f"{who}要{when}组织本辖区、本单位适龄健康人员参加无偿献血，提前与中心血站衔接采血时间和地点，"
        "献血人员名单及时报送献血办公室。",
        "三、加强督促检查",
        f"{lvl}无偿献血工作领导小组办公室要定期通报各单位任务完成情况，对完成任务好的单位予以表扬，对"
        "未完成任务的单位予以通报。",
    ]
    return Enclosure(
        title=f"{county}无偿献血工作领导小组关于做好{year}年无偿献血工作的意见",
        body=body,
        signer=f"{county}无偿献血工作领导小组",
        date=inp.today,
    )


def _forward_cover(opinion: Enclosure, lvl: str) -> list[str]:
    source = opinion.signer or "领导小组"
    name = opinion.title.removeprefix(source)
    return [f"{source}《{name}》已经{lvl}人民政府同意，现转发给你们，请认真贯彻执行。"]


def forward_template(inp: TemplateInput) -> NoticeDraftData:
    """A 转发 notice (文件 format): a short cover letter, then the forwarded 意见 and the 任务表."""
    office = inp.office
    opinion = _opinion(inp)
    table = build_table(inp.db, "quota", inp.plan, office.county.strip())
    source = opinion.signer
    title = f"{_issuer(office)}关于转发{source}《{opinion.title.removeprefix(source)}》的通知"
    draft = _base(inp, "forward", title, _forward_cover(opinion, _level(office)), [table])
    draft.enclosure = opinion
    return draft


def letter_template(inp: TemplateInput) -> NoticeDraftData:
    """张家界's 函 (张政办函〔2012〕43号): the 信函 format, forwarding the 意见 with the 任务表."""
    office = inp.office
    opinion = _opinion(inp)
    table = build_table(inp.db, "quota", inp.plan, office.county.strip())
    source = opinion.signer
    title = f"{_issuer(office)}关于转发{source}《{opinion.title.removeprefix(source)}》的函"
    draft = _base(inp, "letter", title, _forward_cover(opinion, _level(office)), [table])
    draft.enclosure = opinion
    draft.layout = "letter"
    draft.organ_mark = _organ_name(office)
    draft.doc_prefix = _letter_prefix(draft.doc_prefix)
    return draft


register_template(Template("quota", QT_TRANSLATE_NOOP("notices", "指标通知"), quota_template))
register_template(Template("plan", QT_TRANSLATE_NOOP("notices", "印发计划"), plan_template))
register_template(Template("forward", QT_TRANSLATE_NOOP("notices", "转发通知"), forward_template))
register_template(Template("letter", QT_TRANSLATE_NOOP("notices", "函"), letter_template))


# -- services -----------------------------------------------------------------------------------
def new_draft(
    db: Database,
    kind: str,
    year: int,
    *,
    plan_id: int | None = None,
    today: dt.date | None = None,
    until: dt.date | None = None,
) -> NoticeDraftData:
    """A new, unsaved draft of *kind* for *year*, filled from the plan and the office settings;
    *until* is the report date of a 通报.

    OfficeNotSet until the office's names are filled in: a notice never goes out with blanks
    or with another county's red header.
    """
    template = TEMPLATES.get(kind)
    if template is None:
        known = "、".join(TEMPLATES)
        raise KnownError(
            translate("notices", "不认识的公文类型“{kind}”，可选：{known}").format(kind=kind, known=known)
        )
    office = require_office(db)
    plan = choose_plan(db, year, plan_id)
    return template.build(
        TemplateInput(db=db, year=year, plan=plan, office=office, today=today or dt.date.today(), until=until)
    )


def refresh_tables(db: Database, draft: NoticeDraftData) -> NoticeDraftData:
    """The draft with every data-made table rebuilt from the database.

    A title the clerk edited stays while the table keeps its layout (a plan whose drives gained
    participants switches from months to drives and takes the new table's title). Tables typed
    by hand (no source) are kept as they are.
    """
    if draft.plan_id is None:
        raise KnownError(translate("notices", "这份草稿没有关联献血计划，无法刷新附件数据。"))
    plan = get_plan(db, draft.plan_id)
    county = load_office(db).county.strip()
    tables: list[TableSpec] = []
    for old in draft.attachments:
        if not old.source:
            tables.append(old)
            continue
        fresh = build_table(db, old.source, plan, county)
        same_layout = [c.header for c in fresh.columns] == [c.header for c in old.columns]
        tables.append(replace(fresh, title=old.title.strip() or fresh.title) if same_layout else fresh)
    return replace(draft, attachments=tables, figures=refresh_figures(db, draft.figures, plan, county))
