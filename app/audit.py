"""Audit trail: every service that writes leaves a line saying what it did."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from db.models import AuditLog


def record(session: Session, action: str, entity: str, entity_id: int | None = None, **detail: Any) -> None:
    """Add an audit line inside the caller's transaction, so it commits or rolls back with the change."""
    session.add(
        AuditLog(
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
        )
    )
