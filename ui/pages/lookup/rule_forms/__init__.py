"""The rule editor's per-kind forms: each builds its own widgets, fills them from a rule set's
``params`` and writes them back (:class:`~ui.pages.lookup.rule_editor.RuleEditor` holds the rest)."""

from __future__ import annotations

from typing import Any


def form_for(kind: str) -> Any:
    """The form for *kind* (reimbursement, award, eligibility)."""
    if kind == "award":
        from ui.pages.lookup.rule_forms.award import AwardForm

        return AwardForm()
    if kind == "eligibility":
        from ui.pages.lookup.rule_forms.eligibility import EligibilityForm

        return EligibilityForm()
    from ui.pages.lookup.rule_forms.reimbursement import ReimbursementForm

    return ReimbursementForm()
