"""献血计划: plans, quotas per unit, schedule slots and collection sites (tables in db/tables/plans)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, relationship

from db.models.base import Base
from db.models.units import Unit
from db.tables import plans as t


class Plan(Base):
    """A target for a period, usually a year (寿县 ran 2018-06 to 2019-12)."""

    __table__ = t.plan

    quotas: Mapped[list[Quota]] = relationship(back_populates="plan", cascade="all, delete-orphan")
    slots: Mapped[list[ScheduleSlot]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class Site(Base):
    """采血点: a place where a drive collects (a hospital, a hall, the bus's stop)."""

    __table__ = t.site


class ScheduleSlot(Base):
    """When a drive happens: a month, a ten-day part (上旬/中旬/下旬) or the whole plan period."""

    __table__ = t.schedule_slot

    plan: Mapped[Plan] = relationship(back_populates="slots")
    site: Mapped[Site | None] = relationship()
    quotas: Mapped[list[Quota]] = relationship(back_populates="slot")


class Quota(Base):
    """One unit's share of a plan. A locked quota keeps its value when the rest is re-split."""

    __table__ = t.quota

    plan: Mapped[Plan] = relationship(back_populates="quotas")
    unit: Mapped[Unit] = relationship()
    slot: Mapped[ScheduleSlot | None] = relationship(back_populates="quotas")
