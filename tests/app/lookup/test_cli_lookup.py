"""lookup / claim / awards / certificate / rules on the command line: the JSON keys are a contract."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lookup_helpers import D, make_id

from app import cli

ROOT = Path(__file__).resolve().parents[3]


def call(db_path: Path, *args: str) -> tuple[int, dict | str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--db", str(db_path), *args]), out, err)
    text = out.getvalue()
    return code, (json.loads(text) if "--json" in args and code == 0 else text), err.getvalue()


def test_lookup_json_contract(db, db_path, wang) -> None:
    """陕西 on 2021-07-01: donor 1,500 ml (no lapse); each relative 700 ml, of which the 2020
    gift's 400 ml lapses after 2025-01-15 and the rest after 2026-06-01 (5 years, inclusive)."""
    code, data, err = call(db_path, "lookup", "610001", "--on", "2021-07-01", "--json")
    assert code == 0, err
    assert {"donor", "donations", "entitlements"} <= set(data)
    assert data["donor"]["name"] == "王建国"
    assert "*" in data["donor"]["id_number"] and data["donor"]["phone"] == "138****5678"
    assert data["donations"][0] == {
        "date": "2020-01-15",
        "kind": "whole",
        "volume_ml": 400,
        "doses": 0,
        "counted_ml": 400,
        "certificate_no": "610001",
        "unit": "",
    }
    me, spouse = data["entitlements"][0], data["entitlements"][1]
    assert (me["who"], me["remaining_ml"], me["until"]) == ("本人", 1500, None)
    assert (spouse["who"], spouse["name"], spouse["remaining_ml"], spouse["until"]) == (
        "配偶",
        None,
        700,
        "2026-06-01",
    )
    assert spouse["changes"] == [
        {"from": "2025-01-16", "remaining_ml": 300},
        {"from": "2026-06-02", "remaining_ml": 0},
    ]
    assert "陕西规则第1版" in me["why"] and "计入" in me["why"]
    assert data["certificate"]["found"] is True


def test_lookup_unlimited_is_null(db, db_path, wang, give) -> None:
    give(wang, "2022-01-01", 300)
    code, data, _ = call(db_path, "--json", "lookup", "王建国", "--on", "2022-01-01", "--rules", "湖南")
    assert code == 0
    assert data["entitlements"][0]["remaining_ml"] is None
    assert data["entitlements"][1]["who"] == "配偶、父母、子女"


def test_lookup_plain_text_and_unknown(db, db_path, wang) -> None:
    code, text, _ = call(db_path, "lookup", "wjg", "--on", "2021-07-01")
    assert code == 0 and "剩余 1500 毫升" in text and "依据：" in text
    code, _, err = call(db_path, "lookup", "nobody")
    assert code == 2 and err.startswith("错误：未找到献血者")


def test_claim_over_refused_then_overridden(db, db_path, wang) -> None:
    args = ["claim", "610001", "--who", "母亲", "--name", "李秀英", "--ml", "800", "--date", "2021-07-01"]
    code, _, err = call(db_path, *args, "--invoice", "INV-1", "--json")
    assert code == 2 and "超出剩余额度" in err
    code, data, err = call(db_path, *args, "--invoice", "INV-1", "--override-reason", "局长特批", "--json")
    assert code == 0, err
    assert (data["who"], data["name"], data["ml"], data["rule_version"]) == ("父母", "李秀英", 800, "陕西/1")
    assert data["override_reason"] == "局长特批" and data["remaining_ml"] == 0
    code, _, err = call(
        db_path,
        "claim",
        "610001",
        "--who",
        "本人",
        "--ml",
        "10",
        "--date",
        "2021-07-02",
        "--invoice",
        "inv-1",
    )
    assert code == 2 and "不能重复报销" in err


def test_claim_with_form(db, db_path, wang, tmp_path) -> None:
    form = tmp_path / "审核表.docx"
    code, _, err = call(
        db_path, "claim", WANG, "--who", "本人", "--ml", "200", "--date", "2021-07-01", "--form", str(form)
    )
    assert code == 2 and "office set" in err and not form.exists()  # refused before the claim
    from app.admin.demo import DEMO_OFFICE
    from app.office.settings import save_office

    save_office(db, DEMO_OFFICE)
    code, data, err = call(
        db_path,
        "--json",
        "claim",
        WANG,
        "--who",
        "本人",
        "--ml",
        "200",
        "--date",
        "2021-07-01",
        "--form",
        str(form),
    )
    assert code == 0, err
    assert form.exists() and data["form"] == str(form)


WANG = make_id(D(1985, 3, 2), 11)


def test_awards_json_contract_and_xlsx(db, db_path, add_donor, give, tmp_path) -> None:
    donor = add_donor("刘奉献", make_id(D(1970, 1, 1), 44))
    for i in range(10):
        give(donor, D(2012 + i // 4, 1 + 3 * (i % 4), 1), 400)
    out = tmp_path / "名单.xlsx"
    code, data, err = call(db_path, "awards", "--until", "2020-12-31", "--out", str(out), "--json")
    assert code == 0, err
    (row,) = data["donors"]
    assert {"id_number", "name", "count", "tier"} <= set(row)
    assert (row["name"], row["count"], row["tier"]) == ("刘奉献", 20, "铜奖")
    assert "*" in row["id_number"]
    assert out.exists()


def test_certificate_and_rules_commands(db, db_path, wang, tmp_path) -> None:
    code, data, _ = call(db_path, "certificate", "610001", "--name", "王建军", "--json")
    assert code == 0 and data["found"] and data["name_matches"] is False and data["flags"]
    code, data, _ = call(db_path, "rules", "list", "--json")
    regions = {r["region"]: r for r in data["rule_sets"]}
    assert set(regions) == {"陕西", "湖南", "甘肃", "江苏", "安徽"}
    assert regions["江苏"]["verified"] is False
    exported = tmp_path / "gansu.json"
    assert call(db_path, "rules", "export", str(regions["甘肃"]["id"]), "--out", str(exported))[0] == 0
    edited = json.loads(exported.read_text(encoding="utf-8"))
    edited["params"]["ml_per_dose"] = "四百"
    exported.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    code, _, err = call(
        db_path, "rules", "copy", str(regions["甘肃"]["id"]), "--file", str(exported), "--note", "x"
    )
    assert code == 2 and "params.ml_per_dose（1个治疗量血小板折合毫升数）" in err
    edited["params"]["ml_per_dose"] = 200
    exported.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    code, data, err = call(
        db_path,
        "rules",
        "copy",
        str(regions["甘肃"]["id"]),
        "--file",
        str(exported),
        "--note",
        "核实后改为200",
        "--json",
    )
    assert code == 0, err
    assert data["version"] == "2"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths in the subprocess call")
def test_real_process_json_after_the_command(db, db_path, wang, tmp_path) -> None:
    """As a user runs it: --db and --json after the subcommand, one JSON object on stdout."""
    env = {**os.environ, "XXB_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "lookup",
            "王建国",
            "--on",
            "2021-07-01",
            "--db",
            str(db_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["entitlements"][0]["remaining_ml"] == 1500
