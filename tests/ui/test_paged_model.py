"""Long lists fetch their pages off the GUI thread, one at a time, with a "Loading…" row while one
is on its way; a new filter drops what the old one was still fetching; and scrolling a long list
to its end keeps only a few pages of rows in memory, any row shown again on the way back."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.services.clock import now_local, to_utc
from desktop_app.services.patrol import EntryFilter, PatrolService
from models.patrol import PatrolEntry
from ui.models.paged import Column, PagedTableModel
from ui.models.patrol_entry_model import PatrolEntryModel
from ui.tabs.patrol_tab import PatrolTab
from ui.tasks import TaskRunner

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class Source:
    """A fetch function over numbered items, page by page, that can be held back (a slow query)
    and notes how many of its fetches ran at once."""

    def __init__(self, prefix: str, total: int, page: int = 200) -> None:
        self.prefix, self.total, self.page = prefix, total, page
        self.gate = threading.Event()
        self.gate.set()
        self.lock = threading.Lock()
        self.running = self.most_at_once = self.calls = 0
        self.broken = False  # fetches raise, as with a lost connection

    def __call__(self, start: int | None) -> tuple[list[Item], int | None]:
        with self.lock:
            self.running += 1
            self.calls += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            assert self.gate.wait(10)
            if self.broken:
                raise OSError("disk I/O error")
            first = start or 0
            end = min(first + self.page, self.total)
            rows = [Item(i, f"{self.prefix} {i}") for i in range(first, end)]
            return rows, (end if end < self.total else None)
        finally:
            with self.lock:
                self.running -= 1


def model_over(qtbot, source: Source) -> PagedTableModel[Item]:
    runner = TaskRunner()
    model: PagedTableModel[Item] = PagedTableModel(
        [Column("Name", lambda i: i.name)], runner=runner
    )
    model.load(source)
    qtbot.waitUntil(lambda: model.row_total > 0 and not model.fetching, timeout=10000)
    return model


def shown(model: PagedTableModel, row: int) -> str | None:
    return model.data(model.index(row, 0), DISPLAY)


def test_a_page_on_its_way_shows_a_loading_row_then_its_rows(qtbot):
    source = Source("item", 500)
    model = model_over(qtbot, source)
    assert model.rowCount() == 200 and model.canFetchMore()
    source.gate.clear()
    model.fetchMore()
    assert model.rowCount() == 201
    assert shown(model, 200) == "Loading…"
    assert not model.flags(model.index(200, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.row_at(200) is None
    model.fetchMore()  # asked again while the page is on its way: still one fetch
    source.gate.set()
    qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    assert model.rowCount() == 400
    assert shown(model, 200) == "item 200" and shown(model, 399) == "item 399"
    assert source.most_at_once == 1 and source.calls == 2


def test_a_new_filter_during_a_fetch_never_mixes_old_rows_into_the_new_list(qtbot):
    old = Source("old", 500)
    model = model_over(qtbot, old)
    old.gate.clear()
    model.fetchMore()  # the old list's next page, held back
    new = Source("new", 300)
    model.load(new)
    assert not model.canFetchMore()  # nothing more of the old list is asked for
    old.gate.set()
    qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    names = [shown(model, row) for row in range(model.rowCount())]
    assert names == [f"new {i}" for i in range(200)]
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    assert [shown(model, row) for row in range(model.rowCount())] == [
        f"new {i}" for i in range(300)
    ]
    assert old.most_at_once == new.most_at_once == 1


def _many_entries(office, count: int) -> None:
    """count patrol entries a minute apart, written in one go (the service's add_entry audits
    each one, which would take minutes)."""
    shift = PatrolService(office.officer).start_shift(office.zones["North"], "foot")
    start = to_utc(now_local() - timedelta(days=10))
    PatrolEntry.insert_many(
        [
            {
                "shift": shift.id,
                "at": start + timedelta(minutes=i),
                "officer": office.officer.user_id,
                "zone": office.zones["North"],
                "activity": "routine_check",
                "observation": f"Checked the car park, pass {i}.",
            }
            for i in range(count)
        ]
    ).execute()


def test_scrolling_to_the_end_keeps_a_few_pages_yet_every_row_shows_again(qtbot, office):
    _many_entries(office, 5000)
    patrol = PatrolService(office.officer)
    model = PatrolEntryModel(runner=TaskRunner())
    model.load(lambda cursor: patrol.entries(EntryFilter(), after=cursor, limit=200))
    qtbot.waitUntil(lambda: model.row_total == 200 and not model.fetching, timeout=10000)
    observation = 5  # column
    assert shown(model, 0)  # the newest entry, pass 4999
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    assert model.row_total == model.rowCount() == 5000
    assert len(model.rows) <= 16 * 200  # only the pages used last are held
    assert shown(model, 0) == "Loading…"  # its page was let go...
    first = model.index(0, observation)
    qtbot.waitUntil(
        lambda: model.data(first, DISPLAY) == "Checked the car park, pass 4999.", timeout=10000
    )  # ...and comes back when shown again
    last = model.index(4999, observation)
    assert model.data(last, DISPLAY) == "Checked the car park, pass 0."
    assert len(model.rows) <= 16 * 200


def test_typing_a_word_quickly_counts_and_lists_the_reports_once(qtbot, office):
    tab = PatrolTab(office.manager, TaskRunner())
    qtbot.addWidget(tab)
    browser = tab.reports
    qtbot.waitUntil(lambda: "report" in browser.count.text() and not browser.model.fetching)
    loads: list[str] = []  # each load is one task: the count and the first page together
    load = browser.model.load

    def spy(fetch, extra=None, done=None):
        loads.append(browser.text.text())
        load(fetch, extra=extra, done=done)

    browser.model.load = spy
    qtbot.keyClicks(browser.text, "thief")
    qtbot.waitUntil(
        lambda: bool(loads) and "report" in browser.count.text() and not browser.model.fetching,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: not browser.runner.busy, timeout=10000)
    assert loads == ["thief"]  # not t, th, thi, thie, thief


def test_a_page_that_cannot_be_read_ends_the_loading_row_and_reports_the_failure(qtbot):
    source = Source("item", 500)
    model = model_over(qtbot, source)
    failures: list[BaseException] = []
    model.failed.connect(failures.append)
    source.broken = True
    model.fetchMore()
    assert shown(model, 200) == "Loading…"  # the page cannot land before the loop runs
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert model.rowCount() == 200 and not model.canFetchMore()


class Newest:
    """A keyset fetch over numbered items, newest (highest) first, the cursor being the last
    number shown, to which items can be added while the list is open (another desk's save)."""

    def __init__(self, total: int, page: int) -> None:
        self.items, self.page = list(range(total - 1, -1, -1)), page

    def add_newest(self) -> None:
        self.items.insert(0, self.items[0] + 1)

    def __call__(self, after: int | None) -> tuple[list[Item], int | None]:
        rows = [i for i in self.items if after is None or i < after][: self.page + 1]
        more = len(rows) > self.page
        rows = rows[: self.page]
        return [Item(i, f"item {i}") for i in rows], (rows[-1] if more else None)


def _every_row_shown(qtbot, model: PagedTableModel[Item]) -> list[str | None]:
    """Each row as shown, scrolling from the top, every page waited for, to the end."""
    names: list[str | None] = []
    row = 0
    while True:
        while row < model.row_total:
            index = model.index(row, 0)
            qtbot.waitUntil(lambda i=index: model.data(i, DISPLAY) != "Loading…", timeout=10000)
            names.append(model.data(index, DISPLAY))
            row += 1
        if not model.canFetchMore():
            return names
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=10000)


def test_a_page_fetched_again_after_a_new_record_skips_and_repeats_no_row(qtbot):
    source = Newest(50, page=10)
    model: PagedTableModel[Item] = PagedTableModel(
        [Column("Name", lambda i: i.name)], runner=TaskRunner(), keep_pages=2
    )
    model.load(source)
    qtbot.waitUntil(lambda: model.row_total > 0 and not model.fetching, timeout=10000)
    while model.canFetchMore():  # to the end: the first pages are let go
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    assert shown(model, 0) == "Loading…"
    source.add_newest()  # saved at another desk while the list was open
    names = _every_row_shown(qtbot, model)
    assert "item 40" in names  # the first page's last row, pushed down by the new one
    assert len(names) == len(set(names))
    assert names == sorted(names, key=lambda n: -int(str(n).split()[1]))
