#pragma once

// Helpers shared by the tests: fixture paths and quick builders.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <string>

namespace aisov::test {

inline std::string fixturePath(const std::string& name)
{
    return std::string(AISOV_TEST_FIXTURES) + "/" + name;
}

inline IndicatorValue valueOf(const std::string& indicator, double value,
                              Confidence confidence = Confidence::High)
{
    IndicatorValue result;
    result.indicator = indicator;
    result.value = value;
    result.year = 2024;
    result.source = "test";
    result.url = "https://example.org";
    result.confidence = confidence;
    return result;
}

inline Indicator indicatorOf(const std::string& id, const std::string& pillar, double low,
                             double high, Transform transform = Transform::Linear,
                             Direction direction = Direction::Higher, double weight = 1.0)
{
    Indicator indicator;
    indicator.id = id;
    indicator.pillar = pillar;
    indicator.name = id;
    indicator.goalpostLow = low;
    indicator.goalpostHigh = high;
    indicator.transform = transform;
    indicator.direction = direction;
    indicator.weight = weight;
    return indicator;
}

} // namespace aisov::test
