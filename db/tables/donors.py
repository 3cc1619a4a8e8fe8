"""献血者, 献血记录, 献血证, 亲属 and 用血报销 claims."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    cast,
    func,
    literal_column,
)

from db.tables.base import metadata, timestamps

DONATION_KINDS = ("whole", "platelets")
CATEGORIES = ("街头个人", "团体", "学生", "军人", "应急", "互助")

#: A person, keyed by the 18-digit 居民身份证号 (stored as text, X upper-case).
donor = Table(
    "donor",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("id_number", String(18), nullable=False, unique=True),
    Column("name", String(50), nullable=False, index=True),
    Column("py_initials", String(100), nullable=False, default="", index=True),
    Column("sex", String(1), nullable=False, default=""),
    Column("birth_date", Date),
    Column("abo", String(2), nullable=False, default=""),
    Column("rh", String(1), nullable=False, default=""),
    Column("phone", String(50), nullable=False, default=""),
    Column("address", String(200), nullable=False, default=""),
    Column("work_unit_id", Integer, ForeignKey("unit.id", ondelete="SET NULL")),
    Column("had_reaction", Boolean, nullable=False, default=False),  # 献血反应史, for the 55–60 age rule
    Column("emergency_team", Boolean, nullable=False, default=False, server_default="0"),  # 应急献血队伍
    Column("rare_blood", Boolean, nullable=False, default=False, server_default="0"),  # 稀有血型
    Column("no_contact", Boolean, nullable=False, default=False, server_default="0"),  # 不再联系
    # The earliest donation on record, kept by every service that adds, removes or moves donations
    # (app.donations.first_dates): the progress figures count first-time donors with one range
    # over its index instead of one probe per donor into the donations.
    Column("first_donated_on", Date, index=True),
    Column("note", Text, nullable=False, default=""),
    *timestamps(),
    CheckConstraint("sex IN ('男', '女', '')", name="sex"),
    CheckConstraint("abo IN ('A', 'B', 'O', 'AB', '')", name="abo"),
    CheckConstraint("rh IN ('+', '-', '')", name="rh"),
    Index("ix_donor_blood", "abo", "rh"),  # the donations list's blood filter, the emergency list
)

#: One donation; ``unit_id`` is the unit whose quota it counts for.
donation = Table(
    "donation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("donor_id", Integer, ForeignKey("donor.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("donated_on", Date, nullable=False, index=True),
    Column("kind", String(10), nullable=False, default="whole"),
    Column("volume_ml", Integer, nullable=False, default=0),  # whole blood 200/300/400
    Column("doses", Integer, nullable=False, default=0),  # 治疗量 for platelets
    Column("category", String(10), nullable=False, default="街头个人"),
    Column("unit_id", Integer, ForeignKey("unit.id", ondelete="SET NULL"), index=True),
    Column("site_id", Integer, ForeignKey("site.id", ondelete="SET NULL")),
    Column("donation_code", String(40), unique=True),  # 献血编号
    Column("certificate_no", String(40), nullable=False, default="", index=True),  # 献血证号
    Column("source", String(20), nullable=False, default="manual"),  # manual / import
    Column("note", Text, nullable=False, default=""),
    Column("slot_id", Integer, ForeignKey("schedule_slot.id", ondelete="SET NULL")),  # the drive
    Column("entered_by", String(50), nullable=False, default="", server_default=""),
    Column("entered_at", DateTime, server_default=func.current_timestamp()),
    # recorded despite a warning
    Column("override_reason", Text, nullable=False, default="", server_default=""),
    CheckConstraint(f"kind IN {DONATION_KINDS!r}", name="kind"),
    CheckConstraint("volume_ml >= 0", name="volume_nonneg"),
    CheckConstraint("doses >= 0 AND doses <= 2", name="doses"),
    CheckConstraint(f"category IN {CATEGORIES!r}", name="category"),
    Index("ix_donation_unit_date", "unit_id", "donated_on"),
    Index("ix_donation_donor_date", "donor_id", "donated_on"),
    Index("ix_donation_category_date", "category", "donated_on"),  # list filters count in SQL
    Index("ix_donation_kind_date", "kind", "donated_on"),
)


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
    donation_month(donation.c.donated_on),
    donation.c.category,
    donation.c.unit_id,
    donation.c.donated_on,
    donation.c.kind,
    donation.c.volume_ml,
    donation.c.doses,
    donation.c.donor_id,
).ddl_if(dialect="sqlite")

#: A merge of two donor records, with what moved, so that it can be undone.
donor_merge = Table(
    "donor_merge",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, server_default=func.current_timestamp()),
    Column("kept_donor_id", Integer, ForeignKey("donor.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("merged_snapshot", JSON, nullable=False, default=dict),  # the removed donor's row
    Column("moved", JSON, nullable=False, default=dict),  # ids of donations, certificates, relatives, claims
    Column("undone_at", DateTime),
)

#: A header the clerk mapped once (e.g. 采集类型 → kind), remembered for the next file.
import_mapping = Table(
    "import_mapping",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # donations / roster / plan
    Column("header", String(100), nullable=False),
    Column("field", String(50), nullable=False),
    UniqueConstraint("kind", "header"),
)

#: A 献血证 the donor holds; people bring it to claim free blood use.
certificate = Table(
    "certificate",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String(40), nullable=False, unique=True),
    Column("donor_id", Integer, ForeignKey("donor.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("donation_id", Integer, ForeignKey("donation.id", ondelete="SET NULL")),
    Column("issued_on", Date),
    Column("electronic", Boolean, nullable=False, default=False),
)

#: A relative who may share the donor's entitlement (配偶, 父母, 子女, …).
relative = Table(
    "relative",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("donor_id", Integer, ForeignKey("donor.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("relation", String(20), nullable=False),
    Column("name", String(50), nullable=False),
    Column("id_number", String(18), nullable=False, default=""),
    Column("evidence", String(50), nullable=False, default="", server_default=""),  # 户口本、结婚证…
    Column("note", Text, nullable=False, default=""),
)

#: A recorded clinical blood-use claim (用血报销) against a donor's entitlement.
claim = Table(
    "claim",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("donor_id", Integer, ForeignKey("donor.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("relative_id", Integer, ForeignKey("relative.id", ondelete="SET NULL")),
    Column("who", String(20), nullable=False),  # 本人 or the relation
    Column("name", String(50), nullable=False),
    Column("ml", Integer, nullable=False),
    Column("amount_fen", Integer),  # 血费 in 分, so money stays exact
    Column("used_on", Date, nullable=False),
    Column("hospital", String(100), nullable=False, default=""),
    Column("invoice_no", String(60), nullable=False, default=""),
    Column("rule_set_id", Integer, ForeignKey("rule_set.id", ondelete="SET NULL")),
    Column("rule_version", String(60), nullable=False, default="", server_default=""),  # as decided
    Column("explanation", Text, nullable=False, default=""),
    Column("override_reason", Text, nullable=False, default="", server_default=""),  # over the remainder
    *timestamps(),
    CheckConstraint("ml > 0", name="ml_positive"),
)
