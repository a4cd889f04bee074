"""The first run's second step: the first manager adds zones and locations before the first
report (or skips it, to do it later under Edit → Pick-lists…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.picklists import LocationRow, PicklistService, ZoneRow
from desktop_app.services.session import Session
from ui.forms import FieldErrors
from ui.tasks import TaskRunner
from ui.writes import submit_write

ID_ROLE = Qt.ItemDataRole.UserRole


class PlacesPage(QWidget):
    finished = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPlacesPage")
        self.runner = runner
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "<b>Your office is ready</b>, with the usual report categories (Theft, "
                "Vandalism, Suspicious activity and more).<br>Now add the zones (beats) you "
                "patrol and the places reports and patrol entries name, so that the first "
                "report can say where it happened."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.addWidget(self._zone_box(), 1)
        columns.addWidget(self._location_box(), 1)
        layout.addLayout(columns, 1)
        later = QLabel(
            self.tr(
                "You can skip this now: managers add and change them at any time under "
                "<b>Edit → Pick-lists…</b>"
            )
        )
        later.setWordWrap(True)
        layout.addWidget(later)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finish_button = QPushButton(self.tr("Skip for now"))
        self.finish_button.setObjectName("firstRunFinishButton")
        self.finish_button.clicked.connect(self.finished)
        row.addWidget(self.finish_button)
        layout.addLayout(row)

    def _zone_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Zones"))
        form = QFormLayout(box)
        self.zone_errors = FieldErrors()
        self.zone_name = QLineEdit()
        self.zone_name.setObjectName("firstRunZoneName")
        self.zone_name.setAccessibleName(self.tr("Zone name"))
        self.zone_name.setPlaceholderText(self.tr("e.g. North, Town centre"))
        self.zone_errors.add_row(form, self.tr("Zone name:"), "name", self.zone_name)
        add = self._add_button("firstRunAddZoneButton", self.tr("Add zone"), self.add_zone)
        form.addRow("", add)
        self.zone_list = self._list("firstRunZoneList", self.tr("Zones added"))
        form.addRow(self.zone_list)
        self.remove_zone = self._remove_button("firstRunRemoveZoneButton", self.zone_list, "zone")
        form.addRow("", self.remove_zone)
        form.addRow(self.zone_errors.fallback)
        return box

    def _location_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locations"))
        form = QFormLayout(box)
        self.location_errors = FieldErrors()
        self.location_name = QLineEdit()
        self.location_name.setObjectName("firstRunLocationName")
        self.location_name.setAccessibleName(self.tr("Location name"))
        self.location_name.setPlaceholderText(self.tr("e.g. Elm Street car park"))
        self.location_zone = QComboBox()
        self.location_zone.setObjectName("firstRunLocationZone")
        self.location_zone.setAccessibleName(self.tr("Zone of the location"))
        self.location_zone.setPlaceholderText(self.tr("Choose its zone"))
        self.location_errors.add_row(form, self.tr("Location name:"), "name", self.location_name)
        self.location_errors.add_row(form, self.tr("In zone:"), "zone", self.location_zone)
        add = self._add_button(
            "firstRunAddLocationButton", self.tr("Add location"), self.add_location
        )
        form.addRow("", add)
        self.location_list = self._list("firstRunLocationList", self.tr("Locations added"))
        form.addRow(self.location_list)
        self.remove_location = self._remove_button(
            "firstRunRemoveLocationButton", self.location_list, "location"
        )
        form.addRow("", self.remove_location)
        form.addRow(self.location_errors.fallback)
        return box

    def _add_button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _remove_button(self, name: str, listed: QListWidget, kind: str) -> QPushButton:
        """Takes back an entry added by mistake: it is retired (kept off every list, not deleted),
        which the button and its tooltip say."""
        button = self._add_button(name, self.tr("Retire selected"), lambda: self.retire(kind))
        button.setToolTip(
            self.tr(
                "Takes it off the lists: it is retired, not deleted, and Edit → Pick-lists… "
                "can restore it"
            )
        )
        button.setEnabled(False)
        listed.currentRowChanged.connect(lambda row: button.setEnabled(row >= 0))
        return button

    def _list(self, name: str, accessible: str) -> QListWidget:
        listed = QListWidget()
        listed.setObjectName(name)
        listed.setAccessibleName(accessible)
        listed.setMinimumHeight(120)
        return listed

    def start(self, session: Session) -> None:
        """The office exists: its first manager adds its places."""
        self.session = session

    def enter_pressed(self) -> bool:
        """Enter in a zone's or a location's fields adds it; True when it was theirs."""
        focus = QApplication.focusWidget()
        if focus is self.zone_name:
            self.add_zone()
            return True
        if focus in (self.location_name, self.location_zone):
            self.add_location()
            return True
        return False

    def add_zone(self) -> None:
        if self.session is None:
            return
        self.zone_errors.clear()
        picklists, name = PicklistService(self.session), self.zone_name.text()
        submit_write(
            self.runner,
            "add zone",
            lambda: picklists.add_zone(name),
            self,
            self._zone_added,
            self.zone_errors.show,
        )

    def _zone_added(self, zone: ZoneRow) -> None:
        self._listed(self.zone_list, zone.name, zone.id)
        self.location_zone.addItem(zone.name, zone.id)
        self._choose_only_zone()
        self.zone_name.clear()
        self.zone_name.setFocus()
        self._something_added()

    def add_location(self) -> None:
        if self.session is None:
            return
        self.location_errors.clear()
        if self.location_zone.count() == 0:
            self.location_errors.show_message("zone", self.tr("Add a zone first"))
            return
        if self.location_zone.currentIndex() < 0:  # never the last zone added by default
            self.location_errors.show_message("zone", self.tr("Choose the zone it is in"))
            return
        picklists, name = PicklistService(self.session), self.location_name.text()
        zone_id = self.location_zone.currentData()
        submit_write(
            self.runner,
            "add location",
            lambda: picklists.add_location(name, zone_id),
            self,
            self._location_added,
            self.location_errors.show,
        )

    def _location_added(self, location: LocationRow) -> None:
        text = self.tr("{0} — {1}").format(location.name, location.zone_name or self.tr("no zone"))
        self._listed(self.location_list, text, location.id)
        self.location_name.clear()
        self.location_name.setFocus()
        self._something_added()

    @staticmethod
    def _listed(listed: QListWidget, text: str, entry_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, entry_id)
        listed.addItem(item)

    def _choose_only_zone(self) -> None:
        """The only zone is the location's; with more, the user chooses each time."""
        self.location_zone.setCurrentIndex(0 if self.location_zone.count() == 1 else -1)

    def retire(self, kind: str) -> None:
        """Retire the zone or location selected in its list (added here by mistake)."""
        listed = self.zone_list if kind == "zone" else self.location_list
        item = listed.currentItem()
        if self.session is None or item is None:
            return
        picklists, entry_id = PicklistService(self.session), int(item.data(ID_ROLE))
        errors = self.zone_errors if kind == "zone" else self.location_errors
        errors.clear()
        submit_write(
            self.runner,
            f"retire {kind}",
            lambda: picklists.retire(kind, entry_id),
            self,
            lambda _: self._retired(kind, entry_id),
            errors.show,
        )

    def _retired(self, kind: str, entry_id: int) -> None:
        listed = self.zone_list if kind == "zone" else self.location_list
        for row in range(listed.count()):
            if listed.item(row).data(ID_ROLE) == entry_id:
                listed.takeItem(row)
                break
        if kind == "zone":
            self.location_zone.removeItem(self.location_zone.findData(entry_id))
            if self.location_zone.count() == 1:
                self._choose_only_zone()

    def _something_added(self) -> None:
        self.finish_button.setText(self.tr("Finish"))
