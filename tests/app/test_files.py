from __future__ import annotations

import errno

import pytest

from app.errors import KnownError, WriterError
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


# -- who is to blame: the target, or the writer's own files ----------------------------------------
def test_a_writers_own_missing_file_is_named_not_the_target(tmp_path):
    """A writer that reads a template which is not there (python-docx's default footer in a broken
    bundle) names that template; the folder the clerk chose is fine and is not blamed."""
    target = tmp_path / "out" / "通知.docx"
    template = tmp_path / "program" / "docx" / "parts" / ".." / "templates" / "default-footer.xml"

    def write(tmp):
        tmp.write_bytes(b"half a document")
        with open(template, "rb") as fh:  # the real OSError the library would get
            fh.read()

    with pytest.raises(WriterError) as caught:
        safe_write(target, write)
    message = str(caught.value)
    assert "找不到程序所需的文件" in message and str(template) in message and str(target) in message
    assert "无法写入" not in message
    assert caught.value.culprit == str(template)
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_a_writers_other_file_beside_the_target_is_still_the_writers(tmp_path):
    """Only the target, its temp file and its folders count as the target: a missing template in
    the same folder is the writer's problem."""
    target = tmp_path / "表.xlsx"

    def write(tmp):
        (tmp_path / "模板.xlsx").read_bytes()

    with pytest.raises(WriterError, match=r"模板\.xlsx"):
        safe_write(target, write)


def test_errors_on_the_temp_file_or_folder_blame_the_target(tmp_path):
    target = tmp_path / "表.xlsx"

    def write(tmp):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp))

    with pytest.raises(KnownError, match="无法写入") as caught:
        safe_write(target, write)
    assert not isinstance(caught.value, WriterError) and str(target) in str(caught.value)

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(KnownError, match="无法写入") as caught:
        safe_write(blocked / "表.xlsx", lambda tmp: tmp.write_bytes(b"x"))
    assert not isinstance(caught.value, WriterError)


def test_a_journal_named_after_the_temp_file_is_the_target(tmp_path):
    """SQLite writes <temp>-journal beside the backup it writes: still the target."""

    def write(tmp):
        raise OSError(errno.EIO, "I/O error", f"{tmp}-journal")

    with pytest.raises(KnownError, match="无法写入") as caught:
        safe_write(tmp_path / "备份.db", write)
    assert not isinstance(caught.value, WriterError)


def test_an_oserror_that_is_no_system_error_is_the_writers(tmp_path):
    """Libraries raise OSError("...") for bad data (an image they cannot encode): not the disk."""

    def write(tmp):
        raise OSError("cannot write mode RGBA as JPEG")

    with pytest.raises(WriterError, match="cannot write mode RGBA as JPEG") as caught:
        safe_write(tmp_path / "图.png", write)
    assert caught.value.culprit is None and "无法写入" not in str(caught.value)


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
