"""A problem's one-page SARA summary as a PDF: the card turned into the reporting layer's own
input (it knows nothing of services), reportlab loaded with the first one printed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.services import audit
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.printing import print_recorded
from desktop_app.services.problems.queries import ProblemQueries
from desktop_app.services.problems.types import BANDS, ProblemCard
from desktop_app.services.session import Session
from desktop_app.vocabulary import PROBLEM_RESULT_LABELS, PROBLEM_STAGE_LABELS, label

if TYPE_CHECKING:
    from desktop_app.reporting.problem_pdf import ProblemDocument


# What an assessment that cannot be computed yet lacks (ProblemCard.assessment_needs).
NEEDS = {
    "response": "the response to begin (or a manager to set its periods)",
    "location": "the problem's location, to know where to count",
    "reports": "a linked report that is not void, to know what to count",
}


def not_assessed(needs: tuple[str, ...]) -> str:
    """`Not assessed yet: it needs the problem's location, to know where to count.`"""
    said = [NEEDS[n] for n in needs if n in NEEDS]
    if not said:
        return "Not assessed yet."
    listed = said[0] if len(said) == 1 else "; ".join(said[:-1]) + "; and " + said[-1]
    return f"Not assessed yet: it needs {listed}."


def problem_document(card: ProblemCard) -> ProblemDocument:
    from desktop_app.reporting.problem_pdf import AssessmentFigures, ProblemDocument  # reportlab

    a = card.assessment
    figures = None
    if a is not None:
        figures = AssessmentFigures(
            a.baseline_from,
            a.baseline_to,
            a.after_from,
            a.after_to,
            a.baseline,
            a.after,
            a.neighbours_baseline,
            a.neighbours_after,
            a.complete,
            label(PROBLEM_RESULT_LABELS, a.result) if a.result else "",
        )
    closing = ""
    if card.row.stage == "closed":
        closing = f"Closed {card.closed_on:%d %b %Y} as {label(PROBLEM_RESULT_LABELS, card.result)}"
        closing += f": {card.closing_note}" if card.closing_note else "."
    return ProblemDocument(
        title=card.row.title,
        place=card.row.location,
        zone=card.row.zone,
        stage=label(PROBLEM_STAGE_LABELS, card.row.stage),
        coordinator=card.row.coordinator,
        identified_on=card.row.identified_on,
        description=card.description,
        partners=tuple(
            f"{p.name} ({p.organisation})"
            if p.organisation and p.organisation != p.name
            else p.name
            for p in card.partners
        ),
        analysis_notes=card.analysis_notes,
        by_category=card.analysis.by_category,
        bands=tuple(f"{start:02d}–{end:02d}" for start, end in BANDS),
        grid=tuple(
            tuple(card.analysis.cell(day, band) for band in range(len(BANDS))) for day in range(7)
        ),
        response_plan=card.response_plan,
        actions=tuple((a.on, a.by, a.action, a.partner) for a in card.actions),
        assessment=figures,
        closing=closing,
        not_assessed=not_assessed(card.assessment_needs),
    )


def save_problem_pdf(session: Session, problem_id: int, out: Path) -> Path:
    """Write the problem's summary to out. Its printing is recorded (it names partners), once
    the file is built: a build that fails is not recorded as printed."""
    from desktop_app.reporting.problem_pdf import build_problem_pdf  # reportlab: see above

    card = ProblemQueries(session).card(problem_id)
    settings = load_office_settings()
    document = problem_document(card)
    return print_recorded(
        out,
        lambda path: build_problem_pdf(document, settings.office_name, path, settings.paper_size),
        lambda: audit.record(
            session, "print", "problem", problem_id, None, {"document": "summary"}
        ),
    )
