"""Unit kinds and a guess from the name, so an imported roster starts with sensible kinds."""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP, translate
from db.tables.units import UNIT_KINDS

#: Code -> label (source text); :func:`kind_label` shows it translated.
KIND_LABELS = {
    "镇街": QT_TRANSLATE_NOOP("kinds", "镇/街道"),
    "部门": QT_TRANSLATE_NOOP("kinds", "部门"),
    "医院": QT_TRANSLATE_NOOP("kinds", "医院"),
    "学校": QT_TRANSLATE_NOOP("kinds", "学校"),
    "企业": QT_TRANSLATE_NOOP("kinds", "企业"),
    "部队": QT_TRANSLATE_NOOP("kinds", "部队"),
    "区县": QT_TRANSLATE_NOOP("kinds", "区县"),
    "系统": QT_TRANSLATE_NOOP("kinds", "系统"),
    "其他": QT_TRANSLATE_NOOP("kinds", "其他"),
}

_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("系统", ("系统",)),
    ("部队", ("部队", "武警", "驻军", "人武部", "消防救援")),
    ("医院", ("医院", "卫生院", "卫生服务中心", "血站", "妇幼保健")),
    ("学校", ("学校", "中学", "小学", "大学", "学院", "职中", "师范", "一中", "二中", "三中", "如师")),
    ("企业", ("公司", "银行", "集团", "工厂", "厂", "中行", "农行", "工行", "建行", "农商行", "邮政")),
    ("镇街", ("镇", "乡", "街道", "办事处", "管委会")),
    (
        "部门",
        ("局", "委", "办", "部", "院", "会", "中心", "所", "站", "团", "馆", "社", "联", "书店", "党校"),
    ),
    ("区县", ("县", "区", "市")),
)


def kind_label(kind: str) -> str:
    """The label of unit kind *kind* in the user's language; an unknown code as it is."""
    return translate("kinds", KIND_LABELS.get(kind, kind))


#: Each rule as one C-level test: the endings for 镇街 and 区县, else a search for any of the words
#: (an import guesses 30,000 kinds; a generator over the words cost a third of its commit).
_TESTS = tuple(
    (kind, words, None)
    if kind in ("镇街", "区县")
    else (kind, (), re.compile("|".join(map(re.escape, words))))
    for kind, words in _RULES
)


def guess_kind(name: str) -> str:
    """The most likely kind for a unit called *name*; '其他' when nothing fits."""
    n = name.strip()
    for kind, endings, words in _TESTS:
        if words is None:
            if n.endswith(endings):
                return kind
        elif words.search(n):
            return kind
    return "其他"


assert set(KIND_LABELS) == set(UNIT_KINDS)
