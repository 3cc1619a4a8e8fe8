"""Pages of the main window. Each feature registers its page here; absent features show nothing.

A page's module is imported when the page is first built, inside its factory below, not at
start-up: each page pulls in its services, SQLAlchemy and its widgets, and only one page is on
screen at first. The imports stay plain ``from … import`` statements inside the factories, so
PyInstaller still finds the page modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

    tr = QCoreApplication.translate
    specs: list[PageSpec] = []
    specs.extend(_feature_pages())
    specs.append(PageSpec("settings", tr("pages", "设置"), _settings_page))
    return specs


def _feature_pages() -> list[PageSpec]:
    """Feature pages in order; each later issue adds its own entry and factory."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    return [
        PageSpec("roster", tr("pages", "名册"), _roster_page),
        PageSpec("plans", tr("pages", "指标与排期"), _plans_page),
        PageSpec("notices", tr("pages", "公文"), _notice_page),
    ]


def _roster_page(ctx: UiContext) -> QWidget:
    from ui.pages.roster.page import RosterPage

    return RosterPage(ctx)


def _plans_page(ctx: UiContext) -> QWidget:
    from ui.pages.plans.page import PlansPage

    return PlansPage(ctx)


def _notice_page(ctx: UiContext) -> QWidget:
    from ui.pages.notices.page import NoticePage

    return NoticePage(ctx)


def _settings_page(ctx: UiContext) -> QWidget:
    from ui.pages.settings.page import SettingsPage

    return SettingsPage(ctx)
