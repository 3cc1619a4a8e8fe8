"""The metadata every table is on, with a constraint naming convention (batch migrations on
SQLite need names), and the two time columns several tables share."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, MetaData, func

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def timestamps() -> tuple[Column, Column]:
    """Creation and update times, set by SQLite so imports and edits agree on the clock."""
    return (
        Column("created_at", DateTime, nullable=False, server_default=func.current_timestamp()),
        Column(
            "updated_at",
            DateTime,
            nullable=False,
            server_default=func.current_timestamp(),
            onupdate=func.current_timestamp(),
        ),
    )
