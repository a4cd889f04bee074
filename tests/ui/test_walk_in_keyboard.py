"""The front desk's fastest path, counted key by key from the main window; and the completers,
the time field and the clearing questions driven from the keyboard."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QMessageBox, QWidget

from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.office import open_office
from desktop_app.services.reports import ReportFilter, ReportService
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.widgets.walk_in_form import WalkInForm

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Keys sent where a real keyboard sends them (an open suggestion list, else the focused
    widget). Typed text is free; every other key (Tab, Enter, arrows, shortcuts) is counted."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.pressed: list[str] = []

    def target(self) -> QWidget:
        return QApplication.activePopupWidget() or QApplication.focusWidget() or self.window

    def type(self, text: str) -> None:
        for char in text:  # as key events carrying the character (QTest knows ASCII only)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(self.target(), event)

    def press(self, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.pressed.append(f"{modifier.name}+{key.name}" if modifier else key.name)
        QTest.keyClick(self.target(), key, modifier)


@pytest.fixture
def viewer(monkeypatch):
    """Receipts the system viewer was asked to open; it opens them."""
    opened: list[str] = []

    def open_url(url) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


@pytest.fixture
def desk_window(qtbot, office, db_path, tmp_path):
    window = MainWindow(
        office.desk,
        open_office(str(db_path)),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    return window


def make_form(qtbot, session) -> WalkInForm:
    form = WalkInForm(session, TaskRunner())
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def popup_shown(qtbot, completer) -> None:
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=3000)


def test_a_known_person_s_walk_in_takes_at_most_12_keys_from_ctrl_n_to_saved(
    qtbot, office, desk_window, viewer
):
    form = desk_window.patrol_tab.walk_in
    keys = Keyboard(qtbot, desk_window)
    keys.press(Key.Key_N, CTRL)
    assert QApplication.focusWidget() is form.reporter.search
    keys.type("Zoë Adeyemi")
    popup_shown(qtbot, form.reporter.completer)  # she is offered, as she would be on screen
    keys.press(Key.Key_Tab)
    keys.type("theft")
    keys.press(Key.Key_Tab)
    keys.type("elm street car park")
    keys.press(Key.Key_Tab)
    keys.press(Key.Key_Tab)  # the time stays as it is: now
    keys.press(Key.Key_Tab)  # the severity stays as it is
    assert QApplication.focusWidget() is form.account
    keys.type("Bicycle taken from the rack; lock cut. Blue Raleigh, serial 4471.")
    keys.press(Key.Key_S, CTRL)

    saved = form.findChild(QLabel, "walkInSavedNumber")
    qtbot.waitUntil(saved.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: bool(viewer), timeout=10000)  # the receipt, made on a worker
    assert len(keys.pressed) <= 12, keys.pressed
    rows, _ = ReportService(office.manager).list(ReportFilter(text="Raleigh"))
    assert [(r.category, r.location, r.reporter) for r in rows] == [
        ("Theft", "Elm Street car park", "Zoë Adeyemi")
    ]
    detail = ReportService(office.manager).get(rows[0].id)
    assert detail.reporter_id == office.reporter_id
    assert now_local() - timedelta(minutes=5) < rows[0].occurred_at <= now_local()


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Enter, Key.Key_Tab])
def test_enter_and_tab_accept_the_highlighted_suggestion_alike(qtbot, office, viewer, key):
    form = make_form(qtbot, office.desk)
    keys = Keyboard(qtbot, form)
    form.reporter.search.setFocus()
    keys.type("adey")
    popup_shown(qtbot, form.reporter.completer)
    keys.press(Key.Key_Down)
    keys.press(key)
    assert form.reporter.contact_id() == office.reporter_id
    assert QApplication.focusWidget() is form.category  # on to the next field
    keys.type("the")
    popup_shown(qtbot, form.category.completer())
    keys.press(Key.Key_Down)
    keys.press(key)
    assert form.category.text() == "Theft"
    assert QApplication.focusWidget() is form.location
    keys.type("car p")
    popup_shown(qtbot, form.location.completer())
    keys.press(Key.Key_Down)
    keys.press(key)
    assert form.location.text() == "Elm Street car park"
    assert QApplication.focusWidget() is form.occurred


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Tab])
def test_an_exact_name_typed_in_full_is_accepted_in_any_case(qtbot, office, viewer, key):
    form = make_form(qtbot, office.desk)
    keys = Keyboard(qtbot, form)
    form.reporter.search.setFocus()
    keys.type("ZOË  adeyemi")
    keys.press(key)  # at once, before the suggestions have even come up
    assert form.reporter.contact_id() == office.reporter_id
    assert QApplication.focusWidget() is form.category
    keys.type("vandalism")
    keys.press(key)
    assert form.category.text() == "Vandalism"
    keys.type("MARKET SQUARE")
    keys.press(key)
    assert form.location.text() == "Market Square"


def test_two_namesakes_must_be_told_apart_at_the_field(qtbot, office, viewer):
    ContactService(office.manager).create("Sam Lee", "0161 496 0001", address="1 Mill Lane")
    ContactService(office.manager).create("Sam Lee", "0161 496 0002", address="9 Oak Road")
    form = make_form(qtbot, office.desk)
    keys = Keyboard(qtbot, form)
    form.reporter.search.setFocus()
    keys.type("sam lee")
    popup_shown(qtbot, form.reporter.completer)  # nothing highlighted until the user moves
    keys.press(Key.Key_Tab)
    assert form.reporter.contact_id() is None
    note = form.findChild(QLabel, "walkInReporterNote")
    assert note.isVisible() and "2 people are called Sam Lee" in note.text()
    assert QApplication.focusWidget() is form.reporter.search  # still here, to choose one
    popup_shown(qtbot, form.reporter.completer)
    popup = form.reporter.completer.popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert any("1 Mill Lane" in s for s in shown) and any("9 Oak Road" in s for s in shown)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Return)
    assert form.reporter.contact is not None and form.reporter.contact.address == "9 Oak Road"
    assert not note.isVisible()


def test_the_suggestions_are_wide_enough_to_tell_namesakes_apart(qtbot, office, desk_window):
    ContactService(office.manager).create(
        "Sam Lee", "0161 496 0001", address="Flat 12, Riverside Court, 140 Long Acre Road"
    )
    form = desk_window.patrol_tab.walk_in
    keys = Keyboard(qtbot, desk_window)
    keys.press(Key.Key_N, CTRL)
    keys.type("sam")
    popup_shown(qtbot, form.reporter.completer)
    popup = form.reporter.completer.popup()
    text = popup.model().index(0, 0).data()
    assert "0161 496 0001" in text and "140 Long Acre Road" in text
    needed = popup.fontMetrics().horizontalAdvance(text)
    assert popup.viewport().width() >= needed
    assert popup.geometry().right() <= desk_window.geometry().right()


def answer_clear_question(monkeypatch, answer: QMessageBox.StandardButton) -> list[QMessageBox]:
    """The question is really built; its answer is given as the user would (default: No)."""
    asked: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box)
        return answer.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def half_fill(qtbot, form: WalkInForm) -> None:
    form.reporter.search.setFocus()
    Keyboard(qtbot, form).type("Zoë Adeyemi")
    qtbot.keyClick(form.reporter.search, Key.Key_Tab)
    qtbot.keyClicks(form.category, "Theft")
    form.location.setText("Market Square")
    form.occurred.setText("03/10/2026 14:20")
    form.account.setPlainText("A man in a red jacket")
    form.action.setPlainText("Told the market manager")


def test_ctrl_n_on_a_half_filled_form_asks_and_no_keeps_every_field(
    qtbot, office, desk_window, monkeypatch, viewer
):
    form = desk_window.patrol_tab.walk_in
    half_fill(qtbot, form)
    before = form.to_draft()
    asked = answer_clear_question(monkeypatch, QMessageBox.StandardButton.No)
    QTest.keyClick(QApplication.focusWidget(), Key.Key_N, CTRL)
    assert len(asked) == 1
    box = asked[0]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes) is not None
    assert form.to_draft() == before
    assert form.reporter.contact_id() == office.reporter_id
    assert form.account.toPlainText() == "A man in a red jacket"

    asked = answer_clear_question(monkeypatch, QMessageBox.StandardButton.Yes)
    QTest.keyClick(QApplication.focusWidget(), Key.Key_N, CTRL)
    assert len(asked) == 1
    assert not form.has_content() and form.reporter.contact_id() is None
    assert QApplication.focusWidget() is form.reporter.search

    asked = answer_clear_question(monkeypatch, QMessageBox.StandardButton.No)
    QTest.keyClick(QApplication.focusWidget(), Key.Key_N, CTRL)  # empty: nothing to ask
    assert asked == []
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=10000)


def test_clear_form_asks_too_and_a_just_saved_form_clears_without_asking(
    qtbot, office, monkeypatch, viewer
):
    form = make_form(qtbot, office.desk)
    half_fill(qtbot, form)
    asked = answer_clear_question(monkeypatch, QMessageBox.StandardButton.No)
    form.clear_button.click()
    assert len(asked) == 1 and form.account.toPlainText() == "A man in a red jacket"
    form.occurred.set_value(now_local().replace(tzinfo=None, second=0, microsecond=0))
    form.save()
    qtbot.waitUntil(lambda: form.last_saved is not None, timeout=10000)
    form.clear_button.click()
    assert len(asked) == 1  # not asked again
    qtbot.waitUntil(lambda: bool(viewer) and not form.runner.busy, timeout=10000)


def test_the_time_is_typed_in_one_piece_and_the_buttons_have_shortcuts(qtbot, office, viewer):
    form = make_form(qtbot, office.desk)
    for button, shortcut in (
        (form.now_button, "Alt+N"),
        (form.earlier_button, "Alt+O"),
        (form.yesterday_button, "Alt+Y"),
    ):
        assert "&" in button.text() and shortcut in button.toolTip()
    form.occurred.setFocus()
    form.occurred.selectAll()
    qtbot.keyClicks(form.occurred, "27/11/2025 14:30")
    qtbot.keyClick(form.occurred, Key.Key_Tab)
    assert form.occurred.value() == datetime(2025, 11, 27, 14, 30)
    # A mnemonic clicks its button as a click looks: pressed, released a moment later.
    QTest.keyClick(QApplication.focusWidget(), Key.Key_O, ALT)
    qtbot.waitUntil(lambda: form.occurred.value() == datetime(2025, 11, 27, 13, 30))
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: form.occurred.value() == datetime(2025, 11, 26, 13, 30))
    QTest.keyClick(QApplication.focusWidget(), Key.Key_N, ALT)
    qtbot.waitUntil(
        lambda: now_local().replace(tzinfo=None) - form.occurred.value() < timedelta(minutes=2)
    )
    assert QApplication.focusWidget() is form.severity  # the keys left the focus where it was


def test_a_bad_time_is_named_at_the_field_and_nothing_is_lost(qtbot, office, viewer):
    form = make_form(qtbot, office.desk)
    form.category.setText("Theft")
    form.location.setText("Market Square")
    form.account.setPlainText("Bicycle taken")
    form.occurred.setFocus()
    form.occurred.selectAll()
    qtbot.keyClicks(form.occurred, "31/02/2026 25:70")
    qtbot.keyClick(form.occurred, Key.Key_Tab)
    error = form.findChild(QLabel, "walkInOccurredAtError")
    assert error.isVisible() and "31/02/2026 25:70" in error.text() and "like" in error.text()
    assert form.occurred.text() == "31/02/2026 25:70"
    form.save()
    assert form.occurred.text() == "31/02/2026 25:70" and error.isVisible()
    assert QApplication.focusWidget() is form.occurred
    assert form.account.toPlainText() == "Bicycle taken" and form.last_saved is None
    qtbot.keyClick(form.occurred, Key.Key_A, CTRL)
    qtbot.keyClicks(form.occurred, "2026-02-27 14:05")
    qtbot.keyClick(form.occurred, Key.Key_Tab)
    assert not error.isVisible() and form.occurred.value() == datetime(2026, 2, 27, 14, 5)


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Tab])
def test_the_one_suggestion_left_is_taken_and_others_are_told_at_once(qtbot, office, viewer, key):
    form = make_form(qtbot, office.desk)
    keys = Keyboard(qtbot, form)
    form.reporter.search.setFocus()
    keys.type("adey")  # one person matches: Enter or Tab takes her, no need to go Down
    keys.press(key)
    assert form.reporter.contact_id() == office.reporter_id
    assert QApplication.focusWidget() is form.category
    keys.type("thef")  # only Theft is left in the list
    keys.press(key)
    assert form.category.text() == "Theft"
    assert not form.findChild(QLabel, "walkInCategoryError").isVisible()
    assert QApplication.focusWidget() is form.location
    keys.type("e")  # both locations have an e: which one is not guessed
    keys.press(key)
    error = form.findChild(QLabel, "walkInLocationError")
    assert form.location.text() == "e"
    assert error.isVisible() and "Elm Street car park" in error.text()
    form.location.setFocus()
    form.location.selectAll()
    keys.type("Nowhere Lane")  # editing the field takes the old message away
    assert not error.isVisible()
    keys.press(key)
    assert form.location.text() == "Nowhere Lane"
    assert error.isVisible() and "not in the list" in error.text()


def test_after_saving_tab_goes_round_the_form_without_empty_stops(qtbot, office, desk_window):
    form = desk_window.patrol_tab.walk_in
    keys = Keyboard(qtbot, desk_window)
    keys.press(Key.Key_N, CTRL)
    form.reporter.anonymous.setChecked(True)
    form.category.setText("Vandalism")
    form.location.setText("Market Square")
    form.account.setPlainText("Paint on the bus shelter.")
    form.save_button.setFocus()
    keys.press(Key.Key_Space)
    saved = form.findChild(QLabel, "walkInSavedNumber")
    qtbot.waitUntil(saved.isVisible, timeout=10000)
    assert QApplication.focusWidget() is form.reporter.search  # ready for the next person
    form.clear_button.setFocus()
    keys.press(Key.Key_Backtab)
    assert QApplication.focusWidget() is form.save_button  # Save report comes first
    form.save_button.setFocus()
    stops = []
    for _ in range(6):
        keys.press(Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        if stops[-1] is form.source:
            break
    assert stops[-1] is form.source
    assert not any(isinstance(w, QAbstractScrollArea) for w in stops), stops
    # Clear form, the two tab bars, Print receipt on the saved bar, then Came in by
    assert len(stops) <= 5, stops


def test_the_person_suggestions_show_whole_rows(qtbot, office, desk_window):
    for n in range(14):
        ContactService(office.manager).create(f"Sam Lee {n}", f"0161 496 01{n:02d}")
    form = desk_window.patrol_tab.walk_in
    keys = Keyboard(qtbot, desk_window)
    keys.press(Key.Key_N, CTRL)
    keys.type("sam")
    popup_shown(qtbot, form.reporter.completer)
    popup = form.reporter.completer.popup()
    row = popup.sizeHintForRow(0)
    assert popup.viewport().height() % row == 0, (popup.viewport().height(), row)
