"""The head revision the program compares against without importing Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.database import upgrade as migrate

ROOT = Path(__file__).resolve().parents[2]


def test_head_revision_constant_matches_the_migration_scripts():
    assert migrate.head_revision() == migrate.HEAD_REVISION, (
        f"a migration was added: set HEAD_REVISION = {migrate.head_revision()!r} in app/database/upgrade.py"
    )


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    path = tmp_path / "x.db"
    migrate.open_database(path).dispose()  # created and migrated: Alembic runs here
    code = (
        "import sys; from pathlib import Path; from app.database import open_database; "
        f"open_database(Path({str(path)!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
