#pragma once

// Machine-readable score output (DESIGN.md section 5).

#include "aisov/Methodology.h"
#include "aisov/ScoreResult.h"
#include "aisov/Uncertainty.h"

#include <string>
#include <vector>

namespace aisov {

// The `score --format json` object: {"methodology": {...}, "results": [...]}.
// `uncertainty` is either empty or one entry per result.
std::string resultsToJson(const Methodology& methodology, const std::vector<ScoreResult>& results,
                          const std::vector<UncertaintySummary>& uncertainty = {});
// One row per profile: code,name,score,band,coverage,met,<pillar ids...>
// and, when `uncertainty` is given (one entry per result), p5,p50,p95.
std::string resultsToCsv(const Methodology& methodology, const std::vector<ScoreResult>& results,
                         const std::vector<UncertaintySummary>& uncertainty = {});

} // namespace aisov
