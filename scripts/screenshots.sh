#!/usr/bin/env bash
# Regenerates the screenshots of docs/user-guide.md from the real
# application: a fresh database seeded with the bundled profiles, each view
# driven and grabbed (tests/app/UserGuideScreenshots.cpp), written to
# docs/images/. Runs on the offscreen platform, so it needs no display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${AISOV_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DAISOV_WERROR=ON -DAISOV_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD_DIR" -j"${AISOV_JOBS:-2}" --target UserGuideScreenshots
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$BUILD_DIR/tests/UserGuideScreenshots" docs/images
