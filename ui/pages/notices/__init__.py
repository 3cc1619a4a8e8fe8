"""The notices page."""
