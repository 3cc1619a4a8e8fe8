"""Qt translation catalogue: keep an English build possible without a C++ tool chain.

``pyside6-lupdate`` only knows ``self.tr`` and ``QCoreApplication.translate``; our Qt-free
``app/`` layer uses ``app.i18n.tr(CTX, text)`` and many ``ui/`` modules use a one-argument
helper ``tr(text)``. This module reads the sources with :mod:`ast`, resolves those shapes to
(context, text) and maintains ``resources/i18n/xianxueban_en.ts`` (Qt TS 2.1) itself.

    python -m tools.i18n extract     # write/update the .ts, keeping existing translations
    python -m tools.i18n compile     # pyside6-lrelease every .ts into a .qm next to it
    python -m tools.i18n check       # exit 1 if the .ts lags the sources (CI)
    python -m tools.i18n screenshot  # docs/img/english_build.png, main window in English
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("app", "db", "ui")
I18N_DIR = ROOT / "resources" / "i18n"
TS_PATH = I18N_DIR / "xianxueban_en.ts"
TS_LANGUAGE = "en_US"
SOURCE_LANGUAGE = "zh_CN"
SCREENSHOT = ROOT / "docs" / "img" / "english_build.png"

# Qt classes whose static ``translate`` is QCoreApplication.translate.
_QT_APPS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
_NOOP_CTX = "QT_TRANSLATE_NOOP"  # (context, text) marker: extracted, returns text unchanged
_NOOP_CLASS = "QT_TR_NOOP"  # (text) marker inside a class: context is the class name
_TR_NAMES = frozenset({"tr", "_tr"})  # calls by these names must resolve, or be reported


# -- data -------------------------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class Location:
    """Where a message is used; ``path`` is POSIX and relative to the repository root."""

    path: str
    line: int


@dataclass
class Message:
    """One translatable (context, source, comment) and, once merged, its translation."""

    context: str
    source: str
    comment: str = ""  # Qt's disambiguation, part of the key
    locations: list[Location] = field(default_factory=list)
    translation: str = ""
    state: str = "unfinished"  # "finished", "unfinished", "vanished" or "obsolete"
    translator_comment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def placeholders(self) -> set[str]:
        return placeholders(self.source)


@dataclass(frozen=True)
class Unextractable:
    """A translation call whose context or text is not a literal: invisible to extraction."""

    location: Location
    code: str
    reason: str


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message]
    unextractable: list[Unextractable]


def placeholders(text: str) -> set[str]:
    """The ``str.format`` field names in *text*: a translation must keep exactly these."""
    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return set()


# -- extraction -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Translator:
    """What a callable name means: ``two`` = (context, text), ``one`` = text in a fixed context."""

    kind: str  # "two" | "one"
    context: str = ""


class _ModuleInfo:
    """Module-level facts one file contributes: string constants, translator names, helpers."""

    def __init__(self, tree: ast.Module, module: str, project: _Project, *, package: bool = False) -> None:
        self.constants: dict[str, str] = {}
        self.translators: dict[str, _Translator] = {}
        self.i18n_modules: set[str] = set()  # names bound to app.i18n (``i18n.tr``)
        self.helper_nodes: set[ast.AST] = set()
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                target = _absolute(node, module, package=package)
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if target == "app.i18n" and alias.name == "tr":
                        self.translators[bound] = _Translator("two")
                    elif target == "app" and alias.name == "i18n":
                        self.i18n_modules.add(bound)
                    elif (imported := project.info(target)) is not None:
                        if alias.name in imported.constants:
                            self.constants[bound] = imported.constants[alias.name]
                        if alias.name in imported.translators:
                            self.translators[bound] = imported.translators[alias.name]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "app.i18n" and alias.asname:
                        self.i18n_modules.add(alias.asname)
            else:
                for name, value in _assignments(node):
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        self.constants[name] = value.value
                    elif _is_translate_attr(value):
                        self.translators[name] = _Translator("two")
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (context := self._helper_context(node)) is not None:
                self.translators[node.name] = _Translator("one", context)
                self.helper_nodes.add(node)

    def _helper_context(self, node: ast.FunctionDef) -> str | None:
        """``def tr(text): return QCoreApplication.translate("Ctx", text)`` -> "Ctx"."""
        params = node.args.posonlyargs + node.args.args
        body = [s for s in node.body if not _is_docstring(s)]
        if len(params) != 1 or len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        call = body[0].value
        if not (isinstance(call, ast.Call) and len(call.args) == 2 and not call.keywords):
            return None
        is_translate = _is_translate_attr(call.func) or (
            isinstance(call.func, ast.Name) and self.translators.get(call.func.id) == _Translator("two")
        )
        text = call.args[1]
        if not (is_translate and isinstance(text, ast.Name) and text.id == params[0].arg):
            return None
        return _string_value(call.args[0], self.constants)


class _Project:
    """Parses project modules on demand so ``from ui.x import tr, CTX`` resolves across files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._infos: dict[str, _ModuleInfo | None] = {}
        self._trees: dict[str, ast.Module] = {}

    def tree(self, module: str, path: Path) -> ast.Module:
        if module not in self._trees:
            self._trees[module] = ast.parse(path.read_text(encoding="utf-8"), str(path))
        return self._trees[module]

    def info(self, module: str | None) -> _ModuleInfo | None:
        if not module:
            return None
        if module not in self._infos:
            self._infos[module] = None  # an import cycle sees nothing rather than recursing
            path = self._path_of(module)
            if path is not None:
                package = path.name == "__init__.py"
                self._infos[module] = _ModuleInfo(self.tree(module, path), module, self, package=package)
        return self._infos[module]

    def _path_of(self, module: str) -> Path | None:
        base = self.root.joinpath(*module.split("."))
        for candidate in (base.with_suffix(".py"), base / "__init__.py"):
            if candidate.is_file():
                return candidate
        return None


