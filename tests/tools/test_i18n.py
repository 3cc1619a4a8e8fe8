"""The translation catalogue: extraction finds every call shape, the TS is current, English loads."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tools import i18n


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


@pytest.fixture(scope="module")
def real() -> i18n.Extraction:
    """One extraction of the real sources, shared: it parses every module."""
    return i18n.extract()


def _contexts_of(found: i18n.Extraction, source: str) -> set[str]:
    return {m.context for m in found.messages.values() if m.source == source}


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


# A miniature project with every shape the real code uses, so these tests do not depend on
# which strings colleagues are editing in ui/ today.
MINI = {
    "app/__init__.py": "",
    "app/i18n.py": "def tr(context, text):\n    return text\n",
    "app/units.py": """
        from app.i18n import tr

        CTX = "units"
        _CTX: str = "units_private"

        def f(label):
            a = tr(CTX, "单位")
            b = tr(_CTX, "私有")
            c = tr("literal_ctx", "字面")
            d = tr(CTX, label)
            return a, b, c, d
        """,
    "app/reader.py": """
        from app import i18n
        from app.units import CTX as UNITS

        def g():
            return i18n.tr(UNITS, "导入的常量")
        """,
    "ui/__init__.py": "",
    "ui/helpers.py": """
        from PySide6.QtCore import QCoreApplication

        def tr(text: str) -> str:
            \"\"\"Helper with a docstring.\"\"\"
            return QCoreApplication.translate("HelperPage", text)

        class Page:
            def build(self):
                self.title = tr("助手文字")
                self.other = self.tr("类里的文字")

                def inner():
                    return self.tr("嵌套函数")

                class Inner:
                    def x(self):
                        return self.tr("内部类")

                return inner, Inner
        """,
    "ui/user.py": """
        from PySide6.QtCore import QCoreApplication

        from ui.helpers import tr

        def uses_imported_helper():
            return tr("借来的助手")

        def shadowed(tr):
            return tr("参数")

        def local_alias():
            tr = QCoreApplication.translate
            if True:
                return tr("pages", "名册"), QCoreApplication.translate("pages", "设置", "菜单")
        """,
}


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    _write(tmp_path, MINI)
    return tmp_path


def test_extraction_resolves_every_call_shape(mini: Path):
    found = i18n.extract(mini)
    keys = set(found.messages)
    assert ("units", "单位", "") in keys  # tr(CTX, ...)
    assert ("units_private", "私有", "") in keys  # tr(_CTX, ...), annotated constant
    assert ("literal_ctx", "字面", "") in keys
    assert ("units", "导入的常量", "") in keys  # i18n.tr with a constant imported under another name
    assert ("HelperPage", "助手文字", "") in keys  # module helper, docstring ignored
    assert ("HelperPage", "借来的助手", "") in keys  # helper imported from another module
    assert ("Page", "类里的文字", "") in keys  # self.tr -> class name
    assert ("Page", "嵌套函数", "") in keys
    assert ("Inner", "内部类", "") in keys
    assert ("pages", "名册", "") in keys  # local tr = QCoreApplication.translate
    assert ("pages", "设置", "菜单") in keys  # disambiguation becomes the TS comment
    assert found.messages[("units", "单位", "")].locations == [i18n.Location("app/units.py", 8)]
    reported = {(u.location.path, u.reason) for u in found.unextractable}
    assert reported == {
        ("app/units.py", "text is not a string literal"),  # tr(CTX, label): needs a marker
        ("ui/user.py", "cannot tell what tr() is here"),  # a parameter shadows the helper
    }
    assert not [m for m in found.messages.values() if m.source == "参数"]


def test_real_sources_give_known_strings_their_contexts(real: i18n.Extraction):
    assert "pages" in _contexts_of(real, "名册")
    assert "pages" in _contexts_of(real, "设置")
    assert "MainWindow" in _contexts_of(real, "工作年度：")
    assert "RosterPage" in _contexts_of(real, "{year}年名册　共{n}个单位")  # self.tr in RosterPage
    assert "SettingsPage" in _contexts_of(real, "立即备份")  # module helper tr(text)
    assert "roster" in _contexts_of(real, "找不到该单位（编号 {id}）")  # app/: tr(CTX, ...)
    assert "slots" in _contexts_of(real, "“{slot}”没有年份，无法换算成日期")  # app/: tr(_CTX, ...)
    assert "backup" in _contexts_of(real, "找不到备份文件：{path}")  # app/: tr("backup", ...)
    assert "errors" in _contexts_of(real, "程序出错")
    # Helper bodies are definitions, not messages: no call with a variable text from them.
    assert not [u for u in real.unextractable if "QCoreApplication.translate" in u.code]


def test_merge_keeps_translations_marks_vanished_and_drops_empty(mini: Path):
    ts = mini / "resources" / "i18n" / "x_en.ts"
    i18n.update_ts(ts, mini)
    old = i18n.read_ts(ts)
    old[("units", "单位", "")].translation = "Unit"
    old[("units", "单位", "")].state = "finished"
    old[("units_private", "私有", "")].translation = "Private"
    old[("units_private", "私有", "")].state = "finished"
    ts.write_text(i18n.render_ts(old, ts, mini), encoding="utf-8")
    (mini / "app" / "units.py").write_text(
        (mini / "app" / "units.py")
        .read_text(encoding="utf-8")
        .replace('"私有"', '"新的"')
        .replace('"字面"', '"改了"'),
        encoding="utf-8",
    )
    _found, merged = i18n.update_ts(ts, mini)
    assert merged[("units", "单位", "")].translation == "Unit"
    assert merged[("units", "单位", "")].state == "finished"
    assert merged[("units_private", "私有", "")].state == "vanished"
    assert merged[("units_private", "新的", "")].state == "unfinished"
    assert ("literal_ctx", "字面", "") not in merged  # untranslated and gone: nothing to keep
    text = ts.read_text(encoding="utf-8")
    assert '<TS version="2.1" language="en_US" sourcelanguage="zh_CN">' in text
    assert '<translation type="vanished">Private</translation>' in text
    assert '<location filename="../../app/units.py" line="8"/>' in text


def test_check_ignores_moved_lines_but_not_new_text(mini: Path):
    ts = mini / "resources" / "i18n" / "x_en.ts"
    i18n.update_ts(ts, mini)
    assert i18n.check_ts(ts, mini, strict=True) == []
    units = mini / "app" / "units.py"
    units.write_text("\n\n" + units.read_text(encoding="utf-8"), encoding="utf-8")
    assert i18n.check_ts(ts, mini) == []
    assert i18n.check_ts(ts, mini, strict=True)
    units.write_text(units.read_text(encoding="utf-8") + '\nX = tr(CTX, "新增")\n', encoding="utf-8")
    problems = i18n.check_ts(ts, mini)
    assert len(problems) == 1 and "新增" in problems[0]


def test_check_rejects_a_translation_that_loses_a_placeholder(mini: Path):
    _write(mini, {"app/more.py": 'from app.i18n import tr\n\nM = tr("more", "共 {n} 个")\n'})
    ts = mini / "resources" / "i18n" / "x_en.ts"
    _found, merged = i18n.update_ts(ts, mini)
    assert "{n}" in ts.read_text(encoding="utf-8").split("共 {n} 个")[1].split("</message>")[0]
    merged[("more", "共 {n} 个", "")].translation = "{count} in all"
    merged[("more", "共 {n} 个", "")].state = "finished"
    ts.write_text(i18n.render_ts(merged, ts, mini), encoding="utf-8")
    problems = i18n.check_ts(ts, mini)
    assert len(problems) == 1 and "placeholders" in problems[0]


def test_committed_ts_is_up_to_date():
    """Fails when someone adds or removes a tr() text without `make i18n`; line moves are fine."""
    problems = i18n.check_ts()
    assert problems == [], "resources/i18n is stale, run `make i18n`:\n" + "\n".join(problems)


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
