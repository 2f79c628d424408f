// Loading, validating and writing methodology files (docs/file-formats.md).

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace aisov;
using aisov::test::fixturePath;

namespace {

nlohmann::json fixtureJson()
{
    return nlohmann::json::parse(readTextFile(fixturePath("three-pillars.methodology.json")));
}

Methodology parse(const nlohmann::json& document)
{
    return parseMethodology(document.dump(), "m.json");
}

} // namespace

TEST_CASE("the fixture methodology loads with every field", "[methodology][io]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    CHECK(methodology.id == "three-pillars");
    REQUIRE(methodology.pillars.size() == 3);
    CHECK(methodology.pillars[2].weight == 2.0);
    CHECK(methodology.pillars[0].threshold == 50.0);
    REQUIRE(methodology.indicators.size() == 4);
    CHECK(methodology.indicators[1].transform == Transform::Log);
    CHECK(methodology.indicators[2].direction == Direction::Lower);
    CHECK(methodology.indicators[0].pooling == Pooling::MeanPopulation);
    CHECK(methodology.indicators[3].goalpostLow == 10.0);
    CHECK(methodology.indicators[3].goalpostHigh == 20.0);
    CHECK(methodology.pillarAggregation == Aggregation::Geometric);
    CHECK(methodology.bands.size() == 3);
}

TEST_CASE("the bundled default methodology has six pillars of 2-5 indicators",
          "[methodology][default]")
{
    const Methodology& methodology = defaultMethodology();
    REQUIRE(methodology.pillars.size() == 6);
    const std::vector<std::string> expected{"compute", "infrastructure", "data",
                                            "talent",  "regulation",     "energy"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(methodology.pillars[i].id == expected[i]);
        const auto count = methodology.indicatorsOfPillar(expected[i]).size();
        CHECK(count >= 2);
        CHECK(count <= 5);
    }
    CHECK(methodology.pillarAggregation == Aggregation::Geometric);
    CHECK(methodology.indicatorAggregation == Aggregation::Arithmetic);
    for (const auto& indicator : methodology.indicators)
        CHECK_FALSE(indicator.unit.empty());
}

TEST_CASE("write then read gives the same methodology", "[methodology][io]")
{
    const Methodology original = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const Methodology copy = parseMethodology(methodologyToJson(original), "copy.json");
    CHECK(methodologyToJson(copy) == methodologyToJson(original));
    CHECK(copy.indicators[2].direction == Direction::Lower);
    CHECK(copy.bands[1].label == "Mid");
}

// The fixture predates log_floor and minimum_coverage: it must still load,
// with no floor (a log indicator refuses zero) and no coverage rule.
TEST_CASE("a methodology without log_floor or minimum_coverage loads with neither",
          "[methodology][io]")
{
    const Methodology methodology = parse(fixtureJson());
    for (const auto& indicator : methodology.indicators)
        CHECK_FALSE(indicator.logFloor.has_value());
    CHECK(methodology.minimumCoverage == 0.0);
    const std::string written = methodologyToJson(methodology);
    CHECK(written.find("log_floor") == std::string::npos);
    CHECK(written.find("minimum_coverage") == std::string::npos);
}

TEST_CASE("log_floor and minimum_coverage are read and written back", "[methodology][io]")
{
    nlohmann::json document = fixtureJson();
    document["indicators"][1]["log_floor"] = 2.5;
    document["minimum_coverage"] = 0.75;
    const Methodology methodology = parse(document);
    REQUIRE(methodology.indicators[1].logFloor.has_value());
    CHECK(*methodology.indicators[1].logFloor == 2.5);
    CHECK_FALSE(methodology.indicators[0].logFloor.has_value());
    CHECK(methodology.minimumCoverage == 0.75);
    const Methodology copy = parseMethodology(methodologyToJson(methodology), "copy.json");
    REQUIRE(copy.indicators[1].logFloor.has_value());
    CHECK(*copy.indicators[1].logFloor == 2.5);
    CHECK(copy.minimumCoverage == 0.75);
}

TEST_CASE("every bundled methodology loads; the default is the newest and active one",
          "[methodology][default]")
{
    const auto& all = bundledMethodologies();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == "ai-sovereignty");
    CHECK(all[0].version == "2026.1");
    CHECK(all[1].version == "2026.2");
    CHECK(all[1].version == defaultMethodology().version);
    CHECK(all[0].minimumCoverage == 0.0);
    CHECK(all[1].minimumCoverage == 0.75);
}

