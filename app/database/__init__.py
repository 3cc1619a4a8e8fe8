"""The open database the services work on: its path, and the engine and session factory.

Opening checks, backs up and migrates the file with plain sqlite3 (Alembic only when the file's
revision differs from the code's); the SQLAlchemy engine is made on first use, so the GUI can open
the database and paint its window while SQLAlchemy is still being imported on another thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.database import backup as backups
from app.database import upgrade as migrate

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """One database file; ``engine`` and ``sessions`` are made on first use, by any thread."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Database(path={self.path!r})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    from db.engine import make_engine

                    self._engine = make_engine(self.path)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from db.engine import session_factory

            engine = self.engine
            with self._lock:
                if self._sessions is None:
                    self._sessions = session_factory(engine)
        return self._sessions

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        with self.sessions() as s, s.begin():
            yield s

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def import_engine_modules() -> None:
    """Import SQLAlchemy, the engine factory and the models: what a first session needs, a third
    of a second of imports. The GUI calls this on a thread once its window has painted."""
    import sqlalchemy.orm  # noqa: F401

    import db.engine
    import db.models  # noqa: F401


def open_database(path: Path, *, create: bool = True, backup: bool = True) -> Database:
    """Check the file, back it up if it needs upgrading, migrate it, and hand it over."""
    path = Path(path)
    migrate.prepare(path, create=create, backup=backups.automatic_backup if backup else None)
    return Database(path)
