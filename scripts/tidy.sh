#!/usr/bin/env bash
# Runs clang-tidy (project .clang-tidy) over the project's own sources, using
# the compile database of build/ (or $AISOV_BUILD_DIR). Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${AISOV_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/compile_commands.json" ]; then
    echo "tidy: no $BUILD_DIR/compile_commands.json; run scripts/build.sh first" >&2
    exit 2
fi
mapfile -t files < <(git ls-files 'src/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P2 -n4 clang-tidy -p "$BUILD_DIR" --quiet
echo "tidy: ${#files[@]} files clean"
