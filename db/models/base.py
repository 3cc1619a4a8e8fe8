"""The declarative base, on the Core tables' metadata (db/tables): the classes map the tables."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from db.tables.base import metadata


class Base(DeclarativeBase):
    metadata = metadata
