"""An event's one-page flyer: what, when, where, what to bring, who to call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from desktop_app.reporting.styles import cell_font, document, para, pdf_styles
from desktop_app.vocabulary import EVENT_KIND_LABELS, label

# "What to bring" when the description does not say.
BRING_BY_KIND = {
    "neighbourhood_watch": "Your questions and anything you have noticed on your street.",
    "safety_workshop": "Comfortable clothes and a bottle of water.",
    "family_safety_night": "The whole family; children are welcome with an adult.",
    "school_programme": "Nothing: the school provides what is needed.",
    "community_event": "Your neighbours, and something to sit on.",
    "safety_walk": "A torch, sturdy shoes and a warm coat; the walk is after dark.",
}
BRING_PREFIXES = ("what to bring:", "bring:")
# What a one-page flyer has room for; the description may hold far more (4,000 characters).
ABOUT_LIMIT = (700, 10)  # characters, lines
BRING_LIMIT = (300, 4)


@dataclass(frozen=True)
class FlyerDocument:
    title: str
    kind: str  # a key of vocabulary.EVENT_KIND_LABELS
    starts_at: datetime  # office time
    ends_at: datetime
    venue: str
    address: str  # the location's address, when the venue is a known location
    description: str
    lead: str
    office_name: str
    office_phone: str
    cancelled: bool = False


def what_to_bring(kind: str, description: str) -> tuple[str, str]:
    """(what to bring, the description without that line): a line of the description starting
    "What to bring:" or "Bring:" says it; otherwise the kind's usual advice."""
    kept, said = [], ""
    for line in description.splitlines():
        lowered = line.strip().lower()
        prefix = next((p for p in BRING_PREFIXES if lowered.startswith(p)), None)
        if prefix and not said:
            said = line.strip()[len(prefix) :].strip()
        else:
            kept.append(line)
    return said or BRING_BY_KIND.get(kind, ""), "\n".join(kept).strip()


def clipped(text: str, limit: tuple[int, int]) -> str:
    """At most limit's characters and lines, cut at a word with an ellipsis."""
    chars, lines = limit
    kept = text.splitlines()
    cut = "\n".join(kept[:lines])
    if len(cut) > chars:
        cut = cut[:chars].rsplit(None, 1)[0] if " " in cut[:chars] else cut[:chars]
    return cut if cut == text else cut.rstrip(" ,;.") + "…"


def _when(flyer: FlyerDocument) -> str:
    start, end = flyer.starts_at, flyer.ends_at
    day = f"{start:%A} {start.day} {start:%B %Y}"
    if end.date() == start.date():
        return f"{day}, {start:%H:%M} to {end:%H:%M}"
    return f"{day}, {start:%H:%M} to {end:%A} {end.day} {end:%B}, {end:%H:%M}"


def _where(flyer: FlyerDocument) -> str:
    """The venue, then the address unless it already says the venue."""
    venue, address = flyer.venue.strip(), flyer.address.strip()
    if venue and address.lower().startswith(venue.lower()):
        return address
    return "\n".join(p for p in (venue, address) if p) or "To be announced"


def _call(flyer: FlyerDocument) -> str:
    phone = flyer.office_phone.replace(" ", "\u00a0")  # a number is never broken across lines
    call = flyer.office_name + (f"\n{phone}" if phone else "")
    if flyer.lead:
        call += f"\nAsk for {flyer.lead}, who leads the event."
    return call


def build_flyer_pdf(flyer: FlyerDocument, out: Path, paper: str = "A4") -> Path:
    """Write the flyer to out and return it."""
    st = pdf_styles()
    doc = document(out, paper, flyer.title, flyer.office_name, margin_mm=20)
    big = ParagraphStyle("flyer-title", parent=st.h1, fontSize=30, leading=36, spaceAfter=4)
    lead_in = ParagraphStyle("flyer-kind", parent=st.body, fontSize=13, leading=17)
    label_style = ParagraphStyle("flyer-label", parent=st.h2, fontSize=13, leading=17)
    text = ParagraphStyle("flyer-text", parent=st.body, fontSize=13, leading=18)
    bring, about = what_to_bring(flyer.kind, flyer.description)
    bring, about = clipped(bring, BRING_LIMIT), clipped(about, ABOUT_LIMIT)
    story = [para(flyer.office_name, st.small), Spacer(1, 8 * mm)]
    kind = label(EVENT_KIND_LABELS, flyer.kind)
    if kind.lower() != flyer.title.lower():
        story.append(para(kind, lead_in))
    story.append(para(flyer.title, big))
    if flyer.cancelled:
        story.append(para("CANCELLED", big))
    if about:
        story.append(para(about, text))
    story.append(Spacer(1, 8 * mm))
    rows = [
        [para(name, label_style), para(value, text)]
        for name, value in (
            ("When", _when(flyer)),
            ("Where", _where(flyer)),
            ("What to bring", bring or "Nothing but yourself."),
            ("Who to call", _call(flyer)),
        )
    ]
    table = Table(rows, colWidths=[45 * mm, None])
    table.setStyle(
        TableStyle(
            [
                cell_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story.append(table)
    story += [Spacer(1, 12 * mm), para("Free, and open to everyone. All welcome.", lead_in)]
    # A title and venue at their longest could still overflow: shrink to the page, never two.
    doc.build([KeepInFrame(0, 0, story, mode="shrink")])
    return out
