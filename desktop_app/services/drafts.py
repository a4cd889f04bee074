"""Autosaved drafts of unsaved forms, one per user and form, offered back after a crash."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.services.clock import now_utc, to_local
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.database import db
from models.reports import ReportDraft

MAX_DRAFT_BYTES = 400_000


@dataclass(frozen=True)
class Draft:
    form: str
    data: dict[str, Any]
    saved_at: datetime  # office time


class DraftService:
    """Drafts are the user's own scratch pad: not audited, never shown to anyone else."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, form: str, data: dict[str, Any]) -> None:
        require(self.session, "draft.own")
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
            text = json.dumps({"_too_large": True}, sort_keys=True)
        with db.atomic():
            ReportDraft.insert(
                user=self.session.user_id, form=form, data=text, updated_at=now_utc()
            ).on_conflict(
                conflict_target=[ReportDraft.user, ReportDraft.form],
                update={ReportDraft.data: text, ReportDraft.updated_at: now_utc()},
            ).execute()

    def load(self, form: str) -> Draft | None:
        require(self.session, "draft.own")
        row = ReportDraft.get_or_none(
            (ReportDraft.user == self.session.user_id) & (ReportDraft.form == form)
        )
        if row is None:
            return None
        try:
            data = json.loads(row.data)
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("_too_large"):
            return None
        return Draft(form, data, to_local(row.updated_at))

    def discard(self, form: str) -> None:
        require(self.session, "draft.own")
        with db.atomic():
            ReportDraft.delete().where(
                (ReportDraft.user == self.session.user_id) & (ReportDraft.form == form)
            ).execute()
