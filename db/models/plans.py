"""献血计划: plans, quotas per unit, schedule slots and collection sites."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped
from db.models.units import Unit

MEASURES = ("U", "人次", "ml")
SLOT_KINDS = ("month", "dekad", "year")


class Plan(Timestamped, Base):
    """A target for a period, usually a year (寿县 ran 2018-06 to 2019-12)."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint(f"measure IN {MEASURES!r}", name="measure"),
        CheckConstraint("target >= 0", name="target_nonneg"),
        CheckConstraint("start_date <= end_date", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer, index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    measure: Mapped[str] = mapped_column(String(10), default="U", server_default="U")
    target: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    source_doc: Mapped[str] = mapped_column(String(200), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # What one 治疗量 of platelets counts as in the plan's measure; None = the measure's default.
    platelet_per_dose: Mapped[int | None] = mapped_column(Integer)

    quotas: Mapped[list[Quota]] = relationship(back_populates="plan", cascade="all, delete-orphan")
    slots: Mapped[list[ScheduleSlot]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class Site(Base):
    """采血点: a place where a drive collects (a hospital, a hall, the bus's stop)."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ScheduleSlot(Base):
    """When a drive happens: a month, a ten-day part (上旬/中旬/下旬) or the whole plan period.

    Several quotas may share one slot (寿县: two towns at one hospital).
    """

    __tablename__ = "schedule_slot"
    __table_args__ = (
        CheckConstraint(f"kind IN {SLOT_KINDS!r}", name="kind"),
        CheckConstraint("month IS NULL OR (month BETWEEN 1 AND 12)", name="month"),
        CheckConstraint("part IS NULL OR (part BETWEEN 1 AND 3)", name="part"),
        CheckConstraint("kind = 'year' OR (year IS NOT NULL AND month IS NOT NULL)", name="dated"),
        CheckConstraint("kind <> 'dekad' OR part IS NOT NULL", name="dekad_part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    part: Mapped[int | None] = mapped_column(Integer)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    participants: Mapped[str] = mapped_column(Text, default="")  # 参与献血单位、对象 as the notice words it
    note: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="slots")
    site: Mapped[Site | None] = relationship()
    quotas: Mapped[list[Quota]] = relationship(back_populates="slot")


class Quota(Base):
    """One unit's share of a plan. A locked quota keeps its value when the rest is re-split."""

    __tablename__ = "quota"
    __table_args__ = (
        UniqueConstraint("plan_id", "unit_id"),
        CheckConstraint("amount >= 0", name="amount_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    amount: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    method: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")
    basis: Mapped[str] = mapped_column(Text, default="", server_default="")  # why this amount, in words
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("schedule_slot.id", ondelete="SET NULL"))

    plan: Mapped[Plan] = relationship(back_populates="quotas")
    unit: Mapped[Unit] = relationship()
    slot: Mapped[ScheduleSlot | None] = relationship(back_populates="quotas")
