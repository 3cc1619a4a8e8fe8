"""The self-test the packaged program runs: every check runs, and a failure names its check."""

from __future__ import annotations

import pytest

from app.admin import selftest
from app.errors import KnownError


def test_every_check_passes_from_source():
    report = selftest.run_selftest()
    assert len(report.steps) == 2 + len(selftest.CHECKS) and not report.failures


def test_a_failing_check_is_named_and_the_others_still_run(tmp_path):
    ran = []

    def check_broken_template(ctx):
        """生成示例文件"""
        (ctx.folder / "templates" / "missing.xml").read_bytes()

    def check_after(ctx):
        """后面的检查"""
        ran.append(ctx.db.path.name)
        return "后面的检查通过"

    with pytest.raises(KnownError) as caught:
        selftest.run_selftest([check_broken_template, selftest.check_backup_restore, check_after])
    message = str(caught.value)
    assert message.startswith("自检失败（1项）")
    assert "生成示例文件：程序错误 FileNotFoundError" in message and "missing.xml" in message
    assert ran == ["selftest.db"]


def test_each_file_feature_has_its_check():
    names = {check.__name__ for check in selftest.CHECKS}
    assert {
        "check_roster_round_trip",
        "check_plan_round_trip",
        "check_notice_quota",
        "check_notice_plan",
        "check_notice_forward",
        "check_notice_letter",
        "check_backup_restore",
    } <= names
