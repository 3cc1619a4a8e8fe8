"""Timing helpers for benchmarks: best of a few runs, and peak memory of the process."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import Any


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """The fastest of *repeat* runs (seconds) and the last result; noise only ever adds time."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(rows: list[tuple[str, float, float | None]], title: str) -> None:
    """Print name, seconds and the ratio to the floor measured in the same process."""
    print(f"\n## {title}")
    print(f"{'operation':58s} {'seconds':>9s} {'× floor':>8s}")
    for name, seconds, floor in rows:
        ratio = f"{seconds / floor:8.1f}" if floor else "   floor"
        print(f"{name:58s} {seconds:9.3f} {ratio}")
