"""The contact card: details with messages at the field, the timeline with its filter, an
interaction logged from the keyboard, the history PDF a click away; a place's history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.interactions import InteractionService
from desktop_app.services.reports import PersonInput, ReportInput, ReportService
from models.org import Location
from tests.services.test_history import _a_busy_place, _a_contact_known_everywhere
from ui.contacts.card import ContactCard
from ui.contacts.history_pdf import HistoryPdfDialog
from ui.contacts.interaction_dialog import InteractionDialog
from ui.tasks import TaskRunner
from ui.widgets.place_history import PlaceHistoryDialog, PlaceHistoryView
from ui.widgets.report_detail import ReportDetailPane


def _card(qtbot, session, contact_id: int, runner: TaskRunner | None = None) -> ContactCard:
    card = ContactCard(session, runner or TaskRunner(), contact_id)
    qtbot.addWidget(card)
    card.resize(1200, 760)
    with qtbot.waitSignal(card.loaded, timeout=20000):
        card.show()
    return card


def _kinds(card: ContactCard) -> list[str]:
    return [item.kind for item in card.timeline.model.items]


def test_the_card_shows_the_whole_timeline_and_filters_it_by_kind(qtbot, office):
    _a_contact_known_everywhere(office)
    card = _card(qtbot, office.officer, office.reporter_id)
    assert "Zoë Adeyemi" in card.title.text()
    assert card.details.phone.text() == "0161 496 0123"
    assert _kinds(card) == ["interaction", "patrol", "event", "report", "report", "problem"]
    with qtbot.waitSignal(card.loaded, timeout=20000):
        card.timeline.kind.setCurrentIndex(card.timeline.kind.findData("report"))
    assert _kinds(card) == ["report", "report"]


def test_the_front_desks_card_says_it_shows_only_its_own(qtbot, office):
    _a_contact_known_everywhere(office)
    card = _card(qtbot, office.desk, office.reporter_id)
    assert set(_kinds(card)) == {"interaction", "report"}
    assert "Only the reports you took" in card.timeline.note.text()
    assert card.details.name.isReadOnly() and not card.save_button.isVisible()


def test_timeline_lines_open_their_records(qtbot, office):
    _a_contact_known_everywhere(office)
    card = _card(qtbot, office.officer, office.reporter_id)
    rows = {item.kind: row for row, item in enumerate(card.timeline.model.items)}
    for kind, signal in (("event", card.open_event), ("problem", card.open_problem)):
        index = card.timeline.model.index(rows[kind], 0)
        with qtbot.waitSignal(signal) as opened:
            card.timeline.table.doubleClicked.emit(index)
        assert opened.args == [card.timeline.model.items[rows[kind]].record_id]


def test_bad_input_is_shown_at_the_field_and_what_was_typed_stays(qtbot, office):
    card = _card(qtbot, office.officer, office.reporter_id)
    card.details.email.clear()
    qtbot.keyClicks(card.details.email, "zoe at example")
    card.details.zone.clear()
    qtbot.keyClicks(card.details.zone, "Atlantis")
    card.save_button.click()
    error = card.details.errors.labels["email"]
    qtbot.waitUntil(error.isVisible, timeout=20000)
    assert error.text() == "Email should look like name@example.org"
    assert card.details.errors.message("zone") == "There is no zone called 'Atlantis'"
    assert card.details.email.text() == "zoe at example"  # nothing lost
    assert ContactCardService(office.officer).card(office.reporter_id).details.email == ""
    # the card then reads the stored values back (a clash would have changed them): let it land
    qtbot.waitUntil(lambda: not card.runner.busy, timeout=20000)
    card.details.email.clear()
    qtbot.keyClicks(card.details.email, "zoe@example.org")
    card.details.zone.setText("North")
    with qtbot.waitSignal(card.loaded, timeout=20000):
        card.save_button.click()
    saved = ContactCardService(office.officer).card(office.reporter_id)
    assert (saved.details.email, saved.zone_name) == ("zoe@example.org", "North")


def test_an_interaction_logged_from_the_keyboard_shows_in_the_timeline_and_follow_ups(
    qtbot, office, monkeypatch
):
    runner = TaskRunner()
    card = _card(qtbot, office.officer, office.reporter_id, runner)
    dialogs: list[InteractionDialog] = []

    def fake_exec(dialog: InteractionDialog) -> int:  # what the user types into the dialog
        dialogs.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.purpose, "Lighting at the rack")
        qtbot.keyClicks(dialog.summary, "Lights fixed; she will report any trouble.")
        dialog.has_follow_up.setChecked(True)
        dialog.follow_up.setDate(dialog.follow_up.date().addDays(-7))  # today
        qtbot.keyPress(dialog.purpose, Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=20000)
        return 1

    monkeypatch.setattr(InteractionDialog, "exec", fake_exec)
    card.details.name.setFocus()
    with qtbot.waitSignal(card.loaded, timeout=20000):
        qtbot.keyPress(card.details.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dialogs
    [line] = card.timeline.model.items
    assert (line.kind, line.title) == ("interaction", "In person: Lighting at the rack")
    [due] = InteractionService(office.officer).follow_ups_due()
    assert due.contact_names == ("Zoë Adeyemi",)


def test_the_history_pdf_is_one_click_from_the_card(qtbot, office):
    card = _card(qtbot, office.officer, office.reporter_id)
    card.pdf_button.click()
    qtbot.waitUntil(lambda: bool(card.findChildren(HistoryPdfDialog)), timeout=30000)
    [dialog] = card.findChildren(HistoryPdfDialog)
    assert dialog.preview.document.pageCount() >= 1
    path = dialog.path
    assert path.exists()
    dialog.accept()
    assert not path.exists()  # the person's details go with the window


def test_a_places_history_lists_what_happened_there(qtbot, office):
    market = _a_busy_place(office)
    view = PlaceHistoryView(office.officer, TaskRunner(), market)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()
    assert "Market Square" in view.title.text()
    assert [i.kind for i in view.timeline.model.items] == ["patrol", "event", "report", "problem"]


def test_a_reports_location_in_its_detail_opens_the_place_history(qtbot, office):
    detail = ReportService(office.officer).create(
        ReportInput(
            occurred_at=datetime(2026, 3, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Stall cover cut overnight.",
            people=(PersonInput("witness", office.reporter_id),),
            anonymous=True,
        )
    )
    pane = ReportDetailPane(office.officer, TaskRunner())
    qtbot.addWidget(pane)
    pane.show_detail(detail)
    market = Location.get(Location.name == "Market Square").id
    assert f'href="place:{market}"' in pane.facts.text()
    pane.facts.linkActivated.emit(f"place:{market}")
    [dialog] = pane.findChildren(PlaceHistoryDialog)
    qtbot.waitUntil(lambda: bool(dialog.view.timeline.model.items), timeout=20000)
    assert dialog.view.timeline.model.items[0].kind == "report"
    dialog.close()
    QApplication.processEvents()
