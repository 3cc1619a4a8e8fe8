"""Open a database file safely: check it, back it up, migrate it, refuse what we cannot handle.

Every failure a clerk can meet (missing, locked, read-only, corrupt, too new) becomes a
``DatabaseError`` with a Chinese message; an upgrade runs in one transaction so a failed
migration leaves the file as it was.

Alembic is imported only when a file's revision differs from :data:`HEAD_REVISION`: comparing
costs one ``SELECT`` with plain sqlite3, while importing Alembic costs 0.2 s and 11 MB on every
command that opens a database (bench/bench_startup.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import db
from app.database.snapshot import LOCK_WAIT, SQLITE_ERRORS, connect_readonly
from app.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)
from app.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

#: The newest migration in db/migrations/versions. tests/db/test_head_revision.py keeps it equal
#: to Alembic's head; a new migration must update it, or every open would skip the upgrade.
HEAD_REVISION = "0006"

MIGRATIONS_DIR = Path(db.__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config() -> Config:
    """Config found relative to this package, so a frozen build finds its scripts too."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The head according to the migration scripts (imports Alembic; :data:`HEAD_REVISION` does not)."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in *path*, or None for an empty/new file."""
    con = connect_readonly(path)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    finally:
        con.close()


#: Tables every revision of this program's schema has; a file without them is not ours.
CORE_TABLES = frozenset({"alembic_version", "unit", "unit_year", "plan", "quota"})


def table_names(con: sqlite3.Connection) -> set[str]:
    return {
        row[0]
        for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if not str(row[0]).startswith("sqlite_")
    }


def foreign_problem(path: Path, tables: set[str]) -> str | None:
    """Why a SQLite file with *tables* is not this program's database (None when it is, or is
    still empty): another program's file must never get our tables added to it."""
    if not tables:
        return None
    if "alembic_version" not in tables:
        shown = "、".join(sorted(tables)[:5]) + ("……" if len(tables) > 5 else "")
        return translate(
            "db", "{path} 是另一个程序的数据库（其中的表：{tables}），不是本程序的数据库，文件未改动。"
        ).format(path=path, tables=shown)
    missing = CORE_TABLES - tables
    if missing:
        return translate(
            "db", "{path} 缺少本程序的数据表（{tables}），不是完整的献血办数据库，文件未改动。"
        ).format(path=path, tables="、".join(sorted(missing)))
    return None


def check_file(path: Path, *, create: bool) -> None:
    """Raise a DatabaseError naming the problem before SQLAlchemy ever touches the file.

    Cheap on purpose (it runs on every open): the header, the tables, the write lock; the full
    :func:`check_integrity` runs where it matters."""
    if not path.exists():
        if not create:
            raise DatabaseMissing(translate("db", "找不到数据库文件：{path}").format(path=path))
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseReadOnly(
                    translate("db", "无法创建数据文件夹：{path}（{err}）").format(
                        path=parent, err=exc.strerror
                    )
                ) from exc
        if not os.access(parent, os.W_OK):
            raise DatabaseReadOnly(translate("db", "数据文件夹不可写：{path}").format(path=parent))
        return
    if path.is_dir():
        raise DatabaseCorrupt(
            translate("db", "所选路径是一个文件夹，不是数据库文件：{path}").format(path=path)
        )
    if not path.stat().st_size and not create:
        # Only a command that makes a database may turn an empty file into one.
        raise DatabaseMissing(
            translate("db", "数据库文件是空的（0 字节），其中没有数据：{path}").format(path=path)
        )
    if path.stat().st_size:
        try:
            with path.open("rb") as fh:
                magic = fh.read(16)
        except PermissionError as exc:
            raise DatabaseReadOnly(
                translate("db", "没有读取数据库文件的权限：{path}").format(path=path)
            ) from exc
        if magic != SQLITE_MAGIC:
            raise DatabaseCorrupt(
                translate("db", "文件不是本程序的数据库，或已损坏：{path}").format(path=path)
            )
        if truncated(path):
            raise DatabaseCorrupt(
                translate("db", "数据库文件已损坏（文件比其中记录的长度短，可能被截断）：{path}").format(
                    path=path
                )
            )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(
            translate("db", "数据库文件或其所在文件夹是只读的，无法保存修改：{path}").format(path=path)
        )
    try:
        con = sqlite3.connect(str(path), timeout=LOCK_WAIT)
        con.text_factory = lambda data: data.decode("utf-8", "replace")  # a damaged schema page
        try:
            foreign = foreign_problem(path, table_names(con))
            if foreign:
                raise DatabaseCorrupt(foreign)
            con.execute("BEGIN IMMEDIATE")
            con.rollback()
        finally:
            con.close()
    except SQLITE_ERRORS as exc:
        raise classify_sqlite_error(exc, path) from exc


