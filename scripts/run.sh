#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, builds,
# and starts the desktop application on the default database (created and
# seeded with the bundled profiles on first start). Arguments go to the
# application, e.g. scripts/run.sh --db team.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${AISOV_BUILD_DIR:-build}
AISOV_BUILD_DIR=$BUILD_DIR scripts/build.sh -DAISOV_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display to show the application on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "run: the command-line tool instead, scoring the bundled profiles:" >&2
    exec "$BUILD_DIR/src/cli/aisov-cli" score --profiles data/profiles/bundled-profiles.json --format table
fi
exec "$BUILD_DIR/src/app/aisov" "$@"
