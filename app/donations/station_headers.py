"""The blood station's headers the clerk mapped once (血液品种 → 献血类型), remembered for its next
export: read as extra synonyms of the station's columns, written when an import is committed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Database
from app.donations.station_rows import FIELD_LABELS, STATION_FIELDS
from app.errors import KnownError
from app.i18n import translate
from app.tabular import FieldSpec, normalize_header
from db.models import ImportMapping

MAPPING_KIND = "donations"


def station_fields(db: Database, header_map: dict[str, str] | None) -> tuple[FieldSpec, ...]:
    """The station fields with the headers the clerk mapped before (import_mapping) as synonyms."""
    extra: dict[str, list[str]] = {}
    with db.session() as s:
        for header, key in s.execute(
            select(ImportMapping.header, ImportMapping.field).where(ImportMapping.kind == MAPPING_KIND)
        ):
            extra.setdefault(key, []).append(header)
    for header, key in (header_map or {}).items():
        extra.setdefault(key, []).insert(0, header)
    if not extra:
        return STATION_FIELDS
    return tuple(
        FieldSpec(f.key, f.label, (*extra.get(f.key, ()), *f.synonyms), f.kind, f.required)
        for f in STATION_FIELDS
    )


def remember_headers(session: Session, headers: dict[str, str]) -> None:
    """Headers found in the file that are not built-in names are remembered for the next file."""
    builtin = {f.key: {normalize_header(n) for n in f.names()} for f in STATION_FIELDS}
    known = {
        h: k
        for h, k in session.execute(
            select(ImportMapping.header, ImportMapping.field).where(ImportMapping.kind == MAPPING_KIND)
        )
    }
    for key, header in headers.items():
        if not header or normalize_header(header) in builtin.get(key, set()):
            continue
        if known.get(header) == key:
            continue
        if header in known:
            session.execute(
                ImportMapping.__table__.update()
                .where(ImportMapping.kind == MAPPING_KIND, ImportMapping.header == header)
                .values(field=key)
            )
        else:
            session.add(ImportMapping(kind=MAPPING_KIND, header=header, field=key))


def remember_header(db: Database, header: str, key: str) -> None:
    """Remember that *header* means field *key* in the station's exports (the GUI's column mapping)."""
    if key not in FIELD_LABELS:
        raise KnownError(translate("station_import", "未知的列“{key}”").format(key=key))
    with db.session() as s:
        existing = s.scalar(
            select(ImportMapping).where(ImportMapping.kind == MAPPING_KIND, ImportMapping.header == header)
        )
        if existing is None:
            s.add(ImportMapping(kind=MAPPING_KIND, header=header, field=key))
        else:
            existing.field = key
