"""The 附件 tables of a notice, built from the plan in the database.

Each builder is registered under a `source` key that is stored with the table in the draft, so
刷新数据 can rebuild exactly the table it made. Layouts follow the published notices:

* ``quota`` — the plan's own columns: 平利 2017 募集单位 / 人口数 / 募集指标（单位）, 张家界 2012
  单位 / 总人数 / 任务数（人） / 计划献血时间, with a 合计 row;
* ``schedule`` — 如皋 2020 months (月份 / 单位及计划数 / 合计, units packed per month, 全年
  quotas in the last row but not in its 合计) or, when the plan's drives carry participants
  text, 寿县 2018 drives (时间 / 参与献血单位、对象 / 采血点 / 备注).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from app.database import Database
from app.errors import KnownError
from app.gongwen.model import Column
from app.i18n import translate
from app.notices.drafts import TableSpec
from app.notices.wording import town_words
from app.plans.month_view import MonthEntry, month_view
from app.plans.quotas import plan_quotas
from app.plans.records import PlanRecord, QuotaRecord
from app.plans.schedule import plan_slots

__all__ = [
    "TABLE_SOURCES",
    "TableBuilder",
    "build_table",
    "drive_layout_wanted",
    "local_words",
    "plan_drives_table",
    "plan_months_table",
    "quota_table",
    "register_table",
    "schedule_table",
]


TableBuilder = Callable[[Database, PlanRecord, str], TableSpec]
"""(db, plan, county) → the table; county is the office's 县（市、区）名."""

TABLE_SOURCES: dict[str, TableBuilder] = {}


def register_table(source: str, builder: TableBuilder) -> None:
    """Make a table rebuildable from data under *source* (later kinds: 通报, 应急献血).

    A stored source may carry one argument after a colon (the 通报's ``progress:2021-06-30``);
    its builder then gets it as a fourth argument.
    """
    TABLE_SOURCES[source] = builder


def build_table(db: Database, source: str, plan: PlanRecord, county: str) -> TableSpec:
    key, _, arg = source.partition(":")
    builder = TABLE_SOURCES.get(key)
    if builder is None:
        raise KnownError(translate("notices", "不认识的附件表格类型“{source}”。").format(source=source))
    return builder(db, plan, county, arg) if arg else builder(db, plan, county)  # type: ignore[call-arg]


# -- wording helpers -----------------------------------------------------------------------
def local_words(quotas: list[QuotaRecord]) -> str:
    """How the notice addresses the towns: 各镇 (平利), 各乡镇, 各镇（街道）; from the roster's towns."""
    return town_words(quotas)


def _number(n: int) -> str:
    return str(int(n))


# -- the quota table: columns follow the plan ------------------------------------------------
#: The figure a split can use, by quota method, and its column header.
_FIGURES: dict[str, tuple[str, Callable[[QuotaRecord], int | None]]] = {
    "population": ("人口数", lambda q: q.population),
    "staff": ("在职人数", lambda q: q.staff),
    "total_staff": ("总人数", lambda q: q.total_staff),
}
#: Column words by measure: 平利 (单位) says 募集单位/募集指标, 张家界 and 如皋 (人次) 单位/任务数（人）.
_QUOTA_WORDS = {"U": ("募集单位", "募集指标（单位）"), "人次": ("单位", "任务数（人）")}


