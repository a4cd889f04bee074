#!/usr/bin/env bash
# One command: set up (with the test tools), check the code (ruff, ruff format, mypy), then run the
# whole test suite headless under coverage, measured in worker threads and subprocesses too.
# Extra arguments go to pytest, e.g. scripts/test.sh -k audit (the coverage floor applies only to
# a whole run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" "test,dev"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
PY="$ROOT/.venv/bin/python"

say() { printf 'beacon test: %s\n' "$*" >&2; }

say "ruff check"
"$PY" -m ruff check --quiet .
say "ruff format --check"
"$PY" -m ruff format --check --quiet .
say "mypy"
"$PY" -m mypy

# Coverage data goes to one folder whatever a test's working directory (see [tool.coverage.run]).
export BEACON_COVERAGE_DIR="$ROOT/.coverage-data"
rm -rf "$BEACON_COVERAGE_DIR"
mkdir -p "$BEACON_COVERAGE_DIR"
chmod 0777 "$BEACON_COVERAGE_DIR"  # tests that run Beacon as another account write here too
status=0
"$PY" -m coverage run -m pytest "$@" || status=$?
"$PY" -m coverage combine --quiet "$BEACON_COVERAGE_DIR" >/dev/null 2>&1 || true
if [ "$status" -eq 0 ]; then
    if [ "$#" -eq 0 ]; then
        "$PY" -m coverage report || status=$?  # fails under the floor in pyproject.toml
    else
        "$PY" -m coverage report --fail-under=0 | tail -n 1
    fi
fi
exit "$status"
