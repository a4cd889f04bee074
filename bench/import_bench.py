"""`beacon import reports` beside a raw sqlite3 executemany of the same rows, and its peak memory.

Each repetition builds two fresh Beacon databases (same schema, pick-lists and pragmas) and
imports the same generated CSV into one with Beacon (check pass, then batched writes) and into
the other with csv.reader + sqlite3 executemany in one transaction; the order alternates between
repetitions. Peak memory (VmHWM, else ru_maxrss) is measured in child processes: a small file,
then a big one (--big-mb, default 300 MB), so a flat figure shows the import streams.

Usage: .venv/bin/python bench/import_bench.py [--rows 100000] [--runs 3] [--big-mb 300]
       [--skip-memory]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from desktop_app.services.clock import forget_office_zone  # noqa: E402
from desktop_app.services.importer import import_reports  # noqa: E402
from desktop_app.services.picklists import DEFAULT_CATEGORIES, PicklistService  # noqa: E402
from desktop_app.services.session import Session  # noqa: E402
from desktop_app.services.settings import SettingsService  # noqa: E402
from desktop_app.services.users import create_first_manager  # noqa: E402
from models.connection import close, connect  # noqa: E402
from models.database import DatabaseTarget  # noqa: E402

LOCATIONS = [f"Location {n}" for n in range(1, 21)]
HEADER = ["occurred_at", "category", "location", "narrative", "severity", "reporter_name"]
WORDS = ["bike", "stall", "door", "window", "car", "park", "lights", "gate", "fence", "shop", "bin"]


def generate(path: Path, rows: int, words: int = 14, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(rows):
            at = start + timedelta(minutes=rng.randrange(0, 500_000))
            narrative = f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(words))
            writer.writerow(
                [
                    at.strftime("%Y-%m-%d %H:%M"),
                    rng.choice(DEFAULT_CATEGORIES),
                    rng.choice(LOCATIONS),
                    narrative,
                    rng.choice(("low", "medium", "high")),
                    f"Resident {rng.randrange(3000)}" if i % 3 == 0 else "",
                ]
            )


def fresh_office(path: Path) -> Session:
    forget_office_zone()
    connect(DatabaseTarget("sqlite", str(path)))
    manager = create_first_manager("bench", "Bench Manager", "correct-horse-battery")
    SettingsService(manager).update(time_zone="Europe/London")
    picks = PicklistService(manager)
    picks.ensure_default_categories()
    zone = picks.add_zone("Central")
    for name in LOCATIONS:
        picks.add_location(name, zone.id)
    return manager


def beacon_import(csv_path: Path, db_path: Path) -> float:
    manager = fresh_office(db_path)
    started = time.perf_counter()
    result = import_reports(manager, csv_path)
    elapsed = time.perf_counter() - started
    close()
    print(f"  beacon: {result.rows:,} rows in {elapsed:.2f} s", flush=True)
    return elapsed


RAW_SQL = """INSERT INTO report (number, source, received_at, occurred_at, anonymous, category_id,
    severity, location_id, zone_id, account, action_taken, police_notified, police_reference,
    status, void_reason, updated_at) VALUES (?, 'walk_in', ?, ?, 1, ?, ?, ?, ?, ?, '', 0, '',
    'new', '', ?)"""


def raw_import(csv_path: Path, db_path: Path) -> float:
    fresh_office(db_path)
    close()
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    categories = dict(con.execute("SELECT name, id FROM category"))
    locations = {n: (i, z) for n, i, z in con.execute("SELECT name, id, zone_id FROM location")}
    started = time.perf_counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = []
        for number, (at, category, location, narrative, severity, _who) in enumerate(reader, 1):
            loc, zone = locations[location]
            when = at + ":00"
            cat = categories[category]
            rows.append(
                (f"WR-2025-{number:05d}", when, when, cat, severity, loc, zone, narrative, when)
            )
    con.execute("BEGIN IMMEDIATE")
    con.executemany(RAW_SQL, rows)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    print(f"  raw sqlite3: {len(rows):,} rows in {elapsed:.2f} s", flush=True)
    return elapsed


def peak_kb() -> int:
    """This process's peak resident memory in kB. Linux keeps ru_maxrss across exec, so a child
    would inherit the parent's peak; VmHWM (the peak of this program's own memory) is exact."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_peak(csv_path: Path, db_path: Path) -> tuple[float, int]:
    """Import in a child process; its seconds and peak resident memory in MB."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(csv_path), str(db_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, peak_kb = done.stdout.split()[-2:]
    return float(seconds), int(peak_kb) // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-mb", type=int, default=300)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        started = time.perf_counter()
        import_reports(fresh_office(args.child[1]), args.child[0])
        print(f"{time.perf_counter() - started:.1f} {peak_kb()}")
        return 0
    with tempfile.TemporaryDirectory(prefix="beacon-import-bench-") as tmp:
        work = Path(tmp)
        source = work / "reports.csv"
        generate(source, args.rows)
        print(f"{args.rows:,} report rows, {source.stat().st_size / 1e6:.1f} MB", flush=True)
        beacon, raw = [], []
        for run in range(args.runs):
            order = [(beacon, beacon_import), (raw, raw_import)]
            for times, fn in order if run % 2 == 0 else reversed(order):
                times.append(fn(source, work / f"{fn.__name__}-{run}.db"))
        b, r = statistics.median(beacon), statistics.median(raw)
        print(f"median: beacon {b:.2f} s, raw sqlite3 {r:.2f} s, ratio {b / r:.1f}x (target 5x)")
        if args.skip_memory:
            return 0
        small = work / "small.csv"
        generate(small, 10_000)
        seconds, peak = child_peak(small, work / "small.db")
        print(f"peak memory, 10,000 rows ({small.stat().st_size / 1e6:.1f} MB): {peak} MB")
        big = work / "big.csv"
        rows = args.big_mb * 1_000_000 // 600
        generate(big, rows, words=90)
        seconds, peak = child_peak(big, work / "big.db")
        size = big.stat().st_size / 1e6
        print(f"peak memory, {rows:,} rows ({size:.0f} MB): {peak} MB, in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
