"""The new-contact dialog: a bad phone is said and what was typed stays; a good one is saved and
found again."""

from __future__ import annotations

from desktop_app.services.contacts import ContactService
from ui.contacts.new_contact_dialog import NewContactDialog
from ui.tasks import TaskRunner


def test_a_bad_phone_is_said_what_was_typed_stays_then_the_contact_is_saved(qtbot, office):
    runner = TaskRunner()
    dialog = NewContactDialog(office.desk, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["name"], "Nia Evans")
    qtbot.keyClicks(dialog.edits["phone"], "call me maybe")
    dialog.submit()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
    assert "phone" in dialog.message.text().lower()
    assert dialog.edits["name"].text() == "Nia Evans"
    assert dialog.result() == 0 and dialog.created is None
    dialog.edits["phone"].setText("0161 496 0555")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    found = ContactService(office.desk).search("nia evans")
    assert [c.name for c in found] == ["Nia Evans"] and found[0].phone == "0161 496 0555"
