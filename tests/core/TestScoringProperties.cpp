// Properties that must hold for any methodology and any profile: checked on
// many random profiles (fixed seed, so a failure reproduces) against the
// bundled default methodology under every aggregation and missing policy.

#include "aisov/BundledData.h"
#include "aisov/Scoring.h"

#include <catch2/catch.hpp>

#include <random>

using namespace aisov;

namespace {

Profile randomProfile(const Methodology& methodology, std::mt19937& random, double missingRate)
{
    Profile profile;
    profile.code = "RND";
    profile.name = "Random";
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (const auto& indicator : methodology.indicators) {
        if (unit(random) < missingRate)
            continue;
        // Spread values from below the low goalpost to above the high one.
        const double span = indicator.goalpostHigh - indicator.goalpostLow;
        double value = indicator.goalpostLow - 0.2 * span + 1.4 * span * unit(random);
        if (indicator.transform == Transform::Log)
            value = std::max(value, indicator.goalpostLow * 0.5);
        IndicatorValue entry;
        entry.indicator = indicator.id;
        entry.value = value;
        profile.values.push_back(entry);
    }
    return profile;
}

std::vector<Methodology> variants()
{
    std::vector<Methodology> result;
    for (const auto pillars :
         {Aggregation::Arithmetic, Aggregation::Geometric, Aggregation::Minimum})
        for (const auto indicators :
             {Aggregation::Arithmetic, Aggregation::Geometric, Aggregation::Minimum})
            for (const auto missing : {MissingPolicy::Reweight, MissingPolicy::Zero}) {
                Methodology methodology = defaultMethodology();
                methodology.pillarAggregation = pillars;
                methodology.indicatorAggregation = indicators;
                methodology.missing = missing;
                // Unequal weights make the properties bite harder.
                for (std::size_t i = 0; i < methodology.indicators.size(); ++i)
                    methodology.indicators[i].weight = 1.0 + static_cast<double>(i % 3);
                for (std::size_t i = 0; i < methodology.pillars.size(); ++i)
                    methodology.pillars[i].weight = 0.5 + static_cast<double>(i % 2);
                result.push_back(methodology);
            }
    return result;
}

} // namespace

TEST_CASE("scores stay within [0, 100]", "[scoring][property]")
{
    std::mt19937 random(20261125);
    for (const Methodology& methodology : variants()) {
        for (int i = 0; i < 200; ++i) {
            const ScoreResult result =
                scoreProfile(randomProfile(methodology, random, 0.2), methodology);
            if (!result.score)
                continue;
            REQUIRE(*result.score >= 0.0);
            REQUIRE(*result.score <= 100.0);
            for (const auto& pillar : result.pillars)
                if (pillar.score) {
                    REQUIRE(*pillar.score >= 0.0);
                    REQUIRE(*pillar.score <= 100.0);
                }
        }
    }
}

TEST_CASE("raising a higher-is-better value never lowers the score", "[scoring][property]")
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> step(0.0, 0.5);
    for (const Methodology& methodology : variants()) {
        for (int i = 0; i < 100; ++i) {
            Profile profile = randomProfile(methodology, random, 0.1);
            const double before = scoreProfile(profile, methodology).score.value_or(0.0);
            for (auto& value : profile.values) {
                const Indicator* indicator = methodology.findIndicator(value.indicator);
                if (indicator->direction != Direction::Higher)
                    continue;
                Profile raised = profile;
                for (auto& raisedValue : raised.values)
                    if (raisedValue.indicator == value.indicator)
                        raisedValue.value +=
                            step(random) * (indicator->goalpostHigh - indicator->goalpostLow);
                const double after = scoreProfile(raised, methodology).score.value_or(0.0);
                REQUIRE(after >= before - 1e-9);
            }
        }
    }
}

TEST_CASE("scaling all weights by a constant changes nothing", "[scoring][property]")
{
    std::mt19937 random(99);
    for (const Methodology& methodology : variants()) {
        Methodology scaled = methodology;
        for (auto& pillar : scaled.pillars)
            pillar.weight *= 7.5;
        for (auto& indicator : scaled.indicators)
            indicator.weight *= 0.01;
        for (int i = 0; i < 50; ++i) {
            const Profile profile = randomProfile(methodology, random, 0.2);
            const ScoreResult a = scoreProfile(profile, methodology);
            const ScoreResult b = scoreProfile(profile, scaled);
            REQUIRE(a.score.has_value() == b.score.has_value());
            if (a.score)
                REQUIRE(*a.score == Approx(*b.score).margin(1e-9));
            REQUIRE(a.coverage == Approx(b.coverage).margin(1e-12));
            for (std::size_t k = 0; k < a.indicators.size(); ++k)
                REQUIRE(a.indicators[k].contribution ==
                        Approx(b.indicators[k].contribution).margin(1e-9));
        }
    }
}

TEST_CASE("lowering a lower-is-better value never lowers the score", "[scoring][property]")
{
    std::mt19937 random(3);
    const Methodology methodology = defaultMethodology();
    const auto index = methodology.indicatorIndex("energy_import_dependency");
    REQUIRE(index.has_value());
    REQUIRE(methodology.indicators[*index].direction == Direction::Lower);
    for (int i = 0; i < 200; ++i) {
        Profile profile = randomProfile(methodology, random, 0.0);
        const double before = *scoreProfile(profile, methodology).score;
        for (auto& value : profile.values)
            if (value.indicator == "energy_import_dependency")
                value.value -= 10.0;
        REQUIRE(*scoreProfile(profile, methodology).score >= before - 1e-9);
    }
}
