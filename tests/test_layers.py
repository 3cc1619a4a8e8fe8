"""Layering: app/ and db/ never import Qt, pyqtgraph or ui/ (checked in the source and at run time)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_app_and_db_sources_import_no_qt():
    offenders = []
    for package in ("app", "db"):
        for path in (ROOT / package).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_every_app_and_db_module_loads_no_qt():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in ("app", "db")
        for p in (ROOT / package).rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_db_imports_nothing_from_app_or_ui():
    """db/ holds the schema only: opening, checking and upgrading a file are app/ services."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "db").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("app", "ui", "PySide6")
    ]
    assert offenders == []


def test_ui_never_opens_a_session_or_builds_sql():
    """Widgets call app/ services; SQL and sessions stay below them."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "ui").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("sqlalchemy", "sqlite3") or name.startswith("db.models")
    ]
    assert offenders == []


def test_capabilities_are_packages_and_the_ground_stays_small():
    """app/ is a few ground modules plus one package per capability (README, CONTRIBUTING)."""
    ground = {p.stem for p in (ROOT / "app").glob("*.py")}
    assert ground <= {"__init__", "errors", "i18n", "files", "paths", "pinyin", "audit", "names", "bounds"}
    for package in ("roster", "plans", "notices", "gongwen", "tabular", "cli", "database", "office"):
        assert (ROOT / "app" / package / "__init__.py").is_file(), package


def test_no_module_is_over_about_500_lines():
    too_long = [
        f"{path.relative_to(ROOT)}: {n}"
        for package in ("app", "db", "ui")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts and (n := len(path.read_text(encoding="utf-8").splitlines())) > 560
    ]
    assert too_long == []
