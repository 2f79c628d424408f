// Investment levers (Levers.h, docs/methodology-advanced.md).

#include "../TestSupport.h"

#include "aisov/Levers.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::indicatorOf;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// Two pillars of weight 1, arithmetic everywhere, bands Low 0 / Mid 50 / High 70.
//   p (threshold 40): x linear [0, 100] weight 1; y log [1, 1000] weight 2
//   q (threshold 60): z linear [0, 50] "lower" weight 3; w linear [0, 10] weight 1
Methodology smallMethodology()
{
    Methodology methodology;
    methodology.id = "small";
    methodology.pillars = {{"p", "P", 1.0, 40.0, ""}, {"q", "Q", 1.0, 60.0, ""}};
    methodology.indicators = {
        indicatorOf("x", "p", 0.0, 100.0),
        indicatorOf("y", "p", 1.0, 1000.0, Transform::Log, Direction::Higher, 2.0),
        indicatorOf("z", "q", 0.0, 50.0, Transform::Linear, Direction::Lower, 3.0),
        indicatorOf("w", "q", 0.0, 10.0),
    };
    methodology.pillarAggregation = Aggregation::Arithmetic;
    methodology.bands = {{0, "Low"}, {50, "Mid"}, {70, "High"}};
    return methodology;
}

// x = 40 (n 0.4), y = 10 (n = ln 10 / ln 1000 = 1/3), z = 30 (n = 1 - 30/50
// = 0.4), w missing (reweighted away).
//   p = (1 * 0.4 + 2 * 1/3) / 3 = 0.355556;  q = 0.4
//   overall = 100 * (0.355556 + 0.4) / 2 = 37.778 -> Low; next band Mid (50)
Profile smallProfile()
{
    Profile profile;
    profile.code = "SML";
    profile.name = "Small";
    profile.values = {valueOf("x", 40.0), valueOf("y", 10.0), valueOf("z", 30.0)};
    return profile;
}

const Lever& leverFor(const LeverAnalysis& analysis, const std::string& indicator)
{
    for (const auto& lever : analysis.levers)
        if (lever.indicator == indicator)
            return lever;
    FAIL("no lever for " << indicator);
    throw;
}

} // namespace

TEST_CASE("a hand-computed ranking of levers", "[levers]")
{
    const LeverAnalysis analysis = analyzeLevers(smallProfile(), smallMethodology());
    REQUIRE(analysis.score);
    CHECK_THAT(*analysis.score, WithinAbs(100.0 * (0.4 + 2.0 / 3.0 + 1.2) / 6.0, 1e-9)); // 37.778
    CHECK(analysis.band == "Low");
    REQUIRE(analysis.nextBand);
    CHECK(analysis.nextBand->label == "Mid");

    // One step = 10% of the range in transformed space = +0.1 normalised:
    //   z: 30 -> 25, q 0.4 -> 0.5: overall +100 * 0.1 / 2 = +5.000
    //   y: 10 -> 10 * 1000^0.1 = 19.953, p + 2 * 0.1 / 3: overall +3.333
    //   x: 40 -> 50, p + 0.1 / 3: overall +1.667
    //   w: missing, starts at 0 -> 1 (n 0.1), q = (3 * 0.4 + 0.1) / 4 = 0.325:
    //      overall -100 * 0.075 / 2 = -3.750 (a low value now counts)
    REQUIRE(analysis.levers.size() == 4);
    CHECK(analysis.levers[0].indicator == "z");
    CHECK(analysis.levers[1].indicator == "y");
    CHECK(analysis.levers[2].indicator == "x");
    CHECK(analysis.levers[3].indicator == "w");
    CHECK_THAT(analysis.levers[0].gain, WithinAbs(5.0, 1e-9));
    CHECK_THAT(analysis.levers[1].gain, WithinAbs(10.0 / 3.0, 1e-9));
    CHECK_THAT(analysis.levers[2].gain, WithinAbs(5.0 / 3.0, 1e-9));
    CHECK_THAT(analysis.levers[3].gain, WithinAbs(-3.75, 1e-9));

    const Lever& z = leverFor(analysis, "z");
    CHECK(z.currentValue == 30.0);
    CHECK_THAT(z.improvedValue, WithinAbs(25.0, 1e-12));
    CHECK_THAT(*z.pillarBefore, WithinAbs(40.0, 1e-9));
    CHECK_THAT(*z.pillarAfter, WithinAbs(50.0, 1e-9));
    CHECK_FALSE(z.crossesThreshold); // q needs 60

    const Lever& y = leverFor(analysis, "y");
    CHECK_THAT(y.improvedValue, WithinRel(10.0 * std::pow(1000.0, 0.1), 1e-12)); // 19.953
    // p: 35.56 -> 42.22 crosses its threshold of 40
    CHECK_THAT(*y.pillarAfter, WithinAbs(100.0 * (0.4 + 2.0 * (1.0 / 3.0 + 0.1)) / 3.0, 1e-9));
    CHECK(y.crossesThreshold);
    CHECK_FALSE(leverFor(analysis, "x").crossesThreshold); // p 38.89 < 40

    const Lever& w = leverFor(analysis, "w");
    CHECK_FALSE(w.currentValue.has_value());
    CHECK(w.startValue == 0.0);
    CHECK_THAT(w.improvedValue, WithinAbs(1.0, 1e-12));
}

