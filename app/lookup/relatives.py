"""Relatives (亲属): entered once with name, ID, relation and the papers the clerk saw.

A relative who claims under the donor's entitlement is recorded the first time; later claims
draw on the same record, so a per-relative pool is really that person's pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.donations.idcard import IdNumberError, parse_id
from app.donations.search import normalize_name
from app.errors import InputError, KnownError, RowProblem
from app.i18n import translate
from app.lookup.facts import relatives_of
from app.lookup.records import RelativeRecord
from app.lookup.relations import EVIDENCE, SELF, canonical_relation, relation_problem, split_evidence
from db.models import Donor, Relative

CTX = "lookup"


@dataclass(frozen=True)
class RelativeInput:
    relation: str  # 配偶, 父母… or an everyday word (母亲, 丈夫)
    name: str
    id_number: str = ""
    evidence: str = ""  # 户口本、结婚证…
    note: str = ""


def relative_problems(
    session: Session, donor_id: int, data: RelativeInput
) -> tuple[list[RowProblem], RelativeInput]:
    """Every problem with *data*, and the input in canonical form (relation, name, ID, evidence)."""
    problems: list[RowProblem] = []
    relation = canonical_relation(data.relation)
    if relation is None or relation == SELF:
        problems.append(RowProblem(0, translate("lookup", "关系"), relation_problem(data.relation)))
    name = normalize_name(data.name)
    if not name:
        problems.append(RowProblem(0, translate("lookup", "姓名"), translate("lookup", "请填写亲属姓名")))
    id_number = ""
    if data.id_number.strip():
        try:
            id_number = parse_id(data.id_number).number
        except IdNumberError as exc:
            problems.append(RowProblem(0, translate("lookup", "身份证号"), str(exc)))
    known, unknown = split_evidence(data.evidence)
    if unknown:
        problems.append(
            RowProblem(
                0,
                translate("lookup", "关系证明"),
                translate("lookup", "不认识“{words}”（可用：{known}）").format(
                    words="、".join(unknown), known="、".join(EVIDENCE)
                ),
            )
        )
    if relation and name:
        same = session.execute(
            select(Relative.id, Relative.id_number).where(
                Relative.donor_id == donor_id, Relative.relation == relation, Relative.name == name
            )
        ).first()
        if same is not None:
            problems.append(
                RowProblem(
                    0,
                    translate("lookup", "姓名"),
                    translate("lookup", "已登记过此亲属（{relation} {name}）").format(
                        relation=relation, name=name
                    ),
                )
            )
        if id_number:
            other = session.scalar(
                select(Relative.name).where(Relative.donor_id == donor_id, Relative.id_number == id_number)
            )
            if other:
                problems.append(
                    RowProblem(
                        0,
                        translate("lookup", "身份证号"),
                        translate("lookup", "此身份证号已登记为亲属“{name}”").format(name=other),
                    )
                )
            own = session.scalar(select(Donor.id_number).where(Donor.id == donor_id))
            if own == id_number:
                problems.append(
                    RowProblem(
                        0, translate("lookup", "身份证号"), translate("lookup", "这是献血者本人的身份证号")
                    )
                )
    clean = RelativeInput(relation or data.relation, name, id_number, "、".join(known), data.note.strip())
    return problems, clean


def insert_relative(session: Session, donor_id: int, data: RelativeInput) -> RelativeRecord:
    """Add an already-checked relative inside the caller's transaction."""
    row = Relative(
        donor_id=donor_id,
        relation=data.relation,
        name=data.name,
        id_number=data.id_number,
        evidence=data.evidence,
        note=data.note,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "create", "relative", row.id, donor_id=donor_id, relation=row.relation, name=row.name
    )
    return RelativeRecord(row.id, donor_id, row.relation, row.name, row.id_number, row.evidence, row.note)


def add_relative(db: Database, donor_id: int, data: RelativeInput) -> RelativeRecord:
    """Record a relative of *donor_id*; refused (nothing written) with every problem named."""
    with db.session() as s:
        if s.get(Donor, donor_id) is None:
            raise KnownError(translate("lookup", "献血者 {id} 不存在").format(id=donor_id))
        problems, clean = relative_problems(s, donor_id, data)
        if problems:
            raise InputError(translate("lookup", "亲属未登记："), problems)
        return insert_relative(s, donor_id, clean)


def list_relatives(db: Database, donor_id: int) -> list[RelativeRecord]:
    with db.session() as s:
        return relatives_of(s, donor_id)
