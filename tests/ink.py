"""Measuring a rendered notice on its ink, in mm from the page's top-left corner.

pdfplumber's text boxes are font boxes: a dash's box centre sits about 1 mm above the dash a
reader sees, and a 标志's box top above its glyphs. The standard's numbers (the 标志 35 mm under
the type area, the page-number dash 7 mm under it) are about what is printed, so these helpers
rasterise the page (pdfplumber → pypdfium2) and find the coloured pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber

MM = 25.4 / 72
DPI = 300
_SCALE = DPI / 72


@dataclass
class TextLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Rule:
    x0: float
    x1: float
    y: float
    width_pt: float
    color: tuple[float, ...]


@dataclass
class InkPage:
    number: int
    width: float
    height: float
    lines: list[TextLine]
    rules: list[Rule]
    red_rows: list[float]  # y (mm) of every pixel row holding red ink
    dash: tuple[float, float] | None  # centre (x, y) of the first page-number dash's ink
    dash_boxes: list[tuple[float, float, float, float]]  # (x0, x1, top, bottom) of page-number dashes

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def text(self) -> str:
        return "".join(ln.text for ln in self.lines).replace(" ", "")

    def footer_text(self) -> str:
        return "".join(ln.text for ln in self.lines if "—" in ln.text).replace(" ", "")


def _color(value: object) -> tuple[float, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(float(v) for v in value)
    return (float(value),) if value is not None else ()


def _dash_centre(page: pdfplumber.page.Page, image) -> tuple[float, float] | None:
    """Ink centre of the first "—" outside the type area (portrait: below 250 mm; landscape: left of 35 mm)."""
    landscape = page.width > page.height
    dashes = [
        c
        for c in page.chars
        if c["text"] == "—" and ((c["x1"] * MM < 35) if landscape else (c["top"] * MM > 250))
    ]
    if not dashes:
        return None
    c = dashes[0]
    # Only across the dash's own box along the text, so the digit next to it is left out.
    x0, x1 = int(c["x0"] * _SCALE) + 3, int(c["x1"] * _SCALE) - 3
    y0, y1 = int(c["top"] * _SCALE) - 20, int(c["bottom"] * _SCALE) + 20
    if landscape:
        x0, x1 = int(c["x0"] * _SCALE) - 20, int(c["x1"] * _SCALE) + 20
        y0, y1 = int(c["top"] * _SCALE) + 3, int(c["bottom"] * _SCALE) - 3
    box = image[y0:y1, x0:x1].astype(int).sum(axis=2) < 300
    ys, xs = np.nonzero(box)
    if not len(xs):
        return None
    return (x0 + (xs.min() + xs.max()) / 2) / _SCALE * MM, (y0 + (ys.min() + ys.max()) / 2) / _SCALE * MM


def measure(pdf: Path, *, ink: bool = True) -> list[InkPage]:
    pages: list[InkPage] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines = [
                TextLine(ln["text"], ln["x0"] * MM, ln["x1"] * MM, ln["top"] * MM, ln["bottom"] * MM)
                for ln in page.extract_text_lines()
            ]
            rules = [
                Rule(
                    o["x0"] * MM,
                    o["x1"] * MM,
                    (o["top"] + o["bottom"]) / 2 * MM,
                    o["linewidth"],
                    _color(o.get("stroking_color")),
                )
                for o in page.lines
                if abs(o["top"] - o["bottom"]) < 0.5
            ]
            red_rows: list[float] = []
            dash = None
            if ink:
                image = np.asarray(page.to_image(resolution=DPI).original.convert("RGB"))
                r, g, b = image[..., 0], image[..., 1], image[..., 2]
                red = (r > 200) & (g < 90) & (b < 90)
                red_rows = [float(y) / _SCALE * MM for y in np.nonzero(red.any(axis=1))[0]]
                dash = _dash_centre(page, image)
            landscape = page.width > page.height
            boxes = [
                (c["x0"] * MM, c["x1"] * MM, c["top"] * MM, c["bottom"] * MM)
                for c in page.chars
                if c["text"] == "—" and ((c["x1"] * MM < 35) if landscape else (c["top"] * MM > 250))
            ]
            pages.append(
                InkPage(
                    page.page_number, page.width * MM, page.height * MM, lines, rules, red_rows, dash, boxes
                )
            )
    return pages
