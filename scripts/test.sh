#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, checks
# formatting, builds with warnings as errors, runs every test, runs
# clang-tidy, builds the Release (-O3) targets and their Debian package, runs the whole suite again
# under AddressSanitizer and UndefinedBehaviorSanitizer, and fuzzes each
# reader briefly.
# Set AISOV_QUICK=1 to stop after the first test run (for local iteration).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/check-format.sh

export AISOV_BUILD_DIR=${AISOV_BUILD_DIR:-build}
scripts/build.sh -DAISOV_BUILD_TESTS=ON
ctest --test-dir "$AISOV_BUILD_DIR" --output-on-failure -j2 --timeout 600
[ "${AISOV_QUICK:-0}" = 1 ] && exit 0

scripts/tidy.sh

# The optimised build (-O3) of what users run: GCC warns differently there
# (a false -Wrestrict once broke it), so it must build with -Werror too.
AISOV_BUILD_DIR=build-release scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DAISOV_BUILD_TESTS=OFF
# The Debian package of that build, checked by lintian (about 20 s).
scripts/package.sh

AISOV_BUILD_DIR=build-asan scripts/build.sh -DAISOV_SANITIZERS=ON -DAISOV_BUILD_TESTS=ON
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j2 --timeout 900

FUZZ_SECONDS=${FUZZ_SECONDS:-10} scripts/fuzz.sh
