#pragma once

// Machine-readable score output (the fields: docs/cli.md, "score").

#include "aisov/Methodology.h"
#include "aisov/ScoreResult.h"
#include "aisov/Uncertainty.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

// A what-if scenario scored beside its base profile (`score --scenario`).
struct ScenarioOutput
{
    std::string name;
    ScoreResult result;
};

// The `score --format json` object: {"methodology": {...}, "results": [...]}.
// `uncertainty` is either empty or one entry per result (with rank
// frequencies it adds "rank_frequency": [share at rank 1, at rank 2, ...]); so is `scenarios`,
// whose entries add a "scenario" object ({"name", then the fields of a
// result}) to the results that have one.
std::string resultsToJson(const Methodology& methodology, const std::vector<ScoreResult>& results,
                          const std::vector<UncertaintySummary>& uncertainty = {},
                          const std::vector<std::optional<ScenarioOutput>>& scenarios = {});
// One row per profile: code,name,score,band,coverage,met,<pillar ids...>
// and, when `uncertainty` is given (one entry per result),
// p5,p50,p95,likely_rank,likely_rank_share (see aisov::mostLikelyRank). With
// `scenarios` (one entry per result) a last column "scenario" is added:
// empty on a profile's row, the scenario's name on the row of its result,
// which follows the profile's (its uncertainty columns stay empty).
std::string resultsToCsv(const Methodology& methodology, const std::vector<ScoreResult>& results,
                         const std::vector<UncertaintySummary>& uncertainty = {},
                         const std::vector<std::optional<ScenarioOutput>>& scenarios = {});

} // namespace aisov
