#include "aisov/ScenarioDelta.h"

namespace aisov {

std::string scenarioSourceName(const std::string& baseCode, const std::string& name)
{
    return "scenario \"" + name + "\" of " + baseCode;
}

namespace {

std::optional<double> difference(const std::optional<double>& before,
                                 const std::optional<double>& after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

} // namespace

bool baseOvertakesOverride(const Indicator& indicator, std::optional<double> baseValue,
                           double overrideValue)
{
    if (!baseValue)
        return false;
    return indicator.direction == Direction::Higher ? *baseValue >= overrideValue
                                                    : *baseValue <= overrideValue;
}

std::vector<std::string> overtakenOverrides(const Profile& base,
                                            const std::vector<IndicatorValue>& overrides,
                                            const Methodology& methodology)
{
    std::vector<std::string> overtaken;
    for (const auto& scenarioValue : overrides) {
        const Indicator* indicator = methodology.findIndicator(scenarioValue.indicator);
        if (indicator == nullptr)
            continue;
        const IndicatorValue* current = base.findValue(scenarioValue.indicator);
        const std::optional<double> baseValue =
            current ? std::optional<double>(current->value) : std::nullopt;
        if (baseOvertakesOverride(*indicator, baseValue, scenarioValue.value))
            overtaken.push_back(scenarioValue.indicator);
    }
    return overtaken;
}

std::optional<double> PillarDelta::change() const
{
    return difference(before, after);
}

std::optional<double> ScenarioDelta::change() const
{
    return difference(before, after);
}

ScenarioDelta compareScenario(const ScoreResult& base, const ScoreResult& scenario)
{
    ScenarioDelta delta;
    delta.before = base.score;
    delta.after = scenario.score;
    for (const auto& pillar : base.pillars) {
        PillarDelta pillarDelta{pillar.id, pillar.score, std::nullopt, pillar.meets, false};
        if (const PillarResult* after = scenario.findPillar(pillar.id)) {
            pillarDelta.after = after->score;
            pillarDelta.metAfter = after->meets;
        }
        if (pillarDelta.metAfter && !pillarDelta.metBefore)
            delta.newlyMet.push_back(pillar.id);
        if (pillarDelta.metBefore && !pillarDelta.metAfter)
            delta.lost.push_back(pillar.id);
        delta.pillars.push_back(std::move(pillarDelta));
    }
    return delta;
}

} // namespace aisov
