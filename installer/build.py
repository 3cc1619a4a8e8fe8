"""Build the installed program from the one version source, then check it by running it.

    python installer/build.py                  # one-folder build, checks, then NSIS (makensis)
    python installer/build.py --no-installer   # one-folder build and checks only (CI)
        [--dist DIR] [--work DIR]              # where the folder and PyInstaller's work files go
    python installer/build.py --nsi-only PAYLOAD_DIR OUT.nsi   # just fill the NSIS template

PyInstaller does not cross-compile: run this on Windows for a Windows installer. On Linux it builds
and checks the folder the same way (CI does, see tests/installer/test_bundle.py) and compiles the
NSIS script. The checks: the files the libraries open at run time are in the folder (found by
running the frozen program under strace; listed in :func:`required_files`), the frozen command
line's ``selftest`` passes, and the frozen GUI starts on the demo data, paints every page and quits
(``XXB_SMOKE=1``, see ui/smoke.py).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
NAME = "xianxueban"
EXE = ".exe" if sys.platform == "win32" else ""


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


def build_folder(dist: Path, work: Path) -> Path:
    """PyInstaller one-folder build; returns the folder (dist/xianxueban)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(INSTALLER / "app.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / NAME


def required_files() -> list[str]:
    """What the frozen program opens at run time, as found by running it (strace on Linux):
    every entry must match at least one file in the folder (glob patterns, relative to it)."""
    internal = "_internal"
    platforms = ["qwindows.dll"] if sys.platform == "win32" else ["libqoffscreen.so", "libqxcb.so"]
    qms = sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.qm"))
    return [
        f"{NAME}{EXE}",
        f"xxb{EXE}",
        # python-docx builds docx/parts/../templates/default-*.xml: both folders must exist.
        f"{internal}/docx/parts/hdrftr.py",
        f"{internal}/docx/templates/default-footer.xml",
        f"{internal}/docx/templates/default-header.xml",
        f"{internal}/docx/templates/default.docx",
        f"{internal}/pypinyin/pinyin_dict.json",
        f"{internal}/pypinyin/phrases_dict.json",
        f"{internal}/db/migrations/env.py",
        f"{internal}/db/migrations/versions/*.py",
        f"{internal}/resources/demo/pingli_2017_quota.csv",
        *(f"{internal}/resources/i18n/{qm}" for qm in qms),
        f"{internal}/PySide6/**/translations/qtbase_zh_CN.qm",
        *(f"{internal}/PySide6/**/plugins/platforms/{name}" for name in platforms),
    ]


def check_files(payload: Path) -> None:
    missing = [pattern for pattern in required_files() if not any(payload.glob(pattern))]
    if missing:
        raise SystemExit("the folder lacks files the program opens at run time:\n  " + "\n  ".join(missing))
    if (payload / "_internal" / "opengl32sw.dll").exists():
        raise SystemExit("opengl32sw.dll should have been left out (software OpenGL, 20 MB, unused)")


def run_frozen(payload: Path, scratch: Path) -> None:
    """The frozen selftest, then the GUI smoke start on the demo data in a fresh data folder."""
    env = {**os.environ, "XXB_DATA_DIR": str(scratch / "data")}
    env.pop("XXB_LOCALE", None)
    db = str(scratch / "smoke.db")
    cli = str(payload / f"xxb{EXE}")
    subprocess.run([cli, "--db", db, "selftest"], check=True, env=env, timeout=300)
    subprocess.run([cli, "--db", db, "demo"], check=True, env=env, timeout=120)
    smoke = {**env, "XXB_SMOKE": "1"}
    if sys.platform != "win32":
        smoke["QT_QPA_PLATFORM"] = "offscreen"  # Windows: the real qwindows platform, a window flashes
    subprocess.run([cli, "--db", db], check=True, env=smoke, timeout=120)
    # The windowed executable has no console to print to: its exit code is the verdict.
    subprocess.run([str(payload / f"{NAME}{EXE}"), "--db", db], check=True, env=smoke, timeout=120)


def folder_size(payload: Path) -> int:
    """Bytes of the files in the folder, each counted once (PyInstaller links Qt's libraries on Linux)."""
    total = 0
    for folder, _dirs, files in os.walk(payload):
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def main(argv: list[str]) -> int:
    if argv[:1] == ["--nsi-only"]:
        fill_nsi(Path(argv[1]), Path(argv[2]), Path(argv[2]).with_suffix(".exe"))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-installer", action="store_true", help="stop after the folder is checked")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    started = time.monotonic()
    payload = build_folder(args.dist.resolve(), args.work.resolve())
    built = time.monotonic()
    check_files(payload)
    with tempfile.TemporaryDirectory(prefix="xxb-bundle-check-") as scratch:
        run_frozen(payload, Path(scratch))
    print(
        f"BUNDLE OK: {payload} — {folder_size(payload) / 2**20:.0f} MiB, "
        f"built in {built - started:.0f} s, checked in {time.monotonic() - built:.0f} s",
        flush=True,
    )
    if args.no_installer:
        return 0
    makensis = shutil.which("makensis")
    if makensis is None:
        print("makensis not found: installer script not compiled")
        return 0
    nsi = fill_nsi(payload, args.work / "xianxueban.nsi", args.dist / f"xianxueban-{version()}-setup.exe")
    subprocess.run([makensis, "-V2", str(nsi)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
