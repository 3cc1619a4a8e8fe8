"""The completion chart as a PNG for documents, drawn with Pillow (no Qt: `app/` never imports it).

The 通报 is made by the ``notice report`` command as well as the GUI, so its figure must come
from `app/`; pyqtgraph needs a QApplication. Pillow is already in the lock (pdfplumber's
dependency) and draws text with FreeType, so it only needs a CJK font file: the standard Windows
fonts (黑体, 微软雅黑) on a clerk's PC, Noto Sans CJK / WenQuanYi on Linux. The page draws the same
chart with pyqtgraph and the same bands and colours (:func:`rate_band`).
"""

from __future__ import annotations

import functools
import io
import math
import os
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.errors import KnownError
from app.i18n import translate
from app.progress.counting import BAND_COLOURS, percent_text, rate_band
from app.progress.records import Progress

__all__ = ["BAND_COLOURS", "chart_font", "completion_chart_png", "rate_band"]  # colours re-exported

GRID = (210, 210, 210)
TEXT = (0, 0, 0)


def _candidates() -> Iterator[Path]:
    windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    for name in ("simhei.ttf", "msyh.ttc", "msyh.ttf", "simsun.ttc", "simfang.ttf"):
        yield windir / name
    for path in (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        "/System/Library/Fonts/STHeiti Light.ttc",
    ):
        yield Path(path)
    for root in (Path("/usr/share/fonts"), Path.home() / ".local/share/fonts", Path.home() / ".fonts"):
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.suffix.lower() in (".ttc", ".otf", ".ttf") and any(
                    key in path.name for key in ("CJK", "wqy", "Hei", "Han")
                ):
                    yield path


@functools.cache
def _font_file() -> tuple[str, int] | None:
    """(path, face index) of the first CJK font found; the Simplified Chinese face of a collection."""
    for path in _candidates():
        if not path.is_file():
            continue
        try:
            faces = []
            for index in range(10 if path.suffix.lower() == ".ttc" else 1):
                try:
                    faces.append((index, ImageFont.truetype(str(path), 20, index=index)))
                except OSError:
                    break
            if not faces:
                continue
            chosen = next((i for i, f in faces if " SC" in (f.getname()[0] or "")), faces[0][0])
            probe = ImageFont.truetype(str(path), 20, index=chosen)
            if probe.getbbox("献")[2] > 0:
                return str(path), chosen
        except OSError:
            continue
    return None


def chart_font(size: int) -> ImageFont.FreeTypeFont:
    """A CJK font of *size* pixels; KnownError when the machine has none."""
    found = _font_file()
    if found is None:
        raise KnownError(
            translate("progress", "找不到中文字体（如黑体、微软雅黑、Noto Sans CJK），无法绘制图表。")
        )
    return ImageFont.truetype(found[0], size, index=found[1])


def _mm(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def completion_chart_png(
    p: Progress, *, width_mm: float = 150, dpi: int = 300, max_height_mm: float = 180
) -> bytes:
    """Completion by unit as horizontal bars, highest rate on top, coloured by :func:`rate_band`,
    with the 100 % line and each rate written at its bar; units without a quota are left out."""
    units = [u for u in p.ranked if u.rate is not None]
    width = _mm(width_mm, dpi)
    row = _mm(7.5, dpi)
    top, bottom = _mm(12, dpi), _mm(10, dpi)
    if units and top + bottom + row * len(units) > _mm(max_height_mm, dpi):
        row = max(_mm(3, dpi), (_mm(max_height_mm, dpi) - top - bottom) // len(units))
    height = top + bottom + row * max(len(units), 1)
    size = min(_mm(3.6, dpi), int(row * 0.6))
    font, small = chart_font(size), chart_font(max(8, int(size * 0.85)))
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    label_w = max([draw.textlength(u.name, font=font) for u in units] + [draw.textlength("单位", font=font)])
    x0 = int(label_w + _mm(3, dpi))
    value_w = max(draw.textlength(percent_text(u.rate), font=small) for u in units) if units else 0
    bar_w = width - x0 - int(value_w) - _mm(2, dpi)
    highest = max([float(u.rate) for u in units if u.rate is not None] + [1.0])
    step = (
        next(s for s in (0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 50.0) if highest / s <= 7)
        if highest < 350
        else highest / 7
    )
    scale_max = math.ceil(highest / step - 1e-9) * step
    # grid and axis labels
    ticks = [i * step for i in range(round(scale_max / step) + 1)]
    for t in ticks:
        x = x0 + round(bar_w * t / scale_max)
        draw.line([(x, top - _mm(1, dpi)), (x, height - bottom)], fill=GRID, width=max(1, dpi // 150))
        text = f"{round(t * 100)}%"
        draw.text((x, height - bottom + _mm(1, dpi)), text, fill=TEXT, font=small, anchor="ma")
    # legend
    lx = x0
    for band, words in (("done", "≥100%"), ("near", "80%–100%"), ("behind", "<80%")):
        draw.rectangle([lx, _mm(2, dpi), lx + _mm(4, dpi), _mm(6, dpi)], fill=BAND_COLOURS[band])
        draw.text((lx + _mm(5, dpi), _mm(4, dpi)), words, fill=TEXT, font=small, anchor="lm")
        lx += _mm(5, dpi) + int(draw.textlength(words, font=small)) + _mm(6, dpi)
    for i, u in enumerate(units):
        y = top + i * row
        mid = y + row // 2
        draw.text((x0 - _mm(2, dpi), mid), u.name, fill=TEXT, font=font, anchor="rm")
        rate = float(u.rate or 0)
        x1 = x0 + max(1, round(bar_w * rate / scale_max))
        pad = max(2, row // 6)
        draw.rectangle([x0, y + pad, x1, y + row - pad], fill=BAND_COLOURS[rate_band(u.rate)])
        draw.text((x1 + _mm(1, dpi), mid), percent_text(u.rate), fill=TEXT, font=small, anchor="lm")
    # the 100 % line over the bars
    x100 = x0 + round(bar_w / scale_max)
    dash = _mm(1.5, dpi)
    for y in range(top - _mm(1, dpi), height - bottom, 2 * dash):
        draw.line([(x100, y), (x100, min(y + dash, height - bottom))], fill=TEXT, width=max(2, dpi // 100))
    draw.line([(x0, top - _mm(1, dpi)), (x0, height - bottom)], fill=TEXT, width=max(2, dpi // 100))
    if not units:
        draw.text((width // 2, top + row // 2), "暂无任务数据", fill=TEXT, font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    return out.getvalue()
