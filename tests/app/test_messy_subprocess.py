"""Messy files through ``python main.py`` as a real process, plain and ``--json``, exactly as
ARCHITECTURE.md documents the import commands: a messy table imports, a bad cell is refused with
one Chinese line naming the row as Excel shows it and the field, and nothing is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from messy_samples import EXPORT, IDS, ROSTER, TITLES, UNITS, set_cells, total_row
from messy_tables import FOOT, RED_HEAD, map_column, write

ROOT = Path(__file__).resolve().parent.parent.parent


def main(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XXB_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_messy_roster_imports_and_a_bad_cell_is_refused_naming_row_and_field(tmp_path):
    messy = replace(map_column(ROSTER, 1, lambda v: f"{v:,}人" if v else "—"), titles=TITLES, foot=FOOT)
    path = write(replace(messy, total=total_row(ROSTER)), tmp_path / "名册.xlsx")
    db = tmp_path / "x.db"
    done = main("--db", str(db), "roster", "import", str(path), "--year", "2024", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"已导入{len(UNITS)}个单位" in done.stdout

    bad = map_column(replace(ROSTER, titles=TITLES), 1, lambda v: "约4.7万" if v == 17464 else v)
    fresh = tmp_path / "new.db"
    refused = main(
        "--db", str(fresh), "--json", "roster", "import", str(write(bad, tmp_path / "坏.csv", encoding="gbk")),
        "--year", "2024", data_dir=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2 and refused.stdout == ""
    first = refused.stderr.splitlines()[0]
    # five title lines above the header (row 6): 长安镇 is the second unit, row 8 as Excel shows it
    assert first.startswith("错误：") and "第8行“人口数”" in first and "约4.7万" in first
    assert not fresh.exists()


def test_a_messy_station_export_commits_good_rows_and_names_the_bad_ones_in_json(tmp_path):
    layout = set_cells(replace(EXPORT, titles=RED_HEAD, foot=FOOT), "证件号码", [*IDS[:4], "6.12401E+17"])
    path = write(layout, tmp_path / "血站.csv", encoding="gb18030", delimiter="\t")
    done = main("--db", str(tmp_path / "x.db"), "--json", "donations", "import", str(path), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["imported"] == 4
    assert [(r["row"], r["field"]) for r in data["rejected"]] == [(8, "证件号码")]
    assert "科学计数法" in data["rejected"][0]["reason"]
