"""The schema as SQLAlchemy Core tables, one module per area (units, plans, donors, admin), all on
one ``metadata`` (db/tables/base.py): what a query needs, without the ORM.

The ORM classes in :mod:`db.models` are mapped onto these tables (importing db.models puts every
table on the metadata, as Alembic needs). A command that only reads (``plan list``) imports just
the modules of its tables and never ``sqlalchemy.orm`` or the mappers, a fifth of a second of a
command's start (bench/bench_startup.py). This package therefore imports no module by itself.
"""
