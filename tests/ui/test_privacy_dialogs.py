"""The privacy dialogs: export writes both files; anonymise waits for the typed name and then
lists the reports to review; the retention review lists quiet contacts."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contacts import ContactService
from desktop_app.services.privacy.access_pdf import save_subject_access
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.privacy.retention import retention_review
from desktop_app.services.reports import ReportInput, ReportService
from models.contacts import Contact
from models.database import db
from ui.contacts.privacy_dialogs import AnonymiseDialog, RetentionDialog, SubjectAccessDialog

SHOTS = Path(os.environ.get("BEACON_SHOTS", "/tmp/beacon-shots")) / "i12-privacy"


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_export_writes_the_json_and_the_pdf_beside_it(qtbot, office, tmp_path):
    cid = office.reporter_id
    dialog = SubjectAccessDialog(
        "Zoë Adeyemi",
        tmp_path / "zoe.json",
        lambda j, p: save_subject_access(office.manager, cid, j, p),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "subject-access-dialog")
    dialog.findChild(object, "subjectAccessExportButton").click()
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    assert (tmp_path / "zoe.json").exists() and (tmp_path / "zoe.pdf").exists()


def test_anonymise_needs_the_name_typed_and_then_lists_the_reports(qtbot, office):
    person = ContactService(office.desk).create("Quilliam Farthingdale", "07700 900813")
    ReportService(office.desk).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
            category="theft",
            location="Market Square",
            account="Mr Farthingdale saw it happen.",
            reporter_id=person.id,
        )
    )
    dialog = AnonymiseDialog(person.name, lambda: anonymise(office.manager, person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(object, "anonymiseConfirmButton")
    dialog.typed.setText("Quilliam")
    assert not button.isEnabled()
    dialog.typed.setText("quilliam  farthingdale")
    assert button.isEnabled()
    _shot(dialog, "anonymise-confirm")
    button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    assert dialog.to_review.isVisible() and dialog.to_review.count() == 1
    assert dialog.to_review.item(0).text().startswith("WR-")
    _shot(dialog, "anonymise-done")
    assert Contact.get_by_id(person.id).phone == ""


def test_the_retention_review_lists_the_quiet_contacts(qtbot, office):
    old = now_utc() - timedelta(days=365 * 8)
    for n in range(3):
        c = ContactService(office.desk).create(f"Quiet Neighbour {n}", f"0161 496 07{n}0")
        with db.atomic():
            Contact.update(created_at=old, updated_at=old).where(Contact.id == c.id).execute()
    dialog = RetentionDialog(6, lambda n: retention_review(office.manager, n))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert "3 contacts" in dialog.count.text()
    _shot(dialog, "retention-review")
    dialog.years.setValue(9)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
