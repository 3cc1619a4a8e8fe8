"""What a database file holds, checked before it may replace the office's database.

A restore replaces every record the office has. So the file chosen must be this program's
database (its tables, a known schema revision, an intact file), and the clerk is told what it
holds (units, plans, donations, the years they cover) before anything is replaced.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.database import upgrade as migrate
from app.database.snapshot import LOCK_WAIT, SQLITE_ERRORS, connect_readonly
from app.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew
from app.i18n import translate


@dataclass(frozen=True)
class Contents:
    """The records in a database file, for the clerk to recognise it."""

    units: int
    plans: int
    donations: int
    first_year: int | None
    last_year: int | None
    revision: str | None

    def summary(self) -> str:
        """One line: "13个单位、2个献血计划、0条献血记录（2017—2018年）"."""
        years = ""
        if self.first_year is not None:
            span = (
                f"{self.first_year}"
                if self.first_year == self.last_year
                else f"{self.first_year}—{self.last_year}"
            )
            years = translate("backup", "（{span}年）").format(span=span)
        return (
            translate("backup", "{units}个单位、{plans}个献血计划、{donations}条献血记录").format(
                units=self.units, plans=self.plans, donations=self.donations
            )
            + years
        )


def check_backup(path: Path) -> Contents:
    """Refuse *path* unless it is an intact database of this program, then say what it holds.

    Raises DatabaseMissing, DatabaseCorrupt (empty, not SQLite, damaged, another program's file)
    or DatabaseTooNew, each naming the file.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(translate("backup", "找不到备份文件：{path}").format(path=path))
    if path.is_dir():
        raise DatabaseCorrupt(translate("backup", "所选的是文件夹，不是备份文件：{path}").format(path=path))
    if not path.stat().st_size:
        raise DatabaseCorrupt(
            translate("backup", "备份文件是空的（0 字节），不能用来恢复：{path}").format(path=path)
        )
    try:
        with path.open("rb") as fh:
            magic = fh.read(16)
    except OSError as exc:
        raise DatabaseCorrupt(
            translate("backup", "无法读取备份文件：{path}（{err}）").format(path=path, err=exc.strerror)
        ) from exc
    if magic != migrate.SQLITE_MAGIC:
        raise DatabaseCorrupt(translate("backup", "所选文件不是数据库备份：{path}").format(path=path))
    try:
        con = connect_readonly(path, timeout=LOCK_WAIT)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise DatabaseCorrupt(
                    translate("backup", "备份文件已损坏（完整性检查未通过）：{path}").format(path=path)
                )
            tables = migrate.table_names(con)
            if not tables:
                raise DatabaseCorrupt(
                    translate("backup", "备份文件中没有任何数据表，不能用来恢复：{path}").format(path=path)
                )
            foreign = migrate.foreign_problem(path, tables)
            if foreign:
                raise DatabaseCorrupt(foreign)
            rev_row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = rev_row[0] if rev_row else None
            if revision is None:
                raise DatabaseCorrupt(
                    translate("backup", "备份文件没有结构版本，不是完整的献血办数据库：{path}").format(
                        path=path
                    )
                )
            if revision not in migrate.known_revisions():
                raise DatabaseTooNew(
                    translate("backup", "备份文件来自更新版本的程序（结构版本 {rev}），无法恢复。").format(
                        rev=revision
                    )
                )
            return _count(con, tables, revision)
        finally:
            con.close()
    except SQLITE_ERRORS as exc:
        raise migrate.classify_sqlite_error(exc, path) from exc


def _count(con: sqlite3.Connection, tables: set[str], revision: str) -> Contents:
    def scalar(sql: str) -> int:
        value = con.execute(sql).fetchone()[0]
        return int(value or 0)

    donations = scalar("SELECT count(*) FROM donation") if "donation" in tables else 0
    years: list[int] = []
    for sql in (
        "SELECT min(year), max(year) FROM unit_year",
        "SELECT min(year), max(year) FROM plan",
        *(
            [
                "SELECT min(CAST(substr(donated_on, 1, 4) AS INTEGER)), max(CAST(substr(donated_on, 1, 4) AS INTEGER)) FROM donation"
            ]
            if "donation" in tables
            else []
        ),
    ):
        low, high = con.execute(sql).fetchone()
        years += [int(v) for v in (low, high) if isinstance(v, int)]
    return Contents(
        units=scalar("SELECT count(*) FROM unit"),
        plans=scalar("SELECT count(*) FROM plan"),
        donations=donations,
        first_year=min(years) if years else None,
        last_year=max(years) if years else None,
        revision=revision,
    )
