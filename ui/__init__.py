"""The PySide6 user interface. Widgets call app/ services only; no Session or SQL here."""