class _Visitor(ast.NodeVisitor):
    """Walks one module tracking the enclosing class and function-local translator aliases."""

    def __init__(self, info: _ModuleInfo, path: str, out: Extraction) -> None:
        self.info = info
        self.path = path
        self.out = out
        self.classes: list[str] = []
        self.scopes: list[dict[str, _Translator | None]] = []

    # scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node in self.info.helper_nodes:
            return
        local: dict[str, _Translator | None] = {}
        for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
            local[arg.arg] = None  # a parameter shadows any module-level translator
        for stmt in _own_statements(node.body):
            for name, value in _assignments(stmt):
                local[name] = _Translator("two") if _is_translate_attr(value) else None
        self.scopes.append(local)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _lookup(self, name: str) -> _Translator | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return self.info.translators.get(name)

    # calls
    def visit_Call(self, node: ast.Call) -> None:
        self._classify(node)
        self.generic_visit(node)

    def _classify(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id in self.info.i18n_modules:
                self._two(node)
            elif isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
                self._one(node, self.classes[-1] if self.classes else None, "self.tr outside a class")
        elif _is_translate_attr(func):
            self._two(node)
        elif isinstance(func, ast.Name):
            if func.id == _NOOP_CTX:
                self._two(node)
            elif func.id == _NOOP_CLASS:
                self._one(node, self.classes[-1] if self.classes else None, "QT_TR_NOOP outside a class")
            elif (translator := self._lookup(func.id)) is not None:
                if translator.kind == "two":
                    self._two(node)
                else:
                    self._one(node, translator.context, "")
            elif func.id in _TR_NAMES:
                self._skip(node, f"cannot tell what {func.id}() is here")

    def _constants(self) -> dict[str, str]:
        return self.info.constants

    def _two(self, node: ast.Call) -> None:
        if len(node.args) < 2:
            self._skip(node, "expected (context, text)")
            return
        context = _string_value(node.args[0], self._constants())
        if context is None:
            self._skip(node, "context is not a string constant")
            return
        self._add(node, context, node.args[1], node.args[2:])

    def _one(self, node: ast.Call, context: str | None, why_no_context: str) -> None:
        if context is None:
            self._skip(node, why_no_context)
            return
        if not node.args:
            self._skip(node, "expected (text)")
            return
        self._add(node, context, node.args[0], node.args[1:])

    def _add(self, node: ast.Call, context: str, text: ast.expr, rest: list[ast.expr]) -> None:
        source = _string_value(text, {})
        if source is None:
            self._skip(node, "text is not a string literal")
            return
        comment = ""
        if rest:
            disambiguation = rest[0]
            if not (isinstance(disambiguation, ast.Constant) and disambiguation.value is None):
                value = _string_value(disambiguation, self._constants())
                if value is None:
                    self._skip(node, "disambiguation is not a string constant")
                    return
                comment = value
        if len(rest) > 1 or any(k.arg == "n" for k in node.keywords):
            self._skip(node, "plural forms (n=) are not supported by this extractor")
            return
        key = (context, source, comment)
        message = self.out.messages.setdefault(key, Message(context, source, comment))
        message.locations.append(Location(self.path, node.lineno))

    def _skip(self, node: ast.Call, reason: str) -> None:
        self.out.unextractable.append(
            Unextractable(Location(self.path, node.lineno), ast.unparse(node), reason)
        )


def _absolute(node: ast.ImportFrom, module: str, *, package: bool) -> str | None:
    if node.level == 0:
        return node.module
    parts = module.split(".") + ([""] if package else [])  # a package's own name is level 1
    package_parts = parts[: -node.level]
    return ".".join([*package_parts, *([node.module] if node.module else [])]) or None


def _assignments(node: ast.stmt) -> Iterator[tuple[str, ast.expr]]:
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Name):
                yield target.id, node.value
    elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        yield node.target.id, node.value


