#pragma once

// The scoring engine: DESIGN.md section 3, exactly.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

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

// Normalised value (0-1) of `value` for indicator `indicatorIndex`,
// direction applied.
double normalizeValue(double value, std::size_t indicatorIndex, const Methodology& methodology,
                      const NormalizationContext& context);

// Weighted aggregate of `parts` (each 0-1) with relative `weights`.
// Geometric: 0 when any part is 0. Returns 0 for an empty input.
double aggregate(Aggregation method, const std::vector<double>& parts,
                 const std::vector<double>& weights);

// Scores one profile. The profile's values are used as they are: a bloc to
// be pooled must be pooled first (see scoreProfiles).
ScoreResult scoreProfile(const Profile& profile, const Methodology& methodology,
                         const NormalizationContext& context = {});

// Scores a set of profiles together: pools blocs that have members and no
// values of their own from the members in `profiles`, builds the
// normalisation context, scores each. Results are in input order.
std::vector<ScoreResult> scoreProfiles(const std::vector<Profile>& profiles,
                                       const Methodology& methodology);

} // namespace aisov
