"""关于献血办: version, where the database, backups and logs are, and the licences of what we ship.

The folders are links: a clerk asked by the maintainer for "the log file" clicks and finds it.
PySide6/Qt are LGPLv3: the program is built as a folder (not one .exe) so the Qt libraries stay
replaceable, and the licence text is named here as the LGPL asks.
"""

from __future__ import annotations

import platform
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import backups_dir, logs_dir

CTX = "AboutDialog"

#: (component, licence) for everything the installed program carries.
LICENCES = (
    ("Qt 6 / PySide6 / shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "LGPL 3.0（可替换所附 Qt 库）")),
    ("SQLAlchemy, Alembic, Mako", "MIT"),
    ("openpyxl, python-docx, python-calamine", "MIT"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("lxml, NumPy", "BSD-3-Clause"),
    ("pyqtgraph, pypinyin, platformdirs", "MIT"),
    ("Python", "PSF License"),
)


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{escape(url)}">{escape(str(path))}</a>'


def about_html(db_path: Path) -> str:
    licences = [(name, QCoreApplication.translate("AboutDialog", licence)) for name, licence in LICENCES]
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(licence)}</td></tr>"
        for name, licence in licences
    )
    blurb = QCoreApplication.translate("AboutDialog", "县献血办公室的名册、指标与排期、公文桌面程序。")
    places = (
        (QCoreApplication.translate("AboutDialog", "数据库："), db_path),
        (QCoreApplication.translate("AboutDialog", "备份文件夹："), backups_dir()),
        (QCoreApplication.translate("AboutDialog", "日志文件夹："), logs_dir()),
    )
    where = "".join(f"<tr><td>{escape(label)}</td><td>{_link(path)}</td></tr>" for label, path in places)
    runtime = QCoreApplication.translate(
        "AboutDialog", "运行环境：Python {py}，PySide6 {pyside}，Qt {qt}"
    ).format(py=platform.python_version(), pyside=PySide6.__version__, qt=qVersion())
    heading = QCoreApplication.translate("AboutDialog", "所用软件及其许可")
    return (
        f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3><p>{escape(blurb)}</p>"
        f"<table>{where}</table><p>{escape(runtime)}</p>"
        f"<p><b>{escape(heading)}</b></p><table>{rows}</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "关于{name}").format(name=APP_NAME))
        lay = QVBoxLayout(self)
        self.text = QLabel(about_html(db_path), self)
        self.text.setObjectName("about_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        about_qt = buttons.addButton(
            QCoreApplication.translate("AboutDialog", "关于 &Qt…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        about_qt.setObjectName("about_qt")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
