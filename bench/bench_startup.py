"""Cold start: the GUI to its first paint against a bare QMainWindow, and a command against the
imports every command needs.

    .venv/bin/python -m bench.bench_startup [RUNS]

Each run starts fresh processes (cold imports, nothing cached in the interpreter), the floor right
before the thing measured; the figures are medians of the runs. ``main.py`` is run with
XXB_SMOKE=1: it prints SMOKE PAINTED at the main window's first paint and SMOKE READY once the
page on show is built (its data then loads on the worker); the smoke start then walks every page
and quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PYTHON, ROOT, Table, median

TARGET_START = 2.0  # × a bare QMainWindow
TARGET_COMMAND_S = 0.5  # seconds for `plan list`


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XXB_DATA_DIR": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"),  # the bench's own QSettings, not the user's
        "XXB_SMOKE": "1",
    }


def _until(args: list[str], env: dict[str, str], marks: tuple[str, ...]) -> tuple[dict[str, float], float]:
    """Seconds from process start to each line in *marks*, and the process's peak RSS in MB."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        for mark in marks:
            if line.strip().startswith(mark) and mark not in seen:
                seen[mark] = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    missing = set(marks) - set(seen)
    if missing or proc.returncode:
        raise RuntimeError(f"{args} exited {proc.returncode} without {missing}")
    return seen, usage.ru_maxrss / 1024


def _seconds(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{args} failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main(runs: int = 7) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="xxb-bench-start-"))
    env = _env(tmp)
    db = tmp / "demo.db"
    subprocess.run(
        [PYTHON, "main.py", "--db", str(db), "demo"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    bare, painted, ready, command, imports, orm_imports = [], [], [], [], [], []
    rss_bare = rss_app = rss_cmd = 0.0
    for _ in range(runs):
        seen, rss_bare = _until([PYTHON, "-m", "bench.bare_window"], env, ("SMOKE PAINTED",))
        bare.append(seen["SMOKE PAINTED"])
        seen, rss_app = _until([PYTHON, "main.py", "--db", str(db)], env, ("SMOKE PAINTED", "SMOKE READY"))
        painted.append(seen["SMOKE PAINTED"])
        ready.append(seen["SMOKE READY"])
        imports.append(_seconds([PYTHON, "-c", "import sqlalchemy"], env)[0])
        orm_imports.append(_seconds([PYTHON, "-c", "import sqlalchemy.orm"], env)[0])
        seconds, rss_cmd = _seconds([PYTHON, "main.py", "--db", str(db), "plan", "list"], env)
        command.append(seconds)
    table = Table(f"Cold start (median of {runs} paired runs, offscreen)")
    table.add("bare PySide6 QMainWindow to first paint (floor)", median(bare))
    table.add("main.py to the main window's first paint", median(painted), median(bare), TARGET_START)
    table.add("main.py to the first page built (its data on the worker)", median(ready), median(bare))
    table.add("python -c 'import sqlalchemy' (floor of a command: Core)", median(imports))
    table.add("python -c 'import sqlalchemy.orm' (what plan list no longer imports)", median(orm_imports))
    verdict = "ok" if median(command) <= TARGET_COMMAND_S else "MISSED"
    table.add(
        "main.py --db X plan list",
        median(command),
        median(imports),
        note=f"target ≤{TARGET_COMMAND_S:g} s: {verdict}",
    )
    table.print()
    print(
        f"peak RSS: bare window {rss_bare:.0f} MB, main.py GUI {rss_app:.0f} MB, plan list {rss_cmd:.0f} MB"
    )
    return {
        "start_ratio": median(painted) / median(bare),
        "bare_s": median(bare),
        "painted_s": median(painted),
        "ready_s": median(ready),
        "command_s": median(command),
        "imports_s": median(imports),
        "orm_imports_s": median(orm_imports),
    }


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