TEST_CASE("invalid methodologies are refused with file, place and reason", "[methodology][bad]")
{
    nlohmann::json document = fixtureJson();

    SECTION("a log floor on a linear indicator")
    {
        document["indicators"][0]["log_floor"] = 1;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[0].log_floor", "log");
    }
    SECTION("a log floor that is not positive")
    {
        document["indicators"][1]["log_floor"] = 0;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[1].log_floor", "positive");
    }
    SECTION("a log floor at or above the high goalpost")
    {
        document["indicators"][1]["log_floor"] = 100;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[1].log_floor", "below the high");
    }
    SECTION("a minimum coverage outside 0-1")
    {
        document["minimum_coverage"] = 75;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.minimum_coverage", "between 0 and 1");
    }

    SECTION("unknown format version")
    {
        document["format"] = "aisov.methodology/9";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.format", "unknown format");
    }
    SECTION("goalposts equal")
    {
        document["indicators"][3]["goalposts"] = {5, 5};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[3].goalposts", "equal");
    }
    SECTION("goalposts reversed")
    {
        document["indicators"][0]["goalposts"] = {100, 0};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[0].goalposts", "low < high");
    }
    SECTION("log transform with a non-positive goalpost")
    {
        document["indicators"][1]["goalposts"] = {0, 100};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[1].goalposts", "positive");
    }
    SECTION("negative weight")
    {
        document["pillars"][1]["weight"] = -1;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[1].weight", "non-negative");
    }
    SECTION("all pillar weights zero")
    {
        for (auto& pillar : document["pillars"])
            pillar["weight"] = 0;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars", "all zero");
    }
    SECTION("all indicator weights of a pillar zero")
    {
        document["indicators"][0]["weight"] = 0;
        document["indicators"][1]["weight"] = 0;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[0]", "all zero");
    }
    SECTION("duplicate indicator id")
    {
        document["indicators"][2]["id"] = "a1";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[2].id", "duplicate");
    }
    SECTION("duplicate pillar id")
    {
        document["pillars"][2]["id"] = "a";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[2].id", "duplicate");
    }
    SECTION("indicator of an unknown pillar")
    {
        document["indicators"][3]["pillar"] = "zeta";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[3].pillar", "unknown pillar");
    }
    SECTION("pillar without indicators")
    {
        document["pillars"].push_back({{"id", "d"}});
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[3]", "no indicators");
    }
    SECTION("threshold outside 0-100")
    {
        document["pillars"][0]["threshold"] = 120;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[0].threshold", "between 0 and 100");
    }
    SECTION("misspelt key")
    {
        document["indicators"][0]["wieght"] = 2;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[0].wieght", "unknown key");
    }
    SECTION("wrong type")
    {
        document["indicators"][0]["weight"] = "heavy";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[0].weight", "expected a number");
    }
    SECTION("unknown enum value")
    {
        document["aggregation"]["pillars"] = "harmonic";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.aggregation.pillars", "harmonic");
    }
    SECTION("missing required key")
    {
        document.erase("version");
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$", "\"version\"");
    }
    SECTION("bands out of order")
    {
        document["bands"][2]["from"] = 40;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.bands[2].from", "ascending");
    }
    SECTION("first band above 0")
    {
        document["bands"][0]["from"] = 5;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.bands[0].from", "start at 0");
    }
    SECTION("goalposts of the wrong length")
    {
        document["indicators"][0]["goalposts"] = {1, 2, 3};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[0].goalposts", "two numbers");
    }
}

TEST_CASE("malformed JSON is refused with line and column", "[methodology][bad]")
{
    AISOV_REQUIRE_INPUT_ERROR(parseMethodology("", "m.json"), "", "empty");
    AISOV_REQUIRE_INPUT_ERROR(
        parseMethodology("{\n  \"format\": \"aisov.methodology/1\",\n  \"id\":", "m.json"),
        "line 3", "not valid JSON");
    AISOV_REQUIRE_INPUT_ERROR(parseMethodology("{\"format\": NaN}", "m.json"), "line 1",
                              "not valid JSON");
    AISOV_REQUIRE_INPUT_ERROR(parseMethodology("{\"id\": \"a\", \"id\": \"b\"}", "m.json"), "",
                              "duplicate key \"id\"");
    AISOV_REQUIRE_INPUT_ERROR(
        parseMethodology(std::string(100, '[') + std::string(100, ']'), "m.json"), "",
        "nested deeper");
    AISOV_REQUIRE_INPUT_ERROR(parseMethodology("[1, 2]", "m.json"), "$", "expected an object");
}

TEST_CASE("a huge number is refused with its position", "[methodology][bad]")
{
    nlohmann::json document = fixtureJson();
    std::string text = document.dump();
    const std::string needle = "\"threshold\":50";
    text.replace(text.find(needle), needle.size(), "\"threshold\":1e999");
    AISOV_REQUIRE_INPUT_ERROR(parseMethodology(text, "m.json"), "line 1, column",
                              "1e999 is too large");
}

TEST_CASE("the error message names the file", "[methodology][bad]")
{
    try {
        parseMethodology("{}", "/tmp/my-method.json");
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()).rfind("/tmp/my-method.json: $: ", 0) == 0);
        CHECK(error.file() == "/tmp/my-method.json");
    }
}

TEST_CASE("over-long methodology texts are refused at their JSON path", "[methodology][bad]")
{
    nlohmann::json document = fixtureJson();
    document["id"] = std::string(65, 'm');
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.id", "65 characters long; at most 64");
    document = fixtureJson();
    document["indicators"][1]["id"] = std::string(65, 'i');
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[1].id", "at most 64");
    document = fixtureJson();
    document["pillars"][0]["name"] = "Com\u202Epute";
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[0].name", "U+202E");
}
