#pragma once

// The scoring engine: docs/methodology.md, "How a score is made", exactly.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace aisov {

// What `minmax` and `percentile` normalisation need to know about the
// profiles scored together: per indicator, the transformed values present.
// Under `goalposts` it stays empty, so one profile's score never depends on
// which others are loaded.
struct NormalizationContext
{
    std::vector<std::vector<double>> sortedTransformedValues; // per methodology indicator
};

NormalizationContext makeNormalizationContext(const std::vector<Profile>& profiles,
                                              const Methodology& methodology);

// `value` under the indicator transform (natural log for `log`; -inf for a
// non-positive value, which validation refuses).
double transformValue(double value, Transform transform);

// `value` under the indicator's transform, its log floor applied: what the
// goalposts compare against.
double transformIndicatorValue(double value, const Indicator& indicator);

// The label reported instead of a band when coverage is below the
// methodology's minimum_coverage.
inline constexpr const char* kInsufficientDataLabel = "insufficient data";

// Normalised value (0-1) of `value` for indicator `indicatorIndex`,
// direction applied.
double normalizeValue(double value, std::size_t indicatorIndex, const Methodology& methodology,
                      const NormalizationContext& context);

// The logarithm (of x > 0) and exponential of the geometric aggregation:
// fdlibm's algorithms, error below one ulp, written so that the Monte Carlo
// computes four draws at once with the same bits (src/core/LaneMath.h).
double aggregationLog(double x);
double aggregationExp(double x);

// Weighted aggregate of `parts` (each 0-1) with relative `weights`.
// Geometric: 0 when any part is 0. Returns 0 for an empty input.
// The span form allocates nothing and is inline: the Monte Carlo loop
// (Uncertainty.cpp) calls it millions of times with its own buffers, so
// both paths share one formula and give bit-identical results.
inline double aggregate(Aggregation method, std::span<const double> parts,
                        std::span<const double> weights)
{
    double weightSum = 0.0;
    for (std::size_t i = 0; i < parts.size(); ++i)
        weightSum += weights[i];
    if (parts.empty() || weightSum <= 0.0)
        return 0.0;
    switch (method) {
    case Aggregation::Arithmetic: {
        double sum = 0.0;
        for (std::size_t i = 0; i < parts.size(); ++i)
            sum += weights[i] * parts[i];
        return sum / weightSum;
    }
    case Aggregation::Geometric: {
        double logSum = 0.0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (weights[i] <= 0.0)
                continue;
            if (parts[i] <= 0.0)
                return 0.0;
            logSum += weights[i] * aggregationLog(parts[i]);
        }
        return aggregationExp(logSum / weightSum);
    }
    case Aggregation::Minimum: {
        double minimum = 1.0;
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (weights[i] > 0.0)
                minimum = std::min(minimum, parts[i]);
        return minimum;
    }
    }
    return 0.0;
}
double aggregate(Aggregation method, const std::vector<double>& parts,
                 const std::vector<double>& weights);

// Threshold comparison with the slack scoreProfile uses, so that a pillar
// computed as 59.99999999999 from exact inputs of 60 still meets 60.
bool meetsThreshold(double score, double threshold);

// Scores one profile. The profile's values are used as they are: a bloc to
// be pooled must be pooled first (see scoreProfiles). A number of the
// result that is NaN or infinite is a bug, never a score: std::logic_error.
ScoreResult scoreProfile(const Profile& profile, const Methodology& methodology,
                         const NormalizationContext& context = {});

// A set of profiles scored together, with what was scored: blocs that have
// members and no values of their own are pooled from the members in the
// set, then one normalisation context serves all. In input order.
struct ScoredSet
{
    std::vector<Profile> profiles; // as scored: blocs pooled
    NormalizationContext context;
    std::vector<ScoreResult> results;
};
ScoredSet scoreProfileSet(const std::vector<Profile>& profiles, const Methodology& methodology);

// The results of scoreProfileSet.
std::vector<ScoreResult> scoreProfiles(const std::vector<Profile>& profiles,
                                       const Methodology& methodology);

} // namespace aisov
