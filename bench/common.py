"""Benchmark helpers: paired runs against a floor measured in the same run, medians, memory.

The machine is shared and noisy, so every figure is a median over several runs, and each run of
the thing measured is paired with a run of its floor right before it; the ratio of the medians is
what to compare between versions, not the seconds.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """The fastest of *repeat* runs (seconds) and the last result; noise only ever adds time."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_json(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 900) -> dict[str, Any]:
    """Run ``python args…`` in a fresh process (cold imports, its own peak memory) and return
    the JSON object it prints last."""
    out = subprocess.run(
        [PYTHON, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def ratio(value: float, floor: float) -> float:
    return value / floor if floor else float("inf")


class Table:
    """Rows of (operation, seconds, floor seconds, target) printed with their ratio."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[tuple[str, float, float | None, float | None, str]] = []

    def add(
        self,
        name: str,
        seconds: float,
        floor: float | None = None,
        target: float | None = None,
        note: str = "",
    ) -> None:
        self.rows.append((name, seconds, floor, target, note))

    def print(self) -> None:
        print(f"\n## {self.title}")
        print(f"{'operation':62s} {'seconds':>9s} {'× floor':>8s} {'target':>7s}  ")
        for name, seconds, floor, target, note in self.rows:
            if floor is None:
                shown, verdict = "   floor", ""
            else:
                r = ratio(seconds, floor)
                shown = f"{r:8.1f}"
                verdict = "" if target is None else ("ok" if r <= target else "MISSED")
            goal = f"≤{target:g}×" if target is not None else ""
            print(f"{name:62s} {seconds:9.3f} {shown} {goal:>7s} {verdict} {note}".rstrip())
