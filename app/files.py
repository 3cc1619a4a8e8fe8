"""Writing files the clerk asked for without ever leaving half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from app.errors import DiskFull, KnownError
from app.i18n import tr

CTX = "files"

Job = tuple[Path, Callable[[Path], object]]


def os_error(exc: OSError, path: Path) -> KnownError:
    """The clerk's words for why *path* could not be written."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(tr(CTX, "磁盘空间不足，文件未写入：{path}").format(path=path))
    if isinstance(exc, PermissionError):
        return KnownError(
            tr(CTX, "无法写入 {path}：没有写入权限，或文件正在 WPS/Word/Excel 中打开，请关闭后重试。").format(
                path=path
            )
        )
    return KnownError(
        tr(CTX, "无法写入 {path}：{err}").format(path=path, err=exc.strerror or exc.__class__.__name__)
    )


def safe_write_all(jobs: Sequence[Job]) -> None:
    """Write every file to a temp name beside its target, then move them all into place.

    A full disk, a file held open in Excel or a missing permission leaves the targets as they were
    and no temp file behind; files written together (a notice and its tables) land together.
    """
    temps: list[tuple[Path, Path]] = []
    current = jobs[0][0] if jobs else Path()
    try:
        for target, write in jobs:
            current = target
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(
                prefix=f".~{target.stem[:40]}.", suffix=target.suffix, dir=target.parent
            )
            os.close(fd)
            tmp = Path(name)
            temps.append((tmp, target))
            write(tmp)
        current = _move_all_into_place(temps)
    except OSError as exc:
        failed = next((t for _, t in temps if str(t) == exc.filename), current)
        raise os_error(exc, failed) from exc
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _move_all_into_place(temps: list[tuple[Path, Path]]) -> Path:
    """Replace every target with its temp file, or none: when one cannot be replaced (held open
    in Excel on Windows, a folder in the way), the ones already replaced get their old content
    back, so a notice never lands without its tables. Returns the last target; an OSError
    carries the target that failed as ``filename``."""
    saved: list[tuple[Path, Path | None]] = []  # (target, its previous content moved aside)
    try:
        for tmp, target in temps:
            old: Path | None = None
            if len(temps) > 1 and target.exists() and not target.is_dir():
                old = tmp.with_name(tmp.name + ".old")
                os.replace(target, old)
            saved.append((target, old))
            try:
                os.replace(tmp, target)
            except OSError as exc:
                exc.filename = str(target)
                raise
    except OSError:
        for target, old in reversed(saved):
            with contextlib.suppress(OSError):
                if old is not None:
                    os.replace(old, target)
                else:
                    target.unlink(missing_ok=True)
        raise
    for _target, old in saved:
        if old is not None:
            with contextlib.suppress(OSError):
                old.unlink()
    return temps[-1][1] if temps else Path()


def safe_write(path: Path, write: Callable[[Path], object]) -> Path:
    """One file through :func:`safe_write_all`; returns *path*."""
    path = Path(path)
    safe_write_all([(path, write)])
    return path
