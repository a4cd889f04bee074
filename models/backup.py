"""Consistent copies of a SQLite database through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sqlite_backup(source: str | Path, destination: str | Path) -> Path:
    """Copy a live SQLite database page by page; safe while other connections write."""
    dest = Path(destination)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source), timeout=30)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out, pages=1024)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
        tmp.replace(dest)  # a half-written backup never carries the final name
    except BaseException:
        tmp.unlink(missing_ok=True)  # nor is it left lying about (a full disk, an interrupt)
        raise
    finally:
        src.close()
    return dest
