"""Summary tables of a progress result: appendix tables for the 通报 and a print-ready workbook.

Each builder returns an :class:`~app.gongwen.model.AppendixTable` (what the .docx and .xlsx
writers of :mod:`app.gongwen` take), with the figures as the documents print them: amounts as
whole numbers (or two decimals for half units), rates rounded half up to two decimals. The text
is the document's own wording (always Chinese), like the notice templates.
"""

from __future__ import annotations

import calendar
from fractions import Fraction
from pathlib import Path

from app.files import safe_write
from app.gongwen.model import AppendixTable, Column
from app.gongwen.xlsx_writer import write_tables_xlsx
from app.progress.counting import amount_text, change_text, percent_text, ratio
from app.progress.records import Progress, Supply

__all__ = [
    "category_table",
    "completion_table",
    "export_supply_xlsx",
    "export_xlsx",
    "month_table",
    "period_words",
    "supply_table",
]


def period_words(p: Progress) -> str:
    """The period the figures cover, as a heading says it: 2021年 / 2021年1—6月 / 2021年1月1日至6月15日."""
    start, until, end = p.start, p.until, p.plan.end
    if start.year != end.year:
        if until >= end:
            return f"{start.year}年{start.month}月至{end.year}年{end.month}月"
        return f"{start.year}年{start.month}月至{until.year}年{until.month}月{until.day}日"
    if until >= end and start.month == 1 and start.day == 1:
        return f"{start.year}年"
    month_end = until.day == calendar.monthrange(until.year, until.month)[1]
    if start.day == 1 and month_end:
        if start.month == until.month:
            return f"{start.year}年{until.month}月"
        return f"{start.year}年{start.month}—{until.month}月"
    return f"{start.year}年{start.month}月{start.day}日至{until.month}月{until.day}日"


def _unit(p: Progress) -> str:
    return p.plan.measure_label


def completion_table(p: Progress) -> AppendixTable:
    """排名 / 单位 / 任务数 / 完成数 / 完成率, ranked; units without a quota last; 合计 row.

    A 系统 is one row with its members' donations summed in. The 合计 adds the rows; donations
    counted for no unit are left out here and said in the note.
    """
    m = _unit(p)
    rows = [
        [
            str(u.rank) if u.rank is not None else "",
            u.name,
            str(u.quota),
            amount_text(u.done),
            percent_text(u.rate),
        ]
        for u in p.ranked
    ]
    quota, done = p.quota_sum, p.done_sum
    note = None
    if p.totals.unassigned.donations:
        extra = p.totals.unassigned
        note = f"另有未计入单位的献血{extra.donations}人次、{amount_text(p.counting.done(extra))}{m}，已计入总数。"
    return AppendixTable(
        title=f"{period_words(p)}各单位无偿献血任务完成情况",
        columns=[
            Column("排名", 0.5),
            Column("单位", 1.3),
            Column(f"任务数（{m}）", 1.5),
            Column(f"完成数（{m}）", 1.5),
            Column("完成率", 1.0),
        ],
        rows=rows,
        total_row=["", "合计", str(quota), amount_text(done), percent_text(ratio(done, quota))],
        note=note,
    )


def month_table(p: Progress) -> AppendixTable:
    """One row per month: the plan line (cumulative, from the slots) against what was done."""
    m = _unit(p)
    rows = []
    for month in p.months:
        done = month.done
        rows.append(
            [
                month.label,
                str(month.plan_cumulative),
                amount_text(done) if done is not None else "",
                amount_text(month.done_cumulative) if month.done_cumulative is not None else "",
                amount_text(month.last_year_cumulative),
                percent_text(ratio(month.done_cumulative, month.plan_cumulative), "")
                if month.done_cumulative is not None
                else "",
            ]
        )
    return AppendixTable(
        title=f"{period_words(p)}无偿献血逐月完成情况",
        columns=[
            Column("月份", 0.9),
            Column(f"累计计划（{m}）", 1.2),
            Column(f"当月完成（{m}）", 1.2),
            Column(f"累计完成（{m}）", 1.2),
            Column(f"去年同期累计（{m}）", 1.3),
            Column("累计完成/累计计划", 1.3),
        ],
        rows=rows,
        note="累计计划按各单位时间安排计入到期月份，全年安排的单位计入计划末月。",
    )


def category_table(p: Progress) -> AppendixTable:
    m = _unit(p)
    rows = [
        [
            c.category,
            str(c.tally.donations),
            amount_text(c.done),
            percent_text(c.share),
            amount_text(c.last_year_done),
            change_text(ratio(c.done - c.last_year_done, c.last_year_done)),
        ]
        for c in p.categories
    ]
    t = p.totals
    return AppendixTable(
        title=f"{period_words(p)}无偿献血分类情况",
        columns=[
            Column("类别", 1.0),
            Column("献血人次", 1.0),
            Column(f"完成数（{m}）", 1.1),
            Column("占比", 0.9),
            Column(f"去年同期（{m}）", 1.2),
            Column("同比", 1.2),
        ],
        rows=rows,
        total_row=[
            "合计",
            str(t.tally.donations),
            amount_text(t.done),
            percent_text(ratio(t.done, t.done)),
            amount_text(t.last_year_done),
            change_text(t.change_done),
        ],
    )


def supply_table(s: Supply, title: str = "以献定用供血分配表") -> AppendixTable:
    m = s.measure_label
    return AppendixTable(
        title=title,
        columns=[
            Column("单位", 1.8),
            Column(f"任务数（{m}）", 1.0),
            Column(f"完成数（{m}）", 1.0),
            Column("完成率", 0.9),
            Column(f"应急保底（{m}）", 1.0),
            Column(f"分配量（{m}）", 1.0),
        ],
        rows=[
            [r.name, str(r.quota), amount_text(r.done), percent_text(r.rate), str(r.floor), str(r.allowance)]
            for r in s.rows
        ],
        total_row=[
            "合计",
            str(sum(r.quota for r in s.rows)),
            amount_text(sum((r.done for r in s.rows), Fraction(0))),
            "",
            str(sum(r.floor for r in s.rows)),
            str(sum(r.allowance for r in s.rows)),
        ],
        note=s.explanation,
    )


def export_xlsx(p: Progress, path: Path, *, supply: Supply | None = None) -> Path:
    """The summary tables as one print-ready workbook (a sheet each), written safely."""
    tables = [completion_table(p), month_table(p), category_table(p)]
    if supply is not None:
        tables.append(supply_table(supply))
    return safe_write(Path(path), lambda tmp: write_tables_xlsx(tables, tmp))


def export_supply_xlsx(s: Supply, path: Path) -> Path:
    """The 以献定用 allocation alone as a print-ready workbook, written safely."""
    return safe_write(Path(path), lambda tmp: write_tables_xlsx([supply_table(s)], tmp))
