from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui import application


def test_corrupt_database_offers_choices_and_quit_returns_none(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"x" * 500)
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "退出").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert application.open_with_recovery(bad) is None
    assert "已损坏" in seen["text"]
    assert "选择其他文件…" in seen["buttons"] and "从备份恢复…" in seen["buttons"]


def test_choose_another_file_recovers(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"x" * 500)
    good = tmp_path / "good.db"
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "选择其他文件…").click()
    )
    monkeypatch.setattr(application.QFileDialog, "getSaveFileName", lambda *a, **k: (str(good), ""))
    db = application.open_with_recovery(bad)
    assert db is not None and db.path == good
    db.close()


def test_qt_translator_is_installed_for_app_messages(qapp):
    application.install_translators(qapp)
    from app.i18n import tr

    assert tr("db", "找不到数据库文件：{path}") == "找不到数据库文件：{path}"


def test_previous_crash_is_reported_with_its_file(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    report = tmp_path / "crash-20261122-120000.log"
    application.report_previous_crash(report)
    assert shown[0][0] == "上次运行异常退出" and str(report) in shown[0][1]


def test_the_crash_dialog_promises_no_rollback(qapp, monkeypatch):
    from ui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    errors.show_bug(None, RuntimeError("boom"))
    assert "可能没有完成" in shown[0] and "撤销" not in shown[0]
