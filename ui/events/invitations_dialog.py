"""Invite people to an event: choose zones, roles and kinds of contact; see how many may be
invited (only those who consented), export the list as CSV for a mail merge, or register them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_attendance import Registered
from desktop_app.services.event_invitations import InvitationFilter, InvitationService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.vocabulary import CONTACT_KIND_LABELS
from ui.i18n import grouped, vocabulary
from ui.tasks import TaskRunner
from ui.writes import submit_write

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Choices:
    zones: list[tuple[int, str]]
    roles: list[str]


class InvitationsDialog(QDialog):
    registered = Signal(object)  # Registered, after "Register them"
    counted = Signal(int)  # the list was counted again (tests wait on it)

    def __init__(
        self, session: Session, runner: TaskRunner, event_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsDialog")
        self.setWindowTitle(self.tr("Invite to the event"))
        self.service = InvitationService(session)
        self.picklists = PicklistService(session)
        self.runner, self.event_id = runner, event_id
        self.count = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose who to invite. Only contacts who gave consent to be contacted (and have "
                "not withdrawn it) are ever listed. Nothing ticked in a column: that column "
                "leaves no one out."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.zones = self._list("invitationZones", self.tr("Zones"))
        self.roles = self._list("invitationRoles", self.tr("Roles"))
        self.kinds = self._list("invitationKinds", self.tr("Kinds"))
        for value, text in CONTACT_KIND_LABELS.items():
            self._add(self.kinds, vocabulary(text), value)
        for column, (title, widget) in enumerate(
            (
                (self.tr("Zone"), self.zones),
                (self.tr("Role"), self.roles),
                (self.tr("Kind"), self.kinds),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addWidget(widget, 1, column)
        layout.addLayout(grid, 1)
        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("invitationCount")
        layout.addWidget(self.count_label)
        self.message = QLabel()
        self.message.setObjectName("invitationMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("invitationExportButton")
        self.export_button.clicked.connect(self.export_csv)
        self.register_button = QPushButton(self.tr("&Register them for this event"))
        self.register_button.setObjectName("invitationRegisterButton")
        self.register_button.clicked.connect(self.register_all)
        close = QPushButton(self.tr("&Close"))
        close.setObjectName("invitationCloseButton")
        close.clicked.connect(self.accept)
        for button in (self.export_button, self.register_button, close):
            button.setAutoDefault(False)
        row.addWidget(self.export_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(150)
        self._recount.timeout.connect(self.recount)
        self.resize(720, 460)
        self._load_choices()

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.itemChanged.connect(lambda _: self._recount.start())
        return widget

    @staticmethod
    def _add(widget: QListWidget, text: str, value: object) -> None:
        item = QListWidgetItem(text)
        item.setData(VALUE_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    def _load_choices(self) -> None:
        service, picklists = self.service, self.picklists
        self.runner.submit(
            "invitation choices",
            lambda progress: _Choices([(z.id, z.name) for z in picklists.zones()], service.roles()),
            on_result=self._show_choices,
            on_error=lambda exc: self.message.setText(str(exc)),
            owner=self,
        )

    def _show_choices(self, choices: _Choices) -> None:
        for zone_id, name in choices.zones:
            self._add(self.zones, name, zone_id)
        for role in choices.roles:
            self._add(self.roles, role, role)
        self.recount()

    @staticmethod
    def _ticked(widget: QListWidget) -> tuple[object, ...]:
        return tuple(
            widget.item(i).data(VALUE_ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> InvitationFilter:
        return InvitationFilter(
            tuple(int(z) for z in self._ticked(self.zones)),  # type: ignore[call-overload]
            tuple(str(r) for r in self._ticked(self.roles)),
            tuple(str(k) for k in self._ticked(self.kinds)),
        )

    def set_ticked(self, widget: QListWidget, values: set[object]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(VALUE_ROLE) in values
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @Slot()
    def recount(self) -> None:
        service, choice = self.service, self.choice()
        self.runner.submit(
            "invitation count",
            lambda progress: len(service.invitees(choice)),
            on_result=self._counted,
            on_error=lambda exc: self.message.setText(str(exc)),
            owner=self,
        )

    def _counted(self, count: int) -> None:
        self.count = count
        self.count_label.setText(
            grouped(
                self.tr("<b>%n person(s)</b> may be invited (consent given).", "", count), count
            )
        )
        self.export_button.setEnabled(count > 0)
        self.register_button.setEnabled(count > 0)
        self.counted.emit(count)

    @Slot()
    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the invitation list"), "invitations.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        service, choice, target = self.service, self.choice(), Path(path)

        def write() -> int:
            with target.open("w", encoding="utf-8-sig", newline="") as out:
                return service.export_csv(choice, out, str(target))

        submit_write(
            self.runner,
            "invitation csv",
            write,
            self,
            lambda n: self.message.setText(
                grouped(self.tr("%n person(s) written to {0}.", "", n), n).format(target.name)
            ),
            on_refused=lambda exc: self.message.setText(str(exc)),
        )

    @Slot()
    def register_all(self) -> None:
        service, choice, event_id = self.service, self.choice(), self.event_id

        def done(result: Registered) -> None:
            self.message.setText(self._registered_text(result))
            self.registered.emit(result)

        submit_write(
            self.runner,
            "register invitees",
            lambda: service.register(event_id, choice),
            self,
            done,
            lambda exc: self.message.setText(exc.message),
            lambda exc: self.message.setText(str(exc)),
        )

    def _registered_text(self, result: Registered) -> str:
        text = self.tr("Registered: {0}.").format(len(result.added))
        if result.already:
            text += " " + self.tr("Already registered: {0}.").format(len(result.already))
        if result.over_capacity:
            text += " " + self.tr("The event is now over capacity by {0}.").format(
                result.over_capacity
            )
        return text
