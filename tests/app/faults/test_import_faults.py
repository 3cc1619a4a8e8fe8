"""Issue 8, bad input into the importers: each case as found, now a message or a clean import.

Each test runs the command line in-process on a real database and a real file and checks the exit
code, the message and that nothing was written when refused.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from app import cli


def run(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--db", str(db), *argv]), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def names(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT name FROM unit ORDER BY id")]
    finally:
        con.close()


def xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def pingli(tmp_path, samples) -> Path:
    db = tmp_path / "x.db"
    code, _, err = run(db, "roster", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017")
    assert code == 0, err
    return db


@pytest.mark.parametrize(
    ("sample", "year"), [("rugao_2020_monthly_plan.xlsx", "2020"), ("shouxian_2018_schedule.csv", "2018")]
)
def test_a_plan_table_is_not_a_roster(pingli, samples, sample, year):
    before = names(pingli)
    code, _, err = run(pingli, "roster", "import", str(samples / sample), "--year", year)
    assert code == 2 and "plan import" in err, err
    assert names(pingli) == before


def test_cells_that_are_not_one_units_name_are_rejected_rows(tmp_path):
    db = tmp_path / "x.db"
    table = xlsx(
        tmp_path / "r.xlsx",
        [
            ["单位", "人口数"],
            ["组织部7；宣传部5；统战部3", 10],
            ["12345", 5],
            ["。，、", 5],
            ["县" * 32767, 1],
            ["城关镇", 9],
        ],
    )
    code, _, err = run(db, "roster", "import", str(table), "--year", "2017")
    assert code == 2 and "第2行" in err and "第3行" in err and "第4行" in err and "第5行" in err, err
    code, _, err = run(db, "roster", "import", str(table), "--year", "2017", "--accept-valid")
    assert code == 0, err
    assert names(db) == ["城关镇"]


def test_invisible_characters_never_make_a_look_alike_unit(pingli, tmp_path):
    units = count(pingli, "SELECT count(*) FROM unit")
    table = tmp_path / "r.csv"  # a CSV: an Excel file cannot even hold the control character
    table.write_text(
        "单位,人口数\n城关\u200b镇,1\n\ufeff县医院\x07,2\n县中医医院\u00ad,3\n", encoding="utf-8"
    )
    code, _, err = run(pingli, "roster", "import", str(table), "--year", "2017")
    assert code == 0, err
    assert count(pingli, "SELECT count(*) FROM unit") == units
    from app.names import name_problem

    assert all(name_problem(n) is None and n.isprintable() for n in names(pingli))


@pytest.mark.parametrize("quota", [2**62, 2**63, 1e20, 1e308, "9" * 1_000_000])
def test_an_absurd_quota_is_a_rejected_row_and_reports_keep_working(pingli, tmp_path, quota):
    table = xlsx(tmp_path / "q.xlsx", [["单位", "指标"], ["城关镇", quota], ["县医院", 80]])
    code, _, err = run(pingli, "plan", "import", str(table), "--year", "2017")
    assert code == 2 and "第2行" in err and "指标" in err, err
    assert count(pingli, "SELECT count(*) FROM plan") == 0
    code, _, err = run(pingli, "plan", "import", str(table), "--year", "2017", "--accept-valid")
    assert code == 0, err
    assert run(pingli, "plan", "list", "--year", "2017")[0] == 0
    assert run(pingli, "plan", "export", "--year", "2017", "--out", str(tmp_path / "q_out.xlsx"))[0] == 0


def test_a_formula_without_its_value_does_not_blank_the_population(pingli, tmp_path):
    before = count(
        pingli, "SELECT population FROM unit_year JOIN unit ON unit.id = unit_id WHERE name = '城关镇'"
    )
    table = xlsx(tmp_path / "f.xlsx", [["单位", "人口数"], ["城关镇", "=B3*2"], ["县医院", 100]])
    code, _, err = run(pingli, "roster", "import", str(table), "--year", "2017")
    assert code == 2 and "第2行" in err and "公式" in err, err
    after = count(
        pingli, "SELECT population FROM unit_year JOIN unit ON unit.id = unit_id WHERE name = '城关镇'"
    )
    assert after == before is not None


def test_an_unbalanced_quote_in_a_csv_is_refused_with_its_line(tmp_path):
    db = tmp_path / "x.db"
    table = tmp_path / "r.csv"
    table.write_text('单位,人口数\n城关镇,100\n"县医院,50\n中学,30\n城南",40\n', encoding="utf-8")
    code, _, err = run(db, "roster", "import", str(table), "--year", "2017")
    assert code == 2 and "第3行" in err and "引号" in err, err
    assert not db.exists() or count(db, "SELECT count(*) FROM unit") == 0


def test_a_giant_csv_field_is_refused_with_its_line(tmp_path):
    db = tmp_path / "x.db"
    table = tmp_path / "r.csv"
    table.write_text("单位,人口数\n城关镇,100\n县医院," + "9" * 140_000 + "\n", encoding="utf-8")
    code, _, err = run(db, "roster", "import", str(table), "--year", "2017")
    assert code == 2 and "第3行" in err, err


def test_text_lines_under_a_task_table_are_notes(tmp_path):
    db = tmp_path / "x.db"
    table = xlsx(
        tmp_path / "t.xlsx",
        [
            ["2017年无偿献血任务分配表"],
            ["单位", "任务数"],
            ["城关镇", 120],
            ["县医院", 80],
            ["主题词：献血 任务 通知"],
            ["抄送：县委办，县人大办，县政府办。"],
            ["平利县献血领导小组办公室", "2017年3月5日印发"],
            ["平利县献血办公室 2017年3月5日"],
        ],
    )
    code, out, err = run(db, "--json", "plan", "import", str(table), "--year", "2017")
    assert code == 0, err
    assert '"imported": 2' in out and '"rejected": []' in out


def test_a_packed_month_cell_with_a_unit_but_no_number_is_a_message(tmp_path):
    db = tmp_path / "x.db"
    table = xlsx(tmp_path / "m.xlsx", [["月份", "单位及计划数", "合计"], ["1月", "组织部7；宣传部", 7]])
    code, _, err = run(db, "plan", "import", str(table), "--year", "2020")
    assert code == 2 and "宣传部" in err, err


def test_a_header_only_file_creates_no_plan_and_no_audit_row(pingli, tmp_path):
    audit = count(pingli, "SELECT count(*) FROM audit_log")
    table = xlsx(tmp_path / "h.xlsx", [["单位", "指标"]])
    code, _, err = run(pingli, "plan", "import", str(table), "--year", "2017")
    assert code == 2, err
    code, _, err = run(pingli, "roster", "import", str(table), "--year", "2017")
    assert code == 2, err
    assert count(pingli, "SELECT count(*) FROM plan") == 0
    assert count(pingli, "SELECT count(*) FROM audit_log") == audit


def test_the_unit_dialog_service_uses_the_same_name_rules(db):
    from app.errors import InputError
    from app.roster.records import UnitInput
    from app.roster.units import create_unit

    created = create_unit(db, 2017, UnitInput(name="\ufeff城关\u200b镇 "))
    assert created.name == "城关镇"
    for bad in ("12345", "县" * 51, "组织部7；宣传部5"):
        with pytest.raises(InputError):
            create_unit(db, 2017, UnitInput(name=bad))
    with pytest.raises(InputError):
        create_unit(db, 2017, UnitInput(name="县医院", population=2**62))


def test_a_donation_row_whose_unit_is_not_one_name_is_rejected_not_stored(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from fuzz.test_fuzz_importers import STATION_HEADER, _station_rows

    every = _station_rows()
    rows = [every[0], every[2], every[3]]
    rows[0][STATION_HEADER.index("所属单位")] = "组织部7；宣传部5"
    rows[1][STATION_HEADER.index("所属单位")] = "12345"
    table = tmp_path / "station.csv"
    table.write_text("\n".join(",".join(r) for r in [STATION_HEADER, *rows]), encoding="utf-8")
    db = tmp_path / "x.db"
    code, out, err = run(db, "--json", "donations", "import", str(table))
    assert code == 0, err
    assert '"row": 2' in out and '"row": 3' in out
    from app.names import name_problem

    assert all(name_problem(n) is None for n in names(db))
    assert count(db, "SELECT count(*) FROM donation") == 1
