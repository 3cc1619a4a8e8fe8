"""献血办 — start-up only: logging and crash hooks, the command line, then the GUI or a command."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
from datetime import datetime
from pathlib import Path

from app import APP_NAME, __version__

log = logging.getLogger("main")
_fault_file = None


def setup_logging(log_dir: Path) -> Path | None:
    """Rotating log in the data folder; faulthandler writes hard crashes next to it."""
    global _fault_file
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        logfile = log_dir / "xianxueban.log"
        handler = logging.handlers.RotatingFileHandler(
            logfile, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler, logfile = logging.StreamHandler(sys.stderr), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if logfile is not None:
        _fault_file = (log_dir / "crash.log").open("w", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return logfile


def keep_previous_crash(log_dir: Path) -> Path | None:
    """A hard crash (segfault, abort) leaves faulthandler's report in crash.log; keep it under a
    dated name before this run reuses the file, so the GUI can tell the clerk where it is."""
    crash = log_dir / "crash.log"
    try:
        if crash.exists() and crash.stat().st_size:
            kept = crash.with_name(f"crash-{datetime.now():%Y%m%d-%H%M%S}.log")
            crash.replace(kept)
            return kept
    except OSError:
        return None
    return None


def _log_uncaught(exc_type, exc, tb) -> None:  # sys.excepthook
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def _command_line_locale(argv: list[str]) -> bool:
    """A command (not the GUI) asked for in another language than Chinese through XXB_LOCALE."""
    locale_name = os.environ.get("XXB_LOCALE", "")
    return bool(argv) and bool(locale_name) and not locale_name.lower().startswith("zh")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from app.paths import logs_dir

    previous_crash = keep_previous_crash(logs_dir())
    setup_logging(logs_dir())
    if previous_crash is not None:
        log.warning("the previous run crashed; faulthandler report kept in %s", previous_crash)
    sys.excepthook = _log_uncaught
    log.info("%s %s starting, argv=%s", APP_NAME, __version__, argv)

    if _command_line_locale(argv):
        from ui import command_line

        command_line.install(os.environ["XXB_LOCALE"])
    from app import cli

    try:
        args = cli.parse(argv)
    except cli.KnownError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    if args.command:
        try:
            return cli.run(args)
        except BrokenPipeError:  # the reader went away (`… | head`): what it read was complete
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (no flush error at exit)
            return 0
    # The pure-Python part of the start before PySide6: once PySide6 is imported, shiboken's
    # import hook reads the source of every module imported after it (bench/bench_startup.py).
    import app.database.backup  # noqa: F401
    from ui.application import run_gui

    args.previous_crash = previous_crash
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
