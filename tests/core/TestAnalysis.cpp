// The analysis API (Analysis.h): selection, coalitions, the one scenario
// rule, levers, bloc comparisons and uncertainty, on the three-pillar
// fixtures (tests/fixtures), with every expected score worked out by hand.

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/Analysis.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"
#include "aisov/ValueCheck.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

// Fixture: pillars a, b, c with weights 1, 1, 2, geometric over pillars,
// arithmetic within, goalposts, missing values reweighted.
//   XAA: a1 50 -> 0.5, a2 10 (log, 1-100) -> 0.5, so a = 0.5; b1 10 (lower,
//        0-50) -> 0.8; c1 25 (10-20) -> 1: 100 * (0.5 * 0.8)^(1/4) = 79.527
//   YBB: a2 100 -> 1, so a = 1; no b; c1 15 -> 0.5:
//        100 * (1 * 0.5^2)^(1/3) = 62.996
//   XYBLOC pooled from both: a1 50 (only X), a2 10 + 100 = 110 -> 1, so
//        a = 0.75; b1 10 (only X) -> 0.8; c1 max 25 -> 1:
//        100 * (0.75 * 0.8)^(1/4) = 88.011
const double kXScore = 100.0 * std::pow(0.4, 0.25);
const double kYScore = 100.0 * std::pow(0.25, 1.0 / 3.0);
const double kBlocScore = 100.0 * std::pow(0.6, 0.25);

const std::string kSource = "three-pillars.profiles.json";

Analysis fixtureAnalysis()
{
    return {loadProfilesFile(fixturePath("three-pillars.profiles.json")),
            loadMethodologyFile(fixturePath("three-pillars.methodology.json")), kSource};
}

IndicatorValue overrideOf(const std::string& indicator, double value)
{
    return valueOf(indicator, value);
}

} // namespace

TEST_CASE("an analysis scores every profile together, as scoreProfiles does", "[analysis]")
{
    const Analysis analysis = fixtureAnalysis();
    const auto expected = scoreProfiles(analysis.profiles(), analysis.methodology());
    REQUIRE(analysis.results().size() == 3);
    REQUIRE(analysis.scoredProfiles().size() == 3);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].code);
        CHECK(analysis.results()[i].code == expected[i].code);
        CHECK(analysis.results()[i].score == expected[i].score);
        CHECK(analysis.results()[i].band == expected[i].band);
    }
    CHECK_THAT(*analysis.result("XAA")->score, WithinAbs(kXScore, 1e-9));
    CHECK_THAT(*analysis.result("YBB")->score, WithinAbs(kYScore, 1e-9));
    CHECK_THAT(*analysis.result("XYBLOC")->score, WithinAbs(kBlocScore, 1e-9));
    CHECK(analysis.result("NOPE") == nullptr);

    // The bloc as given has no values; as scored it carries the pooled ones.
    CHECK(analysis.profiles()[2].values.empty());
    const Profile* pooled = analysis.scoredProfile("XYBLOC");
    REQUIRE(pooled != nullptr);
    REQUIRE(pooled->findValue("a2") != nullptr);
    CHECK(pooled->findValue("a2")->value == 110.0); // sum of 10 and 100
    CHECK(analysis.scoredProfile("NOPE") == nullptr);
}

TEST_CASE("profiles that do not fit the methodology are refused, naming the source", "[analysis]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[1].values.push_back(overrideOf("zz", 1.0));
    const auto methodology = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    try {
        const Analysis analysis(profiles, methodology, "team.sqlite");
        FAIL("accepted an unknown indicator");
    } catch (const InputError& error) {
        CHECK(error.file() == "team.sqlite");
        CHECK(error.where() == "YBB");
        CHECK_THAT(error.reason(), Catch::Matchers::Contains("unknown indicator \"zz\""));
    }
}

