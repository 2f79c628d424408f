#pragma once

// A synthetic methodology and profile set of any size, for the uncertainty
// benchmark and for tests that need many profiles. Deterministic: the
// same arguments give the same data.

#include "TestSupport.h"

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <random>
#include <string>
#include <vector>

namespace aisov::test {

// Six pillars with `indicatorCount` indicators spread over them, mixing
// linear and log transforms and both directions (like the default
// methodology, which has 17).
inline Methodology syntheticMethodology(std::size_t indicatorCount)
{
    Methodology methodology;
    methodology.id = "synthetic";
    methodology.name = "Synthetic";
    methodology.version = "1";
    for (int k = 0; k < 6; ++k) {
        Pillar pillar;
        pillar.id = "p" + std::to_string(k);
        pillar.name = pillar.id;
        methodology.pillars.push_back(pillar);
    }
    for (std::size_t i = 0; i < indicatorCount; ++i) {
        const std::string pillar = "p" + std::to_string(i % 6);
        if (i % 3 == 0)
            methodology.indicators.push_back(
                indicatorOf("i" + std::to_string(i), pillar, 0.1, 1000.0, Transform::Log));
        else
            methodology.indicators.push_back(
                indicatorOf("i" + std::to_string(i), pillar, 0.0, 100.0, Transform::Linear,
                            i % 4 == 1 ? Direction::Lower : Direction::Higher));
    }
    methodology.bands = {{0, "Low"}, {50, "Mid"}, {75, "High"}};
    return methodology;
}

// `profileCount` countries with a value for every indicator (within the
// goalposts, so none is clamped) and mixed confidence.
inline std::vector<Profile> syntheticProfiles(const Methodology& methodology,
                                              std::size_t profileCount, unsigned seed = 42)
{
    std::mt19937 engine(seed);
    std::uniform_real_distribution<double> unit(0.05, 0.95);
    std::vector<Profile> profiles;
    for (std::size_t p = 0; p < profileCount; ++p) {
        Profile profile;
        profile.code = "C" + std::to_string(p);
        profile.name = profile.code;
        profile.population = 1e6 * static_cast<double>(p + 1);
        for (std::size_t i = 0; i < methodology.indicators.size(); ++i) {
            const Indicator& indicator = methodology.indicators[i];
            const double u = unit(engine);
            const double value =
                indicator.transform == Transform::Log
                    ? indicator.goalpostLow *
                          std::pow(indicator.goalpostHigh / indicator.goalpostLow, u)
                    : indicator.goalpostLow + u * (indicator.goalpostHigh - indicator.goalpostLow);
            profile.values.push_back(
                valueOf(indicator.id, value, static_cast<Confidence>((p + i) % 3)));
        }
        profiles.push_back(std::move(profile));
    }
    return profiles;
}

} // namespace aisov::test
