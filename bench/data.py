"""Made-up rosters at any size, with names like a county's: 城关镇中心小学, 县人民医院第3分院."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = [
    "城关",
    "长安",
    "兴隆",
    "西河",
    "大贵",
    "洛河",
    "三阳",
    "广佛",
    "八仙",
    "正阳",
    "老县",
    "平利",
    "汉阴",
    "石泉",
    "宁陕",
    "紫阳",
    "岚皋",
    "镇坪",
    "旬阳",
    "白河",
    "安康",
    "汉滨",
    "恒口",
    "五里",
    "大河",
    "关庙",
    "张滩",
    "瀛湖",
    "晏坝",
    "茨沟",
    "谭坝",
    "叶坪",
    "中原",
    "吉河",
    "早阳",
    "流水",
    "大竹园",
    "双龙",
    "牛蹄",
    "石梯",
    "田坝",
    "坝河",
    "紫荆",
    "东镇",
    "高滩",
    "铜钱",
    "曾家",
    "长沙铺",
    "重阳",
    "乐丰",
    "单店",
    "解放",
    "朝阳",
    "和平",
    "文昌",
    "凤凰",
    "龙王",
]
KINDS = [
    "镇",
    "镇人民政府",
    "镇中心小学",
    "镇中学",
    "镇卫生院",
    "村委会",
    "社区",
    "派出所",
    "供电所",
    "信用社",
    "中心学校",
    "幼儿园",
    "农业银行支行",
    "邮政支局",
    "粮站",
    "林业站",
    "水利站",
    "财政所",
    "司法所",
    "学校",
    "公司",
    "工厂",
    "医院",
]


def unit_names(n: int, seed: int = 7) -> list[str]:
    """*n* distinct names; some end in a number, as 第3分院 or 2号 do."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n:
        name = rng.choice(PLACES) + rng.choice(KINDS)
        if name in seen:
            name = f"{name}第{len(names)}分部"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def make_roster_workbook(path: Path, n: int) -> Path:
    """A roster sheet as clerks send it: a title, spaced headers, the units, a total row."""
    import xlsxwriter

    rng = random.Random(11)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("名册")
    ws.write_row(0, 0, ["2024年献血单位名册"])
    ws.write_row(1, 0, ["单 位", "类别", "人口数", "在职人数", "联络员", "联系电话"])
    for i, name in enumerate(unit_names(n)):
        ws.write_row(
            i + 2, 0, [name, "", rng.randint(3000, 60000), rng.randint(3, 900), "张三", f"138{i:08d}"]
        )
    ws.write_row(n + 2, 0, ["合计"])
    wb.close()
    return path


def fill_database(db, n: int, year: int = 2024, *, members_every: int = 50) -> None:  # type: ignore[no-untyped-def]
    """*n* units with the year's figures, written with Core; every *members_every*-th unit is a
    系统 holding the next ten as members (so the tree has depth)."""
    from sqlalchemy import insert, update

    from app.pinyin import initials_variants
    from db.models import Unit, UnitYear

    rng = random.Random(5)
    names = unit_names(n)
    with db.session() as s:
        s.execute(
            insert(Unit.__table__),
            [
                {
                    "name": name,
                    "kind": "系统" if i % members_every == 0 else "其他",
                    "sort_order": i + 1,
                    "py_initials": " ".join(sorted(initials_variants(name))),
                    "archived": False,
                    "note": "",
                }
                for i, name in enumerate(names)
            ],
        )
        s.execute(
            insert(UnitYear.__table__),
            [
                {
                    "unit_id": i + 1,
                    "year": year,
                    "population": rng.randint(3000, 60000),
                    "staff": rng.randint(3, 900),
                    "contact_name": "张三",
                    "contact_phone": f"138{i:08d}",
                }
                for i in range(n)
            ],
        )
        members = [
            {"b_id": i + 1 + k, "b_parent": i + 1}
            for i in range(0, n, members_every)
            for k in range(1, 11)
            if i + 1 + k <= n
        ]
        if members:
            from sqlalchemy import bindparam

            table = Unit.__table__
            s.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(parent_id=bindparam("b_parent")),
                members,
            )
