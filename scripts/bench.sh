#!/usr/bin/env bash
# The benchmark (never part of the test run): builds the `large` demo office once into bench/out/
# (rebuilt when the demo or the schema version changes), then times each figure beside its floor
# (raw sqlite3 / bare Qt), interleaved, on throwaway copies; prints a table and writes JSON.
# Usage: scripts/bench.sh [--reps N] [--only NAME] [--json PATH] [--demo-db PATH]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" "test,dev"  # the same extras as test.sh: no reinstall between them
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m bench "$@"
