"""The report PDF's corrections: the facts as first recorded, then every supplement in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from desktop_app.reporting.plural import plural
from desktop_app.reporting.styles import PdfStyles, para, ruled
from desktop_app.vocabulary import REPORT_FACT_LABELS, label

LONG_FIELDS = frozenset({"account"})  # printed as paragraphs, not in a table cell


@dataclass(frozen=True)
class SupplementLine:
    """One supplement as printed; changes are (field, before, after), values as people read
    them (names, office time, labels)."""

    number: int
    written_by: str
    written_at: datetime  # office time
    reason: str
    changes: tuple[tuple[str, str, str], ...]


def _h3(st: PdfStyles) -> ParagraphStyle:
    return ParagraphStyle(
        "h3", parent=st.body, fontName=st.bold, spaceBefore=6, spaceAfter=2, keepWithNext=1
    )


def corrected_note(st: PdfStyles, supplements: tuple[SupplementLine, ...]) -> list[Flowable]:
    """A line under the facts saying they are the corrected ones, when they are."""
    if not supplements:
        return []
    return [
        para(
            f"Corrected by {plural(len(supplements), 'supplement')}: the facts here are the "
            "current ones; "
            "the original report and every correction are printed under “Corrections”.",
            st.small,
        )
    ]


def _facts_table(st: PdfStyles, rows: list[list[Flowable]], widths: list[float | None]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(ruled())
    return table


def _long_values(st: PdfStyles, field: str, values: list[tuple[str, str]]) -> list[Flowable]:
    name = label(REPORT_FACT_LABELS, field)
    out: list[Flowable] = []
    for heading, text in values:
        out += [para(f"{name} — {heading}:", st.small), para(text, st.body)]
    return out


def _original(st: PdfStyles, original: tuple[tuple[str, str], ...]) -> list[Flowable]:
    small = st.small
    short = [(f, v) for f, v in original if f not in LONG_FIELDS]
    story: list[Flowable] = [
        para("Original report", _h3(st)),
        para("The facts later corrected, as they were first recorded:", small),
    ]
    if short:
        rows = [[para("Fact", small), para("As first recorded", small)]] + [
            [para(label(REPORT_FACT_LABELS, f), small), para(v, st.body)] for f, v in short
        ]
        story.append(_facts_table(st, rows, [35 * mm, None]))
    for field, value in original:
        if field in LONG_FIELDS:
            story += _long_values(st, field, [("as first recorded", value)])
    return story


def _supplement(st: PdfStyles, s: SupplementLine) -> list[Flowable]:
    small = st.small
    heading = f"Supplement {s.number} — by {s.written_by}, {s.written_at:%d %b %Y %H:%M}"
    story: list[Flowable] = [
        para(heading, _h3(st)),
        para(f"Reason: {s.reason}", st.body),
    ]
    short = [c for c in s.changes if c[0] not in LONG_FIELDS]
    if short:
        rows = [[para("Fact", small), para("Before → after", small)]] + [
            [
                para(label(REPORT_FACT_LABELS, f), small),
                para(f"{before} → {after}", st.body),
            ]
            for f, before, after in short
        ]
        story.append(KeepTogether([_facts_table(st, rows, [35 * mm, None])]))
    for field, before, after in s.changes:
        if field in LONG_FIELDS:
            story += _long_values(st, field, [("before", before), ("after", after)])
    return story


def supplements_section(
    st: PdfStyles,
    original: tuple[tuple[str, str], ...],
    supplements: tuple[SupplementLine, ...],
) -> list[Flowable]:
    """'Corrections': the original facts, then each supplement with its reason and changes."""
    if not supplements:
        return []
    story: list[Flowable] = [para("Corrections", st.h2)]
    story += _original(st, original)
    for supplement in supplements:
        story += _supplement(st, supplement)
    return story
