"""Shared guard for tests that render documents with LibreOffice and poppler."""

from __future__ import annotations

import os
import shutil

import pytest

from app.gongwen.render import libreoffice_available


def require_renderer() -> None:
    """Skip where LibreOffice or pdftoppm is missing, but fail in CI: a render test must not pass
    by not running there."""
    missing = [
        name
        for name, ok in (
            ("LibreOffice (soffice)", libreoffice_available()),
            ("pdftoppm", shutil.which("pdftoppm")),
        )
        if not ok
    ]
    if missing:
        message = "render tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(
                message + " (CI must install libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk)"
            )
        pytest.skip(message)
