"""The subject-access PDF: everything the office holds about one person, readable, section by
section (the JSON export is the portable copy of the same)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop_app.reporting.plural import plural
from desktop_app.reporting.styles import document, para, pdf_styles, ruled


@dataclass(frozen=True)
class AccessSection:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    noun: tuple[str, str]  # one, many: "interaction", "interactions"
    widths: tuple[float | None, ...] = ()  # in mm; None takes the rest


@dataclass(frozen=True)
class SubjectAccessDocument:
    name: str
    produced: str  # office time, as people read it
    details: tuple[tuple[str, str], ...]  # (label, value), the contact's record
    sections: tuple[AccessSection, ...]


def _section(section: AccessSection) -> list[object]:
    st = pdf_styles()
    count = plural(len(section.rows), *section.noun)
    story: list[object] = [para(f"{section.title} ({count})", st.h2)]
    if not section.rows:
        return [*story, para("None recorded.", st.body)]
    rows = [[para(h, st.small) for h in section.headers]]
    rows += [[para(v, st.small) for v in row] for row in section.rows]
    widths = [w * mm if w else None for w in section.widths] or None
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(ruled())
    return [*story, table]


def build_subject_access_pdf(
    data: SubjectAccessDocument, office_name: str, out: Path, paper: str = "A4"
) -> Path:
    """Write the subject-access document to out and return it."""
    st = pdf_styles()
    doc = document(out, paper, f"What {office_name} holds about {data.name}", office_name)
    story: list[object] = [
        para(office_name, st.small),
        para(f"Personal data held about {data.name}", st.h1),
        para(
            f"Produced {data.produced} in answer to a subject-access request. A copy in a "
            "machine-readable form (JSON) accompanies it.",
            st.body,
        ),
        para("Record", st.h2),
    ]
    details = Table(
        [[para(k, st.small), para(v or "—", st.small)] for k, v in data.details],
        colWidths=[40 * mm, None],
    )
    details.setStyle(ruled(header=False))
    story.append(details)
    for section in data.sections:
        story += _section(section)
    story += [Spacer(1, 5 * mm), para("Printed from Beacon.", st.small)]
    doc.build(story)
    return out
