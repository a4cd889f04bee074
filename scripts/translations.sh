#!/usr/bin/env bash
# Refresh the translators' catalogues (resources/i18n/beacon_*.ts, Qt Linguist files kept in git)
# from the source with pyside6-lupdate, then compile them (.qm, not kept in git) with
# pyside6-lrelease. Run it after adding or changing visible text; translate in Qt Linguist
# (pyside6-linguist). The English catalogue holds the plural forms ("1 page", "3 pages").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[ -x .venv/bin/pyside6-lupdate ] || bash scripts/setup.sh
# What a user sees: the UI, and the labels of stored values (marked in desktop_app/vocabulary.py).
mapfile -t sources < <(find ui -name '*.py' | sort; echo desktop_app/vocabulary.py)
for ts in resources/i18n/beacon_*.ts; do
    lang="$(basename "$ts" .ts)"; lang="${lang#beacon_}"
    .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
        -target-language "$lang" "${sources[@]}" -ts "$ts"
done
bash scripts/compile-translations.sh
echo "Refreshed and compiled: $(ls resources/i18n/*.ts | tr '\n' ' ')"
