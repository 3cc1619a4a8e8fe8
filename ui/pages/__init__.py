"""Pages of the main window. Each feature registers its page here; absent features show nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id, used to remember the last page
    title: str  # already translated
    factory: Callable[[UiContext], QWidget]


def page_specs() -> list[PageSpec]:
    """The pages in navigation order: 名册、指标与排期、献血登记、进度、证件查询、公文、设置."""
    from PySide6.QtCore import QCoreApplication

    from ui.pages.settings.page import SettingsPage

    translate = QCoreApplication.translate
    specs: list[PageSpec] = []
    specs.extend(_feature_pages())
    specs.append(PageSpec("settings", translate("pages", "设置"), SettingsPage))
    return specs


def _feature_pages() -> list[PageSpec]:
    """Feature pages in order; each later issue adds its own entry."""
    from PySide6.QtCore import QCoreApplication

    from ui.pages.notices.page import NoticePage
    from ui.pages.plans.page import PlansPage
    from ui.pages.progress.page import ProgressPage
    from ui.pages.roster.page import RosterPage

    translate = QCoreApplication.translate
    return [
        PageSpec("roster", translate("pages", "名册"), RosterPage),
        PageSpec("plans", translate("pages", "指标与排期"), PlansPage),
        PageSpec("progress", translate("pages", "进度"), ProgressPage),
        PageSpec("notices", translate("pages", "公文"), NoticePage),
    ]
