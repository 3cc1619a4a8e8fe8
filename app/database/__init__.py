"""The open database the services work on: path, engine and session factory together."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.database import backup as backups
from app.database import upgrade as migrate
from app.errors import KnownError
from db.engine import session_factory


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error.

        A locked file, a full disk or a failing disk met after opening becomes the same Chinese
        ``KnownError`` as at opening (never the crash dialog); the transaction is rolled back first.
        """
        with self._lock:
            sessions, path = self.sessions, self.path
        try:
            with sessions() as s, s.begin():
                yield s
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            known = environment_error(exc, path)
            if known is None:
                raise
            raise known from exc

    def adopt(self, other: Database) -> None:
        """Become *other* (after 打开其他数据库 or a restore), closing this file's engine.

        Pages and queued work hold this object, not its engine: called on the worker thread in
        queue order, work queued before the switch ran on the old file and work queued after it
        runs on the new one, never on an engine that has been closed.
        """
        with self._lock:
            old = self.engine
            self.path, self.engine, self.sessions = other.path, other.engine, other.sessions
        if old is not other.engine:
            old.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """This database seen through one open transaction: every ``session()`` of the Database
        it yields is that transaction, so a service made of other services (read the template,
        then save the draft) commits once at the end, or rolls back everything on any error."""
        with self.session() as s:
            yield _OneTransaction(path=self.path, engine=self.engine, sessions=self.sessions, current=s)

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class _OneTransaction(Database):
    current: Session | None = field(default=None, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        assert self.current is not None
        yield self.current

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        yield self

    def close(self) -> None:  # the outer Database owns the engine
        pass


def environment_error(exc: BaseException, path: Path) -> KnownError | None:
    """The clerk's message for a database error the environment caused (locked, full, disk I/O,
    read-only, corrupt); None for anything else, which is a bug."""
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
    engine = migrate.open_database(path, create=create, backup=backups.automatic_backup if backup else None)
    return Database(path=path, engine=engine, sessions=session_factory(engine))
