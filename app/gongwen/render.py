"""Preview rendering: .docx → PDF with LibreOffice, PDF → PNG with poppler.

The .docx always names the standard fonts (方正小标宋简体, 仿宋_GB2312, …), which a clerk's Windows
machine has and a Linux build machine does not. For previews and render tests we give the
LibreOffice child process a temporary fontconfig file (``FONTCONFIG_FILE``) that maps those names
to open substitutes, so the preview shows CJK glyphs of the right kind instead of one fallback
font for everything. The substitutes only approximate the licensed fonts' look; metrics of CJK
glyphs are one em wide in all of them, so line breaks and positions stay the same.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from app.errors import KnownError

__all__ = [
    "FONT_SUBSTITUTES",
    "docx_to_pdf",
    "fontconfig_xml",
    "libreoffice_available",
    "pdf_to_pngs",
    "soffice_path",
]

# Standard (licensed) names → open substitutes to try in order, and whether to ask for bold.
# 小标宋 is a heavy Song face: Noto Serif CJK SC Black when fonts-noto-cjk-extra is installed,
# else the Bold face of Noto Serif CJK SC.
_XBS = (("Noto Serif CJK SC Black", "Noto Serif CJK SC", "Source Han Serif SC"), "bold")
_FS = (("Noto Serif CJK SC Light", "Noto Serif CJK SC", "Source Han Serif SC"), None)
_KT = (("AR PL UKai CN", "LXGW WenKai", "LXGW WenKai GB", "Noto Serif CJK SC"), None)
_HT = (("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"), None)
_ST = (("Noto Serif CJK SC", "AR PL UMing CN", "Source Han Serif SC"), None)
_TNR = (("Liberation Serif", "Tinos", "DejaVu Serif"), None)

FONT_SUBSTITUTES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "方正小标宋简体": _XBS,
    "方正小标宋_GBK": _XBS,
    "FZXiaoBiaoSong-B05S": _XBS,
    "华文中宋": _XBS,
    "STZhongsong": _XBS,
    "仿宋_GB2312": _FS,
    "仿宋": _FS,
    "FangSong": _FS,
    "FangSong_GB2312": _FS,
    "方正仿宋_GBK": _FS,
    "华文仿宋": _FS,
    "楷体_GB2312": _KT,
    "楷体": _KT,
    "KaiTi": _KT,
    "KaiTi_GB2312": _KT,
    "华文楷体": _KT,
    "黑体": _HT,
    "SimHei": _HT,
    "华文黑体": _HT,
    "宋体": _ST,
    "SimSun": _ST,
    "华文宋体": _ST,
    "Times New Roman": _TNR,
}


_WINDOWS_DEFAULTS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def soffice_path() -> str | None:
    """The LibreOffice executable, or None: `soffice`/`libreoffice` on PATH, else the usual
    Windows install folders (the installer does not put LibreOffice on PATH)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if os.name == "nt":
        for candidate in _WINDOWS_DEFAULTS:
            if Path(candidate).is_file():
                return candidate
    return None


def libreoffice_available() -> bool:
    """Whether previews can be rendered on this machine."""
    return soffice_path() is not None


def fontconfig_xml() -> str:
    """A fontconfig file: the system configuration plus strong rules for the standard names.

    A `match` rule (not only an `alias`) is used so that 小标宋 can also ask for the bold face.
    """
    parts = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ]
    for name, (families, weight) in FONT_SUBSTITUTES.items():
        parts.append('  <match target="pattern">')
        parts.append(f'    <test name="family" qual="any"><string>{escape(name)}</string></test>')
        parts.append('    <edit name="family" mode="assign" binding="strong">')
        parts.extend(f"      <string>{escape(f)}</string>" for f in families)
        parts.append("    </edit>")
        if weight:
            parts.append(
                f'    <edit name="weight" mode="assign" binding="strong"><const>{weight}</const></edit>'
            )
        parts.append("  </match>")
    parts.append("</fontconfig>")
    return "\n".join(parts) + "\n"


def docx_to_pdf(docx: Path, outdir: Path, timeout: float = 120) -> Path:
    """Convert *docx* to PDF in *outdir* and return the PDF's path.

    A throw-away LibreOffice profile avoids clashes with a LibreOffice the clerk has open and
    with parallel test runs. Raises KnownError (Chinese message) if LibreOffice is missing,
    fails, or takes longer than *timeout* seconds.
    """
    docx = Path(docx)
    outdir = Path(outdir)
    soffice = soffice_path()
    if soffice is None:
        raise KnownError("未找到 LibreOffice（soffice），无法生成预览。请安装 LibreOffice 后重试。")
    if not docx.is_file():
        raise KnownError(f"找不到要转换的文件：{docx}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gongwen-lo-") as tmp:
        tmpdir = Path(tmp)
        profile = tmpdir / "profile"
        fc_file = tmpdir / "fonts.conf"
        fc_file.write_text(fontconfig_xml(), encoding="utf-8")
        env = dict(os.environ)
        env["FONTCONFIG_FILE"] = str(fc_file)
        env.setdefault("HOME", str(tmpdir))
        cmd = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ]
        try:
            returncode, stdout, stderr = _run(cmd, env, timeout)
        except subprocess.TimeoutExpired as exc:
            raise KnownError(f"LibreOffice 转换超时（超过 {timeout:.0f} 秒）：{docx.name}") from exc
        except OSError as exc:
            raise KnownError(f"无法启动 LibreOffice：{exc}") from exc
    pdf = outdir / (docx.stem + ".pdf")
    if returncode != 0 or not pdf.is_file():
        detail = (stderr or stdout or b"").decode("utf-8", "replace").strip()[-300:]
        raise KnownError(f"LibreOffice 未能把 {docx.name} 转换为 PDF。{detail}")
    return pdf


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[int, bytes, bytes]:
    """Run LibreOffice; on timeout kill its whole process group (soffice starts soffice.bin)."""
    posix = os.name == "posix"
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=posix
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.communicate()
        raise
    return proc.returncode, stdout, stderr


def pdf_to_pngs(pdf: Path, outdir: Path, dpi: int = 80) -> list[Path]:
    """One PNG per page (``<stem>-1.png`` …) for the preview pane, made with poppler's pdftoppm."""
    pdf = Path(pdf)
    outdir = Path(outdir)
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise KnownError("未找到 pdftoppm（poppler-utils），无法生成预览图片。")
    outdir.mkdir(parents=True, exist_ok=True)
    prefix = outdir / pdf.stem
    for old in outdir.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    try:
        proc = subprocess.run(
            [exe, "-r", str(int(dpi)), "-png", str(pdf), str(prefix)],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise KnownError("生成预览图片超时。") from exc
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip()[-300:]
        raise KnownError(f"无法把 PDF 转为图片：{detail}")

    def page_no(p: Path) -> int:
        tail = p.stem.rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    return sorted(outdir.glob(f"{pdf.stem}-*.png"), key=page_no)
