"""Every sample table we have (tests/fixtures/samples), made messy the way other counties' copies
are, imports to the same result as the sample itself: same units, quotas, totals and months."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from clihelpers import run
from conftest import SAMPLES
from messy_tables import FOOT, RED_HEAD, Sheet, dirty, full_width, write_text, write_xls, write_xlsx

from app.tabular import read_rows

Rows = list[list]

#: (sample, command): the roster import takes the tables that are rosters too.
CASES = [
    ("pingli_2017_quota.xlsx", "plan"),
    ("pingli_2017_quota.csv", "roster"),
    ("rugao_2020_monthly_plan.xlsx", "plan"),
    ("rugao_2020_monthly_plan.csv", "plan"),
    ("shouxian_2018_schedule.csv", "plan"),
    ("zhangjiajie_2012_tasks.xlsx", "plan"),
    ("zhangjiajie_2012_tasks.csv", "roster"),
]
#: What a result must keep; "created"/"new_units" name every unit, "month_totals" every drive.
KEYS = ("imported", "total", "layout", "created", "new_units", "month_totals", "rejected")


def _red_head_and_foot(rows: Rows) -> Rows:
    return [[line] for line in RED_HEAD] + [[]] + rows + [[]] + [[line] for line in FOOT]


def _blank_rows_and_columns(rows: Rows) -> Rows:
    out: Rows = []
    for i, cells in enumerate(rows):
        out.append([None, cells[0] if cells else None, None, *cells[1:]])
        if i % 3 == 2:
            out.append([])
    return out


def _invisible_and_full_width(rows: Rows) -> Rows:
    def messy(cell):
        if isinstance(cell, int) and not isinstance(cell, bool):
            return full_width(cell)
        return dirty(cell) if isinstance(cell, str) and len(cell) > 1 else cell

    return [[messy(c) for c in cells] for cells in rows]


VARIANTS: dict[str, tuple[Callable[[Rows], Rows], str]] = {
    "红头 and 主题词 in .xlsx": (_red_head_and_foot, ".xlsx"),
    "blank rows and columns in .xls": (_blank_rows_and_columns, ".xls"),
    "invisible characters and full-width digits in GB18030 CSV": (_invisible_and_full_width, ".csv"),
    "all of it, data on the second sheet": (
        lambda rows: _invisible_and_full_width(_blank_rows_and_columns(_red_head_and_foot(rows))),
        ".xlsx",
    ),
}


def _import(command: str, path: Path, db: Path) -> dict:
    code, out, err = run("--db", str(db), "--json", command, "import", str(path), "--year", "2020")
    assert code == 0, err
    data = json.loads(out)
    return {k: data[k] for k in KEYS if k in data}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], dict]:
    """The result of importing a sample as it is, once per sample and command."""
    results: dict[tuple[str, str], dict] = {}

    def result(sample: str, command: str) -> dict:
        if (sample, command) not in results:
            db = tmp_path_factory.mktemp("clean") / "clean.db"
            results[sample, command] = _import(command, SAMPLES / sample, db)
        return results[sample, command]

    return result


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("sample", "command"), CASES)
def test_a_messy_copy_of_a_sample_imports_as_the_sample_does(tmp_path, clean, sample, command, variant):
    expected = clean(sample, command)
    (sheet,) = [s for s in read_rows(SAMPLES / sample) if any(cells for _, cells in s.rows)][:1]
    transform, suffix = VARIANTS[variant]
    rows = transform([cells for _, cells in sheet.rows])
    path = tmp_path / f"messy{suffix}"
    if suffix == ".csv":
        write_text(rows, path, encoding="gb18030", delimiter=",")
    elif variant.endswith("second sheet"):
        write_xlsx([Sheet("封面", [["2020年无偿献血工作"]]), Sheet(sheet.name, rows)], path)
    else:
        (write_xlsx if suffix == ".xlsx" else write_xls)([Sheet(sheet.name, rows)], path)
    assert _import(command, path, tmp_path / "messy.db") == expected
