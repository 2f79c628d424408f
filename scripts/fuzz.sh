#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and fuzzes each
# reader for FUZZ_SECONDS (default 60). The seed corpus lives in
# tests/fuzz/corpus/<target>/; new inputs go to build-fuzz/corpus/<target>/
# so that a run never rewrites the repository. A crash leaves its input in
# build-fuzz/ and makes the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
CXX=clang++ cmake -S . -B build-fuzz -DAISOV_BUILD_FUZZERS=ON -DAISOV_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target fuzz_methodology fuzz_profiles_json fuzz_profiles_csv ${AISOV_EXTRA_FUZZ_TARGETS:-}
for target in methodology profiles_json profiles_csv ${AISOV_EXTRA_FUZZ_NAMES:-}; do
    mkdir -p "build-fuzz/corpus/$target"
    echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
    (cd build-fuzz && "./tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" \
        -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
        "corpus/$target" "../tests/fuzz/corpus/$target")
done