// Found by a careful tester: members with a population of 1e308, built in
// code, pooled to a NaN that scored the bloc 0. Now every path refuses the
// implausible population, whoever built the profile.
TEST_CASE("the same profiles under another methodology: shared, rescored, checked when the "
          "rules for values change",
          "[analysis]")
{
    const Analysis before = fixtureAnalysis();
    Methodology heavier = before.methodology();
    heavier.pillars[0].weight = 3.0;           // pillar a
    heavier.indicators[0].goalpostHigh = 80.0; // a1

    const Analysis after(before, heavier, "the edited methodology");
    CHECK(&after.profiles() == &before.profiles()); // one copy of the profiles
    const auto expected = scoreProfiles(before.profiles(), heavier);
    REQUIRE(after.results().size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(after.results()[i].score == expected[i].score);
    // XAA by hand: a1 50 -> 50/80 = 0.625, a2 -> 0.5, a = 0.5625; b 0.8; c 1;
    // weights 3, 1, 2: 100 * (0.5625^3 * 0.8)^(1/6) = 72.67
    REQUIRE(after.result("XAA")->score);
    CHECK_THAT(*after.result("XAA")->score,
               WithinAbs(100.0 * std::pow(std::pow(0.5625, 3.0) * 0.8, 1.0 / 6.0), 1e-9));

    // A coalition added to one analysis leaves the other's profiles alone.
    Analysis withCoalition(before, heavier, "the edited methodology");
    withCoalition.addCoalition({"XY", {"XAA", "YBB"}}, "coalition");
    CHECK(withCoalition.profiles().size() == 4);
    CHECK(before.profiles().size() == 3);
    CHECK(after.profiles().size() == 3);
}

TEST_CASE("a changed rule for values checks the shared profiles again", "[analysis]")
{
    std::vector<Profile> profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[0].setValue(valueOf("a1", 0.0)); // XAA: a linear share of 0 is fine
    const Analysis linear(
        profiles, loadMethodologyFile(fixturePath("three-pillars.methodology.json")), kSource);
    Methodology logarithmic = linear.methodology();
    logarithmic.indicators[0].transform = Transform::Log; // a1: now 0 has no logarithm
    CHECK_FALSE(sameValueRules(linear.methodology(), logarithmic));
    CHECK_THROWS_AS(Analysis(linear, logarithmic, "the edited methodology"), InputError);

    Methodology reweighted = linear.methodology();
    reweighted.indicators[0].weight = 2.0;
    reweighted.pillars[1].threshold = 10.0;
    CHECK(sameValueRules(linear.methodology(), reweighted));
}

TEST_CASE("an implausible population built in code is refused by the analysis", "[analysis]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[0].population = 1e308;
    AISOV_REQUIRE_INPUT_ERROR(
        Analysis(profiles, loadMethodologyFile(fixturePath("three-pillars.methodology.json")),
                 kSource),
        "$.profiles[0]", "population: must be at most 1e+11");
}

TEST_CASE("select gives indices in the order asked, all when none are asked", "[analysis]")
{
    const Analysis analysis = fixtureAnalysis();
    CHECK(analysis.select({"YBB", "XAA"}) == std::vector<std::size_t>{1, 0});
    CHECK(analysis.select({}) == std::vector<std::size_t>{0, 1, 2});
    AISOV_REQUIRE_INPUT_ERROR(analysis.select({"XAA", "NOPE"}, "--codes"), "--codes",
                              "no profile with code \"NOPE\"");
    CHECK(analysis.indexOf("XYBLOC") == std::optional<std::size_t>{2});
    CHECK_FALSE(analysis.indexOf("NOPE"));
}

TEST_CASE("a coalition is pooled like a bloc and everything is rescored", "[analysis]")
{
    Analysis analysis = fixtureAnalysis();
    const std::size_t index = analysis.addCoalition({"XY2", {"XAA", "YBB"}});
    CHECK(index == 3);
    REQUIRE(analysis.profiles().size() == 4);
    REQUIRE(analysis.results().size() == 4);
    // Same members as XYBLOC, so the same pooled score: 88.011.
    CHECK_THAT(*analysis.result("XY2")->score, WithinAbs(kBlocScore, 1e-9));
    CHECK_THAT(*analysis.result("XAA")->score, WithinAbs(kXScore, 1e-9));
    // A coalition of one member is that member: 79.527.
    analysis.addCoalition({"XONLY", {"XAA"}});
    CHECK_THAT(*analysis.result("XONLY")->score, WithinAbs(kXScore, 1e-9));

    AISOV_REQUIRE_INPUT_ERROR(analysis.addCoalition({"XAA", {"YBB"}}), "coalition",
                              "already a profile code");
    AISOV_REQUIRE_INPUT_ERROR(analysis.addCoalition({"Z", {"XAA", "NOPE"}}, "--coalition"),
                              "--coalition", "no profile with code \"NOPE\"");
    AISOV_REQUIRE_INPUT_ERROR(analysis.addCoalition({"Z", {}}), "coalition", "at least one member");
    CHECK(analysis.profiles().size() == 5); // the refused ones were not added
}

TEST_CASE("a scenario is scored among all the others", "[analysis][scenario]")
{
    const Analysis analysis = fixtureAnalysis();
    // YBB with b1 = 25: b = 1 - 25/50 = 0.5, so pillars a 1, b 0.5, c 0.5 with
    // weights 1, 1, 2: 100 * (0.5 * 0.5^2)^(1/4) = 100 * 0.5^(3/4) = 59.460.
    const ScoreResult whatIf = analysis.scoreScenario("YBB", {overrideOf("b1", 25.0)}, "plan");
    CHECK_THAT(*whatIf.score, WithinAbs(100.0 * std::pow(0.5, 0.75), 1e-9));
    // The analysis itself is unchanged.
    CHECK_THAT(*analysis.result("YBB")->score, WithinAbs(kYScore, 1e-9));

    // A pooled bloc is pooled first, so overriding c1 keeps a and b:
    // c1 15 -> 0.5: 100 * (0.75 * 0.8 * 0.5^2)^(1/4) = 100 * 0.15^(1/4) = 62.233.
    const Profile bloc = analysis.applyScenario("XYBLOC", {overrideOf("c1", 15.0)}, "plan");
    CHECK(bloc.findValue("a2")->value == 110.0);
    CHECK(bloc.findValue("c1")->value == 15.0);
    const ScoreResult blocWhatIf = analysis.scoreScenario("XYBLOC", {overrideOf("c1", 15.0)});
    CHECK_THAT(*blocWhatIf.score, WithinAbs(100.0 * std::pow(0.15, 0.25), 1e-9));

    // It equals scoring the set with the scenario profile in place.
    auto profiles = analysis.profiles();
    profiles[0] =
        applyOverrides(profiles[0], {overrideOf("a1", 100.0)}, profiles, analysis.methodology());
    CHECK(analysis.scoreScenario("XAA", {overrideOf("a1", 100.0)}).score ==
          scoreProfiles(profiles, analysis.methodology())[0].score);
}

TEST_CASE("one rule for scenario overrides: checked against this methodology",
          "[analysis][scenario]")
{
    const Analysis analysis = fixtureAnalysis();
    const std::string where = "team.sqlite (scenario \"plan\" of YBB)";
    const auto refused = [&](const std::vector<IndicatorValue>& overrides, const std::string& place,
                             const std::string& reason) {
        try {
            (void)analysis.scoreScenario("YBB", overrides, where);
            FAIL("accepted");
        } catch (const InputError& error) {
            CHECK(error.file() == where);
            CHECK(error.where() == place);
            CHECK_THAT(error.reason(), Catch::Matchers::Contains(reason));
        }
    };
    refused({overrideOf("b1", 5.0), overrideOf("zz", 1.0)}, "YBB",
            "unknown indicator \"zz\" (not in methodology \"three-pillars\")");
    refused({overrideOf("a2", 0.0)}, "YBB", "log transform, so its value must be positive");
    refused({overrideOf("b1", 5.0), overrideOf("b1", 6.0)}, "b1", "indicator overridden twice");
    AISOV_REQUIRE_INPUT_ERROR(analysis.applyScenario("NOPE", {}, where), where,
                              "no profile with code \"NOPE\"");

    // The same rule stands alone for whoever stores overrides.
    AISOV_REQUIRE_INPUT_ERROR(
        validateScenarioOverrides("YBB", {overrideOf("a2", -1.0)}, analysis.methodology(), "s"),
        "YBB", "must be positive");
    CHECK_NOTHROW(
        validateScenarioOverrides("YBB", {overrideOf("a2", 3.0)}, analysis.methodology(), "s"));
}

TEST_CASE("levers, also from where a scenario leaves a profile", "[analysis][levers]")
{
    const Analysis analysis = fixtureAnalysis();
    const LeverAnalysis levers = analysis.levers("XYBLOC");
    const LeverAnalysis direct = analyzeLeversAmong(analysis.profiles(), 2, analysis.methodology());
    REQUIRE(levers.levers.size() == direct.levers.size());
    for (std::size_t i = 0; i < levers.levers.size(); ++i) {
        CHECK(levers.levers[i].indicator == direct.levers[i].indicator);
        CHECK(levers.levers[i].gain == direct.levers[i].gain);
    }
    CHECK_THAT(*levers.score, WithinAbs(kBlocScore, 1e-9));

    // From the scenario c1 = 15 (score 62.233, see above) the levers start
    // there; c1, now at 0.5 of its range, has room to move.
    const LeverAnalysis fromScenario =
        analysis.scenarioLevers("XYBLOC", {overrideOf("c1", 15.0)}, "plan");
    CHECK_THAT(*fromScenario.score, WithinAbs(100.0 * std::pow(0.15, 0.25), 1e-9));
    const auto c1 = std::find_if(fromScenario.levers.begin(), fromScenario.levers.end(),
                                 [](const Lever& lever) { return lever.indicator == "c1"; });
    REQUIRE(c1 != fromScenario.levers.end());
    CHECK(c1->currentValue == 15.0);
    // One step of 10% of the range 10-20: c1 16 -> 0.6:
    // 100 * (0.75 * 0.8 * 0.6^2)^(1/4) = 100 * 0.216^(1/4) = 68.173.
    CHECK_THAT(c1->improvedValue, WithinAbs(16.0, 1e-12));
    CHECK_THAT(c1->scoreAfter, WithinAbs(100.0 * std::pow(0.216, 0.25), 1e-9));
    AISOV_REQUIRE_INPUT_ERROR(analysis.levers("NOPE"), "code", "no profile with code");
}

TEST_CASE("a bloc compared with its members through the analysis", "[analysis][blocs]")
{
    const BlocComparison bloc = fixtureAnalysis().compareBloc("XYBLOC");
    CHECK_THAT(*bloc.score, WithinAbs(kBlocScore, 1e-9));
    // Best member X: 88.011 - 79.527 = +8.484.
    CHECK(bloc.bestMemberCode == "XAA");
    CHECK_THAT(*bloc.gainOverBestMember, WithinAbs(kBlocScore - kXScore, 1e-9));
    // Population-weighted mean (X 1 M, Y 3 M): (79.527 + 3 * 62.996) / 4 = 67.129.
    CHECK_THAT(*bloc.populationWeightedMean, WithinAbs((kXScore + 3.0 * kYScore) / 4.0, 1e-9));
}

TEST_CASE("uncertainty ranks among the profiles asked for", "[analysis][uncertainty]")
{
    const Analysis analysis = fixtureAnalysis();
    UncertaintyOptions options;
    options.draws = 200;
    options.seed = 7;
    const auto summaries = analysis.uncertainty(options, {"XAA", "YBB"});
    REQUIRE(summaries.size() == 3);
    UncertaintyOptions direct = options;
    direct.rankAmong = {"XAA", "YBB"};
    const auto expected = analyzeUncertainty(analysis.profiles(), analysis.methodology(), direct);
    for (std::size_t p = 0; p < 3; ++p) {
        CHECK(summaries[p].p5 == expected[p].p5);
        CHECK(summaries[p].p95 == expected[p].p95);
        CHECK(summaries[p].rankFrequency == expected[p].rankFrequency);
    }
    CHECK(summaries[0].rankFrequency.size() == 2);
    CHECK(summaries[2].rankFrequency.empty()); // the bloc is not ranked

    // One profile alone is not ranked at all.
    const auto alone = analysis.uncertainty(options, {"XAA"});
    CHECK(alone[0].scored);
    CHECK(alone[0].rankFrequency.empty());
    AISOV_REQUIRE_INPUT_ERROR(analysis.uncertainty(options, {"XAA", "NOPE"}), "rank among",
                              "no profile with code \"NOPE\"");
}

namespace {

// The fixture plus ZCC, a third country with only b1 = 0 (the best goalpost)
// and the same GDP as XAA, so that pooling b1 (mean_gdp) with XAA halves
// XAA's 10 to 5.
Analysis fixtureWithThirdCountry()
{
    std::vector<Profile> profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    Profile third;
    third.code = "ZCC";
    third.name = "Country Z";
    third.kind = ProfileKind::Country;
    third.population = 1e6;
    third.gdpUsd = 1e9;
    third.values = {valueOf("b1", 0.0)};
    profiles.push_back(third);
    return {std::move(profiles), loadMethodologyFile(fixturePath("three-pillars.methodology.json")),
            kSource};
}

} // namespace

TEST_CASE("partners ranks every other profile by what pooling with it adds", "[analysis]")
{
    const Analysis analysis = fixtureWithThirdCountry();
    // XAA + YBB pool to what XYBLOC pools to: 88.011, a gain of 8.484.
    // XAA + ZCC: a as XAA's (0.5); b1 mean_gdp (10 + 0) / 2 = 5 -> 0.9;
    //   c1 max 25 -> 1: 100 * (0.5 * 0.9)^(1/4) = 81.903, a gain of 2.376.
    // XYBLOC already holds XAA and is left out.
    const PartnerRanking ranking = analysis.partners("XAA");
    CHECK(ranking.code == "XAA");
    REQUIRE(ranking.score.has_value());
    CHECK_THAT(*ranking.score, WithinAbs(kXScore, 1e-9));
    CHECK(ranking.met == 3);
    REQUIRE(ranking.partners.size() == 2);
    CHECK(ranking.partners[0].code == "YBB");
    CHECK_THAT(*ranking.partners[0].pairScore, WithinAbs(kBlocScore, 1e-9));
    CHECK_THAT(ranking.partners[0].gain, WithinAbs(kBlocScore - kXScore, 1e-9));
    CHECK_THAT(*ranking.partners[0].partnerScore, WithinAbs(kYScore, 1e-9));
    CHECK(ranking.partners[0].pairBand == "High");
    CHECK(ranking.partners[0].pairMet == 3);
    CHECK(ranking.partners[0].pillarsGained.empty()); // XAA meets all three already
    CHECK(ranking.partners[1].code == "ZCC");
    const double xzScore = 100.0 * std::pow(0.5 * 0.9, 0.25);
    CHECK_THAT(*ranking.partners[1].pairScore, WithinAbs(xzScore, 1e-9));
    CHECK_THAT(ranking.partners[1].gain, WithinAbs(xzScore - kXScore, 1e-9));
}

TEST_CASE("partners names the requirements a pair newly meets", "[analysis]")
{
    const Analysis analysis = fixtureWithThirdCountry();
    // YBB alone has no b: it meets a (100) and c (50), not b.
    // YBB + XAA: 88.011 (gain 24.99), b met at 80.
    // YBB + ZCC: a2 100 -> a = 1; b1 only ZCC's 0 -> 1; c1 max 15 -> 0.5:
    //   100 * (1 * 1 * 0.5^2)^(1/4) = 70.711 (gain 7.71), b met at 100.
    const PartnerRanking ranking = analysis.partners("YBB");
    CHECK(ranking.met == 2);
    REQUIRE(ranking.partners.size() == 2);
    CHECK(ranking.partners[0].code == "XAA");
    CHECK(ranking.partners[0].pillarsGained == std::vector<std::string>{"b"});
    CHECK(ranking.partners[1].code == "ZCC");
    CHECK_THAT(*ranking.partners[1].pairScore, WithinAbs(100.0 * std::pow(0.25, 0.25), 1e-9));
    CHECK(ranking.partners[1].pillarsGained == std::vector<std::string>{"b"});
    CHECK(ranking.partners[1].pairMet == 3);
}

TEST_CASE("partners of a bloc leave out its own members; an unknown code is refused", "[analysis]")
{
    const Analysis analysis = fixtureWithThirdCountry();
    const PartnerRanking ranking = analysis.partners("XYBLOC");
    REQUIRE(ranking.partners.size() == 1);
    CHECK(ranking.partners[0].code == "ZCC");
    AISOV_REQUIRE_INPUT_ERROR(analysis.partners("NOPE"), "code", "no profile with code \"NOPE\"");
}
