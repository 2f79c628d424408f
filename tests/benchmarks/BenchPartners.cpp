// The partner finder (aisov/Partners.h): every other profile pooled with one
// country and scored, over 40 and 200 synthetic profiles with 25 indicators
// (the app shows it on demand, so it should answer within a frame or two).
//
//   cmake -S . -B build-bench -DAISOV_BUILD_BENCHMARKS=ON
//   cmake --build build-bench -j2 --target BenchPartners
//   build-bench/tests/BenchPartners --benchmark-samples 30
//
// Results: docs/performance.md.

#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include "../SyntheticData.h"
#include "BenchMedian.h"

#include "aisov/Analysis.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace aisov;

namespace {

void benchmarkPartners(std::size_t profileCount)
{
    const Methodology methodology = test::syntheticMethodology(25);
    const Analysis analysis(test::syntheticProfiles(methodology, profileCount), methodology);
    const std::string code = analysis.profiles().front().code;
    REQUIRE(analysis.partners(code).partners.size() == profileCount - 1);
    BENCHMARK("partners of one profile among " + std::to_string(profileCount))
    {
        return analysis.partners(code);
    };
    const double median = bench::medianMilliseconds(31, [&] { (void)analysis.partners(code); });
    std::printf("median over 31 runs, %zu profiles: %.3f ms\n", profileCount, median);
}

} // namespace

TEST_CASE("partner ranking over 40 profiles", "[benchmark][partners]")
{
    benchmarkPartners(40);
}

TEST_CASE("partner ranking over 200 profiles", "[benchmark][partners]")
{
    benchmarkPartners(200);
}
