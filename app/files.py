"""Writing files the clerk asked for without ever leaving half a file behind.

Errors are told apart by where they happened: an OSError on the target (its folder, its temp
file, the final move, a full disk while writing the stream) means "cannot write the target"; an
OSError about any other file (a template, a font, a bundled resource the writer reads) is the
writer's own failure and names that file, so a broken installation is not blamed on the folder
the clerk chose.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.errors import DiskFull, KnownError, WriterError
from app.i18n import translate

log = logging.getLogger(__name__)

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


def writer_error(exc: OSError, target: Path, culprit: str | None) -> WriterError:
    """The clerk's words for a writer that failed on a file of its own (not the target)."""
    reason = exc.strerror or str(exc) or exc.__class__.__name__
    if culprit is None:
        return WriterError(
            translate("files", "未能生成 {path}：{err}。目标文件未改动，详情已记入日志。").format(
                path=target, err=reason
            ),
            culprit=None,
        )
    if isinstance(exc, FileNotFoundError):
        text = translate(
            "files",
            "未能生成 {path}：找不到程序所需的文件 {file}。目标文件未改动；程序可能安装不完整，请重新安装。",
        )
    else:
        text = translate(
            "files", "未能生成 {path}：读写 {file} 时出错（{err}）。目标文件未改动，详情已记入日志。"
        )
    return WriterError(text.format(path=target, file=culprit, err=reason), culprit=culprit)


def _names(exc: OSError) -> list[str]:
    return [os.fspath(n) for n in (exc.filename, exc.filename2) if isinstance(n, str | os.PathLike)]


def _on_target(name: str, target: Path, tmp: Path) -> bool:
    """True when *name* is the target, its temp file (or a file named after it, such as SQLite's
    ``-journal``), or one of the target's folders."""
    path = Path(os.path.abspath(name))
    tmp_abs, target_abs = Path(os.path.abspath(tmp)), Path(os.path.abspath(target))
    if path in (tmp_abs, target_abs) or path in target_abs.parents:
        return True
    return path.parent == tmp_abs.parent and path.name.startswith(tmp_abs.name)


def classify(exc: OSError, target: Path, tmp: Path) -> KnownError:
    """Blame the target only for errors on the target; anything else is the writer's own failure."""
    names = _names(exc)
    if names:
        foreign = [n for n in names if not _on_target(n, target, tmp)]
        if foreign:
            log.error("writer for %s failed on %s", target, foreign[0], exc_info=exc)
            return writer_error(exc, target, foreign[0])
        return os_error(exc, target)
    if exc.errno is None:
        # Not an operating-system error on the stream (a library raising OSError("...")): a bug
        # or bad data in the writer, not a folder the clerk can fix.
        log.error("writer for %s failed", target, exc_info=exc)
        return writer_error(exc, target, None)
    return os_error(exc, target)  # an errno without a file name: the stream being written


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
    try:
        for target, write in jobs:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(
                    prefix=f".~{target.stem[:40]}.", suffix=target.suffix, dir=target.parent
                )
                os.close(fd)
            except OSError as exc:
                raise os_error(exc, target) from exc
            tmp = Path(name)
            temps.append((tmp, target))
            try:
                write(tmp)
            except OSError as exc:
                raise classify(exc, target, tmp) from exc
        try:
            _move_all_into_place(temps)
        except OSError as exc:
            failed = next((t for _, t in temps if str(t) == exc.filename), temps[-1][1])
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
            if os.name != "nt":
                os.chmod(tmp, _file_mode(target))  # before the old file is moved aside
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
