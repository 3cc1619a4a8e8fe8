"""app.pinyin: initials for search, with surname readings pypinyin gets wrong (PITFALLS.md §7)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.pinyin import initials, initials_variants, search_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", "zs"),
        ("城关镇", "cgz"),
        ("县中医医院", "xzyyy"),
        ("A座张三", "azzs"),
        ("ＡＢ１２科", "ab12k"),
        ("买买提·艾力", "mmtal"),
        ("融媒体中心（传媒集团）", "rmtzxcmjt"),
        ("", ""),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # pypinyin's default reading first, then the surname reading: both are indexed.
        ("单雄信", {"dxx", "sxx"}),
        ("曾国藩", {"cgf", "zgf"}),
        ("解缙", {"jj", "xj"}),
        ("区志坚", {"qzj", "ozj"}),
        ("仇英", {"cy", "qy"}),
        ("查良镛", {"cly", "zly"}),
        ("乐嘉", {"lj", "yj"}),
        ("覃小明", {"txm", "qxm"}),
        ("翟志刚", {"dzg", "zzg"}),
        ("朴槿惠", {"pjh"}),
        ("盖聂", {"gn"}),
        ("尉迟恭", {"ycg"}),
        ("长孙无忌", {"zswj"}),
        ("万俟卨", {"mqx"}),
        ("欧阳修", {"oyx"}),
        ("张三", {"zs"}),
        ("", set()),
    ],
)
def test_initials_variants(name, expected):
    assert initials_variants(name) == expected


def test_surname_override_applies_to_the_surname_only():
    # 单 in the given name keeps its default reading; only the surname gets the override.
    assert initials_variants("王单") == {"wd"}
    assert initials_variants("单单") == {"dd", "sd"}


def test_search_key_puts_the_default_first():
    assert search_key("单雄信") == "dxx sxx"
    assert search_key("张三") == "zs"
    assert search_key("") == ""


def test_search_key_finds_people_by_either_reading_with_like():
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA case_sensitive_like=ON")
    con.execute("CREATE TABLE donor (name TEXT, py TEXT)")
    con.execute("CREATE INDEX ix_py ON donor (py)")
    names = ["单雄信", "邓小新", "曾国藩", "张三", "查良镛"]
    con.executemany("INSERT INTO donor VALUES (?, ?)", [(n, search_key(n)) for n in names])

    def find(q: str) -> list[str]:
        rows = con.execute(
            "SELECT name FROM donor WHERE py LIKE ? OR py LIKE ? ORDER BY rowid", (f"{q}%", f"% {q}%")
        ).fetchall()
        return [r[0] for r in rows]

    assert find("sxx") == ["单雄信"]
    assert find("dxx") == ["单雄信", "邓小新"]  # over-matching beats missing
    assert find("zg") == ["曾国藩"]
    assert find("cg") == ["曾国藩"]
    assert find("zs") == ["张三"]
    assert find("zl") == ["查良镛"]


def test_importing_the_module_does_not_import_pypinyin():
    code = "import sys, app.pinyin; assert 'pypinyin' not in sys.modules; app.pinyin.initials('张'); print('pypinyin' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
