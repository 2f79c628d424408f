#include "aisov/ScoreResult.h"

namespace aisov {

const PillarResult* ScoreResult::findPillar(const std::string& pillarId) const
{
    for (const auto& pillar : pillars)
        if (pillar.id == pillarId)
            return &pillar;
    return nullptr;
}

const IndicatorResult* ScoreResult::findIndicator(const std::string& indicatorId) const
{
    for (const auto& indicator : indicators)
        if (indicator.id == indicatorId)
            return &indicator;
    return nullptr;
}

} // namespace aisov