def _own_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements of a function body, descending into blocks but not nested defs or classes."""
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        yield stmt
        for name in ("body", "orelse", "finalbody"):
            yield from _own_statements(getattr(stmt, name, []))
        for part in (*getattr(stmt, "handlers", ()), *getattr(stmt, "cases", ())):
            yield from _own_statements(part.body)


def _is_translate_attr(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in _QT_APPS
    )


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _string_value(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file that may carry user-facing text (Alembic revision scripts excluded)."""
    files: list[Path] = []
    for name in SOURCE_DIRS:
        files.extend(p for p in (root / name).rglob("*.py") if "versions" not in p.parts)
    return sorted(files)


def extract(root: Path = ROOT, files: Iterable[Path] | None = None) -> Extraction:
    """Collect every literal translation call under app/, db/ and ui/."""
    project = _Project(root)
    out = Extraction(messages={}, unextractable=[])
    for path in files if files is not None else source_files(root):
        module = _module_name(path, root)
        info = project.info(module)
        if info is None:
            continue
        _Visitor(info, path.relative_to(root).as_posix(), out).visit(project.tree(module, path))
    for message in out.messages.values():
        message.locations.sort()
    out.unextractable.sort(key=lambda u: u.location)
    return out


# -- TS files ---------------------------------------------------------------------------------
def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """Messages of an existing TS file, keyed by (context, source, comment)."""
    if not path.exists():
        return {}
    messages: dict[tuple[str, str, str], Message] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            state = "finished"
            if translation is not None and translation.get("type"):
                state = translation.get("type", "")
            message = Message(
                context=context,
                source=msg.findtext("source") or "",
                comment=msg.findtext("comment") or "",
                translation=(translation.text or "") if translation is not None else "",
                state=state,
                translator_comment=msg.findtext("translatorcomment") or "",
            )
            messages[message.key] = message
    return messages


def merge(
    found: dict[tuple[str, str, str], Message], old: dict[tuple[str, str, str], Message]
) -> dict[tuple[str, str, str], Message]:
    """Sources decide which messages exist; the old TS supplies translations and notes.

    A message that left the sources keeps its translation as ``vanished`` (or ``obsolete`` if
    it was unfinished) so it comes back if the text returns; without a translation it is dropped.
    """
    merged: dict[tuple[str, str, str], Message] = {}
    for key, new in found.items():
        message = Message(new.context, new.source, new.comment, list(new.locations))
        previous = old.get(key)
        if previous is not None:
            message.translation = previous.translation
            message.translator_comment = previous.translator_comment
            finished = previous.state in ("finished", "vanished")
            message.state = "finished" if finished and previous.translation else "unfinished"
        merged[key] = message
    for key, previous in old.items():
        if key in found or not previous.translation:
            continue
        gone = Message(previous.context, previous.source, previous.comment)
        gone.translation = previous.translation
        gone.translator_comment = previous.translator_comment
        gone.state = "vanished" if previous.state in ("finished", "vanished") else "obsolete"
        merged[key] = gone
    return merged


def _extra_comment(message: Message) -> str:
    names = sorted(message.placeholders)
    if not names:
        return ""
    fields = " ".join("{" + n + "}" for n in names)
    return f"Keep the placeholders {fields} unchanged: the program fills them in with str.format."


