"""名册: units (nested), their yearly figures and contacts, and aliases (tables in db/tables/units)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, relationship

from db.models.base import Base
from db.tables import units as t


class Unit(Base):
    """Anything that receives a quota. A 系统 holds member units through ``parent_id``."""

    __table__ = t.unit

    parent: Mapped[Unit | None] = relationship(remote_side=[t.unit.c.id], back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    years: Mapped[list[UnitYear]] = relationship(back_populates="unit", cascade="all, delete-orphan")
    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit", cascade="all, delete-orphan")


class UnitYear(Base):
    """A unit's figures and contacts for one year; they change every January."""

    __table__ = t.unit_year

    unit: Mapped[Unit] = relationship(back_populates="years")


class UnitAlias(Base):
    """Another name for a unit (县中医院 in one file is 县中医医院 in another)."""

    __table__ = t.unit_alias

    unit: Mapped[Unit] = relationship(back_populates="aliases")
