#!/usr/bin/env bash
# One command: set up, then start Beacon (default: the desktop app on the local SQLite file).
# Extra arguments go to the beacon command, e.g. scripts/run.sh --db /tmp/office.db
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/beacon" "$@"
