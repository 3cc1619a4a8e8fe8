"""Qt translation catalogue, kept with Qt's own tools (shipped in PySide6-Essentials).

``pyside6-lupdate`` reads the Python sources (``self.tr("…")`` in a class; ``translate("ctx", "…")``
and ``QCoreApplication.translate("ctx", "…")`` with a literal context; ``QT_TRANSLATE_NOOP``) into
``resources/i18n/xianxueban_en.ts``; ``pyside6-lrelease`` compiles it into the ``.qm`` the app loads.
Locations are left out of the .ts so that moving a line does not change the catalogue.

    python -m tools.i18n extract     # update the .ts from app/, db/, ui/, keeping translations
    python -m tools.i18n compile     # pyside6-lrelease every .ts into a .qm next to it
    python -m tools.i18n check       # exit 1 if the .ts lags the sources (CI; also a test)
    python -m tools.i18n screenshot  # docs/img/english_build.png, main window in English
"""

from __future__ import annotations

import argparse
import os
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("app", "db", "ui")
I18N_DIR = ROOT / "resources" / "i18n"
TS_PATH = I18N_DIR / "xianxueban_en.ts"
SCREENSHOT = ROOT / "docs" / "img" / "english_build.png"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    state: str  # "finished", "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def qt_tool(name: str) -> str:
    """pyside6-<name> from the running venv first, so `make` needs nothing else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (f"pyside6-{name}", f"pyside6-{name}.exe"):
        if (here / candidate).exists():
            return str(here / candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found (pip install PySide6-Essentials)")
    return found


def lupdate(ts_path: Path = TS_PATH, root: Path = ROOT) -> str:
    """Merge the sources' messages into *ts_path* (created if missing); returns lupdate's summary."""
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    dirs = [d for d in SOURCE_DIRS if (root / d).is_dir()]
    result = subprocess.run(
        [
            qt_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en_US",
            *dirs,
            "-ts",
            str(ts_path),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """Messages of a TS file, keyed by (context, source, comment)."""
    messages: dict[tuple[str, str, str], Message] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            message = Message(
                context=context,
                source=msg.findtext("source") or "",
                comment=msg.findtext("comment") or "",
                translation=(translation.text or "") if translation is not None else "",
                state=(translation.get("type") or "finished") if translation is not None else "unfinished",
            )
            messages[message.key] = message
    return messages


def placeholders(text: str) -> set[str]:
    """The ``str.format`` field names in *text*: a translation must keep exactly these."""
    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return set()


def placeholder_problems(messages: dict[tuple[str, str, str], Message]) -> list[str]:
    """Translations whose ``{fields}`` differ from the source would raise KeyError at run time."""
    return [
        f"{m.context}: “{m.source}” -> “{m.translation}”: placeholders "
        f"{sorted(placeholders(m.translation))} != {sorted(placeholders(m.source))}"
        for m in messages.values()
        if m.translation and placeholders(m.translation) != placeholders(m.source)
    ]


def check_ts(ts_path: Path = TS_PATH, root: Path = ROOT) -> list[str]:
    """What `extract` would change in *ts_path* (new or vanished messages), and unsafe translations;
    empty when the committed catalogue is up to date."""
    if not ts_path.exists():
        return [f"{ts_path} is missing"]
    committed = read_ts(ts_path)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / ts_path.name
        shutil.copyfile(ts_path, fresh_path)
        lupdate(fresh_path, root)
        fresh = read_ts(fresh_path)
    problems = [f"new message {k[0]}: “{k[1]}”" for k in sorted(fresh.keys() - committed.keys())]
    problems += [
        f"message no longer in the sources {k[0]}: “{k[1]}”" for k in sorted(committed.keys() - fresh.keys())
    ]
    problems += [
        f"state changed {k[0]}: “{k[1]}”"
        for k in sorted(fresh.keys() & committed.keys())
        if fresh[k].state != committed[k].state
    ]
    return problems + placeholder_problems(committed)


def compile_ts(ts_path: Path, qm_path: Path | None = None) -> Path:
    """Run lrelease; unfinished messages are left out, so Qt shows the Chinese source for them."""
    qm = qm_path or ts_path.with_suffix(".qm")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path), "-qm", str(qm)], check=True)
    return qm


def screenshot(out: Path = SCREENSHOT, locale: str = "en_US") -> Path:
    """The main window on the demo database through the real start-up path (XXB_LOCALE)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XXB_LOCALE"] = locale
    from tools.screenshots import demo_window, settle

    with demo_window() as (app, win):
        win.show_page("settings")
        settle(app)
        out.parent.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="update resources/i18n/*.ts from the sources (pyside6-lupdate)")
    sub.add_parser("compile", help="pyside6-lrelease each .ts into a .qm next to it")
    sub.add_parser("check", help="exit 1 if a .ts is out of date (for CI)")
    shot = sub.add_parser("screenshot", help="save the main window in English")
    shot.add_argument("--out", type=Path, default=SCREENSHOT)
    args = parser.parse_args(argv)
    ts_files = sorted(I18N_DIR.glob("*.ts")) or [TS_PATH]

    if args.command == "extract":
        for ts in ts_files:
            print(lupdate(ts))
            done = sum(m.state == "finished" for m in read_ts(ts).values())
            print(f"{ts.relative_to(ROOT)}: {len(read_ts(ts))} messages, {done} translated")
        return 0
    if args.command == "compile":
        for ts in ts_files:
            print(compile_ts(ts).relative_to(ROOT))
        return 0
    if args.command == "check":
        problems = [p for ts in ts_files for p in check_ts(ts)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run `make i18n` and commit resources/i18n", file=sys.stderr)
        return 1 if problems else 0
    print(screenshot(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
