"""A problem's one-page SARA summary, for a partner or a council meeting: the problem, the
analysis (reports by category, by weekday and time of day, and a chart), the response and its
actions, the assessment's figures. Black-and-white safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Table

from desktop_app.reporting.styles import PdfStyles, cell_font, document, para, pdf_styles, ruled

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_ACTIONS = 8  # the latest; one page
# One page: each free text is cut to this many characters (the full text stays in Beacon), and
# whatever is still too tall is shrunk to fit rather than spilling onto a second page.
CLIP = {"text": 900, "action": 240, "partners": 400}


def _clip(text: str, kind: str = "text") -> str:
    limit = CLIP[kind]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class AssessmentFigures:
    baseline_from: date
    baseline_to: date
    after_from: date
    after_to: date
    baseline: int
    after: int
    neighbours_baseline: int
    neighbours_after: int
    complete: bool
    result: str  # a label ("Reduced"), or "" before the after period ends


@dataclass(frozen=True)
class ProblemDocument:
    title: str
    place: str
    zone: str
    stage: str  # a label
    coordinator: str
    identified_on: date
    description: str
    partners: tuple[str, ...]  # "Name (organisation)"
    analysis_notes: str
    by_category: tuple[tuple[str, int], ...]
    bands: tuple[str, ...]  # the time-of-day bands' labels
    grid: tuple[tuple[int, ...], ...]  # 7 weekdays x bands
    response_plan: str
    actions: tuple[tuple[date, str, str, str], ...]  # on, by, what, partner; oldest first
    assessment: AssessmentFigures | None
    closing: str  # the result and note it was closed with, or ""
    not_assessed: str = "Not assessed yet."  # what is said when assessment is None


def _weekday_chart(st: PdfStyles, grid: tuple[tuple[int, ...], ...], width: float) -> Drawing:
    drawing = Drawing(width, 30 * mm)
    drawing.initialFontName, drawing.initialFontSize = st.regular, 7
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 8 * mm, 5 * mm, width - 12 * mm, 23 * mm
    chart.data = [[sum(row) for row in grid]]
    chart.categoryAxis.categoryNames = list(WEEKDAYS)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = st.regular, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(3, max(chart.data[0], default=0) + 1)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    chart.bars[0].fillColor = colors.HexColor("#555555")
    drawing.add(chart)
    return drawing


def _analysis(st: PdfStyles, doc: ProblemDocument, width: float) -> list[Flowable]:
    story: list[Flowable] = [para("Analysis", st.h2)]
    if doc.analysis_notes:
        story.append(para(_clip(doc.analysis_notes), st.body))
    total = sum(n for _, n in doc.by_category)
    if not total:
        return [*story, para("No reports are linked yet.", st.body)]
    categories = [[para("Category", st.small), para("Reports", st.small)]]
    categories += [[para(name, st.small), para(n, st.small)] for name, n in doc.by_category]
    kinds = Table(categories, colWidths=[48 * mm, 16 * mm])
    kinds.setStyle(ruled())
    header = [para("", st.small)] + [para(b, st.small) for b in doc.bands]
    rows = [header] + [
        [para(day, st.small)] + [para(n or "·", st.small) for n in counts]
        for day, counts in zip(WEEKDAYS, doc.grid, strict=True)
    ]
    grid = Table(rows, colWidths=[11 * mm] + [15 * mm] * len(doc.bands))
    grid.setStyle(ruled())
    side = Table([[kinds, grid]], colWidths=[68 * mm, None])
    side.setStyle([cell_font(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story += [
        para(f"{total} linked report{'s' if total != 1 else ''} (void ones left out).", st.body),
        side,
        para("Linked reports by day of the week", st.small),
        _weekday_chart(st, doc.grid, width),
    ]
    return story


def _response(st: PdfStyles, doc: ProblemDocument) -> list[Flowable]:
    story: list[Flowable] = [para("Response", st.h2)]
    story.append(para(_clip(doc.response_plan) or "No response plan yet.", st.body))
    if doc.actions:
        shown = doc.actions[-MAX_ACTIONS:]
        rows = [[para(h, st.small) for h in ("Date", "Who", "What was done", "Partner")]]
        rows += [
            [
                para(f"{on:%d %b %Y}", st.small),
                para(by, st.small),
                para(_clip(what, "action"), st.small),
                para(partner, st.small),
            ]
            for on, by, what, partner in shown
        ]
        table = Table(rows, colWidths=[25 * mm, 32 * mm, None, 38 * mm], repeatRows=1)
        table.setStyle(ruled())
        if len(doc.actions) > len(shown):
            story.append(para(f"The latest {len(shown)} of {len(doc.actions)} actions:", st.small))
        story.append(table)
    return story


def _assessment(st: PdfStyles, doc: ProblemDocument) -> list[Flowable]:
    story: list[Flowable] = [para("Assessment", st.h2)]
    a = doc.assessment
    if a is None:
        return [*story, para(doc.not_assessed, st.body)]
    rows = [[para(h, st.small) for h in ("", "Period", "Here", "Other places in the zone")]]
    rows.append(
        [
            para("Baseline", st.small),
            para(f"{a.baseline_from:%d %b %Y} – {a.baseline_to:%d %b %Y}", st.small),
            para(a.baseline, st.body),
            para(a.neighbours_baseline, st.body),
        ]
    )
    rows.append(
        [
            para("After", st.small),
            para(f"{a.after_from:%d %b %Y} – {a.after_to:%d %b %Y}", st.small),
            para(a.after, st.body),
            para(a.neighbours_after, st.body),
        ]
    )
    table = Table(rows, colWidths=[20 * mm, 55 * mm, 20 * mm, None])
    table.setStyle(ruled())
    change = a.after - a.baseline
    percent = f" ({round(100 * change / a.baseline):+d} %)" if a.baseline else ""
    said = f"Change here: {change:+d}{percent}."
    said += f" Result: {a.result}." if a.result else " The after period has not ended yet."
    story += [table, para(said, st.body)]
    if doc.closing:
        story.append(para(_clip(doc.closing), st.body))
    return story


def build_problem_pdf(doc: ProblemDocument, office_name: str, out: Path, paper: str = "A4") -> Path:
    st = pdf_styles()
    template = document(out, paper, f"Problem: {doc.title}", office_name, margin_mm=14)
    where = " · ".join(p for p in (doc.place, doc.zone) if p)
    story: list[Flowable] = [
        para(office_name, st.small),
        para(doc.title, st.h1),
        para(
            f"{where} · {doc.stage} · identified {doc.identified_on:%d %b %Y} · "
            f"coordinator {doc.coordinator or '—'}",
            st.body,
        ),
        para("Problem", st.h2),
        para(_clip(doc.description) or "—", st.body),
    ]
    if doc.partners:
        story.append(para(_clip("Partners: " + "; ".join(doc.partners), "partners"), st.body))
    story += _analysis(st, doc, template.width)
    story += _response(st, doc)
    story += _assessment(st, doc)
    template.build([KeepInFrame(0, 0, story, mode="shrink")])
    return out
