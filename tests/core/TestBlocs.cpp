// A bloc's score next to its members' and the gain from pooling
// (BlocComparison.h, docs/methodology-advanced.md).

#include "../TestSupport.h"

#include "aisov/BlocComparison.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using aisov::test::fixturePath;
using Catch::Matchers::WithinAbs;

namespace {

const Methodology& fixtureMethodology()
{
    static const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    return methodology;
}

} // namespace

TEST_CASE("the fixture bloc next to its members", "[blocs]")
{
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    const auto results = scoreProfiles(profiles, fixtureMethodology());
    const BlocComparison bloc = compareBloc(profiles, 2, results);

    // Bloc: a = 75, b = 80, c = 100, geometric with weights 1, 1, 2:
    //   100 * (0.75 * 0.8)^(1/4) = 88.011
    // X: a = 50, b = 80, c = 100: 100 * (0.5 * 0.8)^(1/4) = 79.527
    // Y: a = 100, b none, c = 50: 100 * (1 * 0.5^2)^(1/3) = 62.996
    const double blocScore = 100.0 * std::pow(0.6, 0.25);
    const double xScore = 100.0 * std::pow(0.4, 0.25);
    const double yScore = 100.0 * std::pow(0.25, 1.0 / 3.0);
    CHECK(bloc.code == "XYBLOC");
    CHECK_THAT(*bloc.score, WithinAbs(blocScore, 1e-9));
    REQUIRE(bloc.members.size() == 2);
    CHECK(bloc.members[0].code == "XAA");
    CHECK(bloc.members[0].name == "Country X");
    CHECK(bloc.members[0].found);
    CHECK_THAT(*bloc.members[0].score, WithinAbs(xScore, 1e-9));
    CHECK_THAT(*bloc.members[1].score, WithinAbs(yScore, 1e-9));

    // Best member X: gain 88.011 - 79.527 = +8.484.
    CHECK(bloc.bestMemberCode == "XAA");
    CHECK_THAT(*bloc.gainOverBestMember, WithinAbs(blocScore - xScore, 1e-9));
    // Population-weighted mean (X 1 M, Y 3 M): (79.527 + 3 * 62.996) / 4
    // = 67.129; gain +20.882.
    const double mean = (xScore * 1.0 + yScore * 3.0) / 4.0;
    CHECK_THAT(*bloc.populationWeightedMean, WithinAbs(mean, 1e-9));
    CHECK_THAT(*bloc.gainOverMean, WithinAbs(blocScore - mean, 1e-9));

    // Per pillar, against the best member on it: a 75 vs Y's 100 (-25);
    // b 80 vs X's 80 (0; Y has none); c 100 vs X's 100 (0).
    REQUIRE(bloc.pillars.size() == 3);
    CHECK(bloc.pillars[0].pillar == "a");
    CHECK_THAT(*bloc.pillars[0].blocScore, WithinAbs(75.0, 1e-9));
    CHECK_THAT(*bloc.pillars[0].bestMemberScore, WithinAbs(100.0, 1e-9));
    CHECK_THAT(*bloc.pillars[0].gain, WithinAbs(-25.0, 1e-9));
    CHECK_THAT(*bloc.pillars[1].bestMemberScore, WithinAbs(80.0, 1e-9));
    CHECK_THAT(*bloc.pillars[1].gain, WithinAbs(0.0, 1e-9));
    REQUIRE(bloc.members[1].pillarScores.size() == 3);
    CHECK_FALSE(bloc.members[1].pillarScores[1].has_value()); // Y has no b
}

TEST_CASE("a coalition of one member gains nothing", "[blocs]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles.push_back(makeCoalition("SOLO", {"YBB"}));
    CHECK(profiles.back().isPooledBloc());
    const auto results = scoreProfiles(profiles, fixtureMethodology());
    const BlocComparison solo = compareBloc(profiles, 3, results);
    CHECK(solo.name == "Coalition SOLO");
    CHECK_THAT(*solo.score, WithinAbs(*results[1].score, 1e-12));
    CHECK_THAT(*solo.gainOverBestMember, WithinAbs(0.0, 1e-12));
    CHECK_THAT(*solo.gainOverMean, WithinAbs(0.0, 1e-12));
}

TEST_CASE("a coalition scores like the same bloc read from a file", "[blocs]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles.push_back(makeCoalition("XY", {"XAA", "YBB"}));
    const auto results = scoreProfiles(profiles, fixtureMethodology());
    CHECK(results[3].score == results[2].score);
}

TEST_CASE("members that are not loaded or lack a population", "[blocs]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[1].population.reset();
    profiles[2].members = {"XAA", "YBB", "ZZZ"};
    const auto results = scoreProfiles(profiles, fixtureMethodology());
    const BlocComparison bloc = compareBloc(profiles, 2, results);
    REQUIRE(bloc.members.size() == 3);
    CHECK_FALSE(bloc.members[2].found);
    CHECK_FALSE(bloc.members[2].score.has_value());
    // Only X has score and population: the mean is X's score.
    CHECK_THAT(*bloc.populationWeightedMean, WithinAbs(*results[0].score, 1e-12));
    CHECK(bloc.bestMemberCode == "XAA");
}
