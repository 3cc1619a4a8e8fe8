"""Pages of the main window. Each feature registers its page here; absent features show nothing.

A page's module is imported when the page is first shown (:func:`lazy`), not at start-up: each
page pulls in its services, SQLAlchemy and its widgets, and only one page is on screen at first.
"""

from __future__ import annotations

import importlib
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


def lazy(module: str, name: str) -> Callable[[UiContext], QWidget]:
    """A page factory that imports *module* only when the page is first built."""

    def build(ctx: UiContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx)

    build.__qualname__ = f"lazy({module}.{name})"
    return build


def page_specs() -> list[PageSpec]:
    """The pages in navigation order: 名册、指标与排期、献血登记、进度、证件查询、公文、设置."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    specs: list[PageSpec] = []
    specs.extend(_feature_pages())
    specs.append(
        PageSpec("settings", translate("pages", "设置"), lazy("ui.pages.settings.page", "SettingsPage"))
    )
    return specs


def _feature_pages() -> list[PageSpec]:
    """Feature pages in order; each later issue adds its own entry (with :func:`lazy`)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return [
        PageSpec("roster", translate("pages", "名册"), lazy("ui.pages.roster.page", "RosterPage")),
        PageSpec("plans", translate("pages", "指标与排期"), lazy("ui.pages.plans.page", "PlansPage")),
        PageSpec(
            "donations", translate("pages", "献血登记"), lazy("ui.pages.donations.page", "DonationsPage")
        ),
        PageSpec("progress", translate("pages", "进度"), lazy("ui.pages.progress.page", "ProgressPage")),
        PageSpec("lookup", translate("pages", "证件查询"), lazy("ui.pages.lookup.page", "LookupPage")),
        PageSpec("notices", translate("pages", "公文"), lazy("ui.pages.notices.page", "NoticePage")),
    ]
