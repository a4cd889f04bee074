"""`bash scripts/bench.sh [--reps N] [--only NAME] [--json PATH]`: every figure beside its floor,
interleaved, on throwaway copies of the cached demo office; a table, and the same as JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from bench import (
    figures_contacts,
    figures_lists,
    figures_problems,
    figures_process,
    figures_search,
    figures_work,
)
from bench.cache import DEFAULT_CACHE, DemoSpec, cached_demo, machine_load, say
from bench.harness import Figure, Result, Workspace, run_figure, table

FIGURES: list[Figure] = [
    *figures_process.FIGURES[:1],
    *figures_search.FIGURES,
    *figures_contacts.FIGURES,
    *figures_problems.FIGURES,
    *figures_lists.FIGURES,
    *figures_work.FIGURES[:1],
    *figures_process.FIGURES[1:],
    *figures_work.FIGURES[1:],
]


def parse(argv: list[str]) -> argparse.Namespace:
    names = [f.name for f in FIGURES]
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--reps", type=int, default=7, help="timed runs of each side (default 7)")
    parser.add_argument(
        "--only",
        action="append",
        choices=names,
        metavar="NAME",
        help=f"run only this figure (repeatable): {', '.join(names)}",
    )
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the results (default bench/out/results-YYYYMMDD-HHMM.json)",
    )
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help="where the demo office is cached (default bench/out)",
    )
    parser.add_argument(
        "--demo-db",
        type=Path,
        help="a demo office built elsewhere with the same arguments, copied into "
        "the cache instead of building one",
    )
    args = parser.parse_args(argv)
    if args.reps < 1:
        parser.error("--reps must be at least 1")
    return args


def describe(db: Path) -> dict[str, object]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        count = {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("patrol_entry", "report", "contact")
        }
    return {"path": str(db), "size_mb": round(db.stat().st_size / 2**20), **count}


def main(argv: list[str]) -> int:
    args = parse(argv)
    spec = DemoSpec(scale=args.scale)
    cached = cached_demo(spec, args.cache_dir, args.demo_db)
    figures = [f for f in FIGURES if not args.only or f.name in args.only]
    started, load_before = datetime.now(), machine_load()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="runs-", dir=args.cache_dir) as folder:
        workspace = Workspace(cached, Path(folder), args.scale)
        for figure in figures:
            say(f"{figure.name} ({args.reps} reps each side) ...")
            results.append(run_figure(figure, workspace, args.reps))
    report = {
        "started": started.isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "load_before": load_before,
            "load_after": machine_load(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
        },
        "demo": {"scale": spec.scale, "seed": spec.seed, "until": spec.until, **describe(cached)},
        "reps": args.reps,
        "figures": [r.as_json() for r in results],
    }
    out = args.json or args.cache_dir / f"results-{started:%Y%m%d-%H%M}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    for r in results:
        if r.note:
            print(f"  {r.name}: {r.note}")
    print(
        f"\n{os.cpu_count()} cores, load {load_before} before, {machine_load()} after; "
        f"medians of {args.reps}; results in {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
