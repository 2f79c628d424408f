#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, builds,
# and runs the main job: a score table of the bundled profiles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
AISOV_BUILD_DIR=${AISOV_BUILD_DIR:-build} scripts/build.sh -DAISOV_BUILD_TESTS=OFF
"${AISOV_BUILD_DIR:-build}/src/cli/aisov-cli" score --profiles data/profiles/bundled-profiles.json --format table
