"""Consistent copies of a live SQLite file with the online backup API (never a plain file copy:
with WAL the newest pages may still sit in the -wal file).

Every wait here is bounded: another process holding the database's lock makes the copy give up
after :data:`LOCK_WAIT` seconds with :class:`LockTimeout`, instead of retrying for ever.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

#: What SQLite raises for a file it cannot use: its own errors, and UnicodeDecodeError when a
#: damaged schema page puts bytes that are not UTF-8 into an error message.
SQLITE_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)

#: Seconds to wait for another program's lock before giving up with a message.
LOCK_WAIT = 5.0


class LockTimeout(sqlite3.OperationalError):
    """The other side of a copy stayed locked for longer than the wait allowed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"database is locked (waited {seconds:g} s)")
        self.seconds = seconds


def _lenient(data: bytes) -> str:
    # A damaged schema page can hold names that are not UTF-8; reading them must not crash.
    return data.decode("utf-8", "replace")


def readonly_uri(path: Path) -> str:
    """A ``file:`` URI opening *path* read-only, whatever characters (?, #, %) its name holds."""
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… on Windows
    return "file://" + quote(posix, safe="/:") + "?mode=ro"


def connect_readonly(path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    """A read-only connection that never changes the file and survives non-UTF-8 text."""
    con = sqlite3.connect(readonly_uri(path), uri=True, timeout=timeout)
    con.text_factory = _lenient
    return con


def copy_database(src: Path, dest: Path, *, wait: float = LOCK_WAIT) -> None:
    """Copy *src* into *dest* page by page, as one consistent snapshot; *dest* is replaced.

    Raises LockTimeout when either file stays locked by another process for *wait* seconds.
    """
    deadline = time.monotonic() + wait

    def give_up_when_late(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise LockTimeout(wait)

    source = connect_readonly(src, timeout=wait)
    try:
        target = sqlite3.connect(str(dest), timeout=wait)
        try:
            source.backup(target, progress=give_up_when_late)
            target.commit()
        finally:
            target.close()
    finally:
        source.close()


def wait_for_read(path: Path, wait: float = LOCK_WAIT) -> None:
    """Return once *path* can be read (no other process holds an exclusive lock), or raise
    LockTimeout after *wait* seconds. Called before any output file is created, so a copy that
    cannot start leaves nothing behind."""
    deadline = time.monotonic() + wait
    while True:
        con = connect_readonly(path, timeout=min(wait, 0.5))
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "locked" not in text and "busy" not in text:
                raise
            if time.monotonic() > deadline:
                raise LockTimeout(wait) from exc
        finally:
            con.close()
        time.sleep(0.1)


def integrity_ok(path: Path) -> bool:
    """True when *path* opens as SQLite and passes ``PRAGMA quick_check``."""
    try:
        con = connect_readonly(path)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            return row is not None and row[0] == "ok"
        finally:
            con.close()
    except SQLITE_ERRORS:
        return False