def render_ts(
    messages: dict[tuple[str, str, str], Message], ts_path: Path = TS_PATH, root: Path = ROOT
) -> str:
    """The TS 2.1 text, laid out like lupdate's so Qt Linguist diffs stay small."""
    base = ts_path.parent
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{TS_LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(by_context[context], key=_message_order):
            lines.append("    <message>")
            for loc in message.locations:
                rel = Path(os.path.relpath(root / loc.path, base)).as_posix()
                lines.append(f"        <location filename={quoteattr(rel)} line={quoteattr(str(loc.line))}/>")
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            if extra := _extra_comment(message):
                lines.append(f"        <extracomment>{escape(extra)}</extracomment>")
            if message.translator_comment:
                lines.append(
                    f"        <translatorcomment>{escape(message.translator_comment)}</translatorcomment>"
                )
            kind = "" if message.state == "finished" else f' type="{message.state}"'
            lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _message_order(message: Message) -> tuple[int, Location, str, str]:
    """Live messages in source order, then vanished ones by text: stable across runs."""
    if message.locations:
        return (0, message.locations[0], message.source, message.comment)
    return (1, Location("", 0), message.source, message.comment)


def placeholder_problems(messages: Iterable[Message]) -> list[str]:
    """Translations whose ``{fields}`` differ from the source would raise KeyError at run time."""
    problems = []
    for m in messages:
        if (
            m.translation
            and m.state in ("finished", "unfinished")
            and placeholders(m.translation) != m.placeholders
        ):
            problems.append(
                f"{m.context}: “{m.source}” -> “{m.translation}”: placeholders "
                f"{sorted(placeholders(m.translation))} != {sorted(m.placeholders)}"
            )
    return problems


def _semantic(messages: dict[tuple[str, str, str], Message]) -> set[tuple[str, str, str, str, str]]:
    """What matters for a build: keys, states and translations, not line numbers."""
    return {(*m.key, m.state, m.translation) for m in messages.values()}


def check_ts(ts_path: Path = TS_PATH, root: Path = ROOT, *, strict: bool = False) -> list[str]:
    """Problems that make the TS file stale or unsafe; empty when it is up to date.

    Line numbers move with every edit, so by default only the message set counts;
    ``strict`` also demands identical locations (what ``extract`` would write).
    """
    if not ts_path.exists():
        return [f"{ts_path} is missing"]
    old = read_ts(ts_path)
    found = extract(root)
    merged = merge(found.messages, old)
    problems: list[str] = []
    for key in sorted(found.messages.keys() - old.keys()):
        where = found.messages[key].locations[0]
        problems.append(f"new message {key[0]}: “{key[1]}” ({where.path}:{where.line})")
    for key in sorted(old.keys() - found.messages.keys()):
        if old[key].state not in ("vanished", "obsolete"):
            problems.append(f"message no longer in the sources {key[0]}: “{key[1]}”")
    if not problems and _semantic(merged) != _semantic(old):
        problems.append("message states differ from what extract would write")
    if strict and not problems and render_ts(merged, ts_path, root) != ts_path.read_text(encoding="utf-8"):
        problems.append("locations or layout differ from what extract would write")
    problems += placeholder_problems(old.values())
    return problems


def update_ts(
    ts_path: Path = TS_PATH, root: Path = ROOT
) -> tuple[Extraction, dict[tuple[str, str, str], Message]]:
    """Extract, merge with the existing TS and write it; returns both for reporting."""
    found = extract(root)
    merged = merge(found.messages, read_ts(ts_path))
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    ts_path.write_text(render_ts(merged, ts_path, root), encoding="utf-8")
    return found, merged


# -- compile ----------------------------------------------------------------------------------
def lrelease_executable() -> str:
    """pyside6-lrelease from the running venv first, so `make` needs nothing else on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease not found (pip install PySide6-Essentials)")
    return found


def compile_ts(ts_path: Path, qm_path: Path | None = None) -> Path:
    """Run lrelease; unfinished messages are left out, so Qt shows the Chinese source for them."""
    qm = qm_path or ts_path.with_suffix(".qm")
    subprocess.run([lrelease_executable(), "-silent", str(ts_path), "-qm", str(qm)], check=True)
    return qm


# -- screenshot -------------------------------------------------------------------------------
def screenshot(out: Path = SCREENSHOT, locale: str = TS_LANGUAGE) -> Path:
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


# -- command line -----------------------------------------------------------------------------
def _ts_files() -> list[Path]:
    return sorted(I18N_DIR.glob("*.ts"))


def _print_unextractable(found: Extraction) -> None:
    if not found.unextractable:
        return
    print(
        f"{len(found.unextractable)} call(s) cannot be extracted (mark their texts with QT_TRANSLATE_NOOP):"
    )
    for item in found.unextractable:
        print(f"  {item.location.path}:{item.location.line}: {item.reason}: {_short(item.code)}")


def _short(code: str, limit: int = 90) -> str:
    code = re.sub(r"\s+", " ", code)
    return code if len(code) <= limit else code[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="write/update resources/i18n/xianxueban_en.ts from the sources")
    sub.add_parser("compile", help="pyside6-lrelease each .ts into a .qm next to it")
    check = sub.add_parser("check", help="exit 1 if the .ts is out of date (for CI)")
    check.add_argument("--strict", action="store_true", help="also compare line numbers")
    shot = sub.add_parser("screenshot", help="save the main window in English")
    shot.add_argument("--out", type=Path, default=SCREENSHOT)
    args = parser.parse_args(argv)

    if args.command == "extract":
        old = read_ts(TS_PATH)
        found, merged = update_ts()
        new = found.messages.keys() - old.keys()
        live = [m for m in merged.values() if m.state in ("finished", "unfinished")]
        done = sum(m.state == "finished" for m in live)
        gone = sum(m.state in ("vanished", "obsolete") for m in merged.values())
        contexts = len({m.context for m in live})
        print(
            f"{TS_PATH.relative_to(ROOT)}: {len(live)} messages in {contexts} contexts, "
            f"{done} translated, {len(new)} new, {gone} vanished"
        )
        _print_unextractable(found)
        return 0
    if args.command == "compile":
        for ts in _ts_files():
            print(compile_ts(ts).relative_to(ROOT))
        return 0
    if args.command == "check":
        problems = [p for ts in _ts_files() or [TS_PATH] for p in check_ts(ts, strict=args.strict)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run `make i18n` (python -m tools.i18n extract) and commit the .ts", file=sys.stderr)
        return 1 if problems else 0
    print(screenshot(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
