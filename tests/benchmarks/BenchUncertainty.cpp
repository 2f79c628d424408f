// Monte Carlo uncertainty: the issue-6 target is 10,000 draws for 200
// profiles with 25 indicators in under 200 ms on a 2-core machine.
// Results and the command that reproduces them: docs/performance.md.

// Own main: the shared one is compiled without benchmarking support.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include "../SyntheticData.h"

#include "aisov/Uncertainty.h"

#include <catch2/catch.hpp>

using namespace aisov;

TEST_CASE("uncertainty: 10,000 draws, 200 profiles, 25 indicators", "[benchmark][uncertainty]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const std::vector<Profile> profiles = test::syntheticProfiles(methodology, 200);
    UncertaintyOptions options;
    options.draws = 10000;
    options.seed = 7;

    BENCHMARK("all perturbations, ranks, 2 threads")
    {
        options.threads = 2;
        return analyzeUncertainty(profiles, methodology, options);
    };
    BENCHMARK("all perturbations, ranks, 1 thread")
    {
        options.threads = 1;
        return analyzeUncertainty(profiles, methodology, options);
    };
    BENCHMARK("all perturbations, no ranks, 2 threads")
    {
        options.threads = 2;
        options.computeRanks = false;
        auto summaries = analyzeUncertainty(profiles, methodology, options);
        options.computeRanks = true;
        return summaries;
    };
}
