#pragma once

// Monte Carlo over methodological choices and data quality.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aisov {

struct UncertaintyOptions
{
    int draws = 1000;
    std::uint64_t seed = 1;
    bool perturbWeights = true;    // Dirichlet around the set weights
    bool switchAggregation = true; // pillars: arithmetic or geometric per draw
    bool perturbValues = true;     // noise by confidence
};

struct UncertaintySummary
{
    std::string code;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    // rankFrequency[r] = share of draws (0-1) in which the profile held rank r+1.
    std::vector<double> rankFrequency;
};

} // namespace aisov
