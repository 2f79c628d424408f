// ScenarioDelta.h: the delta of a scenario against its base and the rule
// for an override the base has overtaken, on the three-pillar fixture
// (tests/fixtures) with every expected score worked out by hand.

#include "../TestSupport.h"

#include "aisov/Analysis.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/ScenarioDelta.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

Analysis fixtureAnalysis()
{
    return {loadProfilesFile(fixturePath("three-pillars.profiles.json")),
            loadMethodologyFile(fixturePath("three-pillars.methodology.json")), "fixture"};
}

} // namespace

TEST_CASE("an override is overtaken when the base is as good or better in its direction",
          "[scenario]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const Indicator& higher = *methodology.findIndicator("a1"); // higher is better
    const Indicator& lower = *methodology.findIndicator("b1");  // lower is better

    CHECK(baseOvertakesOverride(higher, 60.0, 50.0));
    CHECK(baseOvertakesOverride(higher, 50.0, 50.0)); // equal: the override changes nothing
    CHECK_FALSE(baseOvertakesOverride(higher, 49.9, 50.0));
    CHECK(baseOvertakesOverride(lower, 5.0, 10.0));
    CHECK(baseOvertakesOverride(lower, 10.0, 10.0));
    CHECK_FALSE(baseOvertakesOverride(lower, 10.1, 10.0));
    CHECK_FALSE(baseOvertakesOverride(higher, std::nullopt, 50.0)); // no base value
}

TEST_CASE("the overtaken overrides of a profile are listed in the overrides' order", "[scenario]")
{
    const Analysis analysis = fixtureAnalysis();
    const Profile& x = *analysis.scoredProfile("XAA"); // a1 50, a2 10, b1 10 (lower), c1 25
    const std::vector<IndicatorValue> overrides{
        valueOf("c1", 20), // 25 >= 20: overtaken
        valueOf("a1", 80), // 50 < 80: still ahead
        valueOf("b1", 10), // lower is better, 10 <= 10: overtaken
        valueOf("zz", 1)}; // unknown indicator: skipped
    CHECK(overtakenOverrides(x, overrides, analysis.methodology()) ==
          std::vector<std::string>{"c1", "b1"});

    // YBB has no a1 and no b1: nothing it could have overtaken.
    const Profile& y = *analysis.scoredProfile("YBB");
    CHECK(overtakenOverrides(y, {valueOf("a1", 1), valueOf("b1", 40)}, analysis.methodology())
              .empty());
}

TEST_CASE("a scenario's delta: overall and pillar changes, requirements met and lost", "[scenario]")
{
    const Analysis analysis = fixtureAnalysis();

    SECTION("a pillar without data gets a value and meets its threshold (50)")
    {
        // YBB: a = 100, b none, c = 50 -> 100 * (1 * 0.5^2)^(1/3) = 62.996.
        // With b1 = 10 (lower, 0-50 -> 0.8): 100 * (1 * 0.8 * 0.5^2)^(1/4)
        //   = 100 * 0.2^(1/4) = 66.874, so +3.878; b newly met.
        const ScenarioDelta delta = compareScenario(
            *analysis.result("YBB"), analysis.scoreScenario("YBB", {valueOf("b1", 10)}));
        CHECK_THAT(*delta.before, WithinAbs(62.996, 1e-3));
        CHECK_THAT(*delta.after, WithinAbs(66.874, 1e-3));
        CHECK_THAT(*delta.change(), WithinAbs(3.878, 1e-3));
        REQUIRE(delta.pillars.size() == 3);
        CHECK(delta.pillars[1].id == "b");
        CHECK_FALSE(delta.pillars[1].before.has_value());
        CHECK_THAT(*delta.pillars[1].after, WithinAbs(80.0, 1e-9));
        CHECK_FALSE(delta.pillars[1].change().has_value());
        CHECK(delta.newlyMet == std::vector<std::string>{"b"});
        CHECK(delta.lost.empty());
    }
    SECTION("a pillar falls below its threshold")
    {
        // XAA: a = (0.5 + 0.5) / 2 -> 50 (met), overall 100 * (0.5 * 0.8)^(1/4) = 79.527.
        // a1 = 0: a = (0 + 0.5) / 2 = 0.25 -> 25, lost;
        //   overall 100 * (0.25 * 0.8 * 1)^(1/4) = 66.874, so -12.653.
        const ScenarioDelta delta = compareScenario(
            *analysis.result("XAA"), analysis.scoreScenario("XAA", {valueOf("a1", 0)}));
        CHECK_THAT(*delta.change(), WithinAbs(-12.653, 1e-3));
        CHECK_THAT(*delta.pillars[0].change(), WithinAbs(-25.0, 1e-9));
        CHECK_THAT(*delta.pillars[2].change(), WithinAbs(0.0, 1e-9));
        CHECK(delta.lost == std::vector<std::string>{"a"});
        CHECK(delta.newlyMet.empty());
    }
}
