"""Where the app keeps its files: one place, overridable for tests and portable installs.

``XXB_DATA_DIR`` points everything (database, backups, logs) at another folder; otherwise the
user data folder from platformdirs (``%LOCALAPPDATA%\\xianxueban`` on Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_ID

DB_FILENAME = "xianxueban.db"


def data_dir() -> Path:
    override = os.environ.get("XXB_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


#: The program's own data (demo tables, rule sets, translations), beside the packages.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    return RESOURCES_DIR
