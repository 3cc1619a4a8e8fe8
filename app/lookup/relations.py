"""The words for who may use blood under a donor's entitlement: 本人 and the relations.

Rule sets name relations with the canonical words below; clerks type what the person says
(母亲, 丈夫, 岳父), so :func:`canonical_relation` maps everyday words to the canonical one.
"""

from __future__ import annotations

from app.i18n import translate

CTX = "lookup"

SELF = "本人"

#: Canonical relations a rule set may list, in the order the lookup shows them.
RELATIONS: tuple[str, ...] = (
    "配偶",
    "父母",
    "子女",
    "兄弟姐妹",
    "配偶父母",
    "祖父母",
    "外祖父母",
    "孙子女",
    "外孙子女",
    "养父母",
    "养子女",
)

_ALIASES: dict[str, str] = {
    "丈夫": "配偶",
    "妻子": "配偶",
    "爱人": "配偶",
    "夫": "配偶",
    "妻": "配偶",
    "父亲": "父母",
    "母亲": "父母",
    "爸爸": "父母",
    "妈妈": "父母",
    "父": "父母",
    "母": "父母",
    "儿子": "子女",
    "女儿": "子女",
    "子": "子女",
    "女": "子女",
    "哥哥": "兄弟姐妹",
    "姐姐": "兄弟姐妹",
    "弟弟": "兄弟姐妹",
    "妹妹": "兄弟姐妹",
    "兄弟": "兄弟姐妹",
    "姐妹": "兄弟姐妹",
    "岳父": "配偶父母",
    "岳母": "配偶父母",
    "公公": "配偶父母",
    "婆婆": "配偶父母",
    "祖父": "祖父母",
    "祖母": "祖父母",
    "爷爷": "祖父母",
    "奶奶": "祖父母",
    "外祖父": "外祖父母",
    "外祖母": "外祖父母",
    "外公": "外祖父母",
    "外婆": "外祖父母",
    "孙子": "孙子女",
    "孙女": "孙子女",
    "外孙": "外孙子女",
    "外孙女": "外孙子女",
    "养父": "养父母",
    "养母": "养父母",
    "养子": "养子女",
    "养女": "养子女",
}

#: Papers the clerk saw that prove the relation.
EVIDENCE: tuple[str, ...] = ("户口本", "结婚证", "派出所证明", "出生医学证明", "收养登记证")


def canonical_relation(word: str) -> str | None:
    """本人, a canonical relation, or None when the word is not a relation we know."""
    word = (word or "").strip()
    if word in (SELF, "自己", "献血者"):
        return SELF
    if word in RELATIONS:
        return word
    return _ALIASES.get(word)


def split_evidence(text: str) -> tuple[list[str], list[str]]:
    """The evidence words in *text* (、，, or spaces between them): (known, unknown)."""
    parts = [p.strip() for p in text.replace("，", "、").replace(",", "、").replace(" ", "、").split("、")]
    known = [p for p in parts if p in EVIDENCE]
    unknown = [p for p in parts if p and p not in EVIDENCE]
    return known, unknown


def relation_problem(word: str) -> str:
    """The clerk's words for a relation we do not know."""
    return translate("lookup", "“{word}”不是可识别的亲属关系（可用：本人、{known}）").format(
        word=word, known="、".join(RELATIONS)
    )
