"""献血者, 献血记录, 献血证, 亲属 and 用血报销 claims (tables in db/tables/donors)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, relationship

from db.models.base import Base
from db.tables import donors as t


class Donor(Base):
    """A person, keyed by the 18-digit 居民身份证号 (stored as text, X upper-case)."""

    __table__ = t.donor

    donations: Mapped[list[Donation]] = relationship(back_populates="donor")
    relatives: Mapped[list[Relative]] = relationship(back_populates="donor", cascade="all, delete-orphan")


class Donation(Base):
    """One donation; ``unit_id`` is the unit whose quota it counts for."""

    __table__ = t.donation

    donor: Mapped[Donor] = relationship(back_populates="donations")


class DonorMerge(Base):
    """A merge of two donor records, with what moved, so that it can be undone."""

    __table__ = t.donor_merge


class ImportMapping(Base):
    """A header the clerk mapped once (e.g. 采集类型 → kind), remembered for the next file."""

    __table__ = t.import_mapping


class Certificate(Base):
    """A 献血证 the donor holds; people bring it to claim free blood use."""

    __table__ = t.certificate


class Relative(Base):
    """A relative who may share the donor's entitlement (配偶, 父母, 子女, …)."""

    __table__ = t.relative

    donor: Mapped[Donor] = relationship(back_populates="relatives")


class Claim(Base):
    """A recorded clinical blood-use claim (用血报销) against a donor's entitlement."""

    __table__ = t.claim
