"""``progress`` on the command line: the JSON contract of ARCHITECTURE.md, --by, --until, --out, --supply."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from app.cli import parse, run
from app.errors import KnownError

ROOT = Path(__file__).resolve().parents[3]


def _cli(db, *args: str) -> tuple[int, dict | str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        parsed = parse(["--db", str(db.path), *args])
    except KnownError as exc:  # argparse errors, as main() reports them
        return 2, "", f"错误：{exc}"
    code = run(parsed, out=out, err=err)
    text = out.getvalue()
    return code, (json.loads(text) if "--json" in args and code == 0 else text), err.getvalue()


def test_json_contract(db, county):
    code, result, err = _cli(db, "--json", "progress", "--year", "2021", "--until", "2021-06-30")
    assert code == 0, err
    assert set(result) == {"units", "total"}
    assert result["units"] == [
        {"unit": "城关镇", "quota": 200, "done": 241.5, "rate": 1.2075},
        {"unit": "老县镇", "quota": 100, "done": 81, "rate": 0.81},
        {"unit": "县教育局", "quota": 80, "done": 61.5, "rate": 0.7688},
        {"unit": "县医院", "quota": 50, "done": 28, "rate": 0.56},
        {"unit": "县审计局", "quota": 40, "done": 0, "rate": 0.0},
        {"unit": "县林业局", "quota": 0, "done": 5, "rate": None},
    ]
    total = result["total"]
    assert (total["quota"], total["done"], total["rate"]) == (470, 437, 0.9298)
    assert (total["donations"], total["volume_ml"], total["tonnes"]) == (220, 87_400, 0.09)
    assert (total["population"], total["per_thousand"]) == (100_000, 2.2)
    assert (total["share_400"], total["share_first_time"]) == (0.9633, 0.9954)
    assert total["last_year"] == {"donations": 105, "done": 205, "volume_ml": 41_000}
    assert total["change"]["donations"] == 1.0952
    assert total["behind"] == ["县审计局", "老县镇"]
    assert total["until"] == "2021-06-30"


def test_rate_is_rounded_half_up_in_json(db, systems):
    code, result, err = _cli(db, "--json", "progress", "--year", "2021", "--until", "2021-05-31")
    assert code == 0, err
    town = next(u for u in result["units"] if u["unit"] == "城关镇")
    assert town == {"unit": "城关镇", "quota": 4000, "done": 1613, "rate": 0.4033}


def test_by_month_and_category(db, county):
    code, result, _ = _cli(
        db, "--json", "progress", "--year", "2021", "--until", "2021-06-30", "--by", "month"
    )
    assert code == 0
    months = result["months"]
    assert [m["done"] for m in months[:7]] == [20, 5, 241.5, 28, 81, 61.5, None]
    assert [m["plan_cumulative"] for m in months][-1] == 470 and months[2]["plan"] == 240
    code, result, _ = _cli(
        db, "--json", "progress", "--year", "2021", "--until", "2021-06-30", "--by", "category"
    )
    cats = {c["category"]: c for c in result["categories"]}
    assert cats["团体"] == {
        "category": "团体",
        "donations": 208,
        "done": 409,
        "share": 0.9359,
        "last_year": 200,
    }


def test_text_output_and_workbook(db, county, tmp_path):
    out = tmp_path / "进度.xlsx"
    code, text, err = _cli(db, "progress", "--year", "2021", "--until", "2021-06-30", "--out", str(out))
    assert code == 0, err
    assert "2021年1—6月各单位无偿献血任务完成情况" in text
    assert "城关镇" in text and "120.75%" in text and "进度滞后：县审计局（0.00%）、老县镇（81.00%）" in text
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 3
    sheet = book.worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [1, "城关镇", 200, 241.5, "120.75%"] in values
    assert ["", "合计", 470, 417, "88.72%"] in [[v if v is not None else "" for v in r] for r in values]


def test_supply(db, county):
    code, result, err = _cli(
        db,
        "--json",
        "progress",
        "--year",
        "2021",
        "--until",
        "2021-06-30",
        "--supply",
        "300",
        "--floor",
        "10",
    )
    assert code == 0, err
    supply = result["supply"]
    # 5 units × 10 floor; 250 shared by min(done, quota): 200, 81, 61.5, 28, 0 (sum 370.5)
    assert supply["units"] == [
        {"unit": "城关镇", "allowance": 10 + 135},
        {"unit": "老县镇", "allowance": 10 + 55},
        {"unit": "县教育局", "allowance": 10 + 41},
        {"unit": "县医院", "allowance": 10 + 19},
        {"unit": "县审计局", "allowance": 10},
    ]
    assert sum(u["allowance"] for u in supply["units"]) == 300
    code, _, err = _cli(db, "progress", "--year", "2021", "--supply", "30", "--floor", "10")
    assert code == 2 and "超过可供血量30" in err


def test_bad_input_exits_2(db, county):
    code, _, err = _cli(db, "progress", "--year", "2021", "--until", "2021-13-01")
    assert code == 2 and err.startswith("错误：命令行参数错误")
    code, _, err = _cli(db, "progress", "--year", "2019")
    assert code == 2 and "2019年没有献血计划" in err


def test_real_process(db, county, tmp_path):
    db.close()
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db.path), "--json", "progress", "--year", "2021"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["units"][0]["unit"] == "城关镇"
