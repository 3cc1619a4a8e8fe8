"""The headless command line (a contract: names and JSON keys stay stable; see ARCHITECTURE.md).

Each command module exposes ``register(subparsers)`` and sets ``func(args, ctx) -> dict | None``.
A command exits 0 on success; on bad input it prints a one-line Chinese reason on stderr, writes
nothing and exits 2. With ``--json`` it prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app import APP_NAME, __version__
from app.errors import KnownError
from app.i18n import translate

if TYPE_CHECKING:
    from app.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_BUG = 3


@dataclass
class Context:
    """What every command gets: where the database is and how to print."""

    db_path: Path
    as_json: bool
    out: TextIO

    @contextmanager
    def database(self, *, create: bool = True) -> Iterator[Database]:
        """The command's database, opened (checked, backed up, migrated) and closed again.

        A file this command created is removed again when the command is refused: bad input
        leaves no database behind, not even an empty one.
        """
        from app.database import open_database

        existed = self.db_path.exists()
        db = open_database(self.db_path, create=create)
        completed = False
        try:
            yield db
            completed = True
        finally:
            db.close()
            if not completed and not existed:
                _remove_database_files(self.db_path)

    def say(self, text: str) -> None:
        """Human-readable output; suppressed with --json so stdout stays one JSON object."""
        if not self.as_json:
            print(text, file=self.out)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def problems_json(problems: list) -> list[dict[str, Any]]:
    """Rejected rows as the JSON contract names them: sheet row, field and reason."""
    return [{"row": p.row, "field": p.field, "reason": p.message} for p in problems]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exit code 2, like every bad input."""

    def error(self, message: str) -> None:  # argparse.ArgumentParser.error
        raise KnownError(translate("cli", "命令行参数错误：{message}").format(message=message))


#: The command modules in help order, each with the commands it registers: a command line that
#: names one imports and builds only its module (``plan list`` need not import the other seven).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "roster": ("roster",),
    "plan": ("plan",),
    "progress": ("progress",),
    "notice": ("notice",),
    "donations": ("donations", "eligible", "donors", "emergency"),
    "lookup": ("lookup", "claim", "awards", "certificate", "rules"),
    "office": ("office",),
    "admin": ("selftest", "backup", "restore", "demo"),
}


def _command_modules(command: str | None = None) -> list[Callable[[argparse._SubParsersAction], None]]:
    """Every module's ``register``, or only the one registering *command* when it is known."""
    import importlib

    names = [m for m, commands in COMMAND_MODULES.items() if command in commands] or list(COMMAND_MODULES)
    return [importlib.import_module(f"app.cli.{name}").register for name in names]


def _command_of(argv: list[str]) -> str | None:
    """The command *argv* names (its first word that is neither an option nor --db's value)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --json, on the main parser and again on every command (before or after it).

    On the commands they default to SUPPRESS, so a command that does not repeat them keeps what
    was given before the command name.
    """
    db_help = translate("cli", "数据库文件（默认：用户数据文件夹中的 xianxueban.db）")
    json_help = translate("cli", "以一个 JSON 对象输出结果")
    if top:
        parser.add_argument("--db", type=Path, help=db_help)
        parser.add_argument("--json", action="store_true", help=json_help)
    else:
        parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
        parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=json_help)


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every command parser below *parser* (``plan``, ``plan allocate`` …), each once."""
    seen: set[int] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if id(child) not in seen:
                    seen.add(id(child))
                    yield child
                    yield from _subparsers(child)


def build_parser(command: str | None = None, *, commands: bool = True) -> argparse.ArgumentParser:
    """The parser of every command, or of *command* alone (the same parse for its command lines;
    an unknown name gets the full parser, whose message lists them all); without *commands*, of
    the options alone (the GUI's start)."""
    parser = _Parser(
        prog="main.py",
        description=translate("cli", "{app} {version}：不带命令时打开图形界面。").format(
            app=APP_NAME, version=__version__
        ),
    )
    _add_common(parser, top=True)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "命令"), parser_class=_Parser)
    for register in _command_modules(command) if commands else ():
        register(sub)
    for child in _subparsers(parser):
        _add_common(child, top=False)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    command = _command_of(argv)
    # no command, no help asked: the GUI starts, and needs --db alone, not eight command modules
    commands = command is not None or bool({"-h", "--help"} & set(argv))
    return build_parser(command, commands=commands).parse_args(argv)


def _log_unraisable(unraisable: Any) -> None:
    log.warning(
        "ignored exception in %r: %s",
        unraisable.object,
        unraisable.exc_value,
        exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback),
    )


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the parsed command; never raises for a KnownError."""
    from app.paths import default_db_path

    out = out or sys.stdout
    err = err or sys.stderr
    # A zip stream a writer left open after a full disk complains when it is collected; that
    # goes to the log, so stderr keeps its one line.
    sys.unraisablehook = _log_unraisable
    ctx = Context(db_path=args.db or default_db_path(), as_json=args.json, out=out)
    try:
        result: dict[str, Any] | None = args.func(args, ctx)
    except KnownError as exc:
        log.info("command %s refused: %s", args.command, exc)
        lines = str(exc).splitlines() or [type(exc).__name__]
        if len(lines) > 1 and lines[0].endswith("："):
            lines = [lines[0] + lines[1], *lines[2:]]  # the reason on the first line, not only "无法分配："
        print(translate("cli", "错误：{reason}").format(reason=lines[0]), file=err)
        for extra in lines[1:]:
            print(f"  {extra}", file=err)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        raise  # the reader went away (`… | head`): main.py ends quietly, this is no bug
    except Exception as exc:
        from app.paths import logs_dir

        log.exception("command %s failed", args.command)
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        print(
            translate("cli", "错误：程序内部错误（{kind}: {detail}），错误详情已记入日志 {log}").format(
                kind=type(exc).__name__, detail=detail, log=logs_dir() / "xianxueban.log"
            ),
            file=err,
        )
        return EXIT_BUG
    if args.json:
        print(json.dumps(result or {}, ensure_ascii=False, default=str), file=out)
    return EXIT_OK


def main(argv: list[str]) -> int:
    try:
        args = parse(argv)
    except KnownError as exc:
        print(translate("cli", "错误：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    if not args.command:
        print(translate("cli", "错误：缺少命令"), file=sys.stderr)
        return EXIT_BAD_INPUT
    return run(args)
