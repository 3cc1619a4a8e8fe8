"""以献定用: share out the blood available for a period in proportion to each unit's completion.

When blood is short the station supplies each county (or unit) according to how much of its
quota it has done (临夏州 2021, 张家界). The rule applied here, stated in every result:

1. every unit with a quota first gets the emergency floor (应急保底), whatever it has done, so
   rescue cases are supplied everywhere;
2. the rest is shared in proportion to what each unit's completion earns: its done amount, but
   no more than *cap* × its quota (default 100 %: donating beyond the quota earns no extra
   blood, so a small unit at 200 % does not outweigh a large one at 90 %). Equivalently: quota ×
   min(rate, cap), i.e. proportional to completion, weighted by the unit's size;
3. the shares are whole numbers (blood comes in whole bags) by largest remainder, so they add up
   to the available amount exactly. If no unit has done anything yet, the rest is shared by quota.
"""

from __future__ import annotations

from fractions import Fraction

from app.errors import InputError, RowProblem
from app.i18n import translate
from app.progress.counting import amount_text
from app.progress.records import Progress, Supply, SupplyRow

__all__ = ["allocate_supply", "largest_remainder"]


def largest_remainder(total: int, weights: list[Fraction]) -> list[int]:
    """Whole parts of *total* in proportion to *weights*, summing to *total* exactly; ties in the
    remainder go to the earlier entry (roster or rank order, whichever the caller passes)."""
    whole = sum(weights, Fraction(0))
    if total <= 0 or not weights or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(e) for e in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def allocate_supply(
    progress: Progress, available: int, *, floor: int = 0, cap: Fraction = Fraction(1)
) -> Supply:
    """Each top-level unit's allowance of *available* (in the plan's measure).

    Raises InputError for a negative amount, a negative floor, a cap not above zero, or floors
    adding up to more than is available.
    """
    units = [u for u in progress.ranked if u.quota > 0]
    label = progress.plan.measure_label
    problems = []
    if available < 0:
        problems.append(RowProblem(0, translate("progress", "可供血量"), translate("progress", "不能为负数")))
    if floor < 0:
        problems.append(RowProblem(0, translate("progress", "应急保底"), translate("progress", "不能为负数")))
    if cap <= 0:
        problems.append(RowProblem(0, translate("progress", "封顶完成率"), translate("progress", "应大于0")))
    if not problems and floor * len(units) > available:
        problems.append(
            RowProblem(
                0,
                translate("progress", "应急保底"),
                translate("progress", "{n}个单位各保底{floor}，合计{sum}，超过可供血量{available}").format(
                    n=len(units), floor=floor, sum=floor * len(units), available=available
                ),
            )
        )
    if problems:
        raise InputError(translate("progress", "无法计算以献定用分配："), problems)
    weights = [min(u.done, cap * u.quota) for u in units]
    rest = available - floor * len(units)
    by_quota = not any(weights)
    parts = largest_remainder(rest, [Fraction(u.quota) for u in units] if by_quota else weights)
    rows = [
        SupplyRow(u.unit_id, u.name, u.quota, u.done, u.rate, w, floor, floor + part)
        for u, w, part in zip(units, weights, parts, strict=True)
    ]
    explanation = translate(
        "progress",
        "可供血量{available}{m}：各单位先保底{floor}{m}用于应急，其余{rest}{m}按完成数占比分配"
        "（完成数超过任务数{cap}的部分不计），取整后按最大余数凑足总数。",
    ).format(
        available=available,
        m=label,
        floor=floor,
        rest=rest,
        cap=f"{amount_text(cap * 100)}%",
    )
    if by_quota and units:
        explanation += translate("progress", "目前各单位都还没有完成数，其余部分暂按任务数占比分配。")
    return Supply(available, floor, cap, label, rows, explanation)
