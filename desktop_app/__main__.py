"""Composition root: logging, the command line, then the GUI or a headless command."""

from __future__ import annotations

import sys

from desktop_app.cli import run
from desktop_app.logging_setup import setup_logging


def main() -> int:
    setup_logging()
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
