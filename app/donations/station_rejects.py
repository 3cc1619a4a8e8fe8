"""The rows a blood-station import could not take, as a workbook to send back to the station."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.donations.masking import mask
from app.donations.station_rows import STATION_FIELDS
from app.i18n import translate
from app.tabular import clean_text

if TYPE_CHECKING:
    from app.donations.station_import import StationPreview


def save_rejects(preview: StationPreview, path: Path | str) -> Path:
    """The rows the import could not take, as a workbook to send back to the station: sheet row,
    reason, then the row's cells under the file's own headers (ID numbers and phones masked by
    :func:`app.donations.masking.mask`, as on screen; the station finds a row by its number and
    献血码)."""
    import xlsxwriter

    from app.files import safe_write

    keys = [key for key in (f.key for f in STATION_FIELDS) if key in preview.headers]
    headers = [
        translate("station_import", "原表行号"),
        translate("station_import", "未导入原因"),
        *(preview.headers[k] for k in keys),
    ]

    def write(tmp: Path) -> None:
        wb = xlsxwriter.Workbook(str(tmp))
        try:
            ws = wb.add_worksheet(translate("station_import", "未导入的行"))
            head = wb.add_format({"bold": True, "border": 1, "align": "center", "text_wrap": True})
            cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
            title = wb.add_format({"bold": True, "font_size": 14})
            ws.write_string(
                0,
                0,
                translate("station_import", "{name}：未导入的{n}行").format(
                    name=preview.path.name, n=len(preview.rejected)
                ),
                title,
            )
            for col, text in enumerate(headers):
                ws.write_string(1, col, text, head)
            widths = [8, 40] + [max(10, min(24, 2 * len(h) + 2)) for h in headers[2:]]
            for col, width in enumerate(widths):
                ws.set_column(col, col, width)
            for i, rejected in enumerate(preview.rejected, start=2):
                ws.write_number(i, 0, rejected.row, cell)
                ws.write_string(i, 1, rejected.reason, cell)
                for col, key in enumerate(keys, start=2):
                    value = rejected.raw.get(key)
                    if key in ("id_number", "phone") and value is not None:
                        # Personal numbers leave the office masked, like everywhere else.
                        value = mask(clean_text(value), "id" if key == "id_number" else "phone")
                    if isinstance(value, _dt.date):
                        ws.write_string(i, col, value.isoformat(), cell)
                    elif (
                        isinstance(value, int | float) and not isinstance(value, bool) and key != "id_number"
                    ):
                        ws.write_number(i, col, value, cell)
                    else:
                        ws.write_string(i, col, "" if value is None else str(value), cell)
            ws.freeze_panes(2, 0)
            ws.repeat_rows(1)
            ws.set_landscape()
            ws.set_paper(9)
            ws.fit_to_pages(1, 0)
        finally:
            wb.close()

    return safe_write(Path(path), write)
