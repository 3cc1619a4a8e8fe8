"""The translation catalogue, kept with Qt's own pyside6-lupdate / pyside6-lrelease: every call in
the sources is one lupdate reads, the committed .ts is current, and the English build loads."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from tools import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ctx(db, qapp, tmp_path: Path):
    """A UiContext on the temporary database (as tests/ui/conftest.py builds it)."""
    from PySide6.QtCore import QSettings

    from ui import tasks
    from ui.bus import Bus
    from ui.context import UiContext
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield UiContext(db=db, settings=settings, bus=Bus())
    if tasks._runner is not None:  # let page loads started by the window finish before db closes
        for _ in range(200):
            if not tasks._runner.pending:
                break
            qapp.processEvents()
            tasks._runner._pool.submit(lambda: None).result()


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


# Every call form the sources use, and the first wave's forms lupdate cannot read.
MINI = {
    "app/units.py": """
        from app.i18n import QT_TRANSLATE_NOOP, translate
        from app import i18n

        CTX = "units"
        LABELS = {"name": QT_TRANSLATE_NOOP("units", "单位名称")}

        def f(label):
            return (
                translate("units", "找不到该单位"),
                i18n.translate("units", "模块里的函数"),
                translate("units", label),
                tr(CTX, "变量上下文"),
            )
        """,
    "ui/page.py": """
        from PySide6.QtCore import QCoreApplication

        class Mixin:
            def hint(self):
                return self.tr("混入类的文字")

        class Page(Mixin, QWidget):
            def build(self):
                def later():
                    return self.tr("嵌套函数")
                return self.tr("类里的文字"), later

        def helper():
            return QCoreApplication.translate("Page", "模块函数")

        def first_wave(text):
            return f"{QCoreApplication.translate('Page', 'f字符串里的')}"
        """,
}


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    _write(tmp_path, MINI)
    i18n.lupdate(tmp_path / "resources" / "i18n" / "x_en.ts", tmp_path)
    return tmp_path


def test_lupdate_reads_the_forms_the_sources_use(mini: Path):
    keys = {(m.context, m.source) for m in i18n.read_ts(mini / "resources" / "i18n" / "x_en.ts").values()}
    assert keys == {
        ("units", "单位名称"),
        ("units", "找不到该单位"),
        ("units", "模块里的函数"),
        ("Mixin", "混入类的文字"),
        ("Page", "嵌套函数"),
        ("Page", "类里的文字"),
        ("Page", "模块函数"),
    }  # not tr(CTX, …) (a context in a variable) and nothing inside an f-string


def test_check_reports_new_text_but_not_moved_lines(mini: Path):
    ts = mini / "resources" / "i18n" / "x_en.ts"
    assert i18n.check_ts(ts, mini) == []
    units = mini / "app" / "units.py"
    units.write_text("\n\n" + units.read_text(encoding="utf-8"), encoding="utf-8")
    assert i18n.check_ts(ts, mini) == []
    units.write_text(
        units.read_text(encoding="utf-8") + '\nX = translate("units", "新增")\n', encoding="utf-8"
    )
    problems = i18n.check_ts(ts, mini)
    assert len(problems) == 1 and "新增" in problems[0]


def test_check_rejects_a_translation_that_loses_a_placeholder(mini: Path):
    _write(mini, {"app/more.py": 'from app.i18n import translate\n\nM = translate("more", "共 {n} 个")\n'})
    ts = mini / "resources" / "i18n" / "x_en.ts"
    i18n.lupdate(ts, mini)
    text = ts.read_text(encoding="utf-8")
    source = '<source>共 {n} 个</source>\n        <translation type="unfinished"></translation>'
    assert source in text
    ts.write_text(
        text.replace(source, "<source>共 {n} 个</source>\n        <translation>{count} in all</translation>"),
        encoding="utf-8",
    )
    problems = i18n.check_ts(ts, mini)
    assert len(problems) == 1 and "placeholders" in problems[0]


def _calls_lupdate_cannot_read(path: Path) -> list[str]:
    """Translation calls in *path* that pyside6-lupdate would miss or misread."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad: list[str] = []
    in_fstrings = {
        id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f) if n is not f
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        where = f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}"
        if isinstance(func, ast.Name) and name == "tr":
            bad.append(f'{where} (bare tr(): use translate("ctx", …) or self.tr(…))')
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{where} (the context must be written out)")
            elif id(node) in in_fstrings:
                bad.append(f"{where} (inside an f-string)")
        elif isinstance(func, ast.Attribute) and name == "tr" and id(node) in in_fstrings:
            bad.append(f"{where} (inside an f-string)")
    return bad


def test_every_translation_call_is_one_lupdate_reads():
    offenders = [
        problem
        for folder in i18n.SOURCE_DIRS
        for path in sorted((ROOT / folder).rglob("*.py"))
        for problem in _calls_lupdate_cannot_read(path)
    ]
    assert offenders == []


def test_no_module_defines_its_own_tr_helper():
    helpers = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for folder in ("app", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef) and node.name == "tr"
    ]
    assert helpers == []


def test_committed_ts_is_up_to_date():
    """Fails when someone adds or removes a text without `make i18n`; moved lines are fine."""
    problems = i18n.check_ts()
    assert problems == [], "resources/i18n is stale, run `make i18n`:\n" + "\n".join(problems)


def test_self_tr_in_a_mixin_finds_the_class_lupdate_named(qapp, tmp_path: Path):
    """lupdate files a mixin's self.tr under the mixin; at run time PySide6 looks the text up under
    each class of the instance in turn, so the page that mixes it in gets the translation."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QWidget

    ts = tmp_path / "m_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_US">\n'
        "<context><name>Mixin</name><message><source>混入类的文字</source>"
        "<translation>Mixed-in text</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    translator = QTranslator()
    assert translator.load(str(i18n.compile_ts(ts)))

    class Mixin:
        def hint(self) -> str:
            return self.tr("混入类的文字")  # type: ignore[attr-defined]

    class Page(Mixin, QWidget):
        pass

    qapp.installTranslator(translator)
    try:
        assert Page().hint() == "Mixed-in text"
    finally:
        qapp.removeTranslator(translator)


def test_english_translation_reaches_main_window_and_app_messages(qtbot, qapp, ctx, tmp_path: Path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app import i18n as app_i18n
    from app.database import backup
    from app.errors import KnownError
    from ui.main_window import MainWindow

    qm = i18n.compile_ts(i18n.TS_PATH, tmp_path / "xianxueban_en.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    previous = app_i18n._translator
    qapp.installTranslator(translator)
    app_i18n.set_translator(QCoreApplication.translate)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        titles = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert titles[-1] == "Settings"
        assert "Roster" in titles
        assert win.db_label.text().startswith("Database: ")
        with pytest.raises(KnownError, match=r"^Backup file not found: "):
            backup.restore(tmp_path / "missing.db", ctx.db.path)
    finally:
        qapp.removeTranslator(translator)
        app_i18n.set_translator(previous)
    assert QCoreApplication.translate("pages", "设置") == "设置"
