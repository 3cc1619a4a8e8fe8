"""The PySide6 user interface. Widgets call app/ services only; no Session or SQL here."""

from ui.pyside_imports import skip_feature_scan

skip_feature_scan()  # first, so no module imported after PySide6 has its source read (see there)
