"""The event form: plan an event (once or repeating) or change one; clashes warned as you type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.event_conflicts import Conflict, EventConflicts
from desktop_app.services.event_input import EventInput
from desktop_app.services.event_plan import EventDetail, EventPlanService, FormChoices
from desktop_app.services.event_recurrence import RecurrenceService
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS
from ui.events.conflict_warning import ConflictWarning
from ui.events.event_form_fields import OfficerList, PartnerList
from ui.events.repeats_box import RepeatsBox
from ui.forms import FieldErrors, qt_datetime, save_cancel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.pick_line import PickLineEdit
from ui.writes import own_runner, submit_write

ONLY_THIS, FOLLOWING = "one", "following"


def ask_scope(parent: QWidget) -> str | None:
    """For an occurrence of a repeating event: change only it, or it and the later ones."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(box.tr("Repeating event"))
    box.setText(box.tr("This event repeats. Change only this event, or this and the following?"))
    one = box.addButton(box.tr("Only this event"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(box.tr("This and following"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return ONLY_THIS if clicked is one else FOLLOWING if clicked is following else None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class EventFormDialog(QDialog):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        parent: QWidget | None = None,
        *,
        event_id: int | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventFormDialog")
        self.session, self.runner = session, own_runner(self, runner)
        self.event_id = event_id
        self.saved_id: int | None = None
        self.loaded = False
        self.detail: EventDetail | None = None
        self.choices = FormChoices((), (), ())
        self.setWindowTitle(self.tr("Change event") if event_id else self.tr("New event"))
        self.setMinimumWidth(820)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self._build_left(left)
        self._build_right(right)
        self._build_repeats(layout)
        self.warning = ConflictWarning(self.runner, self._conflict_question)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "eventSaveButton")
        self.save_button.setEnabled(False)  # until the pick-lists are read
        self._set_times(day)
        self.title.setFocus()
        self._load()

    # ---- building ----------------------------------------------------------------------------
    def _build_left(self, form: QFormLayout) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for value, text in EVENT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        self.title = QLineEdit()
        self.title.setObjectName("eventTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.start_date, self.start_time, starts = self._when("eventStart", self.tr("Starts"))
        self.end_date, self.end_time, ends = self._when("eventEnd", self.tr("Ends"))
        self.venue = PickLineEdit("eventVenue", self.tr("Venue"))
        self.venue.setPlaceholderText(self.tr("A location from the list, or type a place"))
        self.zone = QComboBox()
        self.zone.setObjectName("eventZone")
        self.zone.setAccessibleName(self.tr("Zone"))
        self.capacity = QLineEdit()
        self.capacity.setObjectName("eventCapacity")
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.capacity.setPlaceholderText(self.tr("Blank: no limit"))
        self.errors.add_row(form, self.tr("&Kind:"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(form, self.tr("&Starts:"), "starts", starts, self.start_date)
        self.errors.add_row(form, self.tr("&Ends:"), "ends", ends, self.end_date)
        self.errors.add_row(form, self.tr("&Venue:"), "venue", self.venue)
        self.errors.add_row(form, self.tr("&Zone:"), "zone", self.zone)
        self.errors.add_row(form, self.tr("Ca&pacity:"), "capacity", self.capacity)
        self.start_date.dateChanged.connect(self._start_moved)
        self.start_time.timeChanged.connect(self._start_moved)
        for edit in (self.end_date, self.end_time):
            edit.editingFinished.connect(self._remember_length)
        for signal in (
            self.kind.currentIndexChanged,
            self.end_date.dateChanged,
            self.end_time.timeChanged,
            self.venue.textChanged,
        ):
            signal.connect(self._schedule_check)

    def _build_right(self, form: QFormLayout) -> None:
        self.lead = QComboBox()
        self.lead.setObjectName("eventLead")
        self.lead.setAccessibleName(self.tr("Lead officer"))
        self.officers = OfficerList()
        self.partners = PartnerList(self.session, self.runner)
        self.description = QPlainTextEdit()
        self.description.setObjectName("eventDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.errors.add_row(form, self.tr("&Lead officer:"), "lead_officer", self.lead)
        self.errors.add_row(form, self.tr("&Other officers:"), "officers", self.officers)
        self.errors.add_row(
            form, self.tr("&Partners:"), "partners", self.partners, self.partners.picker.search
        )
        self.errors.add_row(form, self.tr("&Description:"), "description", self.description)
        self.lead.currentIndexChanged.connect(self._schedule_check)
        self.officers.changed.connect(self._schedule_check)

    def _build_repeats(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.repeats = RepeatsBox()
        self.repeats.changed.connect(self._schedule_check)
        self.series_rule = QLineEdit()  # an occurrence's series rule: a change splits the series
        self.series_rule.setObjectName("eventSeriesRule")
        self.series_rule.setAccessibleName(self.tr("Repeat rule of the series"))
        if self.event_id is None:
            self.errors.add_row(
                form, self.tr("&Repeats:"), "rule", self.repeats, self.repeats.choice
            )
            self.errors.labels["horizon"] = self.errors.labels["rule"]
            self.errors.widgets["horizon"] = self.repeats.horizon
        else:
            self.series_row = self.errors.add_row(
                form, self.tr("&Repeats:"), "rule", self.series_rule
            )
        layout.addLayout(form)

    def _when(self, name: str, label: str) -> tuple[QDateEdit, QTimeEdit, QWidget]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        day = QDateEdit()
        day.setObjectName(f"{name}Date")
        day.setAccessibleName(self.tr("{0}: day").format(label))
        day.setCalendarPopup(True)
        day.setDisplayFormat("ddd dd MMM yyyy")
        hour = QTimeEdit()
        hour.setObjectName(f"{name}Time")
        hour.setAccessibleName(self.tr("{0}: time").format(label))
        hour.setDisplayFormat("HH:mm")
        row.addWidget(day, 1)
        row.addWidget(hour)
        return day, hour, box

    def _set_times(self, day: date | None) -> None:
        first = day or now_local().date() + timedelta(days=7)
        self._length = timedelta(hours=2)
        self._put(
            self.start_date,
            self.start_time,
            datetime.combine(first, datetime.min.time()).replace(hour=19),
        )
        self._put(
            self.end_date,
            self.end_time,
            datetime.combine(first, datetime.min.time()).replace(hour=21),
        )

    @staticmethod
    def _put(day: QDateEdit, hour: QTimeEdit, value: datetime) -> None:
        day.setDate(QDate(value.year, value.month, value.day))
        hour.setTime(QTime(value.hour, value.minute))

    # ---- reading -----------------------------------------------------------------------------
    def _load(self) -> None:
        plan, event_id = EventPlanService(self.session), self.event_id

        def read(report: object) -> tuple[FormChoices, EventDetail | None]:
            return plan.choices(), (plan.detail(event_id) if event_id else None)

        self.runner.submit("event form", read, on_result=self._loaded, owner=self)

    def _loaded(self, found: tuple[FormChoices, EventDetail | None]) -> None:
        self.choices, self.detail = found
        self.venue.set_choices([p.name for p in self.choices.locations])
        self.zone.clear()
        self.zone.addItem(self.tr("The venue's zone"), None)
        for zone in self.choices.zones:
            self.zone.addItem(zone.name, zone.id)
        self.lead.clear()
        for person in self.choices.officers:
            self.lead.addItem(person.name, person.id)
        mine = self.lead.findData(self.session.user_id)
        self.lead.setCurrentIndex(max(mine, 0))
        self.officers.set_people(self.choices.officers, ())
        if self.detail is not None:
            self._show(self.detail)
        self.repeats.offer(self.start_date.date().toPython())  # type: ignore[arg-type]
        self.loaded = True
        self.save_button.setEnabled(True)
        self.warning.check_now()

    def _show(self, d: EventDetail) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.title.setText(d.title)
        self._put(self.end_date, self.end_time, d.ends)  # the end first: the start moves it
        self._length = d.ends - d.starts
        self._put(self.start_date, self.start_time, d.starts)
        self.venue.setText(d.venue)
        self.zone.setCurrentIndex(max(self.zone.findData(d.zone_id), 0))
        if d.lead is not None:
            if self.lead.findData(d.lead.id) < 0:
                self.lead.addItem(d.lead.name, d.lead.id)
            self.lead.setCurrentIndex(self.lead.findData(d.lead.id))
        self.officers.set_people(self.choices.officers, d.officers)
        self.partners.set_people(d.partners)
        self.capacity.setText("" if d.capacity is None else str(d.capacity))
        self.description.setPlainText(d.description)
        self.series_rule.setText(d.series_rule)
        self.series_row.setVisible(d.series_id is not None)

    def value(self) -> EventInput:
        starts = qt_datetime(QDateTime(self.start_date.date(), self.start_time.time()))
        ends = qt_datetime(QDateTime(self.end_date.date(), self.end_time.time()))
        places = {_key(p.name): p.id for p in self.choices.locations}
        typed = self.venue.text()
        location_id = places.get(_key(typed))
        kept = self.detail
        if location_id is None and kept and kept.location_id and _key(typed) == _key(kept.venue):
            location_id = kept.location_id  # its venue, retired since: it stays the location
        lead = self.lead.currentData()
        return EventInput(
            str(self.kind.currentData()),
            self.title.text(),
            starts,
            ends,
            "" if location_id else typed,
            location_id,
            self.zone.currentData(),
            int(lead) if lead is not None else None,
            self.officers.ticked(),
            self.partners.ids(),
            self.capacity.text(),
            self.description.toPlainText(),
        )

    # ---- times -------------------------------------------------------------------------------
    def _start_moved(self) -> None:
        """The end follows the start, keeping the event's length."""
        starts = qt_datetime(QDateTime(self.start_date.date(), self.start_time.time()))
        self._put(self.end_date, self.end_time, starts + self._length)
        self.repeats.offer(starts.date())
        self._schedule_check()

    def _remember_length(self) -> None:
        data = self.value()
        if data.ends > data.starts:
            self._length = data.ends - data.starts

    # ---- conflicts ---------------------------------------------------------------------------
    def _schedule_check(self) -> None:
        if self.loaded:
            self.warning.schedule()

    def _conflict_question(self) -> Callable[[], list[Conflict]]:
        """The check for the form as it is: every occurrence of a new series, else this event."""
        data, event_id = self.value(), self.event_id
        status = self.detail.status if self.detail else "planned"
        service = EventConflicts(self.session)
        repeats = self.repeats.value() if event_id is None else None
        if repeats is not None:
            rule, horizon = repeats
            return lambda: service.check_series(data, rule, horizon)
        return lambda: service.check(data, event_id, status)

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.loaded:
            return
        self.errors.clear()
        work = self._work(self.value())
        if work is not None:
            submit_write(self.runner, "save event", work, self, self._saved, self._invalid)

    def _work(self, data: EventInput) -> Callable[[], int] | None:
        """The one service call that saves the form (None: the user thought better of it)."""
        event_id = self.event_id
        plan, recurrence = EventPlanService(self.session), RecurrenceService(self.session)
        if event_id is None:
            repeats = self.repeats.value()
            if repeats is None:
                return lambda: plan.create(data)
            rule, horizon = repeats
            return lambda: recurrence.create_series(data, rule, horizon).event_ids[0]

        def only_this() -> int:
            plan.update(event_id, data)
            return event_id

        if self.detail is None or self.detail.series_id is None:
            return only_this
        rule = self.series_rule.text()
        new_rule = rule if " ".join(rule.split()).upper() != self.detail.series_rule else None
        scope = FOLLOWING if new_rule else ask_scope(self)
        if scope is None:
            return None

        def following() -> int:
            recurrence.update_following(event_id, data, new_rule)
            return event_id

        return only_this if scope == ONLY_THIS else following

    def _saved(self, event_id: int) -> None:
        self.saved_id = event_id
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)

    @classmethod
    def ask(
        cls,
        session: Session,
        runner: TaskRunner | None,
        parent: QWidget | None = None,
        *,
        event_id: int | None = None,
        day: date | None = None,
    ) -> int | None:
        """The id of the event saved (the first, for a repeating one), or None."""
        dialog = cls(session, runner, parent, event_id=event_id, day=day)
        dialog.exec()
        return dialog.saved_id