TEST_CASE("the smallest value that reaches the next band, by hand", "[levers]")
{
    // Mid needs p + q >= 1.0 (overall 50).
    //   y alone: (0.4 + 2 n) / 3 >= 0.6 -> n >= 0.7 -> y = 1000^0.7 = 125.89
    //   z alone: q >= 1 - 0.355556 = 0.644444 -> z <= 50 * 0.355556 = 17.778
    //   x alone: p <= (1 + 2/3) / 3 = 0.5556 at best -> not reachable
    //   w alone: q <= (1.2 + 1) / 4 = 0.55 at best -> not reachable
    const LeverAnalysis analysis = analyzeLevers(smallProfile(), smallMethodology());
    REQUIRE(leverFor(analysis, "y").valueForNextBand);
    CHECK_THAT(*leverFor(analysis, "y").valueForNextBand, WithinRel(std::pow(1000.0, 0.7), 1e-9));
    REQUIRE(leverFor(analysis, "z").valueForNextBand);
    CHECK_THAT(*leverFor(analysis, "z").valueForNextBand, WithinAbs(50.0 * 0.16 / 0.45, 1e-9));
    CHECK_FALSE(leverFor(analysis, "x").valueForNextBand.has_value());
    CHECK_FALSE(leverFor(analysis, "w").valueForNextBand.has_value());

    // The value found does reach the band (bisection keeps the reaching side).
    Profile lifted = smallProfile();
    lifted.setValue(valueOf("y", *leverFor(analysis, "y").valueForNextBand));
    CHECK(scoreProfile(lifted, smallMethodology()).band == "Mid");
}

TEST_CASE("levers at the top and past the goalposts", "[levers]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    // XAA scores 79.5, in the top band "High": no next band.
    const LeverAnalysis x = analyzeLeversAmong(profiles, 0, methodology);
    CHECK(x.band == "High");
    CHECK_FALSE(x.nextBand.has_value());
    // c1 = 25 is past its high goalpost 20: no gain, and no "improvement" down to 20.
    const Lever& c1 = leverFor(x, "c1");
    CHECK(c1.gain == 0.0);
    CHECK(c1.improvedValue == 25.0);
    CHECK(x.levers.back().indicator == "c1");
    for (const auto& lever : x.levers)
        CHECK_FALSE(lever.valueForNextBand.has_value());

    // A pooled bloc is analysed on its pooled values: a2 = 10 + 100 = 110.
    const LeverAnalysis bloc = analyzeLeversAmong(profiles, 2, methodology);
    CHECK(leverFor(bloc, "a2").currentValue == 110.0);

    // A larger step: 20% moves x by 20 points of its range.
    LeverOptions options;
    options.stepFraction = 0.2;
    const LeverAnalysis wide = analyzeLevers(smallProfile(), smallMethodology(), {}, options);
    CHECK_THAT(leverFor(wide, "x").improvedValue, WithinAbs(60.0, 1e-12));
    CHECK_THAT(leverFor(wide, "x").gain, WithinAbs(10.0 / 3.0, 1e-9));
}
