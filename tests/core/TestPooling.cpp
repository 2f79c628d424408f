// Pooling a bloc from its members (docs/methodology-advanced.md, "Blocs").

#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

#include <catch2/catch.hpp>

using namespace aisov;
using aisov::test::fixturePath;
using Catch::Matchers::WithinAbs;

TEST_CASE("every pooling rule, by hand", "[pooling]")
{
    // Members: value 10 (pop 1, gdp 3) and value 40 (pop 3, gdp 1).
    const std::vector<PoolingInput> members{{10.0, 1.0, 3.0}, {40.0, 3.0, 1.0}};
    CHECK_THAT(*poolValues(Pooling::Sum, members), WithinAbs(50.0, 1e-12));
    // (10*1 + 40*3) / 4 = 32.5
    CHECK_THAT(*poolValues(Pooling::MeanPopulation, members), WithinAbs(32.5, 1e-12));
    // (10*3 + 40*1) / 4 = 17.5
    CHECK_THAT(*poolValues(Pooling::MeanGdp, members), WithinAbs(17.5, 1e-12));
    CHECK(*poolValues(Pooling::Max, members) == 40.0);
    CHECK(*poolValues(Pooling::Min, members) == 10.0);
    CHECK_FALSE(poolValues(Pooling::Sum, {}).has_value());
    // Weighted means need the weight: no member population, no value.
    CHECK_FALSE(poolValues(Pooling::MeanPopulation, {{5.0, std::nullopt, 1.0}}).has_value());
}

// Found by a careful tester: weights of 1e308 summed to infinity and the
// mean became infinity / infinity = NaN, which scored the bloc 0.
TEST_CASE("weighted means of huge weights stay finite", "[pooling]")
{
    // Equal weights: (10 + 20) / 2 = 15; weights 1e308 and 3e307: (10*10 + 20*3) / 13 = 160 / 13.
    CHECK_THAT(*poolValues(Pooling::MeanPopulation, {{10.0, 1e308, 1.0}, {20.0, 1e308, 1.0}}),
               WithinAbs(15.0, 1e-12));
    CHECK_THAT(*poolValues(Pooling::MeanGdp, {{10.0, 1.0, 1e308}, {20.0, 1.0, 3e307}}),
               WithinAbs(160.0 / 13.0, 1e-12));
}

TEST_CASE("a bloc of the fixture pools its members' values", "[pooling]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    const Profile bloc = poolBloc(profiles[2], profiles, methodology);
    // a2 sums: 10 + 100
    CHECK(bloc.findValue("a2")->value == 110.0);
    // c1 takes the maximum of 25 and 15
    CHECK(bloc.findValue("c1")->value == 25.0);
    // a1 only known for XAA: kept, but marked incomplete with low confidence
    CHECK(bloc.findValue("a1")->value == 50.0);
    CHECK(bloc.findValue("a1")->confidence == Confidence::Low);
    CHECK(bloc.findValue("a1")->note == "No value for YBB");
    // population and GDP are the members' sums
    CHECK(bloc.population == 4e6);
    CHECK(bloc.gdpUsd == 5e9);
    // complete values keep the weakest member confidence and the latest year
    CHECK(bloc.findValue("c1")->confidence == Confidence::Low); // XAA's c1 is low
    CHECK(bloc.findValue("c1")->year == 2024);

    // scored: a = (0.5 + 1)/2 = 75, b = 80, c = 100 -> (0.75*0.8)^(1/4) = 0.880112
    const auto results = scoreProfiles(profiles, methodology);
    CHECK_THAT(*results[2].score, WithinAbs(100.0 * std::pow(0.6, 0.25), 1e-9));
}

TEST_CASE("a bloc of one member scores as that member", "[pooling]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[2].members = {"XAA"};
    const auto results = scoreProfiles(profiles, methodology);
    CHECK_THAT(*results[2].score, WithinAbs(*results[0].score, 1e-12));
    for (std::size_t i = 0; i < results[0].pillars.size(); ++i)
        CHECK(results[2].pillars[i].score == results[0].pillars[i].score);
}

TEST_CASE("a member absent from the set is named in the pooled note", "[pooling]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[2].members = {"XAA", "ZZZ"};
    const Profile bloc = poolBloc(profiles[2], profiles, methodology);
    CHECK(bloc.findValue("a2")->note == "No value for ZZZ");
    CHECK_FALSE(bloc.population.has_value()); // unknown member: no honest total
}

