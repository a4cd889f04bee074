#!/usr/bin/env bash
# Sets up everything Beacon needs on this machine; sourced by run.sh and test.sh.
#   - the Debian/Ubuntu system libraries Qt loads (only those missing; needs root or sudo)
#   - a virtual environment in .venv with Beacon and its dependencies (re-used while pyproject.toml
#     is unchanged)
# Usage: scripts/setup.sh [EXTRAS]   e.g. "test,dev"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS="${1:-}"
VENV="$ROOT/.venv"

say() { printf 'beacon setup: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else say "need root to run: $*"; return 1
    fi
}

APT_UPDATED=0
apt_install() {
    command -v apt-get >/dev/null 2>&1 || { say "please install: $*"; return 1; }
    if [ "$APT_UPDATED" = 0 ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        APT_UPDATED=1
    fi
    say "installing system packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. A Python 3.11 or newer.
PY=""
for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 &&
       "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
        PY="$(command -v "$cand")"; break
    fi
done
[ -n "$PY" ] || { say "Python 3.11 or newer is required"; exit 1; }

# 2. The shared libraries Qt's widgets, fonts and platform plugins load (offscreen and X11).
if command -v dpkg-query >/dev/null 2>&1; then
    wanted=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
            libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
            libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xfixes0
            libxcb-xkb1 libxcb-sync1 libxcb-xinerama0 libxrender1 libnss3 fonts-dejavu-core)
    missing=()
    for p in "${wanted[@]}"; do
        # Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix: either name will do.
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        dpkg-query -W -f='${Status}' "${p}t64" 2>/dev/null | grep -q "ok installed" ||
        missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        resolved=()
        for p in "${missing[@]}"; do
            if apt-cache show "$p" >/dev/null 2>&1; then resolved+=("$p")
            elif apt-cache show "${p}t64" >/dev/null 2>&1; then resolved+=("${p}t64")
            else resolved+=("$p")
            fi
        done
        apt_install "${resolved[@]}" || say "continuing without: ${resolved[*]}"
    fi
fi

# 3. The virtual environment (Debian's python3 needs python3-venv for it).
if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PY" -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        ver="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install "python${ver}-venv" || apt_install python3-venv
        "$PY" -m venv "$VENV"
    fi
fi

# 4. Beacon and its dependencies, installed again only when pyproject.toml or the extras change.
stamp="$VENV/.beacon-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) [$EXTRAS]"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into .venv (first time takes a minute)"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    spec="$ROOT"
    [ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
    "$VENV/bin/python" -m pip install -q -e "$spec"
    echo "$want" > "$stamp"
fi

# 5. The translations Qt loads (.qm), compiled from the catalogues kept in git (.ts).
for ts in "$ROOT"/resources/i18n/beacon_*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        bash "$ROOT/scripts/compile-translations.sh"
        break
    fi
done
