"""The command line in another language: the app's Qt catalogue, read without a QCoreApplication.

Headless commands print the source text (Simplified Chinese). With ``XXB_LOCALE`` naming another
language, ``main.py`` installs the same ``.qm`` catalogue the GUI loads, so ``app.i18n.translate``
answers from it; QtCore is imported only then, and a command in Chinese starts without Qt.
"""

from __future__ import annotations

from app import APP_ID, i18n
from app.paths import RESOURCES_DIR

_installed: list[object] = []  # the QTranslator must outlive this call


def install(locale_name: str) -> bool:
    """Answer ``app.i18n.translate`` from the catalogue for *locale_name*; False if there is none."""
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator()
    if not translator.load(QLocale(locale_name), APP_ID, "_", str(RESOURCES_DIR / "i18n")):
        return False
    _installed.append(translator)
    find = translator.translate  # "" where the catalogue has no translation: keep the source
    i18n.set_translator(lambda context, text: find(context, text) or text)
    return True
