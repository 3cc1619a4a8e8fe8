"""An administrator copies and edits a rule set: new versions, drafts and 启用, refusals that name
the field and write nothing, claims that keep the version they were decided under."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import InputError
from app.lookup.claims import ClaimInput, record_claim
from app.lookup.entitlements import lookup
from app.lookup.rule_editing import (
    activate_rule_set,
    edited_with,
    grant_text,
    parse_grant_text,
    rule_set_overview,
    save_edited_copy,
)
from app.lookup.rulesets import copy_rule_set, rule_set_data
from db.models import AuditLog, OfficeSetting, RuleSet

D = __import__("datetime").date


def _entry(db, region: str, version: str = "1"):
    return next(
        e for e in rule_set_overview(db).entries if e.info.region == region and e.info.version == version
    )


def _counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(RuleSet)),
            s.scalar(select(func.count()).select_from(AuditLog)),
            s.scalar(select(func.count()).select_from(OfficeSetting)),
        )


def test_overview_marks_the_version_in_force_and_the_office_region(db) -> None:
    overview = rule_set_overview(db, on=D(2025, 1, 1))
    assert overview.office_region == "陕西"
    shaanxi = _entry(db, "陕西")
    assert shaanxi.in_force and shaanxi.office and not shaanxi.draft and shaanxi.state == "在用"
    jiangsu = _entry(db, "江苏")
    assert jiangsu.in_force and not jiangsu.office and jiangsu.info.status == "未核实"


def test_saved_copy_is_a_draft_until_activated_and_then_lookups_cite_it(db, wang) -> None:
    """陕西 v1 gives relatives 1× within 5 years (spouse 700 ml on 2021-07-02). The edited copy
    (relatives 2×) is v2 based on v1; as a draft it changes nothing, once activated a lookup uses
    v2 (1,400 ml) and its why-trace cites 陕西规则第2版; a claim before keeps 陕西/1."""
    first = record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1)))
    base = _entry(db, "陕西").info
    data = rule_set_data(db, base.id)
    data["params"]["bands"][0]["relatives"]["windows"][0]["multiplier"] = 2
    data["citation"] = "陕卫发〔2026〕1号 第三条"
    draft = save_edited_copy(db, base.id, data, "省卫健委2026年新规：亲属2倍")
    assert (draft.version, draft.based_on_id, draft.citation) == ("2", base.id, "陕卫发〔2026〕1号 第三条")
    entry = _entry(db, "陕西", "2")
    assert entry.draft and not entry.in_force and entry.state == "草稿（未启用）"
    assert lookup(db, "610001", D(2021, 7, 2)).rules.version == "1"

    activate_rule_set(db, draft.id)
    assert _entry(db, "陕西", "2").in_force and not _entry(db, "陕西").in_force
    result = lookup(db, "610001", D(2021, 7, 2))
    spouse = next(e for e in result.entitlements if e.who == "配偶")
    assert (result.rules.version, spouse.remaining_ml) == ("2", 1400)
    assert spouse.why.startswith("陕西规则第2版：")
    second = record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 2)))
    assert (first.claim.rule_version, second.claim.rule_version) == ("陕西/1", "陕西/2")
    with db.session() as s:
        assert s.get(RuleSet, base.id).params["bands"][0]["relatives"]["windows"][0]["multiplier"] == 1
        actions = [a for (a,) in s.execute(select(AuditLog.action).where(AuditLog.entity == "rule_set"))]
    assert actions[-2:] == ["copy", "activate"]

    activate_rule_set(db, base.id)  # back to v1: v2 waits again, the claim keeps 陕西/2
    assert lookup(db, "610001", D(2021, 7, 2)).rules.version == "1"
    assert _entry(db, "陕西", "2").draft


def test_save_and_activate_in_one_step_and_copy_keeps_its_old_meaning(db) -> None:
    base = _entry(db, "湖南").info
    info = save_edited_copy(db, base.id, rule_set_data(db, base.id), "核对原文", activate=True)
    assert _entry(db, "湖南", "2").in_force
    third = copy_rule_set(db, info.id, {"verified": True}, "已核实")
    assert (third.version, third.based_on_id, _entry(db, "湖南", "3").in_force) == ("3", info.id, True)


def test_a_broken_edit_names_the_field_in_chinese_and_writes_nothing(db) -> None:
    base = _entry(db, "甘肃").info
    before = _counts(db)
    data = rule_set_data(db, base.id)
    data["params"]["bands"][0]["min_ml"] = "一千"
    data["effective_from"] = "2026-13-01"
    with pytest.raises(InputError) as err:
        save_edited_copy(db, base.id, data, "改分档", activate=True)
    fields = [p.field for p in err.value.problems]
    assert "effective_from（生效日期）" in fields
    assert "params.bands[0].min_ml（累计献血量下限（毫升））" in fields
    assert "应为整数" in str(err.value)
    with pytest.raises(InputError, match="不能改变种类、地区"):
        save_edited_copy(db, base.id, {**rule_set_data(db, base.id), "region": "青海"}, "改地区")
    with pytest.raises(InputError, match="修改原因"):
        save_edited_copy(db, base.id, rule_set_data(db, base.id), " ")
    assert _counts(db) == before


def test_grant_text_round_trips_and_refuses_what_it_cannot_read() -> None:
    windows = {"windows": [{"until": "3m", "multiplier": 1}, {"until": "5y", "multiplier": 3}]}
    windows["windows"].append({"until": None, "multiplier": 1.5})
    assert grant_text(windows) == "3m×1；5y×3；终身×1.5"
    assert parse_grant_text("3m×1；5y×3；终身×1.5", "p", "本人") == (windows, [])
    assert parse_grant_text(" 不限 ", "p", "本人") == ({"unlimited": True}, [])
    assert grant_text({"unlimited": True}) == "不限"
    grant, problems = parse_grant_text("3个月×2", "params.bands[0].donor", "献血者本人")
    assert grant is None and problems[0].field == "params.bands[0].donor（献血者本人）"
    assert "3m（3个月）" in problems[0].message
    assert parse_grant_text("两倍", "p", "x")[1][0].message.startswith("看不懂“两倍”")


def test_command_line_assignments() -> None:
    data = {"params": {"ml_per_dose": 400, "bands": [{"min_ml": 0}]}, "note": ""}
    out = edited_with(data, ["params.ml_per_dose=300", "params.bands[0].min_ml=10", "note=新"])
    assert out == {"params": {"ml_per_dose": 300, "bands": [{"min_ml": 10}]}, "note": "新"}
    assert data["params"]["ml_per_dose"] == 400
    with pytest.raises(InputError, match=r"没有字段 params\.bands\[3\]"):
        edited_with(data, ["params.bands[3].min_ml=1"])
    with pytest.raises(InputError, match="字段=值"):
        edited_with(data, ["params.ml_per_dose"])
