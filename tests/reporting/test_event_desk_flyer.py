"""An event's flyer: one page saying what, when (office time), where, what to bring and who to
call (the office's phone and the lead officer), in the shipped fonts."""

from __future__ import annotations

from datetime import datetime

from pypdf import PdfReader

from desktop_app.reporting.flyer_pdf import BRING_BY_KIND, what_to_bring
from desktop_app.services.events import EventService
from desktop_app.services.settings import SettingsService
from models.events import Event
from models.org import Location
from tests.reporting.test_pdf_fonts_everywhere import fonts_of
from tests.services.test_event_desk_calendar import make_event


def _text(path) -> str:
    pages = PdfReader(str(path)).pages
    assert len(pages) == 1
    return " ".join(pages[0].extract_text().split())


def test_the_flyer_says_what_when_where_what_to_bring_and_who_to_call(office, tmp_path):
    SettingsService(office.manager).update(phone="0161 496 0000")
    square = Location.get(Location.name == "Market Square")
    Location.update(address="1 Market Street").where(Location.id == square.id).execute()
    event = make_event(
        datetime(2026, 10, 27, 19, 0),  # after the clocks went back: 19:00 GMT
        kind="safety_walk",
        title="Lighting walk round the square",
        venue="Market Square fountain",
        location=square.id,
        lead_officer=office.officer.user_id,
        description="A walk to find dark corners.\nWhat to bring: a torch and a phone.",
    )
    out = EventService(office.desk).save_flyer_pdf(event.id, tmp_path)
    text = _text(out)
    for said in (
        "Lighting walk round the square",
        "Lighting / safety walk",
        "Tuesday 27 October 2026, 19:00 to 21:00",
        "Market Square fountain",
        "1 Market Street",
        "a torch and a phone",
        "Riverside Office 0161 496 0000",  # the number on a line of its own
        "Asha Khan",
        "A walk to find dark corners.",
    ):
        assert said in text, (said, text)
    assert "What to bring: a torch" not in text  # the line moved to its own heading
    assert all("DejaVuSans" in name for name in fonts_of(out))


def test_what_to_bring_defaults_by_kind_and_a_cancelled_event_says_so(office, tmp_path):
    event = make_event(datetime(2026, 3, 3, 18, 30), kind="safety_walk", status="cancelled")
    text = _text(EventService(office.officer).save_flyer_pdf(event.id, tmp_path))
    assert "CANCELLED" in text and "A torch, sturdy shoes" in text
    assert what_to_bring("safety_workshop", "Bring: a friend") == ("a friend", "")
    assert what_to_bring("school_programme", "Talk")[0] == BRING_BY_KIND["school_programme"]
    assert Event.select().count() == 1


def test_the_longest_event_the_form_allows_still_makes_one_page(office, tmp_path):
    """A long "What to bring:" line crashed the build (reportlab's LayoutError: one table cell
    taller than the page); a long description ran to many pages."""
    longest = make_event(
        datetime(2026, 10, 27, 19, 0),
        title="Safety " * 22,  # 154 of the 160 characters a title may have
        venue="Hall " * 40,
        lead_officer=office.officer.user_id,
        description="What to bring: " + "a torch, " * 400,  # within the 4,000 allowed
    )
    text = _text(EventService(office.desk).save_flyer_pdf(longest.id, tmp_path))
    assert "What to bring" in text and "a torch" in text
    lines = make_event(datetime(2026, 10, 28, 19, 0), description="A line.\n" * 400)
    text = _text(EventService(office.desk).save_flyer_pdf(lines.id, tmp_path))
    assert "A line." in text and "Who to call" in text
