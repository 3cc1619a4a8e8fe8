"""Formula cells saved without their result, found in the workbook's XML.

A workbook written by a program (openpyxl, a web system's export) may hold formulas that were
never calculated: the file keeps ``<f>B2*2</f>`` with an empty ``<v>``, and python-calamine reads
the cell as blank. Read as blank, such a cell would wipe the population already in the roster, so
:func:`missing_formula_values` lists them and the reader marks them
(:class:`~app.tabular.cells.FormulaWithoutValue`) for the row to be refused with a reason.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree as ET

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REF = re.compile(r"([A-Z]{1,3})(\d+)$")


def _column(letters: str) -> int:
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - 64)
    return col - 1


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet part, from workbook.xml and its relationships."""
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels.iter(_PKG_REL):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        targets[rel.get("Id")] = path
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    return {
        sheet.get("name", ""): targets.get(sheet.get(_REL), "")
        for sheet in book.iter(f"{_MAIN}sheet")
        if sheet.get(_REL) in targets
    }


def missing_formula_values(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """For an .xlsx/.xlsm in *data*: sheet name → {(row, column): formula} of every formula cell
    without a stored value (rows 1-based as Excel shows them, columns 0-based).

    Anything unreadable gives an empty answer: calamine has already read the values, and this is
    only a check on top of them.
    """
    if not data.startswith(b"PK"):
        return {}
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        found: dict[str, dict[tuple[int, int], str]] = {}
        for name, part in _sheet_paths(archive).items():
            try:
                xml = archive.read(part)
            except KeyError:
                continue
            if b"<f" not in xml and b":f>" not in xml and b":f " not in xml:
                continue
            cells: dict[tuple[int, int], str] = {}
            for _event, element in ET.iterparse(io.BytesIO(xml)):
                if element.tag != f"{_MAIN}c":
                    continue
                formula = element.find(f"{_MAIN}f")
                value = element.find(f"{_MAIN}v")
                inline = element.find(f"{_MAIN}is")
                if formula is not None and inline is None and (value is None or not (value.text or "")):
                    m = _REF.match(element.get("r", ""))
                    if m:
                        cells[(int(m.group(2)), _column(m.group(1)))] = formula.text or "…"
                element.clear()
            if cells:
                found[name] = cells
        return found
    except Exception:  # a damaged archive or XML: calamine's reading stands
        return {}
