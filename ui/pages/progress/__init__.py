"""The 进度 page."""
