"""Backups: before every migration, on demand, and restore with a safety copy of what is replaced."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.database import snapshot as dbbackup
from app.database import upgrade as migrate
from app.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew
from app.files import safe_write
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


def backup(db_path: Path, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a consistent copy of *db_path*; default name in the backups folder with a time stamp."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseMissing(translate("backup", "找不到要备份的数据库：{path}").format(path=db_path))
    if out is None:
        folder = backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{db_path.stem}-{reason}-{_stamp()}.db"
    try:
        out = safe_write(Path(out), lambda tmp: dbbackup.copy_database(db_path, tmp))
    except sqlite3.DatabaseError as exc:
        raise migrate.classify_sqlite_error(exc, db_path) from exc
    log.info("backup of %s written to %s (%s)", db_path, out, reason)
    if reason != "manual":
        prune(reason)
    return out


def automatic_backup(db_path: Path) -> Path:
    """The backup taken before a migration; old automatic ones are pruned."""
    return backup(db_path, reason="before-upgrade")


def prune(reason: str, keep: int = KEEP_AUTOMATIC) -> None:
    files = sorted(backups_dir().glob(f"*-{reason}-*.db"))
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

    The backup must be a sound database this program can open (not newer than the code).
    Returns the safety copy of the replaced database, if there was one.
    """
    backup_file = Path(backup_file)
    if not backup_file.exists():
        raise DatabaseMissing(translate("backup", "找不到备份文件：{path}").format(path=backup_file))
    if not dbbackup.integrity_ok(backup_file):
        raise DatabaseCorrupt(
            translate("backup", "备份文件已损坏或不是数据库：{path}").format(path=backup_file)
        )
    rev = migrate.current_revision(backup_file)
    if rev is not None and rev not in migrate.known_revisions():
        raise DatabaseTooNew(
            translate("backup", "备份文件来自更新版本的程序（结构版本 {rev}），无法恢复。").format(rev=rev)
        )
    safety = None
    if Path(db_path).exists():
        safety = backup(db_path, reason="before-restore")
    try:
        dbbackup.copy_database(backup_file, Path(db_path))
    except sqlite3.DatabaseError as exc:
        raise migrate.classify_sqlite_error(exc, Path(db_path)) from exc
    log.info("restored %s from %s (safety copy %s)", db_path, backup_file, safety)
    return safety
