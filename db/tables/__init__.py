"""The schema as SQLAlchemy Core tables: what a query needs, without the ORM.

The ORM classes in :mod:`db.models` are mapped onto these tables. A command that only reads
(``plan list``) builds its query from here and never imports ``sqlalchemy.orm`` or declares the
mappers, a fifth of a second of a command's start (bench/bench_startup.py).
"""

from db.tables.admin import app_user, audit_log, notice_draft, office_setting, rule_set
from db.tables.base import NAMING_CONVENTION, metadata
from db.tables.donors import (
    certificate,
    claim,
    donation,
    donor,
    donor_merge,
    import_mapping,
    relative,
)
from db.tables.plans import plan, quota, schedule_slot, site
from db.tables.units import unit, unit_alias, unit_year

__all__ = [
    "NAMING_CONVENTION",
    "app_user",
    "audit_log",
    "certificate",
    "claim",
    "donation",
    "donor",
    "donor_merge",
    "import_mapping",
    "metadata",
    "notice_draft",
    "office_setting",
    "plan",
    "quota",
    "relative",
    "rule_set",
    "schedule_slot",
    "site",
    "unit",
    "unit_alias",
    "unit_year",
]
