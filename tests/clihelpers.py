"""Run a command of the headless command line in-process, as main.py does."""

from __future__ import annotations

import io

from app import cli


def run(*argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one command."""
    out, err = io.StringIO(), io.StringIO()
    try:
        args = cli.parse(list(argv))
    except cli.KnownError as exc:
        return cli.EXIT_BAD_INPUT, "", str(exc)
    return cli.run(args, out, err), out.getvalue(), err.getvalue()
