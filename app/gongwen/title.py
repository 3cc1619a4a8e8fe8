"""Sizing the big lines of a notice: breaking a 2号 title into lines and fitting the 标志.

Titles are broken by meaning (never inside 《》, a number or a common word; preferring a break
before 关于) into the trapezoid or diamond shape GB/T 9704 §7.3.1 asks for; the 发文机关标志 is
condensed, then reduced, until it fits one line of the type area. Used for the notice title and
for appendix titles, whose line count also feeds the 版记 fit estimate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import pairwise

from app.gongwen.metrics import SIZE_MARK_MAX, TYPE_W
from app.gongwen.model import text_width


def _line_width(text: str) -> float:
    """Printed width of a title line in characters: half-width characters a little over half a
    character, and a quarter character of automatic space where CJK meets Latin or digits
    (measured: "《关于做好2017年…意见》的函", 20 by `text_width`, wrapped its last character)."""
    width = sum(1.0 if not ch.isascii() else 0.55 for ch in text)
    return width + 0.25 * sum(1 for a, b in pairwise(text) if a.isascii() != b.isascii())


_PROTECTED_WORDS = (
    "人民政府",
    "办公室",
    "办公厅",
    "委员会",
    "领导小组",
    "无偿献血",
    "献血",
    "用血",
    "采血",
    "血液",
    "供应",
    "保障",
    "工作",
    "通知",
    "意见",
    "方案",
    "计划",
    "指标",
    "任务",
    "全民",
    "进一步",
    "推动",
    "做好",
    "加强",
    "开展",
    "实施",
    "管理",
    "卫生",
    "健康",
    "关于",
    "办法",
    "决定",
    "安排",
    "年度",
)
_OPENERS = "（《“‘〔［【(["
_CLOSERS = "，。、；：！？）》”’〕］】),.;:!?"
_DOC_ENDINGS = ("的通知", "的意见", "的决定", "的报告", "的批复", "的函", "的通报", "的方案", "的办法")


def _break_ok(text: str, i: int) -> bool:
    """Whether a title may be broken before text[i]."""
    a, b = text[i - 1], text[i]
    if b in _CLOSERS or a in _OPENERS:
        return False
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return False
    if a.isdigit():  # "2017|年", "64|号"
        return False
    depth = 0
    for ch in text[:i]:
        if ch in "《“":
            depth += 1
        elif ch in "》”":
            depth = max(0, depth - 1)
    return depth == 0


def _break_score(text: str, i: int) -> float:
    score = 0.0
    rest, head = text[i:], text[:i]
    if rest.startswith("关于"):
        score += 30
    if rest.startswith("《") or head.endswith("》") or head.endswith("、") or head.endswith("，"):
        score += 10
    if rest[:1].isdigit():
        score += 8
    if head.endswith("年") and len(head) > 1 and head[-2].isdigit():
        score += 6
    if any(rest.startswith(e) for e in _DOC_ENDINGS) or rest.startswith("的"):
        score -= 20
    for word in _PROTECTED_WORDS:
        start = text.find(word)
        while start != -1:
            if start < i < start + len(word):
                score -= 15
            start = text.find(word, start + 1)
    return score


def split_title(title: str, max_width: float = 20.0) -> list[str]:
    """Break a 2号 title into lines of at most *max_width* characters, keeping words whole.

    Explicit '\\n' in the title wins. Otherwise the fewest lines are used, preferring a break
    before 关于, never inside 《》 or a number, and a trapezoid/diamond shape (§7.3.1).
    """
    title = title.strip()
    if "\n" in title:
        return [line.strip() for line in title.split("\n") if line.strip()]
    if _line_width(title) <= max_width:
        return [title]
    n_min = math.ceil(_line_width(title) / max_width)
    positions = [i for i in range(1, len(title)) if _break_ok(title, i)]
    best: tuple[float, list[str]] | None = None
    for n in (n_min, n_min + 1):
        if n > 4:
            break
        for cuts in _combinations(positions, n - 1, len(title)):
            bounds = [0, *cuts, len(title)]
            lines = [title[bounds[k] : bounds[k + 1]] for k in range(n)]
            widths = [_line_width(s) for s in lines]
            if max(widths) > max_width or min(widths) < 2:
                continue
            score = sum(_break_score(title, c) for c in cuts) - 100 * (n - n_min)
            score -= 0.6 * (max(widths) - min(widths))
            if n == 2 and widths[0] > widths[1]:
                score -= 0.5 * (widths[0] - widths[1])
            if n >= 3 and max(widths) != max(widths[1:-1]) and widths[0] > widths[-1]:
                score -= 3
            if best is None or score > best[0]:
                best = (score, lines)
        if best is not None:
            break
    if best is None:  # nothing whole fits: cut by width
        lines, current = [], ""
        for ch in title:
            if current and _line_width(current + ch) > max_width:
                lines.append(current)
                current = ""
            current += ch
        return [*lines, current]
    return best[1]


def _combinations(positions: list[int], k: int, length: int) -> Iterable[tuple[int, ...]]:
    from itertools import combinations

    if k == 0:
        yield ()
        return
    if len(positions) > 80:  # very long titles: thin out candidates
        positions = positions[:: math.ceil(len(positions) / 80)]
    yield from combinations(positions, k)


def _mark_size(mark: str) -> tuple[int, int | None]:
    """Font size (half-points) and optional width scale (%) so the 标志 fits one 156 mm line.

    Practice keeps the 标志 tall (小初, 36 pt) and condenses long names horizontally; below
    70 % the height is reduced too (down to 一号, 26 pt) before condensing further.
    """
    width = max(text_width(mark), 1.0)
    room = (TYPE_W - 120) / 20  # points, a little slack for rounding in the renderer
    top = SIZE_MARK_MAX / 2
    if width * top <= room:
        return SIZE_MARK_MAX, None
    scale = math.floor(room / (width * top) * 100)
    if scale >= 70:
        return SIZE_MARK_MAX, scale
    size_pt = max(26.0, math.floor(room / (width * 0.7) * 2) / 2)
    scale = min(70, math.floor(room / (width * size_pt) * 100))
    return int(size_pt * 2), max(scale, 33)
