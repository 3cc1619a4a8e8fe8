"""Writing files the clerk asked for without ever leaving half a file behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import KnownError
from app.i18n import tr

CTX = "files"


def safe_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Write through a temp file in the same folder, then replace: a full disk leaves no half file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnownError(
            tr(CTX, "无法创建文件夹 {dir}：{err}").format(dir=path.parent, err=exc.strerror)
        ) from exc
    tmp = path.with_name(f".{path.stem}.part{path.suffix}")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise KnownError(tr(CTX, "磁盘已满，文件未写入：{path}").format(path=path)) from exc
        if isinstance(exc, PermissionError):
            raise KnownError(
                tr(CTX, "无法写入 {path}：文件可能正在 Excel 或 WPS 中打开，请关闭后重试").format(path=path)
            ) from exc
        raise KnownError(tr(CTX, "无法写入 {path}：{err}").format(path=path, err=exc.strerror)) from exc
    return path
