"""献血者, 献血记录, 献血证, 亲属 and 用血报销 claims."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    cast,
    func,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped

DONATION_KINDS = ("whole", "platelets")
CATEGORIES = ("街头个人", "团体", "学生", "军人", "应急", "互助")


class Donor(Timestamped, Base):
    """A person, keyed by the 18-digit 居民身份证号 (stored as text, X upper-case)."""

    __tablename__ = "donor"
    __table_args__ = (
        CheckConstraint("sex IN ('男', '女', '')", name="sex"),
        CheckConstraint("abo IN ('A', 'B', 'O', 'AB', '')", name="abo"),
        CheckConstraint("rh IN ('+', '-', '')", name="rh"),
        Index("ix_donor_blood", "abo", "rh"),  # the donations list's blood filter, the emergency list
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    py_initials: Mapped[str] = mapped_column(String(100), default="", index=True)
    sex: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    abo: Mapped[str] = mapped_column(String(2), default="")
    rh: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    work_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    had_reaction: Mapped[bool] = mapped_column(default=False)  # 献血反应史, for the 55–60 age rule
    emergency_team: Mapped[bool] = mapped_column(default=False, server_default="0")  # 应急献血队伍
    rare_blood: Mapped[bool] = mapped_column(default=False, server_default="0")  # 稀有血型
    no_contact: Mapped[bool] = mapped_column(default=False, server_default="0")  # 不再联系
    # The earliest donation on record, kept by every service that adds, removes or moves donations
    # (app.donations.first_dates): the progress figures count first-time donors with one range
    # over its index instead of one probe per donor into the donations.
    first_donated_on: Mapped[date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    donations: Mapped[list[Donation]] = relationship(back_populates="donor")
    relatives: Mapped[list[Relative]] = relationship(back_populates="donor", cascade="all, delete-orphan")


class Donation(Base):
    """One donation; ``unit_id`` is the unit whose quota it counts for."""

    __tablename__ = "donation"
    __table_args__ = (
        CheckConstraint(f"kind IN {DONATION_KINDS!r}", name="kind"),
        CheckConstraint("volume_ml >= 0", name="volume_nonneg"),
        CheckConstraint("doses >= 0 AND doses <= 2", name="doses"),
        CheckConstraint(f"category IN {CATEGORIES!r}", name="category"),
        Index("ix_donation_unit_date", "unit_id", "donated_on"),
        Index("ix_donation_donor_date", "donor_id", "donated_on"),
        Index("ix_donation_category_date", "category", "donated_on"),  # list filters count in SQL
        Index("ix_donation_kind_date", "kind", "donated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id", ondelete="RESTRICT"), index=True)
    donated_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10), default="whole")
    volume_ml: Mapped[int] = mapped_column(Integer, default=0)  # whole blood 200/300/400
    doses: Mapped[int] = mapped_column(Integer, default=0)  # 治疗量 for platelets
    category: Mapped[str] = mapped_column(String(10), default="街头个人")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    donation_code: Mapped[str | None] = mapped_column(String(40), unique=True)  # 献血编号
    certificate_no: Mapped[str] = mapped_column(String(40), default="", index=True)  # 献血证号
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual / import
    note: Mapped[str] = mapped_column(Text, default="")
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_slot.id", ondelete="SET NULL")
    )  # the drive
    entered_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
    entered_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.current_timestamp())
    override_reason: Mapped[str] = mapped_column(
        Text, default="", server_default=""
    )  # recorded despite a warning

    donor: Mapped[Donor] = relationship(back_populates="donations")


def donation_month(donated_on: object):  # -> ColumnElement[str]
    """``2023-03`` from a donation date: the month key progress groups by, and its index's first column.

    1 and 7 are written into the SQL, not bound: SQLite uses an index on an expression only for
    the same expression, and ``substr(…, ?, ?)`` is not ``substr(…, 1, 7)``."""
    return func.substr(cast(donated_on, String), literal_column("1"), literal_column("7"))


# Progress (app.progress.queries) groups a period's donations by month, category and unit: with
# this covering index, in its order, SQLite reads the rows already grouped (no sort, no table
# look-ups). SQLite only: PostgreSQL refuses a text cast of a date in an index (not IMMUTABLE).
Index(
    "ix_donation_progress",
    donation_month(Donation.donated_on),
    Donation.category,
    Donation.unit_id,
    Donation.donated_on,
    Donation.kind,
    Donation.volume_ml,
    Donation.doses,
    Donation.donor_id,
).ddl_if(dialect="sqlite")


class DonorMerge(Base):
    """A merge of two donor records, with what moved, so that it can be undone."""

    __tablename__ = "donor_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    kept_donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id", ondelete="CASCADE"), index=True)
    merged_snapshot: Mapped[dict] = mapped_column(JSON, default=dict)  # the removed donor's row
    moved: Mapped[dict] = mapped_column(
        JSON, default=dict
    )  # ids of donations, certificates, relatives, claims
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportMapping(Base):
    """A header the clerk mapped once (e.g. 采集类型 → kind), remembered for the next file."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # donations / roster / plan
    header: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(50))

    __table_args__ = (UniqueConstraint("kind", "header"),)


class Certificate(Base):
    """A 献血证 the donor holds; people bring it to claim free blood use."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id", ondelete="CASCADE"), index=True)
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id", ondelete="SET NULL"))
    issued_on: Mapped[date | None] = mapped_column(Date)
    electronic: Mapped[bool] = mapped_column(default=False)


class Relative(Base):
    """A relative who may share the donor's entitlement (配偶, 父母, 子女, …)."""

    __tablename__ = "relative"

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    evidence: Mapped[str] = mapped_column(String(50), default="", server_default="")  # 户口本、结婚证…
    note: Mapped[str] = mapped_column(Text, default="")

    donor: Mapped[Donor] = relationship(back_populates="relatives")


class Claim(Timestamped, Base):
    """A recorded clinical blood-use claim (用血报销) against a donor's entitlement."""

    __tablename__ = "claim"
    __table_args__ = (CheckConstraint("ml > 0", name="ml_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id", ondelete="RESTRICT"), index=True)
    relative_id: Mapped[int | None] = mapped_column(ForeignKey("relative.id", ondelete="SET NULL"))
    who: Mapped[str] = mapped_column(String(20))  # 本人 or the relation
    name: Mapped[str] = mapped_column(String(50))
    ml: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int | None] = mapped_column(Integer)  # 血费 in 分, so money stays exact
    used_on: Mapped[date] = mapped_column(Date)
    hospital: Mapped[str] = mapped_column(String(100), default="")
    invoice_no: Mapped[str] = mapped_column(String(60), default="")
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("rule_set.id", ondelete="SET NULL"))
    rule_version: Mapped[str] = mapped_column(String(60), default="", server_default="")  # as decided
    explanation: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")  # over the remainder
