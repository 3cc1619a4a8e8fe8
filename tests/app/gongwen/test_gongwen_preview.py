"""render.py without a renderer: font mapping file and the Chinese errors for missing tools."""

from __future__ import annotations

import os
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.errors import KnownError
from app.gongwen import render


def test_fontconfig_maps_every_standard_name() -> None:
    text = render.fontconfig_xml()
    root = ET.fromstring(text.split("\n", 2)[2])  # skip the XML declaration and DOCTYPE
    assert root.find("include").text == "/etc/fonts/fonts.conf"
    mapped = {
        m.find("test/string").text: [s.text for s in m.findall("edit[@name='family']/string")]
        for m in root.findall("match")
    }
    for name in ("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "Times New Roman"):
        assert name in mapped, name
    assert mapped["方正小标宋简体"][0] == "Noto Serif CJK SC Black"
    assert "Noto Serif CJK SC" in mapped["仿宋_GB2312"]
    assert mapped["黑体"][0] == "Noto Sans CJK SC"
    xbs = next(m for m in root.findall("match") if m.find("test/string").text == "方正小标宋简体")
    assert xbs.find("edit[@name='weight']/const").text == "bold"


def test_missing_libreoffice_is_a_known_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(render, "soffice_path", lambda: None)
    assert not render.libreoffice_available()
    with pytest.raises(KnownError, match="LibreOffice"):
        render.docx_to_pdf(tmp_path / "x.docx", tmp_path)


def test_missing_input_is_a_known_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(render, "soffice_path", lambda: "/usr/bin/soffice")
    with pytest.raises(KnownError, match="找不到"):
        render.docx_to_pdf(tmp_path / "missing.docx", tmp_path)


def test_timeout_is_a_known_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK")
    monkeypatch.setattr(render, "soffice_path", lambda: "/usr/bin/soffice")
    seen: dict[str, object] = {}

    def fake_run(cmd: list[str], env: dict[str, str], timeout: float) -> None:
        seen["cmd"] = cmd
        seen["env"] = env
        raise subprocess.TimeoutExpired(cmd, timeout)

    monkeypatch.setattr(render, "_run", fake_run)
    with pytest.raises(KnownError, match="超时"):
        render.docx_to_pdf(docx, tmp_path, timeout=1)
    cmd = seen["cmd"]
    assert "--headless" in cmd and "--convert-to" in cmd and "pdf" in cmd
    assert any(c.startswith("-env:UserInstallation=file://") for c in cmd)
    assert seen["env"]["FONTCONFIG_FILE"].endswith("fonts.conf")


def test_failed_conversion_is_a_known_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK")
    monkeypatch.setattr(render, "soffice_path", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(render, "_run", lambda cmd, env, timeout: (1, b"", b"Error: source file"))
    with pytest.raises(KnownError, match="未能"):
        render.docx_to_pdf(docx, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="uses /bin/sh")
def test_timeout_kills_the_process_group(tmp_path: Path) -> None:
    marker = tmp_path / "child-still-running"
    # A parent that starts a long-lived child, like soffice starting soffice.bin.
    script = f"(sleep 1.5; touch {marker}) & wait"
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        render._run(["/bin/sh", "-c", script], dict(os.environ), 0.3)
    assert time.monotonic() - started < 1.2
    time.sleep(1.8)
    assert not marker.exists()


def test_missing_pdftoppm_is_a_known_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    with pytest.raises(KnownError, match="pdftoppm"):
        render.pdf_to_pngs(tmp_path / "a.pdf", tmp_path)
