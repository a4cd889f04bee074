"""The demo office the benchmark runs on: built once into a cache (outside git), keyed by the demo's
arguments, its source and the schema version, and handed out as throwaway copies."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from models.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / "bench" / "out"
UNTIL = "2026-10-31"  # a fixed end date: the same office whatever day the benchmark runs
SEED = 1


@dataclass(frozen=True)
class DemoSpec:
    scale: str = "large"
    seed: int = SEED
    until: str = UNTIL

    def args(self) -> list[str]:
        return ["demo", "--scale", self.scale, "--seed", str(self.seed), "--until", self.until]


def schema_version() -> int:
    return int(SCHEMA_VERSION)


def cache_key(spec: DemoSpec) -> str:
    """Changes when the demo's arguments, the demo's code or the schema version change."""
    digest = hashlib.sha256(repr((spec, schema_version())).encode())
    for source in sorted((ROOT / "desktop_app" / "demo").glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def database_version(path: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])
    except (sqlite3.Error, TypeError):
        return None


def cached_demo(spec: DemoSpec, cache_dir: Path, source: Path | None = None) -> Path:
    """The cached demo office for spec, built (or copied from source, a demo built elsewhere with
    the same arguments) when missing; older cached builds of the same scale are removed."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{spec.scale}-v{schema_version()}-{cache_key(spec)}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in (partial, *_sidecars(partial)):
        leftover.unlink(missing_ok=True)
    if source is not None:
        if database_version(source) != schema_version():
            raise SystemExit(
                f"bench: {source} is not at schema version {schema_version()}; "
                "leave out --demo-db to build the demo office afresh"
            )
        say(f"copying the demo office from {source} into the cache")
        backup(source, partial)
    else:
        say(f"building the {spec.scale} demo office into {path} (once; about a minute for large)")
        command = [sys.executable, "-m", "desktop_app", "--db", str(partial), *spec.args()]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        _checkpoint(partial)
    partial.replace(path)
    for old in cache_dir.glob(f"{spec.scale}-v*.db"):
        if old != path:
            old.unlink()
    return path


def backup(source: Path, dest: Path) -> None:
    """A consistent copy of source (the SQLite backup API: right even while another writes)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()


def throwaway_copy(cached: Path, folder: Path, label: str) -> Path:
    """A copy of the cached office for one figure: runs change it (sign-ins, saves, audit
    entries), the cache never. The cache is checkpointed and closed, so a file copy is whole."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{label}.db"
    remove(dest)
    shutil.copyfile(cached, dest)
    return dest


def remove(path: Path) -> None:
    for p in (path, *_sidecars(path)):
        p.unlink(missing_ok=True)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in _sidecars(path):
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def machine_load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover - not on this platform
        return []
