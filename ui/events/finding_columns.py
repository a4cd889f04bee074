"""The columns of walk findings: one walk's (the findings panel) or every walk's open ones."""

from __future__ import annotations

from desktop_app.services.clock import now_local
from desktop_app.services.walk_findings import Finding
from desktop_app.vocabulary import FINDING_STATUS_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column


def _days_open(f: Finding) -> str:
    return str(max(0, (now_local().date() - f.walk_at.date()).days))


def _state(f: Finding) -> str:
    text = vocabulary(label(FINDING_STATUS_LABELS, f.status))
    if f.status == "fixed" and f.fixed_at:
        return f"✔ {text} {f.fixed_at.strftime('%d %b %Y')}"
    return f"⚠ {text}" if f.status == "needs_fixing" else text  # a mark as well as the word


FINDING_COLUMNS: list[Column[Finding]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Site"), lambda f: f.site),
    Column(QT_TRANSLATE_NOOP("columns", "Item"), lambda f: f.item),
    Column(QT_TRANSLATE_NOOP("columns", "State"), _state),
    Column(QT_TRANSLATE_NOOP("columns", "Recommendation"), lambda f: f.recommendation),
    Column(QT_TRANSLATE_NOOP("columns", "Business contacted"), lambda f: f.business_name),
]

OPEN_FINDING_COLUMNS: list[Column[Finding]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Walk"), lambda f: f.walk_at.strftime("%d %b %Y")),
    Column(QT_TRANSLATE_NOOP("columns", "Days open"), _days_open, align_right=True),
    *FINDING_COLUMNS[:2],
    *FINDING_COLUMNS[3:],
    Column(QT_TRANSLATE_NOOP("columns", "Walk title"), lambda f: f.walk_title),
]
