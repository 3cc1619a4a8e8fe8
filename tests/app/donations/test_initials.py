from __future__ import annotations

import random

from app.donations.initials import search_keys
from app.pinyin import search_key
from bench.donations_data import name


def test_the_fast_keys_equal_the_reference_for_every_kind_of_name():
    rng = random.Random(1)
    names = [name(rng) for _ in range(20000)]
    names += [
        "单雄信",
        "曾国藩",
        "解缙",
        "区志坚",
        "长孙无忌",
        "尉迟恭",
        "欧阳修",
        "覃小明",
        "乐嘉",
        "阿卜杜·热合曼",
        "Tom李",
        "王重阳",
        "张长弓",
    ]
    keys = search_keys(names)
    assert {n: search_key(n) for n in names} == keys
    assert keys["单雄信"] == "dxx sxx" and keys["欧阳修"] == search_key("欧阳修")
