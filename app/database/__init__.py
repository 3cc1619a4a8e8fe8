"""The open database the services work on: path, engine and session factory together."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.database import backup as backups
from app.database import upgrade as migrate
from db.engine import session_factory


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        with self.sessions() as s, s.begin():
            yield s

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


def open_database(path: Path, *, create: bool = True, backup: bool = True) -> Database:
    """Check the file, back it up if it needs upgrading, migrate it, and hand it over."""
    path = Path(path)
    engine = migrate.open_database(path, create=create, backup=backups.automatic_backup if backup else None)
    return Database(path=path, engine=engine, sessions=session_factory(engine))
