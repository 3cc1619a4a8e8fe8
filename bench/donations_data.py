"""Realistic data for the donations benchmark: a county's units, people with common names and valid
ID numbers, and their donations over fifteen years (bench/bench_donations.py)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from app.donations.idcard import check_digit

# The hundred most common surnames, most common first (weights fall off roughly as in the census).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = ("欧阳", "司马", "诸葛", "上官")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红建国文辉鹏飞婷雪梅琳晨浩宇欣怡子涵思雨佳"
    "俊杰博文志强海燕春梅秀兰凤英振华永红少华德明玉珍金凤立新晓东晓燕丹丹亮亮斌宁波峰云龙凯旭阳帅"
    "颖倩璐瑶莉萌蕾琪慧巧燕琴"
)
REGIONS = ("610928", "612427", "610902", "612401")  # 旬阳 (new/old codes), 汉滨, 安康地区
TOWNS = [
    "城关镇",
    "棕溪镇",
    "关口镇",
    "蜀河镇",
    "双河镇",
    "小河镇",
    "赵湾镇",
    "麻坪镇",
    "甘溪镇",
    "白柳镇",
    "吕河镇",
    "神河镇",
    "赤岩镇",
    "段家河镇",
    "金寨镇",
    "桐木镇",
    "构元镇",
    "石门镇",
    "红军镇",
    "仁河口镇",
    "铜钱关镇",
]
DEPARTMENTS = [
    "县委办",
    "县政府办",
    "县人大办",
    "县政协办",
    "县纪委监委",
    "县委组织部",
    "县委宣传部",
    "县委统战部",
    "县委政法委",
    "县发改局",
    "县教育局",
    "县科技局",
    "县工信局",
    "县公安局",
    "县民政局",
    "县司法局",
    "县财政局",
    "县人社局",
    "县自然资源局",
    "县住建局",
    "县交通局",
    "县水利局",
    "县农业农村局",
    "县商务局",
    "县文旅局",
    "县卫健局",
    "县退役军人事务局",
    "县应急管理局",
    "县审计局",
    "县市场监管局",
    "县统计局",
    "县林业局",
    "县医保局",
    "县城管局",
    "县税务局",
    "县气象局",
    "县供电公司",
    "县农商银行",
    "县邮政公司",
    "县烟草公司",
    "县移动公司",
    "县电信公司",
    "县联通公司",
    "县人武部",
    "武警中队",
    "消防救援大队",
]
HOSPITALS = [
    "县医院",
    "县中医医院",
    "县妇幼保健院",
    "县疾控中心",
    "城关镇卫生院",
    "蜀河镇卫生院",
    "吕河镇卫生院",
]
SCHOOLS = ["县中学", "县第二中学", "县职教中心", "城关中学", "城关小学", "蜀河中学", "吕河中学", "县实验小学"]
UNITS = (*TOWNS, *DEPARTMENTS, *HOSPITALS, *SCHOOLS)
CATEGORIES = ("街头个人",) * 6 + ("团体",) * 3 + ("学生", "军人", "应急", "互助")


@dataclass(frozen=True)
class Person:
    id_number: str
    name: str
    sex: str
    birth: dt.date
    abo: str
    rh: str
    phone: str
    unit: str


def name(rng: random.Random) -> str:
    if rng.random() < 0.002:
        surname = rng.choice(COMPOUND)
    else:
        surname = SURNAMES[min(int(rng.expovariate(1 / 18)), len(SURNAMES) - 1)]
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return surname + given


def people(n: int, seed: int = 11) -> list[Person]:
    """*n* distinct people with valid 18-digit numbers (region, birth date, order code, check)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < n:
        birth = dt.date(1968, 1, 1) + dt.timedelta(days=rng.randrange(0, 37 * 365))
        male = rng.random() < 0.55
        seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
        first17 = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
        number = first17 + check_digit(first17)
        if number in seen:
            continue
        seen.add(number)
        r = rng.random()
        abo = "O" if r < 0.34 else "A" if r < 0.62 else "B" if r < 0.91 else "AB"
        out.append(
            Person(
                id_number=number,
                name=name(rng),
                sex="男" if male else "女",
                birth=birth,
                abo=abo,
                rh="-" if rng.random() < 0.004 else "+",
                phone=f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
                unit=rng.choice(UNITS),
            )
        )
    return out


@dataclass(frozen=True)
class Gift:
    person: int
    day: dt.date
    kind: str
    volume_ml: int
    doses: int
    category: str
    code: str
    certificate: str


def donations(
    persons: list[Person], n: int, *, start: dt.date, end: dt.date, seed: int = 5
) -> Iterator[Gift]:
    """*n* donations spread over the people (repeat donors give often), dated between *start* and
    *end* while each donor is 18 to 55, at intervals a real donor keeps (whole blood every six
    months or more, platelets every two weeks or more)."""
    from app.donations.eligibility import add_years

    rng = random.Random(seed)
    next_day: dict[int, dt.date] = {}
    made = serial = 0
    order = list(range(len(persons)))
    while made < n:
        rng.shuffle(order)
        progressed = False
        for index in order:
            if made >= n:
                break
            person = persons[index]
            first = max(start, add_years(person.birth, 18), next_day.get(index, start))
            last = min(end, add_years(person.birth, 56) - dt.timedelta(days=1))
            if first > last:
                continue
            platelet_donor = index % 17 == 0
            count = 1 + min(int(rng.expovariate(1 / 2.3)), 30)
            day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
            for _ in range(count):
                if made >= n or day > last:
                    break
                serial += 1
                progressed = True
                if platelet_donor:
                    kind, ml, doses, gap = "platelets", 0, rng.choice((1, 2, 2)), rng.randrange(15, 120)
                else:
                    kind, ml, doses, gap = (
                        "whole",
                        rng.choice((200, 300, 400, 400, 400)),
                        0,
                        rng.randrange(185, 900),
                    )
                yield Gift(
                    index,
                    day,
                    kind,
                    ml,
                    doses,
                    rng.choice(CATEGORIES),
                    f"{day:%Y%m%d}{serial:08d}",
                    f"6109{day:%Y}{serial:08d}",
                )
                made += 1
                day += dt.timedelta(days=gap)
            next_day[index] = day
        if not progressed:
            return