def truncated(path: Path) -> bool:
    """True when *path* is shorter than the size its SQLite header records (a copy cut short):
    100 bytes read, where :func:`check_integrity` reads every page."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError:
        return False  # check_file names what cannot be read
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # the recorded page count is valid only while its stamp matches the change counter
    if not pages or header[24:28] != header[92:96] or page_size < 512:
        return False
    return size < pages * page_size


def check_integrity(path: Path, *, shown: Path | None = None) -> None:
    """Raise DatabaseCorrupt unless *path* passes ``PRAGMA quick_check`` (the message names
    *shown*, when *path* is a temporary copy of it).

    The check reads every page of the file (about a second at a million donations), so it runs
    where damage must not travel on: before a migration, before and after a backup, after a
    restore, and in ``selftest`` — not on every open. An open reads only the header
    (:func:`check_file`), and damage met later is a DatabaseCorrupt from the query that met it
    (``app.database.environment_error``).
    """
    try:
        con = connect_readonly(path, timeout=LOCK_WAIT)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except SQLITE_ERRORS as exc:
        raise classify_sqlite_error(exc, shown or path) from exc
    if result is None or result[0] != "ok":
        raise DatabaseCorrupt(
            translate("db", "数据库文件已损坏（完整性检查未通过）：{path}").format(path=shown or path)
        )


def classify_sqlite_error(exc: BaseException, path: Path) -> Exception:
    """Map a sqlite3 error to the DatabaseError a clerk understands; unknown ones pass through."""
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseLocked(
            translate(
                "db",
                "数据库正被另一个程序或窗口使用（它锁定了数据库，等了{seconds:g}秒仍未释放），本次操作未写入任何内容。"
                "请关闭正在使用它的程序或窗口后重试：{path}",
            ).format(seconds=getattr(exc, "seconds", LOCK_WAIT), path=path)
        )
    if "readonly" in msg or "read-only" in msg:
        return DatabaseReadOnly(translate("db", "数据库文件是只读的：{path}").format(path=path))
    if "disk is full" in msg or "disk full" in msg:
        return DiskFull(translate("db", "磁盘已满，无法写入数据库：{path}").format(path=path))
    if (
        isinstance(exc, UnicodeDecodeError)
        or "not a database" in msg
        or "malformed" in msg
        or "corrupt" in msg
        or "could not decode" in msg  # a damaged text: bytes that are not UTF-8
    ):
        return DatabaseCorrupt(translate("db", "数据库文件已损坏：{path}").format(path=path))
    if "disk i/o error" in msg:
        return DatabaseError(
            translate(
                "db", "读写数据库文件时磁盘出错（U盘或网络盘可能已断开），本次修改未保存：{path}"
            ).format(path=path)
        )
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def _migration_engine(path: Path) -> Engine:
    """An engine whose DDL really runs inside one transaction (pysqlite would autocommit it)."""
    from sqlalchemy import event

    from db.engine import make_engine

    engine = make_engine(path, foreign_keys=False)

    @event.listens_for(engine, "connect")
    def _no_implicit_tx(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def upgrade(path: Path, *, backup: Callable[[Path], Path | None] | None = None) -> bool:
    """Bring *path* to the head revision. Returns True if anything was migrated.

    A database stamped with a revision this code does not know is newer than the code:
    refuse it rather than guess. An existing database is backed up (``backup``) first.
    """
    current = current_revision(path) if path.exists() and path.stat().st_size else None
    if current == HEAD_REVISION:
        return False
    from alembic import command

    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "db",
                "此数据库由更新版本的程序创建（结构版本 {rev}），本程序无法打开。请安装新版程序，"
                "或选择其他数据库文件。",
            ).format(rev=current)
        )
    if current is not None:
        check_integrity(path)  # a damaged file is never migrated (nor backed up as if sound)
    if current is not None and backup is not None:
        backup(path)
    engine = _migration_engine(path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseCorrupt(
                    translate("db", "升级后外键检查未通过（{n}处），已撤销升级：{path}").format(
                        n=len(problems), path=path
                    )
                )
    except SQLITE_ERRORS as exc:
        raise classify_sqlite_error(exc, path) from exc
    except Exception as exc:
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.DatabaseError):
            raise classify_sqlite_error(orig, path) from exc
        raise
    finally:
        engine.dispose()
    log.info("database %s migrated from %s to %s", path, current, head)
    return True


def prepare(path: Path, *, create: bool = True, backup: Callable[[Path], Path | None] | None = None) -> None:
    """Check, back up and migrate *path*: what opening a database needs before its first query."""
    path = Path(path)
    check_file(path, create=create)
    upgrade(path, backup=backup)


def open_database(
    path: Path, *, create: bool = True, backup: Callable[[Path], Path | None] | None = None
) -> Engine:
    """Check, back up, migrate and return an engine on *path*, connected once."""
    from sqlalchemy import text

    from db.engine import make_engine

    path = Path(path)
    prepare(path, create=create, backup=backup)
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine
