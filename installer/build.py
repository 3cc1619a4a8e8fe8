"""Build the Windows installer from the one version source.

    python installer/build.py            # PyInstaller one-folder build, then NSIS (makensis)
    python installer/build.py --nsi-only PAYLOAD_DIR OUT.nsi   # just fill the NSIS template

PyInstaller does not cross-compile: run this on Windows for a Windows installer. On Linux it still
builds and smoke-runs the folder and compiles the NSIS script, which checks the packaging logic.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "app/__init__.py has no __version__"
    return match.group(1)


def fill_nsi(payload: Path, out_nsi: Path, out_exe: Path) -> Path:
    ver = version()
    parts = [*ver.split("."), "0", "0", "0"][:4]
    text = (INSTALLER / "xianxueban.nsi.in").read_text(encoding="utf-8")
    for key, value in {
        "@VERSION@": ver,
        "@VERSION4@": ".".join(parts),
        "@PAYLOAD@": str(payload),
        "@OUTFILE@": str(out_exe),
    }.items():
        text = text.replace(key, value)
    out_nsi.write_text(text, encoding="utf-8-sig")
    return out_nsi


def main(argv: list[str]) -> int:
    if argv[:1] == ["--nsi-only"]:
        fill_nsi(Path(argv[1]), Path(argv[2]), Path(argv[2]).with_suffix(".exe"))
        return 0
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(INSTALLER / "app.spec"),
            "--noconfirm",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
        ],
        check=True,
    )
    payload = ROOT / "dist" / "xianxueban"
    cli = payload / ("xxb.exe" if sys.platform == "win32" else "xxb")
    subprocess.run([str(cli), "--db", str(ROOT / "build" / "smoke.db"), "selftest"], check=True)
    makensis = shutil.which("makensis")
    if makensis is None:
        print("makensis not found: installer script not compiled")
        return 0
    nsi = fill_nsi(
        payload, ROOT / "build" / "xianxueban.nsi", ROOT / "dist" / f"xianxueban-{version()}-setup.exe"
    )
    subprocess.run([makensis, "-V2", str(nsi)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
