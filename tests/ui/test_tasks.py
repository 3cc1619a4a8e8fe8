from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from qthelpers import wait_idle

from app.errors import KnownError
from ui.tasks import Op, TaskState


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot):
    seen = {}

    def work():
        seen["work"] = threading.current_thread()
        return 42

    def done(value):
        seen["done"] = threading.current_thread()
        seen["value"] = value

    Op(None, work).success(done).run()
    wait_idle(qtbot)
    assert seen["value"] == 42
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] is threading.main_thread()


def test_operations_run_one_after_another(qtbot):
    order = []
    for i in range(5):
        Op(None, lambda i=i: (time.sleep(0.01), order.append(i))).run()
    wait_idle(qtbot)
    assert order == [0, 1, 2, 3, 4]


def test_failure_goes_to_the_failure_callback(qtbot):
    errors = []
    Op(None, lambda: (_ for _ in ()).throw(KnownError("坏了"))).failure(errors.append).run()
    wait_idle(qtbot)
    assert [str(e) for e in errors] == ["坏了"]


def test_known_error_without_callback_shows_a_warning(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail():
        raise KnownError("第3行“人口数”：不是数字")

    Op(parent, fail).run()
    wait_idle(qtbot)
    assert shown == [("无法完成", "第3行“人口数”：不是数字")]


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome = []

    def work(state: TaskState):
        started.set()
        for i in range(400):
            state.check_cancelled()
            state.set_progress(i, 400, "处理中")
            time.sleep(0.01)
        return "finished"

    op = Op(parent, work).with_progress("正在导入……").success(outcome.append).failure(outcome.append)
    op.run()
    qtbot.waitUntil(lambda: op._dialog is not None, timeout=3000)
    assert isinstance(op._dialog, QProgressDialog) and op._dialog.labelText() in ("正在导入……", "处理中")
    (cancel_button,) = op._dialog.findChildren(QPushButton)
    cancel_button.click()
    wait_idle(qtbot)
    assert len(outcome) == 1 and "已取消" in str(outcome[0])


def test_quick_work_shows_no_dialog(qtbot):
    op = Op(None, lambda: 1).with_progress("很快")
    op.run()
    wait_idle(qtbot)
    assert op._dialog is None and op.done


@pytest.mark.parametrize("total", [0, -1])
def test_progress_ignores_unknown_totals(total):
    calls = []
    state = TaskState(lambda *a: calls.append(a))
    state.set_progress(1, total)
    assert calls == []


def test_progress_is_throttled():
    calls = []
    state = TaskState(lambda *a: calls.append(a))
    for i in range(10001):
        state.set_progress(i, 10000)
    assert 2 <= len(calls) <= 20 and calls[-1][0] == 10000


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot, monkeypatch):
    """A page torn down while its refresh runs (the window closed, another database opened) must
    not get the answer: its widgets are gone, and touching them raised RuntimeError."""
    import shiboken6
    from PySide6.QtWidgets import QComboBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = QWidget()
    combo = QComboBox(page)
    started = threading.Event()
    release = threading.Event()

    def slow():
        started.set()
        release.wait(5)
        return ["2017年计划"]

    Op(page, slow).success(combo.addItems).run()
    Op(page, lambda: (started.wait(5), (_ for _ in ()).throw(KnownError("坏了")))).run()
    assert started.wait(5)
    shiboken6.delete(page)
    release.set()
    wait_idle(qtbot)
    assert not shiboken6.isValid(combo) and shown == []


def test_cancel_drops_the_answer_of_a_read_that_cannot_see_it(qtbot):
    """取消 on a preview's read (a function without the state): the answer is not shown."""
    import threading

    from PySide6.QtWidgets import QWidget

    from app.errors import Cancelled
    from ui.tasks import Op

    widget = QWidget()
    qtbot.addWidget(widget)
    gate = threading.Event()
    got: list = []
    failed: list = []
    op = Op(widget, lambda: gate.wait(5) and 42).with_progress("…").success(got.append)
    op.failure(failed.append).run()
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(got or failed))
    assert got == [] and isinstance(failed[0], Cancelled)
