"""A rotating log file in the user's log directory. Never log passwords, hashes or narratives."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from models import APP_NAME


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to beacon.log (1 MB x 5). Returns the file, or None when the folder is not writable."""
    root = logging.getLogger()
    if any(getattr(h, "_beacon", False) for h in root.handlers):
        return None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "beacon.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._beacon = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return folder / "beacon.log"
