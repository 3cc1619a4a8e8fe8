"""The open database the services work on: its path, and the engine and session factory.

Opening checks, backs up and migrates the file with plain sqlite3 (Alembic only when the file's
revision differs from the code's); the SQLAlchemy engine is made on first use, so the GUI can open
the database and paint its window while SQLAlchemy is still being imported on another thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.database import backup as backups
from app.database import upgrade as migrate
from app.errors import KnownError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """One database file; ``engine`` and ``sessions`` are made on first use, by any thread."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.RLock()

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
        """One unit of work: commit on success, roll back everything on any error.

        A locked file, a full disk or a failing disk met after opening becomes the same Chinese
        ``KnownError`` as at opening (never the crash dialog); the transaction is rolled back first.
        """
        with self._lock:
            sessions, path = self.sessions, self.path
        with _environment_errors(path), sessions() as s, s.begin():
            yield s

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """One transaction on a Core connection, for a read that hands out plain records from
        the tables of db/tables: no ORM is imported or configured, so a command that only lists
        (``plan list``) starts in the time SQLAlchemy's Core takes to import. Errors as ``session``."""
        with self._lock:
            engine, path = self.engine, self.path
        with _environment_errors(path), engine.begin() as conn:
            yield conn

    def lock_for_writing(self, s: Session) -> None:
        """Take the write lock now, at the start of a transaction that reads before it writes
        (an import): what it reads then stays true until it commits, so two imports creating the
        same unit run one after the other instead of colliding on the unique name."""
        from sqlalchemy import delete, false

        from db.models import AuditLog

        s.execute(delete(AuditLog).where(false()))

    def adopt(self, other: Database) -> None:
        """Become *other* (after 打开其他数据库 or a restore), closing this file's engine.

        Pages and queued work hold this object, not its engine: called on the worker thread in
        queue order, work queued before the switch ran on the old file and work queued after it
        runs on the new one, never on an engine that has been closed.
        """
        with self._lock:
            old = self._engine
            self.path, self._engine, self._sessions = other.path, other._engine, other._sessions
        if old is not None and old is not other._engine:
            old.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """This database seen through one open transaction: every ``session()`` of the Database
        it yields is that transaction, so a service made of other services (read the template,
        then save the draft) commits once at the end, or rolls back everything on any error."""
        with self.session() as s:
            yield _OneTransaction(self, s)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def import_engine_modules() -> None:
    """Import SQLAlchemy, the engine factory and the models: what a first session needs, a third
    of a second of imports. The GUI calls this on a thread once its window has painted."""
    import sqlalchemy.orm  # noqa: F401

    import db.engine
    import db.models  # noqa: F401


class _OneTransaction(Database):
    """A Database whose every session is one transaction already open (see ``transaction``)."""

    def __init__(self, outer: Database, current: Session) -> None:
        super().__init__(outer.path, outer.engine)
        self._sessions = outer.sessions
        self.current = current

    @contextmanager
    def session(self) -> Iterator[Session]:
        yield self.current

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        self.current.flush()  # what this transaction added counts (a Core query does not flush)
        yield self.current.connection()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        yield self

    def close(self) -> None:  # the outer Database owns the engine
        pass


@contextmanager
def _environment_errors(path: Path) -> Iterator[None]:
    """Database errors the environment caused, as the clerk's message (see environment_error)."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        known = environment_error(exc, path)
        if known is None:
            raise
        raise known from exc


def environment_error(exc: BaseException, path: Path) -> KnownError | None:
    """The clerk's message for a database error the environment caused (locked, full, disk I/O,
    read-only, corrupt); None for anything else, which is a bug."""
    from sqlalchemy.exc import DBAPIError

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError) or isinstance(
        orig, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        return None
    known = migrate.classify_sqlite_error(orig, path)
    return known if isinstance(known, KnownError) else None


def open_database(path: Path, *, create: bool = True, backup: bool = True) -> Database:
    """Check the file, back it up if it needs upgrading, migrate it, and hand it over."""
    path = Path(path)
    migrate.prepare(path, create=create, backup=backups.automatic_backup if backup else None)
    return Database(path)
