#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: installs what is missing, checks
# formatting, builds with warnings as errors under AddressSanitizer and
# UndefinedBehaviorSanitizer, runs every test in that build, runs clang-tidy,
# builds the Release (-O3) targets and their Debian package, and fuzzes each
# reader briefly. Each step prints how long it took.
#
# The suite runs once, in the sanitizer build: a plain build would run the
# same tests with fewer checks, and building everything twice does not fit
# in CI's hour on 2 cores.
#
# Set AISOV_QUICK=1 for local iteration: a plain build into build/ (or
# $AISOV_BUILD_DIR) and one test run, without sanitizers, and nothing after.
set -euo pipefail
cd "$(dirname "$0")/.."

step_started=$SECONDS
step() {
    echo "test.sh: $1 took $((SECONDS - step_started)) s (total $SECONDS s)"
    step_started=$SECONDS
}

scripts/setup.sh
scripts/check-format.sh
step "setup and format check"

if [ "${AISOV_QUICK:-0}" = 1 ]; then
    export AISOV_BUILD_DIR=${AISOV_BUILD_DIR:-build}
    scripts/build.sh -DAISOV_BUILD_TESTS=ON
    ctest --test-dir "$AISOV_BUILD_DIR" --output-on-failure -j2 --timeout 600
    exit 0
fi

export AISOV_BUILD_DIR=build-asan
scripts/build.sh -DAISOV_SANITIZERS=ON -DAISOV_BUILD_TESTS=ON
step "sanitizer build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j2 --timeout 900
step "tests under ASan and UBSan"

# The sanitizer build's compile database has every source and test.
scripts/tidy.sh
step "clang-tidy"

# The optimised build (-O3) of what users run, and its Debian package. GCC
# warns differently there (a false -Wrestrict once broke it), so it must
# build with -Werror too.
AISOV_BUILD_DIR=build-release scripts/package.sh
step "Release build and package"

FUZZ_SECONDS=${FUZZ_SECONDS:-10} scripts/fuzz.sh
step "fuzzing"
