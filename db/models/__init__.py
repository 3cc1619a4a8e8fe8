"""All ORM classes, each mapped onto its Core table in db/tables, where the columns are declared
(once); relationships are declared here. ``Base.metadata`` is the tables' metadata."""

from db.models.admin import AuditLog, NoticeDraft, OfficeSetting, RuleSet, User
from db.models.base import Base
from db.models.donors import Certificate, Claim, Donation, Donor, DonorMerge, ImportMapping, Relative
from db.models.plans import Plan, Quota, ScheduleSlot, Site
from db.models.units import Unit, UnitAlias, UnitYear

__all__ = [
    "AuditLog",
    "Base",
    "Certificate",
    "Claim",
    "Donation",
    "Donor",
    "DonorMerge",
    "ImportMapping",
    "NoticeDraft",
    "OfficeSetting",
    "Plan",
    "Quota",
    "Relative",
    "RuleSet",
    "ScheduleSlot",
    "Site",
    "Unit",
    "UnitAlias",
    "UnitYear",
    "User",
]
