"""How donations count in a plan's measure, and how exact figures are shown.

Everything is computed with :class:`~fractions.Fraction` (300 ml of whole blood is 1.5 U, not
1.4999…) and rounded half up only when a figure is written out, so a rate shown as 40.34% is the
exact quotient rounded once, and sums of rounded parts never drift from the exact total.

How one donation counts (``Plan.platelet_per_dose`` overrides the platelet default):

=========  ==========================  ============================================================
measure    whole blood                 apheresis platelets, per 治疗量 (default)
=========  ==========================  ============================================================
``U``      volume / 200 ml             2 U — one 治疗量 is taken as 400 ml of whole blood, as the
                                       湖南 rule and most provincial 用血 rules count it
``ml``     volume in ml                400 ml, for the same reason
``人次``   1 per donation              1 per donation whatever its doses (a 人次 is a visit); with
                                       ``platelet_per_dose`` set, doses × that value instead
=========  ==========================  ============================================================

A platelet donation recorded with 0 doses counts as 1 治疗量: an apheresis donation yields at
least one (GB 18467), so 0 only means the dose was not entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.i18n import translate

ML_PER_U = 200
#: What one 治疗量 of platelets is worth in whole-blood ml for volumes and tonnes.
DOSE_ML = 400
DEFAULT_PER_DOSE: dict[str, int | None] = {"U": 2, "ml": DOSE_ML, "人次": None}
ML_PER_TONNE = 1_000_000  # 1 ml of blood is counted as 1 g, as the reports do (临夏: 4.56 吨)


@dataclass(frozen=True)
class Tally:
    """Raw integer sums over a set of donations; every figure is derived from these exactly."""

    donations: int = 0
    whole_ml: int = 0  # whole-blood volume
    platelets: int = 0  # platelet donations
    doses: int = 0  # 治疗量 of those (0 recorded counts as 1)
    whole_400: int = 0  # whole-blood donations of 400 ml or more

    @property
    def whole(self) -> int:
        return self.donations - self.platelets

    @property
    def volume_ml(self) -> int:
        """Whole blood plus platelets at 400 ml per 治疗量."""
        return self.whole_ml + self.doses * DOSE_ML

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.donations + other.donations,
            self.whole_ml + other.whole_ml,
            self.platelets + other.platelets,
            self.doses + other.doses,
            self.whole_400 + other.whole_400,
        )

    @classmethod
    def total(cls, tallies: object) -> Tally:
        result = cls()
        for t in tallies:  # type: ignore[attr-defined]
            result = result + t
        return result


@dataclass(frozen=True)
class Counting:
    """A plan's measure and its platelet setting: turns a :class:`Tally` into the plan's figure."""

    measure: str
    platelet_per_dose: int | None = None

    @property
    def per_dose(self) -> int | None:
        """The effective value of one 治疗量; None for 人次 counted per donation."""
        if self.platelet_per_dose is not None:
            return self.platelet_per_dose
        return DEFAULT_PER_DOSE.get(self.measure)

    @property
    def coefficients(self) -> tuple[int, int, int, int, int]:
        """(per donation, per platelet donation, per whole-blood ml, per 治疗量, denominator):
        done = (a·donations + b·platelets + c·whole_ml + d·doses) / denominator, all integers, so
        the roll-up turns its integer sums into the measure with one multiply-add per key."""
        per_dose = self.per_dose
        if self.measure == "人次":
            return (1, 0, 0, 0, 1) if per_dose is None else (1, -1, 0, per_dose, 1)
        if self.measure == "ml":
            return (0, 0, 1, per_dose or 0, 1)
        return (0, 0, 1, (per_dose or 0) * ML_PER_U, ML_PER_U)

    def done(self, t: Tally) -> Fraction:
        a, b, c, d, denominator = self.coefficients
        return Fraction(a * t.donations + b * t.platelets + c * t.whole_ml + d * t.doses, denominator)

    def explanation(self) -> str:
        """The counting rule in the clerk's words, for the page and the 通报's note."""
        per_dose = self.per_dose
        own = self.platelet_per_dose is not None
        if self.measure == "人次":
            if per_dose is None:
                return translate("progress", "按人次计：每次献血计1人次，单采血小板不论治疗量计1人次。")
            return translate(
                "progress", "按人次计：全血每次计1人次，单采血小板每个治疗量计{n}人次（计划设定）。"
            ).format(n=per_dose)
        if self.measure == "ml":
            text = translate("progress", "按毫升计：全血按采血量，单采血小板每个治疗量计{n}毫升")
        else:
            text = translate("progress", "按单位计：全血200毫升为1单位，单采血小板每个治疗量计{n}单位")
        suffix = (
            translate("progress", "（计划设定）。")
            if own
            else translate("progress", "（默认：1个治疗量折合全血400毫升）。")
        )
        return text.format(n=per_dose) + suffix


#: ≥100 % / 80–100 % / under 80 %: green, amber, red (dark, light and mid grey in a grey print).
BAND_COLOURS = {"done": (46, 125, 50), "near": (239, 160, 0), "behind": (198, 40, 40)}


def rate_band(rate: Fraction | None) -> str:
    """Which colour a rate gets: ``done`` (≥100 %), ``near`` (80–100 %) or ``behind`` (<80 %, or none)."""
    if rate is not None and rate >= 1:
        return "done"
    if rate is not None and rate >= Fraction(4, 5):
        return "near"
    return "behind"


# -- exact figures shown ------------------------------------------------------------------------
def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """*value* rounded half away from zero to *places* decimals, computed exactly."""
    scaled = Fraction(value) * 10**places
    sign = -1 if scaled < 0 else 1
    n = (abs(scaled) + Fraction(1, 2)).__floor__()
    return Decimal(sign * n).scaleb(-places)


def amount_text(value: Fraction) -> str:
    """A done figure: whole numbers as such, fractions (1.5 U) with two decimals."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{round_half_up(value, 2):f}"


def amount_json(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(round_half_up(value, 2))


def percent_text(rate: Fraction | None, empty: str = "—") -> str:
    """40.34%: the exact rate rounded half up to two decimals of a percent; *empty* when there is none."""
    if rate is None:
        return empty
    return f"{round_half_up(rate * 100, 2):f}%"


def rate_json(rate: Fraction | None) -> float | None:
    """The rate as the command line's JSON gives it: 0.4034 for 40.34%."""
    return None if rate is None else float(round_half_up(rate, 4))


def ratio(part: int | Fraction, whole: int | Fraction) -> Fraction | None:
    """part / whole exactly, or None when there is nothing to divide by (never a ZeroDivisionError)."""
    if not whole:
        return None
    return Fraction(part) / Fraction(whole)


def change(now: int | Fraction, before: int | Fraction) -> Fraction | None:
    """Relative change against *before* (同比), None when before is zero."""
    if not before:
        return None
    return (Fraction(now) - Fraction(before)) / Fraction(before)


def change_text(value: Fraction | None) -> str:
    """同比 as the reports write it: 增长12.50% / 下降3.20% / 持平; "—" without last year's figure."""
    if value is None:
        return "—"
    if value == 0:
        return "持平"
    word = "增长" if value > 0 else "下降"
    return f"{word}{percent_text(abs(value))}"
