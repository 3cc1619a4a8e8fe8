"""Rule sets (rules as data), the audit log, users, office settings and notice drafts (tables in
db/tables/admin)."""

from __future__ import annotations

from db.models.base import Base
from db.tables import admin as t


class RuleSet(Base):
    """A versioned rule set with region, effective date and citation; parameters are JSON data."""

    __table__ = t.rule_set


class AuditLog(Base):
    """Who changed what and when; every service that writes adds a line."""

    __table__ = t.audit_log


class User(Base):
    """A clerk or administrator of this office."""

    __table__ = t.app_user


class OfficeSetting(Base):
    """Office-wide settings the headless commands need too (organ names, number prefix, region)."""

    __table__ = t.office_setting


class NoticeDraft(Base):
    """A 公文 draft: its fields as JSON, so a reopened draft regenerates the same document."""

    __table__ = t.notice_draft
