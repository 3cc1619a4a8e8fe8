"""Consistent copies of a live SQLite file with the online backup API (never a plain file copy:
with WAL the newest pages may still sit in the -wal file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_database(src: Path, dest: Path) -> None:
    """Copy *src* into *dest* page by page, as one consistent snapshot; *dest* is replaced."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=5)
    try:
        target = sqlite3.connect(str(dest), timeout=5)
        try:
            source.backup(target)
            target.commit()
        finally:
            target.close()
    finally:
        source.close()


def integrity_ok(path: Path) -> bool:
    """True when *path* opens as SQLite and passes ``PRAGMA quick_check``."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            return row is not None and row[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
