"""Add or correct one finding of a safety walk: site, item, OK or needs fixing, the
recommendation and the business contacted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contacts import ContactMatch
from desktop_app.services.errors import ValidationError
from desktop_app.services.picklists import LocationRow
from desktop_app.services.session import Session
from desktop_app.services.walk_findings import (
    RECORDED_STATUSES,
    Finding,
    FindingInput,
    WalkFindingService,
)
from desktop_app.vocabulary import FINDING_STATUS_LABELS
from ui.forms import FieldErrors, save_cancel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.writes import submit_write


class FindingDialog(QDialog):
    """For a new finding of event_id, or to correct `finding`. After Accepted: .saved."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        event_id: int,
        places: Sequence[LocationRow],
        finding: Finding | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.setWindowTitle(self.tr("Correct finding") if finding else self.tr("Add finding"))
        self.service = WalkFindingService(session)
        self.runner, self.event_id, self.finding = runner, event_id, finding
        self.places = {p.name.casefold(): p.id for p in places}
        self.saved: Finding | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.site = QComboBox()
        self.site.setObjectName("findingSite")
        self.site.setAccessibleName(self.tr("Site"))
        self.site.setEditable(True)
        self.site.addItems([p.name for p in places])
        self.site.setCurrentText(finding.site if finding else "")
        typed = self.site.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("A place from the list, or type the site"))
        self.item = QLineEdit(finding.item if finding else "")
        self.item.setObjectName("findingItem")
        self.item.setAccessibleName(self.tr("Item"))
        self.item.setPlaceholderText(self.tr("Street lamp, hedge, CCTV sign, lock…"))
        self.status = QComboBox()
        self.status.setObjectName("findingStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for value in RECORDED_STATUSES:
            self.status.addItem(vocabulary(FINDING_STATUS_LABELS[value]), value)
        if finding is not None and finding.status in RECORDED_STATUSES:
            self.status.setCurrentIndex(self.status.findData(finding.status))
        else:
            self.status.setCurrentIndex(self.status.findData("needs_fixing"))
        self.status.setEnabled(finding is None or finding.status != "fixed")
        self.recommendation = QPlainTextEdit(finding.recommendation if finding else "")
        self.recommendation.setObjectName("findingRecommendation")
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setMaximumHeight(80)
        self.business = ContactPicker(session, "findingBusiness", runner=runner)
        if finding is not None and finding.business_id is not None:
            self.business.set_contact(
                ContactMatch(
                    finding.business_id, finding.business_name, "", "", "", "", "", "", None
                )
            )
        self.errors.add_row(form, self.tr("&Site:"), "site", self.site)
        self.errors.add_row(form, self.tr("&Item:"), "item", self.item)
        self.errors.add_row(form, self.tr("S&tatus:"), "status", self.status)
        self.errors.add_row(
            form, self.tr("&Recommendation:"), "recommendation", self.recommendation
        )
        self.errors.add_row(
            form, self.tr("&Business contacted:"), "business", self.business, self.business.search
        )
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "findingSaveButton")
        self.resize(620, 420)
        self.site.setFocus()

    def value(self) -> FindingInput:
        typed = " ".join(self.site.currentText().split())
        location_id = self.places.get(typed.casefold())
        return FindingInput(
            self.item.text(),
            str(self.status.currentData()),
            location_id,
            "" if location_id is not None else typed,
            self.recommendation.toPlainText(),
            self.business.contact_id(),
        )

    def save(self) -> None:
        self.errors.clear()
        data, service, event_id, finding = self.value(), self.service, self.event_id, self.finding
        submit_write(
            self.runner,
            "walk finding",
            lambda: service.update(finding.id, data) if finding else service.add(event_id, data),
            self,
            self._saved,
            self._invalid,
        )

    def _saved(self, finding: Finding) -> None:
        self.saved = finding
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
