"""GB 18467 rule sets kept as versions: loaded into rule_set, an edit refused with the place named
and nothing written, a draft that waits, and after 启用 the check (service and command line) by
the new version."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from clihelpers import run
from sqlalchemy import func, insert, select

from app.donations.eligibility import RULES_DIR, check_eligibility
from app.donations.eligibility_rules import common_form, rules_in, standard_form
from app.errors import InputError
from app.lookup.rule_editing import (
    activate_rule_set,
    check_edit,
    problem_text,
    rule_set_overview,
    save_edited_copy,
)
from app.lookup.rulesets import rule_set_data
from db.models import AuditLog, Donation, RuleSet

D = dt.date


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(RuleSet)), s.scalar(
            select(func.count()).select_from(AuditLog)
        )


def cli(db_path: Path, *args: str) -> tuple[int, dict | str, str]:
    code, out, err = run("--db", str(db_path), *args)
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err


@pytest.fixture
def donor(db, add_donor, new_id) -> int:
    """A 30-year-old whose last whole-blood donation was on 2024-01-10."""
    donor_id = add_donor("李明", new_id(D(1994, 5, 1), 21))
    with db.session() as s:
        s.execute(
            insert(Donation).values(donor_id=donor_id, donated_on=D(2024, 1, 10), kind="whole", volume_ml=400)
        )
    return donor_id


def base_entry(db):
    (entry,) = rule_set_overview(db, "eligibility").entries
    return entry


def test_the_shipped_standard_is_a_version_and_converts_both_ways(db) -> None:
    entry = base_entry(db)
    assert (entry.info.region, entry.info.version, entry.in_force, entry.office) == ("全国", "1", True, True)
    assert entry.info.effective_from == D(2012, 7, 1) and "GB 18467-2011" in entry.info.citation
    data = rule_set_data(db, entry.info.id)
    assert check_edit(data) == []
    raw = json.loads((RULES_DIR / "gb18467-2011.json").read_text(encoding="utf-8"))
    assert common_form(raw)["params"]["intervals"] == raw["intervals"]
    back = standard_form(data)
    assert (back["id"], back["region"], back["age"]) == ("GB18467-2011", "national", raw["age"])
    with db.session() as s:
        rules = rules_in(s, D(2024, 6, 1))
    assert (rules.rule_set_id, rules.version, rules.id) == (entry.info.id, "1", "GB18467-2011")
    assert rules.interval("platelets", "whole").days == 28


def test_problems_are_named_as_places(db) -> None:
    data = rule_set_data(db, base_entry(db).info.id)
    p = data["params"]
    p["intervals"][1]["months"] = "三"
    p["intervals"][2].pop("days")
    p["age"]["min"] = 60
    p["whole_blood_ml"] = [200, "四百"]
    p["yearly"]["window"] = "weekly"
    texts = [problem_text(x) for x in check_edit(data)]
    assert "第2条间隔·月数：应为整数，实为 “三”" in texts
    assert "第3条间隔·间隔：月数与天数不能都为 0" in texts
    assert any(t.startswith("年龄：应为 最低年龄 < 最高年龄") for t in texts)
    assert any(t.startswith("全血第2种献血量·献血量（毫升）：应为整数") for t in texts)
    assert any(t.startswith("每年上限·一年的算法：应为 rolling、calendar 之一") for t in texts)
    before = counts(db)
    with pytest.raises(InputError) as refused:
        save_edited_copy(db, base_entry(db).info.id, data, "改间隔")
    assert "params.intervals[1].months（月数）" in str(refused.value)
    assert counts(db) == before  # nothing written, no audit line either


def test_draft_waits_then_activated_version_decides_and_is_cited(db, db_path, donor) -> None:
    base = base_entry(db).info
    on = D(2024, 7, 20)  # 6 months and 10 days after the last whole-blood donation
    assert check_eligibility(db, donor, on, kind="whole").may_donate("whole")
    data = rule_set_data(db, base.id)
    data["params"]["intervals"][0]["months"] = 7
    data["params"]["intervals"][0]["citation"] = "某省2026年规定：全血献血间隔不少于7个月"
    draft = save_edited_copy(db, base.id, data, "全血间隔改为7个月")
    assert (draft.version, draft.based_on_id) == ("2", base.id)
    answer = check_eligibility(db, donor, on, kind="whole")
    assert answer.rules.version == "1" and answer.may_donate("whole")  # a draft waits
    states = {e.info.version: (e.state, e.draft) for e in rule_set_overview(db, "eligibility").entries}
    assert states == {"1": ("在用", False), "2": ("草稿（未启用）", True)}

    activate_rule_set(db, draft.id)
    answer = check_eligibility(db, donor, on, kind="whole")
    assert (answer.rules.version, answer.rules.rule_set_id) == ("2", draft.id)
    (warning,) = answer.warnings_for("whole")
    assert "不足7个月" in warning.message and "不少于7个月" in warning.citation
    assert answer.whole_blood_from == D(2024, 8, 10)
    with db.session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "rule_set")).all()
    assert actions[-2:] == ["copy", "activate"]

    code, out, err = cli(db_path, "eligible", "李明", "--on", "2024-07-20", "--kind", "whole", "--json")
    assert code == 0, err
    assert out["rules"]["version"] == "2" and out["rules"]["rule_set_id"] == draft.id
    assert out["whole_blood_from"] == "2024-08-10" and "不足7个月" in out["warnings"][0]


def test_the_command_line_edits_and_lists_the_same_versions(db, db_path, donor) -> None:
    base = base_entry(db).info
    code, listed, err = cli(db_path, "rules", "list", "--kind", "eligibility", "--json")
    assert code == 0, err
    assert [(r["id"], r["in_force"]) for r in listed["rule_sets"]] == [(base.id, True)]
    code, _, err = cli(
        db_path, "rules", "edit", str(base.id), "--set", "params.intervals[0].months=七", "--note", "改"
    )
    assert code == 2 and "params.intervals[0].months（月数）" in err
    code, saved, err = cli(
        db_path,
        "rules",
        "edit",
        str(base.id),
        "--set",
        "params.age.max=58",
        "--note",
        "最高年龄58",
        "--activate",
        "--json",
    )
    assert code == 0 and saved["activated"], err
    entries = {e.info.id: e for e in rule_set_overview(db, "eligibility").entries}
    assert entries[saved["id"]].in_force and not entries[base.id].in_force
    assert rule_set_data(db, saved["id"])["params"]["age"]["max"] == 58


def test_reading_never_writes_before_the_rule_sets_are_loaded(db, donor) -> None:
    """A check (or a refused import's preview) on a database without rule sets answers from the
    shipped file and leaves the database as it was."""
    assert counts(db) == (0, 0)
    answer = check_eligibility(db, donor, D(2024, 3, 1), kind="whole")
    assert (answer.rules.version, answer.rules.rule_set_id) == ("1", None) and not answer.may_donate("whole")
    assert counts(db) == (0, 0)
    base_entry(db)  # the first rule-set service loads them; from then on the version answers
    assert check_eligibility(db, donor, D(2024, 3, 1)).rules.rule_set_id == base_entry(db).info.id
