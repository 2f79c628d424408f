// The machine forms of a score (docs/cli.md, "score"): score --format json
// and csv, with uncertainty and scenarios.

#include "aisov/MethodologyIO.h"
#include "aisov/ResultIO.h"

#include "../TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace aisov;
using aisov::test::fixturePath;

namespace {

// A result built by hand for the fixture's pillars a, b (no data) and c, with
// one indicator.
ScoreResult resultOf(const std::string& code, std::optional<double> score, double pillarScore)
{
    ScoreResult result;
    result.code = code;
    result.name = "Country " + code;
    result.score = score;
    result.band = score ? "Middle" : "";
    result.coverage = 0.5;
    result.met = pillarScore >= 50.0 ? 2 : 1;
    result.pillars = {{"a", pillarScore, pillarScore >= 50.0, 1.0},
                      {"b", std::nullopt, false, 0.0},
                      {"c", 80.0, true, 1.0}};
    result.indicators = {{"a1", "a", 12.0, 0.25, 7.5}};
    return result;
}

} // namespace

TEST_CASE("score json carries a scenario object beside its base result", "[resultio][scenario]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const std::vector<ScoreResult> results{resultOf("XAA", 40.0, 30.0),
                                           resultOf("YBB", 20.0, 10.0)};
    const std::vector<std::optional<ScenarioOutput>> scenarios{
        ScenarioOutput{"Big cluster", resultOf("XAA", 55.5, 60.0)}, std::nullopt};

    const auto json = nlohmann::json::parse(resultsToJson(methodology, results, {}, scenarios));
    CHECK(json["methodology"]["id"] == "three-pillars");
    const auto& first = json["results"][0];
    CHECK(first["score"] == 40.0);
    CHECK(first["scenario"]["name"] == "Big cluster");
    CHECK(first["scenario"]["score"] == 55.5);
    CHECK(first["scenario"]["met"] == 2);
    CHECK(first["scenario"]["pillars"][1]["score"].is_null());
    CHECK(first["scenario"]["pillars"][0]["score"] == 60.0);
    CHECK(first["scenario"]["indicators"][0]["contribution"] == 7.5);
    CHECK_FALSE(json["results"][1].contains("scenario"));
    // Rank frequencies, when there are some, go with the interval.
    UncertaintySummary interval;
    interval.scored = true;
    interval.p5 = 35.0;
    interval.p50 = 40.0;
    interval.p95 = 45.0;
    interval.rankFrequency = {0.25, 0.75};
    const auto withRanks = nlohmann::json::parse(
        resultsToJson(methodology, results, {interval, UncertaintySummary{}}));
    CHECK(withRanks["results"][0]["uncertainty"]["p95"] == 45.0);
    CHECK(withRanks["results"][0]["uncertainty"]["rank_frequency"] ==
          nlohmann::json::array({0.25, 0.75}));
    CHECK(withRanks["results"][1]["uncertainty"].is_null()); // not scored: no interval
    // Without scenarios the object is as before: no key at all.
    const auto plain = nlohmann::json::parse(resultsToJson(methodology, results));
    CHECK_FALSE(plain["results"][0].contains("scenario"));
}

TEST_CASE("score csv puts a scenario's row under its base with a scenario column",
          "[resultio][scenario]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const std::vector<ScoreResult> results{resultOf("XAA", 40.0, 30.0),
                                           resultOf("YBB", std::nullopt, 10.0)};
    UncertaintySummary interval;
    interval.scored = true;
    interval.p5 = 35.0;
    interval.p50 = 40.0;
    interval.p95 = 45.0;
    interval.rankFrequency = {0.25, 0.75}; // second in three draws of four
    const std::vector<UncertaintySummary> uncertainty{interval, UncertaintySummary{}};
    const std::vector<std::optional<ScenarioOutput>> scenarios{
        ScenarioOutput{"What, if", resultOf("XAA", 55.5, 60.0)}, std::nullopt};

    // The scenario row has no interval; YBB, without a score, has none either.
    CHECK(resultsToCsv(methodology, results, uncertainty, scenarios) ==
          "code,name,score,band,coverage,met,a,b,c,p5,p50,p95,likely_rank,likely_rank_share,"
          "scenario\n"
          "XAA,Country XAA,40.00,Middle,0.50,1,30.00,,80.00,35.00,40.00,45.00,2,0.75,\n"
          "XAA,Country XAA,55.50,Middle,0.50,2,60.00,,80.00,,,,,,\"What, if\"\n"
          "YBB,Country YBB,,,0.50,1,10.00,,80.00,,,,,,\n");
    CHECK(resultsToCsv(methodology, results) == "code,name,score,band,coverage,met,a,b,c\n"
                                                "XAA,Country XAA,40.00,Middle,0.50,1,30.00,,80.00\n"
                                                "YBB,Country YBB,,,0.50,1,10.00,,80.00\n");
}
