"""Handing files to the clerk's desktop: open, print with the default program, show in its folder.

Kept in one place because each has a Windows way (the shell's verbs, Explorer's ``/select``) and a
portable fallback through QDesktopServices.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def open_file(path: Path) -> bool:
    """Open *path* in its default program (WPS/Word for .docx); False when none is registered."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Show the folder holding *path*; on Windows Explorer opens it with the file selected."""
    path = Path(path)
    if sys.platform == "win32" and path.exists():
        try:
            subprocess.Popen(["explorer", "/select,", str(path)])
            return True
        except OSError:
            log.warning("explorer could not show %s", path, exc_info=True)
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def print_file(path: Path) -> bool:
    """Print *path* with its default program's print verb (Windows: WPS/Word prints it).

    Returns True when the file went to the print verb, False when this system has none and the file
    was opened instead (the clerk then prints from WPS/LibreOffice). Raises OSError when no program
    can take it at all.
    """
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return True
    if not open_file(path):
        raise OSError(f"no program opens {path}")
    return False
