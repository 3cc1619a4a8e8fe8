"""Packaging is code: one version source, and the NSIS script compiles."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def load_build():
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_version_source():
    from app import __version__

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1) == __version__
    assert load_build().version() == __version__


def test_spec_ships_migrations_and_resources():
    spec = (ROOT / "installer" / "app.spec").read_text(encoding="utf-8")
    assert '"db" / "migrations"' in spec and '"resources"' in spec
    assert "upx=False" in spec and "opengl32sw" in spec


def test_nsis_script_compiles(tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        if os.environ.get("CI"):
            pytest.fail("makensis must be installed in CI (Debian package nsis)")
        pytest.skip("makensis not installed")
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "xianxueban.exe").write_bytes(b"MZ stand-in for the frozen program")
    (payload / "xxb.exe").write_bytes(b"MZ stand-in for the console program")
    nsi = load_build().fill_nsi(payload, tmp_path / "setup.nsi", tmp_path / "setup.exe")
    text = nsi.read_text(encoding="utf-8-sig")
    assert "@VERSION@" not in text and "@PAYLOAD@" not in text
    result = subprocess.run([makensis, "-V2", str(nsi)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "setup.exe").stat().st_size > 10_000
