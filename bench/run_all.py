"""Run every benchmark and print its figures (never part of the test suite): ``make bench``.

Each figure is a ratio to a floor measured in the same run (see each module); the machine the
figures in README.md come from is a shared 2-core box, so compare ratios, not seconds.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on screen, same figures

from bench import (
    bench_donations,
    bench_lookup,
    bench_paged_table,
    bench_progress,
    bench_roster_import,
    bench_roster_page,
    bench_split,
    bench_startup,
)


def main() -> None:
    bench_startup.main()
    bench_roster_import.main()
    bench_lookup.main()
    bench_roster_page.main()
    bench_split.main()
    bench_paged_table.main()
    bench_donations.main()
    bench_progress.main()


if __name__ == "__main__":
    main()
