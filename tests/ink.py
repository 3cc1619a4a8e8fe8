"""Measuring a rendered notice on its ink, in mm from the page's top-left corner.

pdfplumber's text boxes are font boxes: a dash's box centre sits about 1 mm above the dash a
reader sees, and a 标志's box top above its glyphs. The standard's numbers (the 标志 35 mm under
the type area, the page-number dash 7 mm under it) are about what is printed, so these helpers
rasterise the page (pdfplumber → pypdfium2) and find the coloured pixels, on top of the text
lines and rules that tests/gbt9704.py's page model reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np
import pdfplumber
from gbt9704 import MM, Page
from gbt9704 import measure as measure_text

DPI = 300
_SCALE = DPI / 72


@dataclass
class InkPage(Page):
    red_rows: list[float] = field(default_factory=list)  # y (mm) of every pixel row holding red ink
    dash: tuple[float, float] | None = None  # centre (x, y) of the first page-number dash's ink
    # (x0, x1, top, bottom) of the page-number dashes' boxes
    dash_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def text(self) -> str:
        return "".join(ln.text for ln in self.lines).replace(" ", "")

    def footer_text(self) -> str:
        return "".join(ln.text for ln in self.lines if "—" in ln.text).replace(" ", "")


def _page_dashes(page: pdfplumber.page.Page) -> list[dict]:
    """The "—" characters outside the type area (portrait: below 250 mm; landscape: left of 35 mm)."""
    landscape = page.width > page.height
    return [
        c
        for c in page.chars
        if c["text"] == "—" and ((c["x1"] * MM < 35) if landscape else (c["top"] * MM > 250))
    ]


def _dash_centre(page: pdfplumber.page.Page, image) -> tuple[float, float] | None:
    """Ink centre of the first page-number dash."""
    dashes = _page_dashes(page)
    if not dashes:
        return None
    c = dashes[0]
    # Only across the dash's own box along the text, so the digit next to it is left out.
    x0, x1 = int(c["x0"] * _SCALE) + 3, int(c["x1"] * _SCALE) - 3
    y0, y1 = int(c["top"] * _SCALE) - 20, int(c["bottom"] * _SCALE) + 20
    if page.width > page.height:
        x0, x1 = int(c["x0"] * _SCALE) - 20, int(c["x1"] * _SCALE) + 20
        y0, y1 = int(c["top"] * _SCALE) + 3, int(c["bottom"] * _SCALE) - 3
    box = image[y0:y1, x0:x1].astype(int).sum(axis=2) < 300
    ys, xs = np.nonzero(box)
    if not len(xs):
        return None
    return (x0 + (xs.min() + xs.max()) / 2) / _SCALE * MM, (y0 + (ys.min() + ys.max()) / 2) / _SCALE * MM


def measure(pdf: Path, *, ink: bool = True) -> list[InkPage]:
    """Every page as gbt9704 measures it, plus its red pixel rows and page-number dash."""
    pages: list[InkPage] = []
    with pdfplumber.open(pdf) as doc:
        for base, page in zip(measure_text(pdf), doc.pages, strict=True):
            red_rows: list[float] = []
            dash = None
            if ink:
                image = np.asarray(page.to_image(resolution=DPI).original.convert("RGB"))
                r, g, b = image[..., 0], image[..., 1], image[..., 2]
                red = (r > 200) & (g < 90) & (b < 90)
                red_rows = [float(y) / _SCALE * MM for y in np.nonzero(red.any(axis=1))[0]]
                dash = _dash_centre(page, image)
            boxes = [
                (c["x0"] * MM, c["x1"] * MM, c["top"] * MM, c["bottom"] * MM) for c in _page_dashes(page)
            ]
            own = {f.name: getattr(base, f.name) for f in fields(Page)}
            pages.append(InkPage(**own, red_rows=red_rows, dash=dash, dash_boxes=boxes))
    return pages
