"""The open database the services work on: path, engine and session factory together."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, false
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from app.database import backup as backups
from app.database import upgrade as migrate
from app.errors import KnownError
from app.i18n import tr
from db.engine import session_factory
from db.models import AuditLog

log = logging.getLogger(__name__)


def _known(exc: sa_exc.DBAPIError, path: Path) -> Exception:
    """The clerk's words for an error SQLite raised inside a transaction (nothing was written)."""
    if isinstance(exc, sa_exc.IntegrityError):
        # Only another writer can make a name taken after this transaction checked it.
        log.warning("integrity error in a transaction on %s", path, exc_info=exc)
        return KnownError(tr("db", "另一个窗口或程序同时修改了相同的记录，本次操作未写入任何内容，请重试。"))
    known = migrate.classify_sqlite_error(exc.orig or exc, path)
    return known if isinstance(known, KnownError) else exc


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error.

        SQLite's own refusals (another program's lock outlasting the busy timeout, a full disk, a
        read-only or damaged file) reach the caller as the DatabaseError a clerk understands.
        """
        try:
            with self.sessions() as s, s.begin():
                yield s
        except (sa_exc.OperationalError, sa_exc.IntegrityError) as exc:
            known = _known(exc, self.path)
            if known is exc:
                raise
            raise known from exc

    def lock_for_writing(self, s: Session) -> None:
        """Take the write lock now, at the start of a transaction that reads before it writes
        (an import): what it reads then stays true until it commits, so two imports creating the
        same unit run one after the other instead of colliding on the unique name."""
        s.execute(delete(AuditLog).where(false()))

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, create: bool = True, backup: bool = True) -> Database:
    """Check the file, back it up if it needs upgrading, migrate it, and hand it over."""
    path = Path(path)
    engine = migrate.open_database(path, create=create, backup=backups.automatic_backup if backup else None)
    return Database(path=path, engine=engine, sessions=session_factory(engine))
