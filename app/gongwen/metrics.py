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
#: Space before a 小初 (36 pt) 标志 paragraph: the top of its glyphs' ink 35 mm below the type-area
#: top (measured 35.0 ± 0.1 mm; it was 1984, which left the ink 1.6 mm low).
MARK_BEFORE = 1894


def mark_before(size: int) -> int:
    """Space before a 标志 of *size* half-points: the ink sits 1.25 twips a half-point below the
    top of its exact 1.2 × size line, so a smaller 标志 starts lower to keep its top at 35 mm."""
    return MARK_BEFORE + round(1.25 * (SIZE_MARK_MAX - size))


# 信函 format (§10.1), page-relative positions in twips from the page's top edge.
MM_TWIPS = 1440 / 25.4
#: Frame top of the letter 标志 so its ink starts 30 mm below the page top.
LETTER_MARK_Y = round(30 * MM_TWIPS) - 7  # measured: ink top 30.0 mm for a 小初 标志
#: The two red double rules are 170 mm long, centred on the page.
LETTER_RULE_W = round(170 * MM_TWIPS)
#: ``w:space`` (pt) of the double rule under the letter 标志 (LibreOffice draws it at the bottom of
#: the exact-height frame whatever the space, so the frame's height is what places the rule).
LETTER_RULE_SPACE = 4
#: Height of the 标志 frame below its exact 1.2 × size line: the rule 4 mm under the glyphs.
LETTER_MARK_PAD = 188
#: Frame top of the lower double rule: the rule 20 mm above the page bottom.
LETTER_BOTTOM_RULE_Y = round((297 - 20) * MM_TWIPS) - 32  # the double rule's centre at 277 mm
#: Top of the first text line under the upper rule, from the page top.
LETTER_TEXT_BEFORE = round(50 * MM_TWIPS)
#: ``w:space`` (pt) of the red bottom border so the line is drawn 4 mm below the 发文字号 glyphs.
RED_LINE_SPACE = 3
RED_LINE_SZ = 12  # eighths of a point: 1.5 pt
#: Room (twips) kept in hand when deciding whether the 版记 fits below the last appendix table.
IMPRINT_SAFETY = 200
#: Footer distance from the paper's bottom edge: the page-number dash centre 7 mm below 262 mm
#: (the dash's ink, measured on the rendered page: 1332 put it 8.1 mm below, 1394 puts it 7.0 mm).
FOOTER_DISTANCE = 1394
#: The same for a landscape page, whose type area ends 26 mm above the paper edge.
FOOTER_DISTANCE_LANDSCAPE = FOOTER_DISTANCE - (MARGIN_BOTTOM - MARGIN_RIGHT)
#: Landscape page numbers (§8): a one-cell table with vertical text, LANDSCAPE_PN_BOX twips wide,
#: its left edge LANDSCAPE_PN_X twips from the landscape page's left edge, so the dash's ink is
#: 28 mm from it (7 mm outside the portrait type area, as on the portrait pages).
LANDSCAPE_PN_BOX = 567
LANDSCAPE_PN_X = (
    round(28 * MM_TWIPS) - LANDSCAPE_PN_BOX // 2 + 52
)  # +52: measured ink 0.9 mm left of the box centre
