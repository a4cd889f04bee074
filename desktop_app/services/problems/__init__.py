"""SARA problem solving: the board and a problem's card (queries), working a problem (commands),
its assessment computed from the reports (assessment), suggested problems (suggestions).
ProblemService joins the reads and writes one session may use; import everything from here."""

from __future__ import annotations

from desktop_app.services.problems.assessment import assess, count_reports, judge, periods
from desktop_app.services.problems.commands import ProblemCommands
from desktop_app.services.problems.queries import ProblemQueries, analyse, band_of
from desktop_app.services.problems.suggestions import Suggestion, set_aside, suggested_problems
from desktop_app.services.problems.types import (
    BANDS,
    STALE_DAYS,
    ActionRow,
    Analysis,
    Assessment,
    BoardFilter,
    LinkedReport,
    PartnerRow,
    ProblemCard,
    ProblemInput,
    ProblemRow,
)
from desktop_app.services.session import Session


class ProblemService(ProblemQueries, ProblemCommands):
    """One session's use of problem solving: reads (ProblemQueries) and writes
    (ProblemCommands)."""

    def __init__(self, session: Session) -> None:
        self.session = session


__all__ = [
    "BANDS",
    "STALE_DAYS",
    "ActionRow",
    "Analysis",
    "Assessment",
    "BoardFilter",
    "LinkedReport",
    "PartnerRow",
    "ProblemCard",
    "ProblemInput",
    "ProblemRow",
    "ProblemService",
    "Suggestion",
    "analyse",
    "assess",
    "band_of",
    "count_reports",
    "judge",
    "periods",
    "set_aside",
    "suggested_problems",
]
