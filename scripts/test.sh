#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, checks
# formatting, builds with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/check-format.sh
export AISOV_BUILD_DIR=${AISOV_BUILD_DIR:-build}
scripts/build.sh -DAISOV_BUILD_TESTS=ON
ctest --test-dir "$AISOV_BUILD_DIR" --output-on-failure -j2 --timeout 600
