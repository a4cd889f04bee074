"""Running figures: each a pair of functions doing the same work, Beacon's and its floor's (raw
sqlite3 or bare Qt), interleaved on a throwaway copy; medians, ratios, a table and JSON."""

from __future__ import annotations

import statistics
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.cache import remove, say, throwaway_copy
from bench.schedule import BEACON, interleaved


class Elapsed(float):
    """Returned by a run that times itself (a subprocess: launch to the line it prints)."""


@dataclass
class Pair:
    """One figure made ready: Beacon's run, the floor's run, what to say about them, and what to
    undo afterwards (connections to close)."""

    beacon: Callable[[], object]
    floor: Callable[[], object]
    note: str = ""
    cleanup: list[Callable[[], object]] = field(default_factory=list)


@dataclass(frozen=True)
class Figure:
    name: str  # for --only
    title: str
    floor_title: str
    prepare: Callable[[Workspace], Pair]


@dataclass
class Workspace:
    """Where a figure's throwaway copies live; every copy is removed when the figure ends."""

    cached: Path
    folder: Path
    scale: str
    copies: list[Path] = field(default_factory=list)

    def copy(self, label: str) -> Path:
        path = throwaway_copy(self.cached, self.folder, label)
        self.copies.append(path)
        return path

    def clear(self) -> None:
        for path in self.copies:
            remove(path)
        self.copies.clear()


@dataclass
class Result:
    name: str
    title: str
    floor_title: str
    reps: int = 0
    beacon_s: float | None = None
    floor_s: float | None = None
    beacon_samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    note: str = ""
    error: str = ""

    @property
    def ratio(self) -> float | None:
        if self.beacon_s is None or not self.floor_s:
            return None
        return self.beacon_s / self.floor_s

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "floor": self.floor_title,
            "beacon_s": self.beacon_s,
            "floor_s": self.floor_s,
            "ratio": None if self.ratio is None else round(self.ratio, 2),
            "reps": self.reps,
            "beacon_samples_s": self.beacon_samples,
            "floor_samples_s": self.floor_samples,
            "note": self.note,
            "error": self.error,
        }


def measure(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    outcome = run()
    elapsed = time.perf_counter() - start
    return float(outcome) if isinstance(outcome, Elapsed) else elapsed


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:200]


def run_figure(figure: Figure, workspace: Workspace, reps: int) -> Result:
    """One warm-up run of each side, then reps of each, interleaved. A figure that raises gets
    its error in its row; the benchmark goes on with the next."""
    result = Result(figure.name, figure.title, figure.floor_title)
    pair: Pair | None = None
    try:
        pair = figure.prepare(workspace)
        result.note = pair.note
        pair.beacon()
        pair.floor()
        samples: dict[str, list[float]] = {"beacon": [], "floor": []}
        for side, _ in interleaved(reps):
            samples[side].append(measure(pair.beacon if side == BEACON else pair.floor))
        result.beacon_samples = [round(s, 6) for s in samples["beacon"]]
        result.floor_samples = [round(s, 6) for s in samples["floor"]]
        result.beacon_s = statistics.median(samples["beacon"])
        result.floor_s = statistics.median(samples["floor"])
        result.reps = reps
    except Exception as exc:  # a figure broken by a change must not stop the others
        result.error = one_line(exc)
        say(f"{figure.name}: {result.error}")
        say("".join(traceback.format_exception(exc)).rstrip())
    finally:
        for undo in reversed(pair.cleanup if pair else []):
            try:
                undo()
            except Exception as exc:  # pragma: no cover - best effort
                say(f"{figure.name}: cleanup: {one_line(exc)}")
        workspace.clear()
    return result


def shown(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.2f} ms"


def ratio_text(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    return f"{ratio:.1f}×" if ratio < 100 else f"{ratio:,.0f}×"


def table(results: list[Result]) -> str:
    """The results as a Markdown table: what the README shows."""
    lines = [
        "| figure | Beacon | floor | ratio | reps |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.title} | error: {r.error} | {r.floor_title} | — | 0 |")
            continue
        lines.append(
            f"| {r.title} | {shown(r.beacon_s)} | {r.floor_title} {shown(r.floor_s)} "
            f"| {ratio_text(r.ratio)} | {r.reps} |"
        )
    return "\n".join(lines)
