"""Engine factory: one engine per database file, built on demand (never at import time)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path | str, *, foreign_keys: bool = True) -> Engine:
    """Return an engine for the SQLite file at *path* with the pragmas every connection needs.

    WAL lets the GUI read while an import writes; synchronous=NORMAL is safe with WAL and makes a
    clerk's save ~10× faster than FULL. ``foreign_keys=False`` is for migrations only: batch
    table copies with foreign keys on fire ON DELETE CASCADE and silently empty child tables.
    """
    url = "sqlite+pysqlite:///" + str(Path(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        # A read-only file or folder cannot switch journal mode; reads still work.
        with contextlib.suppress(sqlite3.OperationalError):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so services can copy them into dataclasses."""
    from sqlalchemy.orm import sessionmaker  # here: a Core-only command never imports the ORM

    return sessionmaker(engine, expire_on_commit=False)
