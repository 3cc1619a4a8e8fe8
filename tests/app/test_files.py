from __future__ import annotations

import errno

import pytest

from app.errors import KnownError
from app.files import safe_write


def test_writes_through_a_temp_file(tmp_path):
    target = tmp_path / "out" / "表.xlsx"
    seen = []

    def write(tmp):
        seen.append(tmp)
        tmp.write_bytes(b"new")

    assert safe_write(target, write) == target
    assert target.read_bytes() == b"new" and seen[0] != target and not seen[0].exists()


def test_full_disk_leaves_the_old_file_and_no_part_file(tmp_path):
    target = tmp_path / "表.xlsx"
    target.write_bytes(b"old")

    def write(tmp):
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(KnownError, match="磁盘空间不足"):
        safe_write(target, write)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["表.xlsx"]


def test_file_open_elsewhere_is_explained(tmp_path):
    def write(tmp):
        raise PermissionError(errno.EACCES, "Permission denied")

    with pytest.raises(KnownError, match="WPS/Word/Excel"):
        safe_write(tmp_path / "表.xlsx", write)


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    import os

    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


@pytest.mark.skipif(__import__("os").name == "nt", reason="POSIX file modes")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_modes_the_umask_allows(tmp_path, umask, mask, mode):
    umask(mask)
    target = safe_write(tmp_path / "通知.docx", lambda tmp: tmp.write_bytes(b"x"))
    assert target.stat().st_mode & 0o777 == mode


@pytest.mark.skipif(__import__("os").name == "nt", reason="POSIX file modes")
def test_a_replaced_file_keeps_its_mode(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "名册.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    safe_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640
