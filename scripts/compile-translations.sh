#!/usr/bin/env bash
# Compile the catalogues (resources/i18n/*.ts) into what Qt loads (.qm); set-up runs this.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for ts in "$ROOT"/resources/i18n/beacon_*.ts; do
    "$ROOT/.venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
