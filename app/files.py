"""Writing files the clerk asked for without ever leaving half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.errors import DiskFull, KnownError
from app.i18n import translate

Job = tuple[Path, Callable[[Path], object]]


def os_error(exc: OSError, path: Path) -> KnownError:
    """The clerk's words for why *path* could not be written."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(translate("files", "磁盘空间不足，文件未写入：{path}").format(path=path))
    if isinstance(exc, PermissionError):
        return KnownError(
            translate(
                "files", "无法写入 {path}：没有写入权限，或文件正在 WPS/Word/Excel 中打开，请关闭后重试。"
            ).format(path=path)
        )
    return KnownError(
        translate("files", "无法写入 {path}：{err}").format(
            path=path, err=exc.strerror or exc.__class__.__name__
        )
    )


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    """The process umask (reading it means setting it: done under a lock, restored at once)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _file_mode(target: Path) -> int:
    """What a file written in place would get: the old file's mode when it is replaced, else
    0o666 less the umask (temp files are created 0600, which would hide a notice from the
    colleague who shares the folder)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


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
        for tmp, target in temps:
            current = target
            if os.name != "nt":
                os.chmod(tmp, _file_mode(target))
            os.replace(tmp, target)
    except OSError as exc:
        raise os_error(exc, current) from exc
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def safe_write(path: Path, write: Callable[[Path], object]) -> Path:
    """One file through :func:`safe_write_all`; returns *path*."""
    path = Path(path)
    safe_write_all([(path, write)])
    return path
