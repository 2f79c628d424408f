#pragma once

// Monte Carlo over methodological choices and data quality
// (docs/methodology-advanced.md, "Uncertainty").
//
// Each draw perturbs, for all profiles at once, the weights (Dirichlet around
// the set weights) and the pillar aggregation (arithmetic or geometric), and,
// per profile and value, the value by its confidence (log-normal noise). The
// spread of a profile's score over the draws is its uncertainty; how often a
// profile holds each rank shows how robust a ranking is.

#include "aisov/Cancelled.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/Scoring.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
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

// How a caller (a window, say) follows and stops a run. Neither changes
// the output: a run that is not stopped gives the same summaries, bit for
// bit, with or without a control.
struct UncertaintyControl
{
    // Checked each time a worker thread claims its next chunk of 64 draws
    // (and of 8 profiles while the percentiles are computed). Once it is
    // requested, the run throws aisov::Cancelled as soon as the chunks under
    // way are done: milliseconds (about 1.5 ms per chunk for 200 profiles of
    // 25 indicators on one core of the project's machine).
    std::stop_token stop;
    // progress(done, total): draws computed so far of options.draws. Called
    // on whichever thread finished a chunk (a worker or the calling thread),
    // never two calls at once, with `done` strictly growing; at most 100
    // calls (one per percent), the last with done == total. It should return
    // quickly (post an event rather than paint). An exception it throws
    // stops the run and reaches the caller of analyzeUncertainty.
    std::function<void(int done, int total)> progress;
};

// Runs the Monte Carlo for `profiles` scored together (blocs with members
// and no values are pooled first, as scoreProfiles does). One summary per
// profile, in input order. The same options give the same output whatever
// the thread count. Memory: 8 bytes per draw and scored profile (16 MB for
// 10,000 draws of 200 profiles). Throws std::invalid_argument for draws < 1,
// aisov::Cancelled when control.stop was requested (even before the start);
// an exception thrown on a worker thread (out of memory, a throwing progress
// callback) is rethrown here once every worker has stopped.
std::vector<UncertaintySummary> analyzeUncertainty(const std::vector<Profile>& profiles,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options = {});
std::vector<UncertaintySummary> analyzeUncertainty(const std::vector<Profile>& profiles,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options,
                                                   const UncertaintyControl& control);

// The same for profiles already scored together by scoreProfileSet (as
// Analysis holds them), which saves scoring them again; `scored` must be
// the scoring of the profiles under `methodology`. Codes and order are
// those of scored.profiles (one per input profile).
std::vector<UncertaintySummary> analyzeUncertainty(const ScoredSet& scored,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options,
                                                   const UncertaintyControl& control);

// Which compiled version of the draws this process runs: "avx2" where the
// CPU has AVX2, else (or with the environment variable AISOV_PORTABLE_LANES
// set) "portable". Both give the same output bit for bit; the name is for
// diagnostics and the tests.
std::string_view uncertaintyDrawsVersion();

// Every draw's score, profile-major (scores[profile][draw]); for tests that
// check draws one by one. Unscored profiles get an empty row. Same
// computation as analyzeUncertainty, so keep `draws` small.
std::vector<std::vector<double>> uncertaintyDraws(const std::vector<Profile>& profiles,
                                                  const Methodology& methodology,
                                                  const UncertaintyOptions& options = {});

} // namespace aisov
