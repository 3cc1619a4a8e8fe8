"""名册: units (nested), their yearly figures and contacts, and aliases."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from db.tables.base import metadata, timestamps

UNIT_KINDS = ("镇街", "部门", "医院", "学校", "企业", "部队", "区县", "系统", "其他")

#: Anything that receives a quota. A 系统 holds member units through ``parent_id``.
unit = Table(
    "unit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("kind", String(10), nullable=False, default="其他", server_default="其他"),
    Column("parent_id", Integer, ForeignKey("unit.id", ondelete="RESTRICT"), index=True),
    Column("py_initials", String(200), nullable=False, default="", server_default="", index=True),
    Column("sort_order", Integer, nullable=False, default=0, server_default="0", index=True),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    Column("note", Text, nullable=False, default="", server_default=""),
    *timestamps(),
    CheckConstraint(f"kind IN {UNIT_KINDS!r}", name="kind"),
)

#: A unit's figures and contacts for one year; they change every January.
unit_year = Table(
    "unit_year",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("unit.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("year", Integer, nullable=False, index=True),
    Column("population", Integer),
    Column("staff", Integer),  # 在职人数
    Column("total_staff", Integer),  # 总人数
    Column("contact_name", String(50), nullable=False, default="", server_default=""),  # 联络员
    Column("contact_phone", String(50), nullable=False, default="", server_default=""),
    Column("leader_name", String(50), nullable=False, default="", server_default=""),  # 分管负责人
    Column("leader_phone", String(50), nullable=False, default="", server_default=""),
    UniqueConstraint("unit_id", "year"),
    CheckConstraint("population IS NULL OR population >= 0", name="population_nonneg"),
    CheckConstraint("staff IS NULL OR staff >= 0", name="staff_nonneg"),
)

#: Another name for a unit (县中医院 in one file is 县中医医院 in another).
unit_alias = Table(
    "unit_alias",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("unit.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", String(100), nullable=False, unique=True),
)
