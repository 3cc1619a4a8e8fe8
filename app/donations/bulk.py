"""Bulk inserts for imports of 100,000 rows: SQLAlchemy Core's statement, the driver's speed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table, bindparam, insert


class DriverInsert:
    """A Core ``insert()`` compiled once and given to the driver with rows as tuples.

    SQLAlchemy's per-row parameter handling cost as much as SQLite's own insert at 100,000 rows
    (bench/bench_donations.py). Values go through each column's bind processor (dates as SQLite
    stores them; one call per distinct value, few in an export), and the Python-side defaults of
    the columns left out are filled in, so rows read back exactly as ``conn.execute(insert(t), dicts)``
    would have written them.
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        dialect = conn.dialect
        given = set(columns)
        defaults = {
            c.name: c.default.arg
            for c in table.columns
            if c.name not in given and c.default is not None and c.default.is_scalar
        }
        names = (*columns, *defaults)
        compiled = insert(table).values({n: bindparam(n) for n in names}).compile(dialect=dialect)
        self.conn, self.sql = conn, str(compiled)
        position = {n: i for i, n in enumerate(names)}
        order = [position[n] for n in compiled.positiontup]
        self.order = None if order == sorted(order) else order  # usually the columns' own order
        processors = {n: table.c[n].type._cached_bind_processor(dialect) for n in names}
        self.processed = {position[n]: (p, {}) for n, p in processors.items() if p is not None and n in given}
        self.tail = tuple(processors[n](v) if processors[n] else v for n, v in defaults.items())

    def __call__(self, rows: Iterable[tuple]) -> None:
        order, processed, tail = self.order, self.processed.items(), self.tail
        out = []
        for row in rows:
            values = list(row)
            for i, (processor, seen) in processed:
                value = values[i]
                if value is not None:
                    done = seen.get(value)
                    if done is None:
                        done = seen[value] = processor(value)
                    values[i] = done
            values.extend(tail)
            out.append(tuple(values) if order is None else tuple(values[i] for i in order))
        if out:
            self.conn.exec_driver_sql(self.sql, out)
