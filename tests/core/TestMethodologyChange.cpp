// What a change of methodology moves (MethodologyChange.h): ranks with ties
// and unranked profiles, and the three-pillar fixtures scored before and
// after a pillar weight changed, every score worked out by hand.

#include "../TestSupport.h"

#include "aisov/Analysis.h"
#include "aisov/MethodologyChange.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

using namespace aisov;
using aisov::test::fixturePath;
using Catch::Matchers::WithinAbs;

namespace {

ScoreResult resultOf(const std::string& code, std::optional<double> score,
                     bool insufficientData = false)
{
    ScoreResult result;
    result.code = code;
    result.score = score;
    result.band = score ? "some band" : "";
    result.insufficientData = insufficientData;
    return result;
}

std::vector<ScoreResult> fixtureResults(const Methodology& methodology)
{
    return Analysis(loadProfilesFile(fixturePath("three-pillars.profiles.json")), methodology)
        .results();
}

} // namespace

TEST_CASE("ranks: highest first, ties share the better rank, unranked left out",
          "[methodology-change]")
{
    const auto ranks =
        rankResults({resultOf("A", 40.0), resultOf("B", 70.0), resultOf("C", 40.0),
                     resultOf("D", std::nullopt), resultOf("E", 90.0, true), resultOf("F", 10.0)});
    // Ranked: B 70, A 40, C 40, F 10 (E has insufficient data, D no score).
    REQUIRE(ranks.size() == 6);
    CHECK(ranks[0] == 2);
    CHECK(ranks[1] == 1);
    CHECK(ranks[2] == 2);
    CHECK_FALSE(ranks[3].has_value());
    CHECK_FALSE(ranks[4].has_value());
    CHECK(ranks[5] == 4);
}

TEST_CASE("a pillar weight changed: scores, ranks and bands before and after",
          "[methodology-change]")
{
    // Fixture: pillars a, b, c weighted 1, 1, 2, geometric across pillars;
    // bands Low 0, Mid 50, High 75. Pillar scores (0-1):
    //   XAA a 0.5, b 0.8, c 1; YBB a 1, no b, c 0.5; XYBLOC a 0.75, b 0.8, c 1.
    // Before: XAA 100 (0.5 * 0.8 * 1^2)^(1/4) = 79.53 High, rank 2
    //         YBB 100 (1 * 0.5^2)^(1/3) = 63.00 Mid, rank 3
    //         XYBLOC 100 (0.75 * 0.8 * 1^2)^(1/4) = 88.01 High, rank 1
    const Methodology before = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    Methodology after = before;

    SECTION("Gamma's weight 2 -> 1: XAA drops a band, no rank moves")
    {
        after.pillars[2].weight = 1.0;
        // After: XAA (0.5 * 0.8 * 1)^(1/3) = 73.68 Mid; YBB (1 * 0.5)^(1/2) = 70.71 Mid;
        //        XYBLOC (0.75 * 0.8 * 1)^(1/3) = 84.34 High.
        const auto changes = compareStandings(fixtureResults(before), fixtureResults(after));
        REQUIRE(changes.size() == 3);
        const StandingChange& x = changes[0];
        CHECK(x.code == "XAA");
        CHECK(x.name == "Country X");
        CHECK_THAT(*x.scoreBefore, WithinAbs(100.0 * std::pow(0.4, 0.25), 1e-9));
        CHECK_THAT(*x.scoreAfter, WithinAbs(100.0 * std::pow(0.4, 1.0 / 3.0), 1e-9));
        CHECK(x.rankBefore == 2);
        CHECK(x.rankAfter == 2);
        CHECK(x.bandBefore == "High");
        CHECK(x.bandAfter == "Mid");
        CHECK(x.moved());
        CHECK_FALSE(x.rankMoved());
        const StandingChange& y = changes[1];
        CHECK_THAT(*y.scoreAfter, WithinAbs(100.0 * std::sqrt(0.5), 1e-9));
        CHECK(y.rankBefore == 3);
        CHECK(y.rankAfter == 3);
        CHECK(y.bandBefore == "Mid");
        CHECK(y.bandAfter == "Mid");
        CHECK_FALSE(y.moved());
        CHECK(changes[2].code == "XYBLOC");
        CHECK_THAT(*changes[2].scoreAfter, WithinAbs(100.0 * std::pow(0.6, 1.0 / 3.0), 1e-9));
        CHECK_FALSE(changes[2].moved());
    }
    SECTION("Gamma's weight 2 -> 0: YBB climbs from third to first")
    {
        after.pillars[2].weight = 0.0;
        // After: XAA (0.5 * 0.8)^(1/2) = 63.25 Mid, rank 3; YBB a alone = 100 High,
        //        rank 1; XYBLOC (0.75 * 0.8)^(1/2) = 77.46 High, rank 2.
        const auto changes = compareStandings(fixtureResults(before), fixtureResults(after));
        REQUIRE(changes.size() == 3);
        CHECK_THAT(*changes[0].scoreAfter, WithinAbs(100.0 * std::sqrt(0.4), 1e-9));
        CHECK(changes[0].rankAfter == 3);
        CHECK(changes[0].bandAfter == "Mid");
        CHECK_THAT(*changes[1].scoreAfter, WithinAbs(100.0, 1e-9));
        CHECK(changes[1].rankBefore == 3);
        CHECK(changes[1].rankAfter == 1);
        CHECK(changes[1].bandAfter == "High");
        CHECK(changes[2].rankBefore == 1);
        CHECK(changes[2].rankAfter == 2);
        CHECK(changes[2].bandAfter == "High");
    }
}

TEST_CASE("standings of different profile lists are refused", "[methodology-change]")
{
    CHECK_THROWS_AS(compareStandings({resultOf("A", 1.0)}, {}), std::invalid_argument);
    CHECK_THROWS_AS(compareStandings({resultOf("A", 1.0)}, {resultOf("B", 1.0)}),
                    std::invalid_argument);
}
