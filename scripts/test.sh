#!/usr/bin/env bash
# One command: set up (with the test tools), then run the whole test suite headless.
# Extra arguments go to pytest, e.g. scripts/test.sh -k audit
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" "test,dev"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m pytest "$@"
