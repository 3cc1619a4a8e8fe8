"""Page geometry, type sizes and font names of a GB/T 9704-2012 notice, in OOXML units.

One place for the numbers every part of the .docx writer lays out against (A4 type area, the
579-twip body line, 三号/二号/四号 sizes, the standard font names), including the few that were
calibrated by rendering with LibreOffice; the layout notes are in :mod:`app.gongwen.docx_writer`.
"""

from __future__ import annotations

# ---------------------------------------------------------------- units and fixed numbers
PAGE_W, PAGE_H = 11906, 16838  # A4
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 2098, 1587, 1474, 1984  # 37/28/26/35 mm
TYPE_W = 8844  # 156 mm, the width tables and rules use
TYPE_H = 12756  # 225 mm
LANDSCAPE_TYPE_W = 12756  # 225 mm
LANDSCAPE_TYPE_H = 8845  # 156 mm
LINE = 579  # one body line; 22 × 579 ≤ 12 756
BODY_SZ = 32  # half-points: 三号 16 pt
BODY_TRACKING = -5  # twentieths of a point on 16 pt runs: 28 characters per line in LO 7.4
BODY_CHAR = 320 + BODY_TRACKING  # advance of one body character in twips
SIZE_TITLE = 44  # 二号 22 pt
SIZE_MARK_MAX = 72  # 小初 36 pt
SIZE_SMALL = 28  # 四号 14 pt (版记, page numbers)
CHAR_SMALL = 280  # one 四号 character

FONT_XBS = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_HEI = "黑体"
FONT_KAI = "楷体_GB2312"
FONT_SONG = "宋体"
RED = "FF0000"

# ---------------------------------------------------------------- calibrated by rendering (LO 7.4.7)
#: Space before the 标志 paragraph; puts the top of the 标志 glyphs 35 mm below the type-area top.
MARK_BEFORE = 1984
#: ``w:space`` (pt) of the red bottom border so the line is drawn 4 mm below the 发文字号 glyphs.
RED_LINE_SPACE = 3
RED_LINE_SZ = 12  # eighths of a point: 1.5 pt
#: Room (twips) kept in hand when deciding whether the 版记 fits below the last appendix table.
IMPRINT_SAFETY = 200
#: Footer distance from the paper's bottom edge: the page-number dash centre 7 mm below 262 mm
#: (measured: dash centre = footer distance + 4.5 mm).
FOOTER_DISTANCE = 1332
#: The same for a landscape page, whose type area ends 26 mm above the paper edge.
FOOTER_DISTANCE_LANDSCAPE = FOOTER_DISTANCE - (MARGIN_BOTTOM - MARGIN_RIGHT)
