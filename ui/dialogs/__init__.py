"""Dialogs shared by the pages (unit form, import preview)."""
