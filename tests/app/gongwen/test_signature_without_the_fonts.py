"""The 署名 and 成文日期 on a machine without the standard fonts: a plain `libreoffice --convert-to
pdf` (no font substitution) falls back to wider digits, and the date must still stay on one line."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace
from pathlib import Path

from rendering import require_renderer

from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.render import soffice_path
from app.gongwen.samples import pingli_notice


def _plain_pdf_text(docx: Path, outdir: Path) -> str:
    profile = outdir / "profile"
    subprocess.run(
        [soffice_path(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = outdir / (docx.stem + ".pdf")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_long_date_stays_on_one_line_with_fallback_fonts(tmp_path):
    require_renderer()
    notice = replace(
        pingli_notice(),
        signer="旬阳县卫生健康局",
        date=dt.date(2026, 11, 30),
        print_date=dt.date(2026, 11, 30),
    )
    docx = write_notice_docx(notice, tmp_path / "n.docx")
    text = _plain_pdf_text(docx, tmp_path)
    lines = [line for line in text.splitlines() if re.search(r"2026\s*年\s*11\s*月\s*30", line)]
    assert lines, text[-2000:]
    assert all(re.search(r"30\s*日", line) for line in lines), lines
