"""Rule sets (rules as data), the audit log, users, office settings and notice drafts."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

from db.tables.base import metadata, timestamps

#: A versioned rule set with region, effective date and citation; parameters are JSON data.
#: Kinds: reimbursement, eligibility, award, allocation.
rule_set = Table(
    "rule_set",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("region", String(50), nullable=False),
    Column("name", String(200), nullable=False),
    Column("version", String(20), nullable=False, default="1"),
    Column("effective_from", Date, nullable=False),
    Column("effective_to", Date),
    Column("citation", Text, nullable=False, default=""),
    Column("verified", Boolean, nullable=False, default=True),
    Column("params", JSON, nullable=False, default=dict),
    Column("based_on_id", Integer, ForeignKey("rule_set.id", ondelete="SET NULL")),
    Column("note", Text, nullable=False, default="", server_default=""),
    Column("created_at", DateTime, server_default=func.current_timestamp()),
    UniqueConstraint("kind", "region", "version"),
)

#: Who changed what and when; every service that writes adds a line.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, server_default=func.current_timestamp(), index=True),
    Column("user_id", Integer, ForeignKey("app_user.id", ondelete="SET NULL")),
    Column("action", String(50), nullable=False),
    Column("entity", String(50), nullable=False),
    Column("entity_id", Integer),
    Column("detail", Text, nullable=False, default=""),
)

#: A clerk or administrator of this office.
app_user = Table(
    "app_user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(50), nullable=False, unique=True),
    Column("display_name", String(50), nullable=False, default=""),
    Column("role", String(20), nullable=False, default="clerk"),
    Column("active", Boolean, nullable=False, default=True),
)

#: Office-wide settings the headless commands need too (organ names, number prefix, region).
office_setting = Table(
    "office_setting",
    metadata,
    Column("key", String(50), primary_key=True),
    Column("value", JSON, nullable=False),
)

#: A 公文 draft: its fields as JSON, so a reopened draft regenerates the same document.
notice_draft = Table(
    "notice_draft",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # quota / plan / report / emergency
    Column("year", Integer, nullable=False, index=True),
    Column("title", String(300), nullable=False, default=""),
    Column("plan_id", Integer, ForeignKey("plan.id", ondelete="SET NULL")),
    Column("fields", JSON, nullable=False, default=dict),
    Column("note", Text, nullable=False, default=""),
    *timestamps(),
)