def _figure_key(quotas: list[QuotaRecord]) -> str | None:
    """The figure the split used: the method of most quotas (population, staff), else for a
    typed-in or imported plan the figure most of its units have (an imported 总人数 column
    lands in total_staff), population first on a tie; None when no unit has any figure."""
    methods = Counter(q.method for q in quotas if q.method in ("population", "staff"))
    if methods:
        return methods.most_common(1)[0][0]
    counts = {key: sum(1 for q in quotas if getter(q)) for key, (_, getter) in _FIGURES.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def _ordered(quotas: list[QuotaRecord]) -> list[tuple[QuotaRecord, bool]]:
    """Rows in the plan's order with 区县 first and every 系统 followed by its members (True)."""
    names = {q.unit_name for q in quotas}
    members: dict[str, list[QuotaRecord]] = {}
    tops: list[QuotaRecord] = []
    for q in quotas:
        if q.parent_name and q.parent_name in names:
            members.setdefault(q.parent_name, []).append(q)
        else:
            tops.append(q)
    tops.sort(key=lambda q: 0 if q.unit_kind == "区县" else 1)  # stable: plan order kept within
    out: list[tuple[QuotaRecord, bool]] = []
    for q in tops:
        out.append((q, False))
        out.extend((m, True) for m in members.get(q.unit_name, []))
    return out


def quota_title(plan: PlanRecord, quotas: list[QuotaRecord], level: str) -> str:
    """The table's title: an imported plan's own (张家界 "…任务表"), else from who is in it."""
    name = plan.name.strip()
    if name.endswith("表"):
        return name
    groups = []
    if any(q.unit_kind == "区县" for q in quotas):
        groups.append("各区县")
    if any(q.unit_kind == "镇街" for q in quotas):
        groups.append(town_words(quotas))
    if any(q.unit_kind not in ("区县", "镇街") for q in quotas):
        groups.append("各单位")
    what = "募集指标" if plan.measure == "U" else "任务表"
    return f"{plan.year}年{'、'.join(groups)}无偿献血{what}"


def quota_table(db: Database, plan: PlanRecord, county: str) -> TableSpec:
    """One row per unit with a quota, with the columns the plan has, in the order a clerk prints.

    单位 · the figure the split used (人口数, 在职人数 or 总人数) · the quota · 计划献血时间 (when
    quotas carry slots: month, 上/中/下旬, 全年) · 采血点 (when slots name sites), and a 合计 row.
    Rows: 区县 first, each 系统 followed by its members (indented), otherwise the plan's order.
    Units without the figure leave the cell blank, as 平利 did for its two hospitals; the 合计 sums
    the figures that are there. Amounts are plain numbers under a header naming the measure, so
    the Excel copy can sum them. The clerk hides columns per draft (`hidden_columns`).
    """
    quotas = [q for q in plan_quotas(db, plan.id) if q.amount > 0]
    if not quotas:
        raise KnownError(
            translate("notices", "献血计划“{name}”还没有分配指标，无法生成指标表。").format(name=plan.name)
        )
    unit_word, quota_word = _QUOTA_WORDS.get(plan.measure, ("单位", f"任务数（{plan.measure_label}）"))
    key = _figure_key(quotas)
    rows_in_order = _ordered(quotas)
    has_members = any(member for _, member in rows_in_order)
    columns = [Column(unit_word, 1.4, "left" if has_members else "center")]
    if key:
        columns.append(Column(_FIGURES[key][0], 1.0))
    columns.append(Column(quota_word, 1.2))
    # A slot column only says something when some unit has a time of its own: 平利's demo plan
    # is all 全年, and its published table has no time column.
    with_slot = any(q.slot_id is not None and q.slot_label not in ("", "全年") for q in quotas)
    with_site = any(q.site_name for q in quotas)
    if with_slot:
        columns.append(Column("计划献血时间", 1.2))
    if with_site:
        columns.append(Column("采血点", 1.4))
    rows: list[list[str]] = []
    figure_sum = 0
    parent_counted = False  # a 系统 with its own figure already holds its members'
    for q, member in rows_in_order:
        row = [("\u3000\u3000" if member else "") + q.unit_name]
        if key:
            value = _FIGURES[key][1](q)
            row.append(_number(value) if value else "")
            if not (member and parent_counted):
                figure_sum += value or 0
            if not member:
                parent_counted = bool(value)
        row.append(_number(q.amount))
        if with_slot:
            row.append(q.slot_label)
        if with_site:
            row.append(q.site_name)
        rows.append(row)
    total = ["合计"] + ([_number(figure_sum)] if key else []) + [_number(sum(q.amount for q in quotas))]
    total += [""] * (len(columns) - len(total))
    level = county[-1] if county and county[-1] in "县市区州旗盟" else "县"
    return TableSpec(
        source="quota",
        title=quota_title(plan, quotas, level),
        columns=columns,
        rows=rows,
        total_row=total,
    )


# -- 如皋: months ----------------------------------------------------------------------------
def _entry_text(entry: MonthEntry, whole_year: bool = False) -> str:
    text = f"{entry.unit_name}{entry.amount}"
    if whole_year:
        return text + "（全年）"
    if entry.slot_label.endswith("旬"):
        return text + f"（{entry.slot_label[-2:]}）"
    return text


def _packed(entries: list[str]) -> str:
    """如皋 writes every entry followed by a full-width semicolon, the last one too."""
    return "".join(f"{e}；" for e in entries)


def plan_months_table(db: Database, plan: PlanRecord, county: str) -> TableSpec:
    """One row per month that has quotas; 全年 quotas go into the last month's row, outside its 合计.

    如皋 2020's December row reads "卫健系统600（全年）；教育系统600（全年）；城北街道545；" with 合计
    545: a whole-year quota is not December's work. Quotas without a slot get a 时间待定 row so
    nothing assigned is left out; a plan with only whole-year quotas gets a single 全年 row. The
    全年合计 row counts everything, whole-year quotas included.
    """
    view = month_view(db, plan.id)
    multi_year = plan.start_date.year != plan.end_date.year
    months = [m for m in view.months if any(e.amount > 0 for e in m.entries)]
    whole = [e for e in view.whole_year if e.amount > 0]
    unscheduled = [e for e in view.unscheduled if e.amount > 0]
    if not months and not whole and not unscheduled:
        raise KnownError(
            translate("notices", "献血计划“{name}”还没有分配指标，无法生成计划分解表。").format(
                name=plan.name
            )
        )
    rows: list[list[str]] = []
    if whole and not months:
        # Nothing is tied to a month: one 全年 row, whose 合计 is then the year's.
        rows.append(["全年", _packed([_entry_text(e) for e in whole]), _number(sum(e.amount for e in whole))])
        whole = []
    elif whole and months[-1] is not view.months[-1]:
        months.append(view.months[-1])
    for i, month in enumerate(months):
        entries = [_entry_text(e) for e in month.entries if e.amount > 0]
        if whole and i == len(months) - 1:
            entries = [_entry_text(e, whole_year=True) for e in whole] + entries
        label = f"{month.year}年{month.month}月" if multi_year else f"{month.month}月份"
        rows.append([label, _packed(entries), _number(month.total)])
    if unscheduled:
        rows.append(
            [
                "时间待定",
                _packed([_entry_text(e) for e in unscheduled]),
                _number(sum(e.amount for e in unscheduled)),
            ]
        )
    unit = "人" if plan.measure == "人次" else plan.measure_label
    year_part = f"{plan.year}年度" if not multi_year else ""
    return TableSpec(
        source="schedule",
        title=f"{county}{year_part}无偿献血计划分解表",
        columns=[Column("月份", 0.9), Column(f"单位及计划数（{unit}）", 4.2, "left"), Column("合计", 0.8)],
        rows=rows,
        total_row=["全年合计", "", _number(view.total)],
        note="献血时需携带身份证。",
    )


# -- 寿县: drives -----------------------------------------------------------------------------
def drive_layout_wanted(db: Database, plan: PlanRecord) -> bool:
    """寿县's drive table when any drive names its participants in words; else 如皋's months."""
    return any(s.participants.strip() for s in plan_slots(db, plan.id))


def plan_drives_table(db: Database, plan: PlanRecord, county: str) -> TableSpec:
    """One row per drive in time order: when, who (the drive's own words, else its units), where."""
    slots = plan_slots(db, plan.id)
    quotas = plan_quotas(db, plan.id)
    names: dict[int, list[str]] = {}
    unscheduled: list[str] = []
    for q in quotas:
        if q.slot_id is None:
            if q.amount > 0:
                unscheduled.append(q.unit_name)
        else:
            names.setdefault(q.slot_id, []).append(q.unit_name)
    rows: list[list[str]] = []
    for slot in slots:
        who = slot.participants.strip() or "、".join(names.get(slot.id, []))
        if not who:
            continue
        rows.append([slot.slot().label(with_year=True), who, slot.site_name, slot.note])
    if unscheduled:
        rows.append(["时间待定", "、".join(unscheduled), "", ""])
    if not rows:
        raise KnownError(
            translate("notices", "献血计划“{name}”还没有排期，无法生成时间安排表。").format(name=plan.name)
        )
    single_year = plan.start_date.year == plan.end_date.year
    return TableSpec(
        source="schedule",
        title=f"{county}{f'{plan.year}年' if single_year else ''}无偿献血时间安排表",
        columns=[
            Column("时间", 1.1),
            Column("参与献血单位、对象", 2.6, "left"),
            Column("采血点", 1.5),
            Column("备注", 0.6),
        ],
        rows=rows,
    )


def schedule_table(db: Database, plan: PlanRecord, county: str) -> TableSpec:
    """The plan's 安排表 in whichever layout its data supports (see `drive_layout_wanted`)."""
    if drive_layout_wanted(db, plan):
        return plan_drives_table(db, plan, county)
    return plan_months_table(db, plan, county)


register_table("quota", quota_table)
register_table("schedule", schedule_table)
