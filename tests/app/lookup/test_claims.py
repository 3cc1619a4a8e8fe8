"""Recording claims: refused over-claims and duplicate invoices write nothing; overrides are kept."""

from __future__ import annotations

import pytest
from lookup_helpers import D, make_id
from sqlalchemy import func, select

from app.errors import InputError
from app.lookup.claims import ClaimInput, list_claims, parse_amount, record_claim
from app.lookup.entitlements import donor_lookup
from app.lookup.relatives import RelativeInput, add_relative, list_relatives
from db.models import AuditLog, Claim, Relative, RuleSet


def counts(db) -> tuple[int, ...]:
    """Rows of every table a claim could write to, rule sets and audit lines included."""
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) for t in (Claim, Relative, AuditLog, RuleSet)
        )


def test_a_claim_is_recorded_with_its_rule_version_and_draws_down(db, wang) -> None:
    """陕西 band 0, 本人: on 2021-07-01 the 2020 gift is in its 3× window (1,200 ml) and the 2021
    gift in its 3-month window (300 ml): 1,500 ml; a 400 ml claim leaves 1,100 ml."""
    result = record_claim(
        db,
        ClaimInput(
            wang,
            "本人",
            400,
            D(2021, 7, 1),
            hospital="平利县医院",
            amount_yuan="1,234.50元",
            invoice_no="A 001",
        ),
    )
    assert result.before.remaining_ml == 1500
    assert result.remaining_ml == 1100
    claim = result.claim
    assert (claim.who, claim.name, claim.amount_fen, claim.invoice_no) == ("本人", "王建国", 123450, "A001")
    assert claim.rule_version == "陕西/1"
    assert claim.rule_set_id is not None
    assert "本次报销400毫升" in claim.explanation
    assert list_claims(db, wang)[0].id == claim.id


def test_over_claim_refused_and_nothing_written(db, wang) -> None:
    """陕西 band 0: within 3 months of 2021-06-01 the mother has 700 ml (5-year equal volume of
    both gifts); 800 ml is refused, and neither the claim nor the new relative is written."""
    before = counts(db)
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(wang, "母亲", 800, D(2021, 7, 1), name="李秀英", evidence="户口本"))
    assert "超出剩余额度" in str(err.value)
    assert "超出100毫升" in str(err.value)
    assert counts(db) == before


def test_override_records_the_claim_and_keeps_the_reason(db, wang) -> None:
    """The same over-claim with a reason is recorded; the reason is kept on the claim, in its
    explanation, and shown in the lookup's why-trace afterwards."""
    result = record_claim(
        db,
        ClaimInput(
            wang,
            "母亲",
            800,
            D(2021, 7, 1),
            name="李秀英",
            evidence="户口本",
            override_reason="县卫健局2021年7月1日批复同意",
        ),
    )
    assert result.claim.override_reason == "县卫健局2021年7月1日批复同意"
    assert "特批" in result.claim.explanation and "县卫健局" in result.claim.explanation
    assert result.remaining_ml == 0
    assert result.relative is not None and result.relative.relation == "父母"
    mother = next(e for e in donor_lookup(db, wang, D(2021, 8, 1)).entitlements if e.name == "李秀英")
    assert mother.remaining_ml == 0
    assert "超出100毫升经特批" in mother.why


def test_duplicate_invoice_refused_even_written_differently(db, wang, add_donor, give) -> None:
    record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1), invoice_no="FP-2021-0088"))
    other = add_donor("赵敏", make_id(D(1990, 5, 5), 22, male=False))
    give(other, "2021-01-01", 400)
    before = counts(db)
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(other, "本人", 100, D(2021, 7, 2), invoice_no=" fp-2021-0088 "))
    assert "已于2021年7月1日报销过" in str(err.value)
    assert counts(db) == before


def test_relative_is_entered_once_and_reused(db, wang) -> None:
    first = record_claim(
        db,
        ClaimInput(
            wang,
            "妈妈",
            100,
            D(2021, 7, 1),
            name="李秀英",
            relative_id_number=make_id(D(1960, 2, 2), 5, male=False),
            evidence="户口本",
        ),
    )
    assert first.relative is not None
    second = record_claim(db, ClaimInput(wang, "父母", 100, D(2021, 7, 2), name="李秀英"))
    assert second.relative is None
    assert second.claim.relative_id == first.claim.relative_id
    assert len(list_relatives(db, wang)) == 1
    assert second.before.remaining_ml == 600


def test_relation_outside_the_rule_set_refused(db, wang) -> None:
    """陕西 lists 配偶、父母、子女: a brother is not covered."""
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(wang, "哥哥", 100, D(2021, 7, 1), name="王建军"))
    assert "不包括“兄弟姐妹”" in str(err.value)


def test_every_input_problem_is_named_at_once(db, wang) -> None:
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(wang, "表哥", 0, D(2999, 1, 1), amount_yuan="十元"))
    fields = {p.field for p in err.value.problems}
    assert {"用血人关系", "用血量", "用血日期", "血费金额"} <= fields


def test_unverified_rule_set_needs_an_override(db, wang) -> None:
    """江苏 is a preset (verified false): a claim under it is refused without a reason."""
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1), region="江苏"))
    assert "尚未核实" in str(err.value)
    ok = record_claim(
        db, ClaimInput(wang, "本人", 100, D(2021, 7, 1), region="江苏", override_reason="省血液中心电话确认")
    )
    assert ok.claim.rule_version == "江苏/1"


def test_self_claim_with_another_name_refused(db, wang) -> None:
    with pytest.raises(InputError) as err:
        record_claim(db, ClaimInput(wang, "本人", 100, D(2021, 7, 1), name="王建军"))
    assert "姓名应为献血者“王建国”" in str(err.value)


def test_relatives_service_refuses_bad_id_and_duplicates(db, wang) -> None:
    add_relative(db, wang, RelativeInput("丈夫", "张丽", evidence="结婚证"))
    with pytest.raises(InputError) as err:
        add_relative(
            db, wang, RelativeInput("配偶", "张丽", id_number="612401199001011235", evidence="身份证")
        )
    fields = {p.field for p in err.value.problems}
    assert fields == {"姓名", "身份证号", "关系证明"}
    assert [r.relation for r in list_relatives(db, wang)] == ["配偶"]


@pytest.mark.parametrize(("text", "fen"), [("12", 1200), ("1,234.5", 123450), ("0.01元", 1), ("", None)])
def test_amounts_in_yuan_become_fen(text, fen) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize("text", ["-1", "1.234", "abc"])
def test_bad_amounts(text) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)
