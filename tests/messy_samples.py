"""The clean tables the messy variants of :mod:`messy_tables` start from: a roster, a quota table
and a blood-station export, with the figures and donations a correct import must give."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from messy_tables import RED_HEAD, Layout

from app.donations.idcard import check_digit

UNITS = [
    ("城关镇", 47277, 320, 520),
    ("长安镇", 17464, 85, 200),
    ("县医院", None, 650, 80),
    ("县第一中学", None, 1210, 50),
]
ROSTER = Layout(
    ["单位名称", "人口数", "在职人数"],
    [[name, pop, staff] for name, pop, staff, _ in UNITS],
)
PLAN = Layout(["单位", "人口数", "指标"], [[name, pop, amount] for name, pop, _, amount in UNITS])
TITLES = [*RED_HEAD, "", "2024年各单位无偿献血任务分解表", "填报单位：（盖章）"]


def total_row(layout: Layout) -> list:
    sums = [sum(r[i] or 0 for r in layout.rows) for i in range(1, len(layout.header))]
    return ["合计", *sums]


D = dt.date
HEADER = [
    "献血码", "献血者姓名", "血型", "Rh(D)", "性别", "年龄", "献血类型", "证件号码", "地址",
    "所属单位", "采血日期", "采血形式", "采血量",
]  # fmt: skip
COL = {h: i for i, h in enumerate(HEADER)}


def make_id(birth: D, male: bool, want_x: bool = False) -> str:
    for seq in range(100):
        first17 = f"612401{birth:%Y%m%d}{seq:02d}{1 if male else 2}"
        if (check_digit(first17) == "X") == want_x:
            return first17 + check_digit(first17)
    raise AssertionError


PEOPLE = [  # name, birth, male, abo, rh, unit, day, kind, amount, id
    ("刘洋", D(1990, 4, 12), True, "A", "阳性", "城关镇", D(2024, 3, 5), "全血", "400ml"),
    ("陈静", D(1995, 9, 3), False, "O", "阳性", "县人民医院", D(2024, 3, 6), "全血", "200ml"),
    ("杨帆", D(1988, 1, 25), True, "B", "阴性", "县第一中学", D(2024, 4, 1), "全血", "300ml"),
    ("黄磊", D(1979, 12, 1), True, "AB", "阳性", "县公安局", D(2024, 5, 20), "机采血小板", "2治疗量"),
    ("赵敏", D(2000, 6, 18), False, "O", "阳性", "县农商银行", D(2024, 6, 3), "全血", "400ml"),
]
IDS = [make_id(p[1], p[2], want_x=(i == 0)) for i, p in enumerate(PEOPLE)]
EXPECTED = {
    IDS[0]: (D(2024, 3, 5), "whole", 400, 0, "A", "+"),
    IDS[1]: (D(2024, 3, 6), "whole", 200, 0, "O", "+"),
    IDS[2]: (D(2024, 4, 1), "whole", 300, 0, "B", "-"),
    IDS[3]: (D(2024, 5, 20), "platelets", 0, 2, "AB", "+"),
    IDS[4]: (D(2024, 6, 3), "whole", 400, 0, "O", "+"),
}


def station_row(i: int) -> list:
    name, birth, male, abo, rh, unit, day, kind, amount = PEOPLE[i]
    age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    values = {
        "献血码": f"0124{day:%Y%m%d}{i:04d}",
        "献血者姓名": name,
        "血型": abo,
        "Rh(D)": rh,
        "性别": "男" if male else "女",
        "年龄": age,
        "献血类型": kind,
        "证件号码": IDS[i],
        "地址": "安康市旬阳县",
        "所属单位": unit,
        "采血日期": day,
        "采血形式": "街头",
        "采血量": amount,
    }
    return [values[h] for h in HEADER]


EXPORT = Layout(list(HEADER), [station_row(i) for i in range(len(PEOPLE))])


def set_cells(layout: Layout, column: str, values: list) -> Layout:
    """*layout* with column *column*'s cells replaced, row by row."""
    at = layout.header.index(column)
    rows = [[values[r] if c == at else v for c, v in enumerate(cells)] for r, cells in enumerate(layout.rows)]
    return replace(layout, rows=rows)
