"""Icons, the style sheet and report artwork, found through one helper."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The path of a resource file, e.g. resource_path("icons/beacon.svg")."""
    path = _HERE / name
    if not path.is_file():
        raise FileNotFoundError(f"missing resource: {name}")
    return path
