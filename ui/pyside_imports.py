"""Imports after PySide6 at the speed of imports before it.

Once PySide6 is imported, its ``__feature__`` hook (``from __feature__ import snake_case``) looks
at every module imported afterwards and reads the module's whole source file to see whether the
text "PySide6" occurs in it, to decide whether the module takes part in feature switching. This
program selects no feature, so no module ever switches: the answer does not matter, and reading
the source of the ~500 modules imported after PySide6 (SQLAlchemy's among them) only costs time.
Measured here: ``import sqlalchemy.orm`` after PySide6 in 0.24 s instead of 0.32 s, and the
modules the window imports before its first paint (bench/bench_startup.py).
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Have PySide6 treat every module imported from now on as one that selects no feature,
    without reading its source. False if this PySide6 has no such scan (nothing to skip)."""
    import PySide6.QtCore  # noqa: F401  (installs the hook and loads the feature module)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature
    return True


def _selects_no_feature(_module: object) -> bool:
    """Stands in for shibokensupport.feature._mod_uses_pyside: False means 'ignore this module in
    feature switching', which is what every module here is (none imports ``__feature__``)."""
    return False
