"""献血计划: plans, quotas per unit, schedule slots and collection sites."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from db.tables.base import metadata, timestamps

MEASURES = ("U", "人次", "ml")
SLOT_KINDS = ("month", "dekad", "year")

#: A target for a period, usually a year (寿县 ran 2018-06 to 2019-12).
plan = Table(
    "plan",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("year", Integer, nullable=False, index=True),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date, nullable=False),
    Column("measure", String(10), nullable=False, default="U", server_default="U"),
    Column("target", Integer, nullable=False, default=0, server_default="0"),
    Column("source_doc", String(200), nullable=False, default="", server_default=""),
    Column("note", Text, nullable=False, default="", server_default=""),
    # What one 治疗量 of platelets counts as in the plan's measure; None = the measure's default.
    Column("platelet_per_dose", Integer),
    *timestamps(),
    CheckConstraint(f"measure IN {MEASURES!r}", name="measure"),
    CheckConstraint("target >= 0", name="target_nonneg"),
    CheckConstraint("start_date <= end_date", name="period"),
)

#: 采血点: a place where a drive collects (a hospital, a hall, the bus's stop).
site = Table(
    "site",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("address", String(200), nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
)

#: When a drive happens: a month, a ten-day part (上旬/中旬/下旬) or the whole plan period.
#: Several quotas may share one slot (寿县: two towns at one hospital).
schedule_slot = Table(
    "schedule_slot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(10), nullable=False),
    Column("year", Integer),
    Column("month", Integer),
    Column("part", Integer),
    Column("site_id", Integer, ForeignKey("site.id", ondelete="SET NULL")),
    Column("participants", Text, nullable=False, default=""),  # 参与献血单位、对象 as the notice words it
    Column("note", Text, nullable=False, default=""),
    CheckConstraint(f"kind IN {SLOT_KINDS!r}", name="kind"),
    CheckConstraint("month IS NULL OR (month BETWEEN 1 AND 12)", name="month"),
    CheckConstraint("part IS NULL OR (part BETWEEN 1 AND 3)", name="part"),
    CheckConstraint("kind = 'year' OR (year IS NOT NULL AND month IS NOT NULL)", name="dated"),
    CheckConstraint("kind <> 'dekad' OR part IS NOT NULL", name="dekad_part"),
)

#: One unit's share of a plan. A locked quota keeps its value when the rest is re-split.
quota = Table(
    "quota",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("unit_id", Integer, ForeignKey("unit.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("amount", Integer, nullable=False, default=0, server_default="0"),
    Column("locked", Boolean, nullable=False, default=False, server_default="0"),
    Column("method", String(20), nullable=False, default="manual", server_default="manual"),
    Column("basis", Text, nullable=False, default="", server_default=""),  # why this amount, in words
    Column("slot_id", Integer, ForeignKey("schedule_slot.id", ondelete="SET NULL")),
    UniqueConstraint("plan_id", "unit_id"),
    CheckConstraint("amount >= 0", name="amount_nonneg"),
)
