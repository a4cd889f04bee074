"""The benchmark's run order and its handling of a broken figure (no timings asserted)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.harness import Figure, Pair, Workspace, run_figure, table
from bench.schedule import BEACON, FLOOR, interleaved


def test_beacon_and_floor_runs_are_interleaved_and_take_turns_going_first() -> None:
    order = interleaved(4)
    assert [side for side, _ in order] == [
        BEACON, FLOOR, FLOOR, BEACON, BEACON, FLOOR, FLOOR, BEACON,
    ]  # fmt: skip
    assert [rep for _, rep in order] == [0, 0, 1, 1, 2, 2, 3, 3]


def test_no_two_runs_of_one_side_are_more_than_two_apart() -> None:
    sides = [side for side, _ in interleaved(7)]
    assert sides.count(BEACON) == sides.count(FLOOR) == 7
    assert all(BEACON in sides[i : i + 3] and FLOOR in sides[i : i + 3] for i in range(12))


def test_a_figure_that_raises_gets_a_one_line_error_and_the_next_still_runs(
    tmp_path: Path,
) -> None:
    def broken(ws: Workspace) -> Pair:
        raise sqlite3.OperationalError("no such column: report.search_text\nsecond line")

    calls: list[str] = []
    fine = Figure("fine", "a fine figure", "floor", lambda ws: Pair(
        lambda: calls.append("beacon"), lambda: calls.append("floor")
    ))  # fmt: skip
    workspace = Workspace(tmp_path / "cache.db", tmp_path, "small")
    results = [
        run_figure(Figure("broken", "a broken figure", "floor", broken), workspace, 2),
        run_figure(fine, workspace, 2),
    ]
    assert results[0].error == "OperationalError: no such column: report.search_text"
    assert "| a broken figure | error: OperationalError" in table(results)
    assert results[1].reps == 2 and not results[1].error
    assert calls == ["beacon", "floor", "beacon", "floor", "floor", "beacon"]  # warm-up first
