"""Write a new Alembic migration by comparing the models with a database at the current head.

    .venv/bin/python -m tools.migration "what changed"

Review the generated file: autogenerate misses server defaults and renames, and on SQLite every
change must stay inside ``batch_alter_table`` (env.py sets render_as_batch). Then add a fixture
test if the change moves data (tests/db/test_migrate.py shows how).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.database import upgrade as migrate


def main(message: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "head.db"
        migrate.upgrade(path)
        engine = migrate._migration_engine(path)
        try:
            with engine.begin() as conn:
                cfg = migrate.alembic_config()
                cfg.attributes["connection"] = conn
                number = len(migrate.known_revisions()) + 1
                command.revision(cfg, message=message, autogenerate=True, rev_id=f"{number:04d}")
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
