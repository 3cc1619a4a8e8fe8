"""app.pinyin's per-character table gives pypinyin's answer, only faster."""

from __future__ import annotations

import random
import unicodedata

from app.pinyin import _fixed_initials, _initials_by_pypinyin, initials


def test_the_table_agrees_with_pypinyin_on_every_character_it_holds():
    table, _han = _fixed_initials()
    chars = sorted(table)
    assert len(chars) > 30_000  # most characters have one initial whatever their reading
    random.Random(3).shuffle(chars)  # neighbours at random, so pypinyin's phrases get their say
    for start in range(0, len(chars), 60):
        chunk = "".join(chars[start : start + 60])
        assert initials(chunk) == _initials_by_pypinyin(chunk), chunk


def test_names_with_heteronyms_letters_and_marks_read_as_pypinyin_reads_them():
    names = [
        "长安镇",
        "长沙市",
        "重庆路小学",
        "银行街道",
        "单县人民医院",
        "A座张三",
        "ＡＢ１２科",
        "买买提·艾力",
        "融媒体中心（传媒集团）",
        "第3中学",
        "〇七二厂",
        "乐山大佛景区管委会",
    ]
    for name in names:
        assert initials(name) == _initials_by_pypinyin(unicodedata.normalize("NFKC", name)), name
    table, _han = _fixed_initials()
    assert "长" not in table and "重" not in table and "行" not in table


def test_random_names_full_of_heteronyms_read_as_pypinyin_reads_them_whole():
    rng = random.Random(5)
    chars = "长重行乐单曾解区仇查覃盖都和角朴的地得了着城关镇兴隆县中医院人民银行教育局卫生A3·（）"
    for _ in range(3000):
        name = "".join(rng.choice(chars) for _ in range(rng.randint(1, 10)))
        assert initials(name) == _initials_by_pypinyin(unicodedata.normalize("NFKC", name)), name
