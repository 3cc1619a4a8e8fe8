"""``rules list/show/edit/activate`` on the command line: what the 规则 dialog does, headless."""

from __future__ import annotations

import json
from pathlib import Path

from clihelpers import run


def call(db_path: Path, *args: str) -> tuple[int, dict | str, str]:
    code, out, err = run("--db", str(db_path), *args)
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err


def test_edit_as_a_draft_then_activate(db, db_path, wang) -> None:
    code, data, err = call(db_path, "rules", "list", "--json")
    assert code == 0, err
    assert data["office_region"] == "陕西"
    shaanxi = next(r for r in data["rule_sets"] if r["region"] == "陕西")
    assert (shaanxi["in_force"], shaanxi["draft"]) == (True, False)
    assert "第十四条" in shaanxi["citation"]
    code, shown, _ = call(db_path, "rules", "show", str(shaanxi["id"]), "--json")
    assert shown["rule_set"]["params"]["ml_per_dose"] == 400

    code, _, err = call(
        db_path, "rules", "edit", str(shaanxi["id"]), "--set", "params.ml_per_dose=四百", "--note", "改"
    )
    assert code == 2 and "params.ml_per_dose（1个治疗量血小板折合毫升数）" in err
    code, _, err = call(
        db_path, "rules", "edit", str(shaanxi["id"]), "--set", "params.nope.x=1", "--note", "改"
    )
    assert code == 2 and "没有字段 params.nope.x" in err

    code, saved, err = call(
        db_path,
        "rules",
        "edit",
        str(shaanxi["id"]),
        "--set",
        "params.bands[0].relatives.windows[0].multiplier=2",
        "--set",
        "verified=true",
        "--note",
        "亲属2倍",
        "--json",
    )
    assert code == 0, err
    assert (saved["version"], saved["based_on_id"], saved["activated"]) == ("2", shaanxi["id"], False)
    code, data, _ = call(db_path, "lookup", "610001", "--on", "2021-07-02", "--json")
    assert data["rules"]["version"] == "1"
    rows = {
        r["version"]: r
        for r in call(db_path, "rules", "list", "--json")[1]["rule_sets"]
        if r["region"] == "陕西"
    }
    assert rows["2"]["draft"] and not rows["2"]["in_force"]

    code, done, err = call(db_path, "rules", "activate", str(saved["id"]), "--json")
    assert code == 0 and done["activated"], err
    code, data, _ = call(db_path, "lookup", "610001", "--on", "2021-07-02", "--json")
    spouse = next(e for e in data["entitlements"] if e["who"] == "配偶")
    assert (data["rules"]["version"], spouse["remaining_ml"]) == ("2", 1400)
    assert spouse["why"].startswith("陕西规则第2版")
