"""The merge dialog and the duplicates list: choosing a field, merging, marking a pair apart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from desktop_app.services.contact_links import link_counts
from desktop_app.services.contact_merge import merge_contacts
from desktop_app.services.contacts import ContactService
from models.contacts import Contact
from tests.services.contact_records import link_everything, shared_records
from ui.contacts.duplicates_view import DuplicatesTableModel, DuplicatesView
from ui.contacts.merge_dialog import MergeContactsDialog
from ui.tasks import TaskRunner


def _pair(office) -> tuple[int, int]:
    contacts = ContactService(office.manager)
    kept = contacts.create("Anna Nowak", "0161 496 0431", notes="Keys with neighbour")
    other = contacts.create("Anna Nowak", "", "anna@example.org", notes="Has a dog")
    shared = shared_records()
    link_everything(Contact.get_by_id(kept.id), shared)
    link_everything(Contact.get_by_id(other.id), shared, role="business owner")
    return kept.id, other.id


def _dialog(qtbot, office, keep: int, other: int) -> MergeContactsDialog:
    dialog = MergeContactsDialog(office.manager, keep, other, runner=TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_shown(qtbot, dialog)
    return dialog


def _wait_shown(qtbot, dialog: MergeContactsDialog) -> None:
    """Both contacts read and their choices on screen (a layout shows new buttons a moment
    after they are added)."""
    qtbot.waitUntil(
        lambda: (
            dialog.ok.isEnabled()
            and all(b.isVisible() for b in dialog.fields.findChildren(QRadioButton))
        )
    )


def _radio(dialog, name: str) -> QRadioButton:
    found = dialog.findChild(QRadioButton, name)
    assert found is not None, name
    return found


def test_choosing_a_field_and_merging_moves_everything(qtbot, office):
    keep, other = _pair(office)
    dialog = _dialog(qtbot, office, keep, other)
    # Defaults: the side with a value; where both have one, the one changed last.
    assert _radio(dialog, "mergeChoice_email_other").isChecked()
    assert _radio(dialog, "mergeChoice_phone_kept").isChecked()
    assert _radio(dialog, "mergeChoice_notes_other").isChecked()
    assert _radio(dialog, "mergeChoice_name_kept").text() == "Anna Nowak"
    counts = dialog.findChild(QLabel, "mergeLinkCounts").text()
    assert f"Moves to id {keep}:" in counts and "Reports made: 1" in counts
    both = _radio(dialog, "mergeChoice_notes_both")
    # On its round indicator: a click on the empty part of a wide cell misses the button.
    qtbot.mouseClick(both, Qt.MouseButton.LeftButton, pos=QPoint(6, both.height() // 2))
    assert both.isChecked() and not _radio(dialog, "mergeChoice_notes_other").isChecked()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    row = Contact.get_by_id(keep)
    assert (row.phone, row.email) == ("0161 496 0431", "anna@example.org")
    assert row.notes == "Keys with neighbour\n\nHas a dog"
    assert Contact.get_by_id(other).merged_into_id == keep
    assert link_counts(other) == {}


def test_keep_the_other_one_swaps_the_sides(qtbot, office):
    keep, other = _pair(office)
    dialog = _dialog(qtbot, office, keep, other)
    qtbot.mouseClick(dialog.findChild(QPushButton, "mergeSwapButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.keep_id == other and dialog.preview.kept.id == other)
    _wait_shown(qtbot, dialog)
    assert _radio(dialog, "mergeChoice_email_kept").text() == "anna@example.org"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    assert Contact.get_by_id(keep).merged_into_id == other


def test_a_refused_merge_is_said_in_the_dialog(qtbot, office):
    keep, other = _pair(office)
    dialog = _dialog(qtbot, office, keep, other)
    merge_contacts(office.manager, keep, other)  # someone else merged them meanwhile
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "mergeError")
    qtbot.waitUntil(error.isVisible)
    assert "merged into contact" in error.text()
    assert dialog.isVisible()


def test_the_duplicates_list_shows_why_and_forgets_a_pair_marked_apart(
    qtbot, office, qtmodeltester
):
    contacts = ContactService(office.manager)
    contacts.create("Tom Baker", "0161 496 0431")
    contacts.create("Tom Baker", "+44 161 496 0431")
    contacts.create("Ada Byron", email="ada@example.org")
    contacts.create("Ada King", email="ADA@example.org")
    view = DuplicatesView(office.manager, runner=TaskRunner())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtmodeltester.check(view.model)
    rows = [[view.model.index(r, c).data() for c in range(3)] for r in range(view.model.rowCount())]
    assert rows[0][2] == "same phone, similar names (100)"
    assert rows[1][2] == "same email"
    assert view.status.text() == "2 possible duplicates, the most likely first."
    assert not view.merge_button.isEnabled()
    view.table.selectRow(1)
    qtbot.mouseClick(view.apart_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled())


def test_merge_opens_the_dialog_for_the_selected_pair(qtbot, office):
    keep, other = _pair(office)
    view = DuplicatesView(office.manager, runner=TaskRunner())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    opened = []

    def merge(keep_id, other_id, parent):
        opened.append((keep_id, other_id))
        dialog = _dialog(qtbot, office, keep_id, other_id)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_value is not None)
        return dialog.result_value

    view.open_merge = merge
    view.table.selectRow(0)
    with qtbot.waitSignal(view.merged):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert opened == [(keep, other)]
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and view.refresh_button.isEnabled())
    assert view.status.text() == "No possible duplicates."


def test_an_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(DuplicatesTableModel())
