"""Run every benchmark and print its figures (never part of the test suite)."""

from __future__ import annotations

from bench import bench_lookup, bench_progress, bench_roster_import


def main() -> None:
    bench_roster_import.main()
    bench_lookup.main()
    bench_progress.main()


if __name__ == "__main__":
    main()
