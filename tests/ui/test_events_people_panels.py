"""The event page's people panels: attendance with invitations, outcome with concern
follow-ups, a walk's findings and the open findings of every walk."""

from __future__ import annotations

import csv
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.event_attendance import AttendanceService
from desktop_app.services.interactions import InteractionService
from desktop_app.services.walk_findings import FindingInput, WalkFindingService
from tests.event_people import make_event, people
from ui.events.attendance_panel import AttendancePanel
from ui.events.attendee_columns import ATTENDEE_COLUMNS
from ui.events.findings_panel import FindingsPanel
from ui.events.invitations_dialog import InvitationsDialog
from ui.events.open_findings import OpenFindingsDialog
from ui.events.outcome_panel import OutcomePanel
from ui.events.rows_model import RowsModel
from ui.tasks import TaskRunner


def _panel(qtbot, cls, session, event_id: int):
    panel = cls(session, TaskRunner())
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.load(event_id)
    return panel


def test_the_panels_keep_the_contract():
    for cls in (AttendancePanel, OutcomePanel, FindingsPanel):
        assert isinstance(cls.title, str) and hasattr(cls, "changed") and hasattr(cls, "load")
    assert FindingsPanel.applies_to("safety_walk") and not FindingsPanel.applies_to(
        "safety_workshop"
    )


def test_the_people_table_model_passes_the_model_tester(qtmodeltester, office):
    event = make_event()
    AttendanceService(office.manager).register(event, [office.reporter_id])
    model = RowsModel(ATTENDEE_COLUMNS)
    model.set_rows(AttendanceService(office.manager).attendance(event).people)
    qtmodeltester.check(model)


def test_registering_a_contact_and_marking_no_shows_after_the_event(qtbot, office):
    event = make_event(starts=now_utc() - timedelta(hours=4), capacity=1)
    a, b = people(office.manager, "Ann Archer", "Ben Bright")
    AttendanceService(office.manager).register(event, [a])
    panel = _panel(qtbot, AttendancePanel, office.officer, event)
    panel.picker.set_contact(panel.picker.service.get(b))
    with qtbot.waitSignal(panel.changed, timeout=20000):
        panel.register_button.click()
    assert [p.name for p in panel.data.people] == ["Ann Archer", "Ben Bright"]
    assert panel.warning.isVisible() and "Over capacity by 1" in panel.warning.text()
    assert panel.no_show_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=20000):
        panel.no_show_button.click()
    assert {p.status for p in panel.data.people} == {"no_show"}
    assert not panel.no_show_button.isEnabled()


def test_the_invitations_dialog_counts_exports_and_registers_only_who_consented(
    qtbot, office, tmp_path, monkeypatch
):
    event = make_event()
    a, _no_consent = people(office.manager, "Ann Archer", "Ben Bright")
    cards = ContactCardService(office.manager)
    cards.give_consent(a, "signed form")
    cards.give_consent(office.reporter_id, "by phone")
    cards.withdraw_consent(office.reporter_id)
    dialog = InvitationsDialog(office.desk, TaskRunner(), event)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.counted, timeout=20000):
        dialog.show()
    assert dialog.count == 1 and "1 person" in dialog.count_label.text()
    with qtbot.waitSignal(dialog.counted, timeout=20000):
        dialog.set_ticked(dialog.kinds, {"business"})
    assert dialog.count == 0 and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.counted, timeout=20000):
        dialog.set_ticked(dialog.kinds, set())
    target = tmp_path / "invite.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "written" in dialog.message.text(), timeout=20000)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows] == ["name", "Ann Archer"]
    with qtbot.waitSignal(dialog.registered, timeout=20000):
        dialog.register_button.click()
    assert [p.contact_id for p in AttendanceService(office.desk).attendance(event).people] == [a]
    dialog.close()


def test_a_concern_is_added_and_followed_up_from_the_outcome_panel(qtbot, office):
    event = make_event()
    panel = _panel(qtbot, OutcomePanel, office.officer, event)
    qtbot.keyClicks(panel.new_concern, "Cars speeding by the school gate")
    with qtbot.waitSignal(panel.changed, timeout=20000):
        panel.add_button.click()
    assert panel.new_concern.toPlainText() == ""
    panel.concerns.setCurrentRow(0)
    assert panel.follow_button.isEnabled()
    panel.follow_button.click()
    dialog = panel.follow_up_dialog
    dialog.contact.set_contact(dialog.contact.service.get(office.reporter_id))
    today = now_local().date()
    dialog.due.setDate(today)
    with qtbot.waitSignal(panel.changed, timeout=20000):
        dialog.save_button.click()
    [concern] = panel.data.concerns
    assert concern.interaction_id is not None and concern.contact_name == "Zoë Adeyemi"
    assert "Followed up with Zoë Adeyemi" in panel.concerns.item(0).text()
    [due] = InteractionService(office.officer).follow_ups_due()
    assert due.interaction_id == concern.interaction_id


def test_findings_are_added_marked_fixed_and_listed_open_across_walks(qtbot, office):
    walk = make_event("safety_walk", title="Lighting walk")
    panel = _panel(qtbot, FindingsPanel, office.officer, walk)
    panel.add_button.click()
    dialog = panel.dialog
    dialog.site.setCurrentText("Market Square")
    qtbot.keyClicks(dialog.item, "Lamp out by the bus stop")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        dialog.save_button.click()
    [finding] = panel.model.rows
    assert (finding.site, finding.status, finding.location_id is not None) == (
        "Market Square",
        "needs_fixing",
        True,
    )
    older = make_event("safety_walk", title="Older walk", starts=now_utc() - timedelta(days=40))
    WalkFindingService(office.officer).add(older, FindingInput("Hedge", site="Footpath"))
    listing = OpenFindingsDialog(office.officer, TaskRunner())
    qtbot.addWidget(listing)
    with qtbot.waitSignal(listing.loaded, timeout=20000):
        listing.show()
    assert [f.item for f in listing.model.rows] == ["Hedge", "Lamp out by the bus stop"]
    with qtbot.waitSignal(listing.open_event, timeout=5000) as opened:
        listing.walk_button.click()
    assert opened.args == [older]
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.changed, timeout=20000):
        panel.fixed_button.click()
    qtbot.waitUntil(lambda: panel.model.rows and panel.model.rows[0].status == "fixed")
    assert panel.fixed_button.text().replace("&", "") in ("Mark fixed", "Reopen")
    with qtbot.waitSignal(listing.loaded, timeout=20000):
        listing.load()
    assert [f.item for f in listing.model.rows] == ["Hedge"]
    listing.close()


def test_enter_in_the_check_in_search_never_closes_it(qtbot, office):
    event = make_event()
    panel = _panel(qtbot, AttendancePanel, office.officer, event)
    panel.open_check_in()
    page = panel.check_in_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    qtbot.keyPress(page.search, Qt.Key.Key_Return)
    assert page.isVisible() and "No one registered" in page.message.text()
    page.close()
