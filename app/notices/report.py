"""通报: the progress report (临夏州 2021 opens with one), registered as the template ``report``.

The text names, from the data, the units that completed their quota (with their rates) and the
units behind their slot; the appendix is the completion table (排名、单位、任务数、完成数、完成率)
and the body asks for one figure, the completion chart (``【图1】``, drawn with Pillow in
:mod:`app.progress.chart`). Table and figure carry the report date in their source
(``progress:2021-06-30``), so 刷新数据 recounts the same period with late-entered donations.
Like the other templates, the wording is the document's own (always Chinese) and editable.
"""

from __future__ import annotations

import datetime as dt

from app.database import Database
from app.gongwen.model import figure_mark
from app.i18n import QT_TRANSLATE_NOOP
from app.notices.drafts import NoticeDraftData, TableSpec
from app.notices.figures import FigureSpec, register_figure
from app.notices.tables import local_words, register_table
from app.notices.templates import Template, TemplateInput, _base, register_template
from app.plans.quotas import plan_quotas
from app.plans.records import PlanRecord
from app.progress import Progress, compute_progress
from app.progress.counting import amount_text, change_text, percent_text, round_half_up
from app.progress.tables import completion_table, period_words

__all__ = ["report_figure", "report_table", "report_template"]


def _day(until: str) -> dt.date | None:
    return dt.date.fromisoformat(until) if until else None


def _table(p: Progress) -> TableSpec:
    t = completion_table(p)
    return TableSpec(
        source=f"progress:{p.until.isoformat()}",
        title=t.title,
        columns=t.columns,
        rows=t.rows,
        total_row=t.total_row,
        note=t.note,
        landscape=t.landscape,
    )


def _figure(p: Progress) -> FigureSpec:
    from app.progress.chart import completion_chart_png

    return FigureSpec(
        source=f"progress_chart:{p.until.isoformat()}",
        caption=f"图1　{period_words(p)}各单位无偿献血任务完成率",
        png=completion_chart_png(p),
    )


def report_table(db: Database, plan: PlanRecord, county: str, until: str = "") -> TableSpec:
    """The 通报's appendix: the completion table to *until* (ISO date; default today)."""
    return _table(compute_progress(db, plan.id, _day(until)))


def report_figure(db: Database, plan: PlanRecord, county: str, until: str = "") -> FigureSpec:
    return _figure(compute_progress(db, plan.id, _day(until)))


def _who_and_rates(units: list, word: str) -> str:
    """临夏's wording for a few units, "康乐县、和政县完成…，完成率分别为198.88%、119.65%"; with more
    than three, each rate after its unit ("洛河镇（207.24%）、…等8个单位"), since a long run of
    numbers joined by 、 cannot be broken into lines and would be stretched across the page."""
    if len(units) <= 3:
        names = "、".join(u.name for u in units)
        rates = "、".join(percent_text(u.rate) for u in units)
        each = "分别" if len(units) > 1 else ""
        return f"{names}{word}，完成率{each}为{rates}" if word else f"{names}，完成率{each}为{rates}"
    listed = "、".join(f"{u.name}（{percent_text(u.rate)}）" for u in units)
    return f"{listed}等{len(units)}个单位{word}"


def _cn_day(day: dt.date, year: int) -> str:
    return f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"


def report_template(inp: TemplateInput) -> NoticeDraftData:
    plan, office = inp.plan, inp.office
    p = compute_progress(inp.db, plan.id, inp.until, today=inp.today)
    t = p.totals
    county, lvl = office.county.strip(), office.we
    towns = local_words(plan_quotas(inp.db, plan.id))
    period = period_words(p)
    m = p.plan.measure_label
    until = _cn_day(p.until, p.start.year)
    task = f"，占任务数{t.quota}{m}的{percent_text(t.rate)}" if t.rate is not None else ""
    compare = ""
    if t.change_donations is not None:
        compare = f"，献血人次较去年同期{change_text(t.change_donations)}"
    figures = []
    if t.per_thousand is not None:
        figures.append(f"千人口献血率为{round_half_up(t.per_thousand, 2)}‰")
    if t.share_400 is not None:
        figures.append(f"400毫升献血占全血献血的{percent_text(t.share_400)}")
    if t.share_first_time is not None:
        figures.append(f"初次献血者占献血人数的{percent_text(t.share_first_time)}")
    intro = (
        f"{period}，{towns}、各单位认真贯彻落实《中华人民共和国献血法》，积极组织干部职工参加无偿献血，"
        f"全{lvl}无偿献血工作稳步推进。截至{until}，全{lvl}共有{t.tally.donations}人次参加无偿献血，"
        f"采集血液{t.tally.volume_ml}毫升（{round_half_up(t.tonnes, 2)}吨），完成{amount_text(t.done)}{m}{task}{compare}。"
    )
    if figures:
        intro += "全" + lvl + "，".join(figures) + "。"
    intro += "现将有关情况通报如下："
    completed = p.completed
    if completed:
        over = all(u.rate is not None and u.rate > 1 for u in completed)
        praise = _who_and_rates(completed, f"{'超额' if over else ''}完成了献血任务") + "，予以通报表扬。"
    else:
        praise = f"截至{until}，尚无单位完成全部献血任务。"
    behind = p.behind
    if behind:
        if len(behind) <= 3:
            names = "、".join(u.name for u in behind)
            rates = "、".join(percent_text(u.rate) for u in behind)
            who = f"{names}未按时间安排完成献血任务，完成率仅为{rates}"
        else:
            who = _who_and_rates(behind, "未按时间安排完成献血任务")
        criticise = f"{who}，进度明显滞后。请上述单位高度重视，认真分析原因，采取有效措施，尽快完成献血任务。"
    else:
        criticise = "各单位均按时间安排推进献血工作，未出现进度滞后的单位。"
    body = [
        intro,
        "一、任务完成情况",
        praise,
        criticise,
        "各单位完成情况见附件，完成率见图1。",
        figure_mark(1),
        "二、存在的问题",
        "部分单位对无偿献血工作重视不够，宣传发动不深入，组织献血进度迟缓；个别单位未按时间安排组织"
        "献血，影响了全" + lvl + "临床用血的正常供应。",
        "三、下一步工作要求",
        f"（一）加强组织领导。{towns}、各单位要把无偿献血工作列入重要议事日程，主要领导亲自过问，"
        "分管领导具体负责，确保按时间安排完成献血任务。",
        "（二）加大宣传力度。要广泛宣传无偿献血知识，营造献血光荣的良好氛围，动员适龄健康人员积极参加无偿献血。",
        f"（三）落实以献定用。血液供应紧张时，将按照“以献定用”的原则，根据各单位献血任务完成情况安排临床用血。"
        f"{lvl}献血办公室将继续定期通报各单位完成情况。",
    ]
    signer = office.signer.strip() or county
    title = f"{signer}关于{period}全{lvl}无偿献血工作情况的通报"
    draft = _base(inp, "report", title, body, [_table(p)])
    draft.figures = [_figure(p)]
    return draft


register_template(Template("report", QT_TRANSLATE_NOOP("notices", "进度通报"), report_template))
register_table("progress", report_table)  # type: ignore[arg-type]
register_figure("progress_chart", report_figure)
