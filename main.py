"""献血办 — start-up only: logging and crash hooks, the command line, then the GUI or a command."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
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
        _fault_file = (log_dir / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return logfile


def _log_uncaught(exc_type, exc, tb) -> None:  # sys.excepthook
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from app.paths import logs_dir

    setup_logging(logs_dir())
    sys.excepthook = _log_uncaught
    log.info("%s %s starting, argv=%s", APP_NAME, __version__, argv)

    from app import cli

    try:
        args = cli.parse(argv)
    except cli.KnownError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    if args.command:
        return cli.run(args)
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
