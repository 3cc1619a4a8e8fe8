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
