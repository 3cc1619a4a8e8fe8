"""Migration 0006 on a database of the 0005 schema with donations in it: nothing lost, every
donor's first donation date right, the progress index made and used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from app.database import upgrade as migrate

DONORS = [  # id, id_number, name
    (1, "612401199001010011", "甲"),
    (2, "612401199001010022", "乙"),
    (3, "612401199001010033", "丙"),  # no donations: stays without a date
]
DONATIONS = [  # donor, date, kind, volume, doses, category, unit
    (1, "2021-03-05", "whole", 400, 0, "团体", 1),
    (1, "2019-11-30", "whole", 300, 0, "街头个人", None),
    (1, "2023-01-02", "platelets", 0, 2, "应急", 1),
    (2, "2024-02-29", "whole", 200, 0, "学生", 1),
]


def database_at_0005(path: Path) -> None:
    engine = migrate._migration_engine(path)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO unit (id, name, kind, py_initials, sort_order, archived, note) VALUES (1, '城关镇', '镇街', 'cgz', 1, 0, '')"
    )
    for d in DONORS:
        con.execute(
            "INSERT INTO donor (id, id_number, name, py_initials, sex, abo, rh, phone, address, had_reaction, note)"
            " VALUES (?, ?, ?, '', '', '', '', '', '', 0, '')",
            d,
        )
    for donor, day, kind, ml, doses, category, unit in DONATIONS:
        con.execute(
            "INSERT INTO donation (donor_id, donated_on, kind, volume_ml, doses, category, unit_id,"
            " certificate_no, source, note) VALUES (?, ?, ?, ?, ?, ?, ?, '', 'import', '')",
            (donor, day, kind, ml, doses, category, unit),
        )
    con.commit()
    con.close()


def test_0006_fills_first_dates_and_keeps_every_row(tmp_path):
    path = tmp_path / "old.db"
    database_at_0005(path)
    assert migrate.current_revision(path) == "0005"
    before = sqlite3.connect(path)
    donations_before = before.execute("SELECT * FROM donation ORDER BY id").fetchall()
    donors_before = before.execute("SELECT id, id_number, name FROM donor ORDER BY id").fetchall()
    before.close()

    assert migrate.upgrade(path) is True
    assert migrate.current_revision(path) == "0006"
    con = sqlite3.connect(path)
    assert con.execute("SELECT * FROM donation ORDER BY id").fetchall() == donations_before
    assert con.execute("SELECT id, id_number, name FROM donor ORDER BY id").fetchall() == donors_before
    assert con.execute("SELECT id, first_donated_on FROM donor ORDER BY id").fetchall() == [
        (1, "2019-11-30"),
        (2, "2024-02-29"),
        (3, None),
    ]
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_donation_progress", "ix_donor_first_donated_on"} <= indexes
    con.close()


def test_0006_downgrades_cleanly(tmp_path):
    path = tmp_path / "db.db"
    database_at_0005(path)
    migrate.upgrade(path)
    engine = migrate._migration_engine(path)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    columns = {r[1] for r in con.execute("PRAGMA table_info(donor)")}
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "first_donated_on" not in columns and "ix_donation_progress" not in indexes
    assert con.execute("SELECT count(*) FROM donation").fetchone() == (len(DONATIONS),)
    con.close()