TEST_CASE("poolBloc applies each indicator's own rule, by hand", "[pooling]")
{
    // One indicator per rule; members A (value 10, population 1, GDP 3) and
    // B (value 40, population 3, GDP 1), as in "every pooling rule, by hand".
    Methodology methodology;
    methodology.pillars = {{"p", "P", 1.0, 50.0, ""}};
    const std::vector<std::pair<std::string, Pooling>> rules{
        {"sum", Pooling::Sum},
        {"mean_population", Pooling::MeanPopulation},
        {"mean_gdp", Pooling::MeanGdp},
        {"max", Pooling::Max},
        {"min", Pooling::Min}};
    std::vector<Profile> profiles(3);
    profiles[0].code = "AAA";
    profiles[0].population = 1.0;
    profiles[0].gdpUsd = 3.0;
    profiles[1].code = "BBB";
    profiles[1].population = 3.0;
    profiles[1].gdpUsd = 1.0;
    for (const auto& [id, rule] : rules) {
        Indicator indicator = test::indicatorOf(id, "p", 0.0, 100.0);
        indicator.pooling = rule;
        methodology.indicators.push_back(indicator);
        profiles[0].values.push_back(test::valueOf(id, 10.0));
        profiles[1].values.push_back(test::valueOf(id, 40.0, Confidence::Medium));
    }
    profiles[2].code = "AB";
    profiles[2].kind = ProfileKind::Bloc;
    profiles[2].members = {"AAA", "BBB"};

    const Profile bloc = poolBloc(profiles[2], profiles, methodology);
    CHECK(bloc.findValue("sum")->value == 50.0);                                  // 10 + 40
    CHECK_THAT(bloc.findValue("mean_population")->value, WithinAbs(32.5, 1e-12)); // (10 + 120) / 4
    CHECK_THAT(bloc.findValue("mean_gdp")->value, WithinAbs(17.5, 1e-12));        // (30 + 40) / 4
    CHECK(bloc.findValue("max")->value == 40.0);
    CHECK(bloc.findValue("min")->value == 10.0);
    // Complete values keep the weakest member confidence (B: medium).
    CHECK(bloc.findValue("sum")->confidence == Confidence::Medium);
    CHECK(bloc.findValue("sum")->source == "Pooled from 2 of 2 members (sum)");

    // Scored: arithmetic mean of 50, 32.5, 17.5, 40, 10 (goalposts 0-100) = 30.
    const auto results = scoreProfiles(profiles, methodology);
    CHECK_THAT(*results[2].score, WithinAbs(30.0, 1e-9));
}

TEST_CASE("a weighted mean without every member's weight falls back to the plain mean", "[pooling]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    // a1 (mean_population): XAA 50 (pop 1e6) and now YBB 80 with no population.
    IndicatorValue a1 = profiles[0].values[0];
    a1.value = 80.0;
    a1.confidence = Confidence::High;
    profiles[1].setValue(a1);
    profiles[1].population.reset();
    const Profile bloc = poolBloc(profiles[2], profiles, methodology);
    // (50 + 80) / 2 = 65, flagged: weighting by XAA alone would give 50
    CHECK_THAT(bloc.findValue("a1")->value, WithinAbs(65.0, 1e-12));
    CHECK(bloc.findValue("a1")->confidence == Confidence::Low);
    CHECK(bloc.findValue("a1")->note == "Unweighted mean: no population for YBB");
    // b1 (mean_gdp) is known for XAA only, whose GDP is known: weighted, not flagged
    // for weights (it is flagged for the member without a value).
    CHECK(bloc.findValue("b1")->note == "No value for YBB");
}

TEST_CASE("a scenario's overrides replace values; a pooled bloc keeps its other pooled values",
          "[pooling][scenario]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    IndicatorValue c1;
    c1.indicator = "c1";
    c1.value = 12.0;
    IndicatorValue b1; // YBB has no b1: the override adds it
    b1.indicator = "b1";
    b1.value = 5.0;

    const Profile country = applyOverrides(profiles[1], {c1, b1}, profiles, methodology);
    REQUIRE(country.values.size() == 3);
    CHECK(country.findValue("a2")->value == 100.0); // untouched
    CHECK(country.findValue("c1")->value == 12.0);
    CHECK(country.findValue("b1")->value == 5.0);

    // The bloc has no values of its own: without pooling first, overriding c1
    // would leave it with c1 alone.
    const Profile bloc = applyOverrides(profiles[2], {c1}, profiles, methodology);
    CHECK(bloc.findValue("c1")->value == 12.0);  // pooled max was 25
    CHECK(bloc.findValue("a2")->value == 110.0); // pooled sum kept
    CHECK(bloc.findValue("a1")->value == 50.0);
    // The override is the bloc's value now: scoring does not pool it again.
    const auto scored = scoreProfiles({profiles[0], profiles[1], bloc}, methodology);
    // c = (12 - 10) / (20 - 10) = 0.2; a = (0.5 + 1)/2 = 0.75, b = 0.8
    // geometric, weights 1,1,2: (0.75 * 0.8 * 0.2^2)^(1/4)
    CHECK_THAT(*scored[2].score, WithinAbs(100.0 * std::pow(0.75 * 0.8 * 0.04, 0.25), 1e-9));
}
