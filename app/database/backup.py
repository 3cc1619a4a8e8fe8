"""Backups: before every migration, on demand, and restore with a safety copy of what is replaced."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.database import snapshot as dbbackup
from app.database import upgrade as migrate
from app.database.contents import check_backup
from app.database.snapshot import SQLITE_ERRORS
from app.errors import DatabaseCorrupt, DatabaseMissing, DiskFull, KnownError
from app.files import os_error, safe_write
from app.i18n import translate
from app.paths import backups_dir

log = logging.getLogger(__name__)

KEEP_AUTOMATIC = 30


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created: datetime


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup(
    db_path: Path,
    out: Path | None = None,
    *,
    reason: str = "manual",
    check_source: bool = True,
    check_copy: bool = True,
) -> Path:
    """Write a consistent copy of *db_path*; default name in the backups folder with a time stamp.

    The source passes the integrity check first (a damaged database is refused, not copied as if
    it were sound) and the copy passes it before it takes its name (``migrate.check_integrity``).
    A caller that has just checked the source, or is replacing a file that may be the damaged one,
    says so with *check_source* / *check_copy*.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseMissing(translate("backup", "找不到要备份的数据库：{path}").format(path=db_path))
    if db_path.is_dir():
        raise DatabaseCorrupt(
            translate("backup", "所选路径是一个文件夹，不是数据库文件：{path}").format(path=db_path)
        )
    size = db_path.stat().st_size
    with db_path.open("rb") as fh:
        magic = fh.read(16)
    if not size or magic != migrate.SQLITE_MAGIC:
        raise DatabaseCorrupt(
            translate("backup", "要备份的文件是空的或不是数据库：{path}").format(path=db_path)
        )
    if out is None:
        folder = backups_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, folder) from exc
        out = folder / f"{db_path.stem}-{reason}-{_stamp()}.db"
    out = Path(out)
    if out.is_dir():
        raise KnownError(translate("backup", "备份目标是一个文件夹，请给出文件名：{path}").format(path=out))
    try:
        # Wait for another program's lock before the output file exists, so a copy that cannot
        # start (or is cancelled while waiting) leaves no empty file behind.
        dbbackup.wait_for_read(db_path)
        if check_source:
            migrate.check_integrity(db_path)
        out = safe_write(out, lambda tmp: _copy(db_path, tmp, check=check_copy))
    except SQLITE_ERRORS as exc:
        raise _copy_error(exc, db_path, out) from exc
    log.info("backup of %s written to %s (%s)", db_path, out, reason)
    if reason != "manual":
        prune(reason, stem=db_path.stem)
    return out


def _copy(db_path: Path, tmp: Path, *, check: bool) -> None:
    dbbackup.copy_database(db_path, tmp)
    if check:
        migrate.check_integrity(tmp, shown=db_path)


def _copy_error(exc: sqlite3.DatabaseError, database: Path, target: Path) -> Exception:
    """A failed copy in the clerk's words, naming the file at fault: a full disk or a read-only
    folder is the target's problem, a lock or damage the live *database*'s."""
    msg = str(exc).lower()
    if "full" in msg:
        return DiskFull(translate("backup", "磁盘空间不足，文件未写入：{path}").format(path=target))
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return KnownError(
            translate("backup", "无法写入 {path}：没有写入权限或文件夹不存在").format(path=target)
        )
    return migrate.classify_sqlite_error(exc, database)


def automatic_backup(db_path: Path) -> Path:
    """The backup taken before a migration; old automatic ones are pruned."""
    return backup(db_path, reason="before-upgrade", check_source=False)  # the upgrade checked it


def daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """The day's first copy of the database, taken when the program opens it; None if today's
    copy exists already. The last :data:`KEEP_AUTOMATIC` days are kept, so a day's mistake
    found a few weeks later can still be undone from the 设置 page."""
    db_path = Path(db_path)
    day = (today or date.today()).strftime("%Y%m%d")
    if any(backups_dir().glob(f"{db_path.stem}-daily-{day}-*.db")):
        return None
    # the copy is checked (page for page the database's): the database itself need not be read twice
    return backup(db_path, reason="daily", check_source=False)


def prune(reason: str, keep: int = KEEP_AUTOMATIC, *, stem: str = "*") -> None:
    """Keep the newest *keep* automatic copies of one kind (of the database named *stem*)."""
    files = sorted(backups_dir().glob(f"{stem}-{reason}-*.db"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def list_backups() -> list[BackupInfo]:
    folder = backups_dir()
    if not folder.exists():
        return []
    infos = [
        BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime))
        for p in folder.glob("*.db")
    ]
    return sorted(infos, key=lambda b: b.created, reverse=True)


def restore(backup_file: Path, db_path: Path) -> Path | None:
    """Put *backup_file* back as *db_path*. The current file is first saved as a backup itself.

    Only this program's database is taken (see :func:`check_backup`): an empty file or another
    program's SQLite file would otherwise replace the office's records. Returns the safety copy
    of the replaced database, if there was one.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    check_backup(backup_file)
    if db_path.is_dir():
        raise DatabaseCorrupt(
            translate("backup", "所选路径是一个文件夹，不是数据库文件：{path}").format(path=db_path)
        )
    if backup_file.resolve() == db_path.resolve():
        raise KnownError(translate("backup", "所选备份就是当前数据库本身：{path}").format(path=backup_file))
    safety = None
    if db_path.exists() and db_path.stat().st_size:
        # the file being replaced may be the damaged one: its safety copy is taken as it is
        safety = backup(db_path, reason="before-restore", check_source=False, check_copy=False)
    try:
        dbbackup.copy_database(backup_file, db_path)
    except SQLITE_ERRORS as exc:
        raise _copy_error(exc, db_path, db_path) from exc
    migrate.check_integrity(db_path)
    log.info("restored %s from %s (safety copy %s)", db_path, backup_file, safety)
    return safety
