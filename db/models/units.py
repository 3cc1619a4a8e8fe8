"""名册: units (nested), their yearly figures and contacts, and aliases."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped

UNIT_KINDS = ("镇街", "部门", "医院", "学校", "企业", "部队", "区县", "系统", "其他")


class Unit(Timestamped, Base):
    """Anything that receives a quota. A 系统 holds member units through ``parent_id``."""

    __tablename__ = "unit"
    __table_args__ = (CheckConstraint(f"kind IN {UNIT_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="其他", server_default="其他")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    py_initials: Mapped[str] = mapped_column(String(200), default="", server_default="", index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    parent: Mapped[Unit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    years: Mapped[list[UnitYear]] = relationship(back_populates="unit", cascade="all, delete-orphan")
    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit", cascade="all, delete-orphan")


class UnitYear(Base):
    """A unit's figures and contacts for one year; they change every January."""

    __tablename__ = "unit_year"
    __table_args__ = (
        UniqueConstraint("unit_id", "year"),
        CheckConstraint("population IS NULL OR population >= 0", name="population_nonneg"),
        CheckConstraint("staff IS NULL OR staff >= 0", name="staff_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    staff: Mapped[int | None] = mapped_column(Integer)  # 在职人数
    total_staff: Mapped[int | None] = mapped_column(Integer)  # 总人数
    contact_name: Mapped[str] = mapped_column(String(50), default="", server_default="")  # 联络员
    contact_phone: Mapped[str] = mapped_column(String(50), default="", server_default="")
    leader_name: Mapped[str] = mapped_column(String(50), default="", server_default="")  # 分管负责人
    leader_phone: Mapped[str] = mapped_column(String(50), default="", server_default="")

    unit: Mapped[Unit] = relationship(back_populates="years")


class UnitAlias(Base):
    """Another name for a unit (县中医院 in one file is 县中医医院 in another)."""

    __tablename__ = "unit_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(100), unique=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")
