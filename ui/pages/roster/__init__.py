"""The roster page."""
