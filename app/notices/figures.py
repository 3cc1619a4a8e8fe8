"""Figures of a notice (charts), kept in the draft like its tables: a snapshot plus how to rebuild it.

A draft asks for figure N with a body paragraph "【图N】" (`gongwen.model.figure_mark`); the draft
holds the PNG itself, so a reopened draft prints the chart the clerk checked, and `source` says
which registered builder made it, so 刷新数据 can draw it again from the database. A source may
carry one argument after a colon (``progress_chart:2021-06-30``, the report date).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.database import Database
from app.errors import KnownError
from app.gongwen.model import Figure
from app.i18n import translate
from app.plans.records import PlanRecord

__all__ = ["FIGURE_SOURCES", "FigureSpec", "build_figure", "refresh_figures", "register_figure"]


@dataclass
class FigureSpec:
    source: str
    caption: str
    png: bytes
    width_mm: float = 150.0

    def to_figure(self) -> Figure:
        return Figure(png=self.png, caption=self.caption, width_mm=self.width_mm)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "caption": self.caption,
            "png": base64.b64encode(self.png).decode("ascii"),
            "width_mm": self.width_mm,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FigureSpec:
        return cls(
            source=str(data.get("source", "")),
            caption=str(data.get("caption", "")),
            png=base64.b64decode(data.get("png", "")),
            width_mm=float(data.get("width_mm", 150.0)),
        )


FigureBuilder = Callable[[Database, PlanRecord, str, str], FigureSpec]
"""(db, plan, county, argument) → the figure."""

FIGURE_SOURCES: dict[str, FigureBuilder] = {}


def register_figure(source: str, builder: FigureBuilder) -> None:
    FIGURE_SOURCES[source] = builder


def build_figure(db: Database, source: str, plan: PlanRecord, county: str) -> FigureSpec:
    key, _, arg = source.partition(":")
    builder = FIGURE_SOURCES.get(key)
    if builder is None:
        raise KnownError(translate("notices", "不认识的插图类型“{source}”。").format(source=source))
    return builder(db, plan, county, arg)


def refresh_figures(
    db: Database, figures: list[FigureSpec], plan: PlanRecord, county: str
) -> list[FigureSpec]:
    """Every figure with a source drawn again; the caption the clerk edited stays."""
    fresh = []
    for old in figures:
        if not old.source:
            fresh.append(old)
            continue
        new = build_figure(db, old.source, plan, county)
        new.caption = old.caption.strip() or new.caption
        fresh.append(new)
    return fresh
