#!/usr/bin/env bash
# Configures and builds into build/ (or $AISOV_BUILD_DIR). Extra arguments go
# to CMake's configure step, e.g. scripts/build.sh -DAISOV_SANITIZERS=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${AISOV_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DAISOV_WERROR=ON "$@"
cmake --build "$BUILD_DIR" -j"${AISOV_JOBS:-2}"
