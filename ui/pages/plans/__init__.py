"""The plans page."""
