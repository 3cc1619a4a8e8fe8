"""Notice templates: a new draft prefilled from the year's plan and the office's own details.

A small registry keyed by kind (``quota`` 指标通知, ``plan`` 计划安排), so 通报 and 应急献血 can
add themselves later with `register_template`. The body text is editable boilerplate modelled on
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
from app.gongwen.model import DOC_NUMBER_RE
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.notices.drafts import NoticeDraftData, TableSpec
from app.notices.figures import refresh_figures
from app.notices.tables import build_table, drive_layout_wanted, local_words
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
def _cite(source_doc: str) -> str:
    """'根据…精神，' for the document the plan follows; a bare 发文字号 gets 文件 added."""
    source = source_doc.strip()
    if not source:
        return ""
    if DOC_NUMBER_RE.match(source):
        return f"根据{source}文件精神，"
    return f"根据{source}精神，"


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


def _base(
    inp: TemplateInput,
    kind: str,
    title: str,
    body: list[str],
    tables: list[TableSpec],
    number: tuple[str, int, int] | None = None,
) -> NoticeDraftData:
    """The fields every template shares, from the office settings.

    Without *number* the 发文字号 is the office's next number in the current year: only a
    proposal until the clerk reserves it (`output.reserve_number`).
    """
    office = inp.office
    prefix, doc_year, seq = number or (
        office.doc_prefix.strip(),
        inp.today.year,
        max(int(office.next_number), 1),
    )
    return NoticeDraftData(
        kind=kind,
        year=inp.year,
        organ_mark=office.organ_mark,
        doc_prefix=prefix,
        doc_year=doc_year,
        doc_seq=seq,
        title=title,
        addressees=office.addressees,
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


# -- quota: 通知 with the 指标表 (平利 2017) -------------------------------------------------------
def quota_template(inp: TemplateInput) -> NoticeDraftData:
    plan, office, year = inp.plan, inp.office, inp.year
    county, lvl = office.county.strip(), office.we
    towns = local_words(plan_quotas(inp.db, plan.id))
    own = _own_number(plan, office)
    cite = "" if own else _cite(plan.source_doc)
    table = build_table(inp.db, "quota", plan, county)
    target = _target(plan)
    measure = plan.measure_label
    body = [
        "无偿献血制度是国家为保证医疗临床用血需要和安全，保障献血者和用血者身体健康，发扬人道主义精神，"
        "促进社会主义精神文明建设而建立的一项公益性质的健康制度。近年来，随着医疗保障政策的落实完善和医疗"
        f"技术水平的不断提高，医疗用血需求不断加大，{year}年我{lvl}无偿献血募集指标为{target}{measure}。"
        f"临床用血以“量入而出”为原则，为保障全{lvl}临床用血需求，推动无偿献血工作持续健康发展，{cite}"
        f"保证{year}年无偿献血募集任务顺利完成，现将{towns}、各单位募集指标下达给你们，并就有关事项通知如下：",
        "一、统一思想，提高认识",
        f"近年来，我{lvl}无偿献血工作在全社会的广泛参与下取得了显著成效，但随着群众就医需求增长，血液需求量"
        "持续增大，供血用血矛盾日益突出。无偿献血是事关广大人民群众身体健康和生命安全的“德政工程”、“民心工程”。"
        f"{towns}、各单位要高度重视，切实加强对无偿献血工作的组织领导，明确专人负责，细化分解指标任务并抓好落实，"
        "做到主要领导亲自过问，分管领导具体负责，定期了解无偿献血进展情况，及时协调解决困难问题。各医疗机构要"
        "全面加强临床用血管理，促进临床科学合理用血，每年组织本单位职工参加无偿献血，以实际行动向全社会作出表率。",
        "二、广泛宣传，营造氛围",
        f"{towns}、各单位要将无偿献血宣传纳入精神文明创建、健康教育内容，开拓思路，多措并举，努力扩大无偿献血"
        "覆盖面，营造献血光荣、献血文明、献血无损健康的良好社会氛围。各医疗机构要加强对患者及职工的无偿献血"
        "宣传教育，以提高应对突发事件、特殊时期血液供应的保障能力。",
        "三、强化落实，完成任务",
        f"{towns}、各单位要按照附件所列指标组织本辖区、本单位适龄健康人员参加无偿献血。{lvl}卫生健康部门要加强"
        f"组织协调、督促指导，密切联系中心血站，加大进机关、进单位、进乡镇采血力度，定期通报各单位完成情况，"
        f"确保{year}年{target}{measure}无偿献血募集任务的圆满完成。",
    ]
    title = f"{office.signer.strip() or county}关于进一步推动{year}年全民无偿献血工作的通知"
    return _base(inp, "quota", title, body, [table], own)


# -- plan: 计划 with the 安排表 (如皋 2020, 寿县 2018) -----------------------------------------------
def plan_template(inp: TemplateInput) -> NoticeDraftData:
    plan, office, year = inp.plan, inp.office, inp.year
    county, lvl = office.county.strip(), office.we
    cite = _cite(plan.source_doc)
    drives = drive_layout_wanted(inp.db, plan)
    table = build_table(inp.db, "schedule", plan, county)
    target = _target(plan)
    measure = plan.measure_label
    # 寿县's plan ran 2018-06 to 2019-12: such a plan is named by its span, not one year.
    span = (
        f"{year}年"
        if plan.start_date.year == plan.end_date.year
        else f"{plan.start_date.year}—{plan.end_date.year}年"
    )
    goal = f"经研究，{span}全{lvl}无偿献血计划为{target}{measure}，" if target else ""
    whole_year = any(s.kind == "year" for s in plan_slots(inp.db, plan.id))
    when = "确定的时间和采血点" if drives else "确定的月份"
    duty = (
        f"各单位要按照附件{when}，提前做好宣传发动，组织本单位适龄、健康的干部职工参加无偿献血，"
        "并将参加人员名单提前报送献血办公室，以便血站安排采血车辆和人员。"
    )
    if whole_year and not drives:
        duty += "标注“全年”的单位在全年内分批组织，计划数计入全年合计。"
    body = [
        "为贯彻落实《中华人民共和国献血法》，保障临床用血需求和血液安全，维护人民群众健康权益，"
        f"{cite}{goal}现就做好{span}{county}无偿献血工作通知如下：",
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
    title = f"{office.signer.strip() or county}关于做好{span}{county}无偿献血工作的通知"
    return _base(inp, "plan", title, body, [table])


register_template(Template("quota", QT_TRANSLATE_NOOP("notices", "指标通知"), quota_template))
register_template(Template("plan", QT_TRANSLATE_NOOP("notices", "计划安排"), plan_template))


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
