#pragma once

// Monte Carlo over methodological choices and data quality
// (docs/methodology-advanced.md, "Uncertainty").
//
// Each draw perturbs, for all profiles at once, the weights (Dirichlet around
// the set weights) and the pillar aggregation (arithmetic or geometric), and,
// per profile and value, the value by its confidence (log-normal noise). The
// spread of a profile's score over the draws is its uncertainty; how often a
// profile holds each rank shows how robust a ranking is.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct UncertaintyOptions
{
    int draws = 1000;
    std::uint64_t seed = 1;
    // Worker threads; 0 = one per hardware core. The output does not depend
    // on it: every draw has its own random stream, derived from (seed, draw).
    int threads = 0;

    // Weights: Dirichlet(concentration x w / sum w) per group (the pillars;
    // the indicators of each pillar). Its mean is the set weights; 100 gives
    // six equal pillar weights a relative standard deviation of about 22%.
    bool perturbWeights = true;
    double weightConcentration = 100.0;

    // Pillar aggregation: arithmetic or geometric with probability 1/2 each
    // per draw (the two usual choices; "minimum" is not drawn).
    bool switchAggregation = true;

    // Values: multiplied by exp(sigma z), z standard normal, sigma by the
    // value's confidence. Under a log transform that is an additive shift
    // of sigma z in transformed space, so log indicators stay positive.
    bool perturbValues = true;
    double sigmaHigh = 0.05;   // about +-5%
    double sigmaMedium = 0.15; // about +-15%
    double sigmaLow = 0.30;    // about +-30%

    // Rank frequencies cost a sort per draw; switch off when not needed.
    bool computeRanks = true;
    // Codes of the profiles ranked against each other (the ones a user
    // compares; all profiles are still scored together, as blocs need their
    // members). Empty: every scored profile is ranked.
    std::vector<std::string> rankAmong;
};

struct UncertaintySummary
{
    std::string code;
    // False when the profile has no data at all (no score): no interval.
    bool scored = false;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    // rankFrequency[r] = share of draws (0-1) in which the profile held rank
    // r+1 (1 = highest score) among the ranked profiles (all scored ones, or
    // UncertaintyOptions::rankAmong); ties go to the profile that comes first
    // in the input. Empty when not scored, not ranked, or when ranks were not
    // computed.
    std::vector<double> rankFrequency;
};

// The rank a profile holds in more draws than any other, and in what share
// of the draws (the better rank on a tie); nullopt without rank frequencies.
struct LikelyRank
{
    int rank = 0; // 1 = highest score
    double share = 0.0;
};
std::optional<LikelyRank> mostLikelyRank(const UncertaintySummary& summary);

// Runs the Monte Carlo for `profiles` scored together (blocs with members
// and no values are pooled first, as scoreProfiles does). One summary per
// profile, in input order. The same options give the same output whatever
// the thread count. Memory: 8 bytes per draw and scored profile (16 MB for
// 10,000 draws of 200 profiles). Throws std::invalid_argument for draws < 1.
std::vector<UncertaintySummary> analyzeUncertainty(const std::vector<Profile>& profiles,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options = {});

// Every draw's score, profile-major (scores[profile][draw]); for tests that
// check draws one by one. Unscored profiles get an empty row. Same
// computation as analyzeUncertainty, so keep `draws` small.
std::vector<std::vector<double>> uncertaintyDraws(const std::vector<Profile>& profiles,
                                                  const Methodology& methodology,
                                                  const UncertaintyOptions& options = {});

} // namespace aisov
