#pragma once

// What a what-if scenario changes against its base, and which of its
// overrides the base has caught up with since. One rule for every front
// end (the desktop application's Scenarios tab, and any report), so the
// delta and the "overtaken" verdict are computed in one place.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

// How errors, sources and messages name a scenario: `scenario "plan" of CHE`.
std::string scenarioSourceName(const std::string& baseCode, const std::string& name);

// True when the base's current value of `indicator` is equal to or better
// than `overrideValue` in the indicator's direction: base >= override for a
// higher-is-better indicator, base <= override for a lower-is-better one.
// The raw values are compared (not the normalised ones), so the verdict does
// not depend on the other profiles under minmax or percentile. Equal counts
// as overtaken: the override no longer changes the value. A base without a
// value never overtakes.
bool baseOvertakesOverride(const Indicator& indicator, std::optional<double> baseValue,
                           double overrideValue);

// The indicators of `overrides` that `base` (the profile as scored: a pooled
// bloc with its pooled values) has overtaken, in the overrides' order.
// Overrides of indicators the methodology lacks are skipped
// (validateScenarioOverrides refuses them anyway).
std::vector<std::string> overtakenOverrides(const Profile& base,
                                            const std::vector<IndicatorValue>& overrides,
                                            const Methodology& methodology);

struct PillarDelta
{
    std::string id;
    std::optional<double> before; // 0-100; empty when the pillar has no data
    std::optional<double> after;
    bool metBefore = false;
    bool metAfter = false;

    // after - before, when both have a score.
    std::optional<double> change() const;
};

struct ScenarioDelta
{
    std::optional<double> before;      // overall score of the base
    std::optional<double> after;       // overall score of the scenario
    std::vector<PillarDelta> pillars;  // in the base result's order
    std::vector<std::string> newlyMet; // pillars whose requirement the scenario meets, the base not
    std::vector<std::string> lost;     // pillars the base meets and the scenario does not

    std::optional<double> change() const;
};

// Compares the results of a base and of a scenario on it, both scored with
// the same methodology (pillars matched by id).
ScenarioDelta compareScenario(const ScoreResult& base, const ScoreResult& scenario);

} // namespace aisov
