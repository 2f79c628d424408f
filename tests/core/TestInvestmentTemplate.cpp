// Investment templates: reading, applying as overrides, ranking
// (aisov/InvestmentTemplate.h). Expected values computed by hand beside them.

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/BundledData.h"
#include "aisov/InvestmentTemplate.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace aisov;
using aisov::test::indicatorOf;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

nlohmann::json libraryJson()
{
    return nlohmann::json::parse(R"({
      "format": "aisov.templates/1",
      "templates": [
        {"id": "cluster", "name": "Cluster", "changes": [
          {"indicator": "x", "add": 2, "year": 2025, "source": "s", "url": "https://example.org/x"}]},
        {"id": "people", "name": "People", "changes": [
          {"indicator": "y", "add": 500, "per_million_people": true, "source": "s",
           "url": "https://example.org/y"}]}
      ]})");
}

std::vector<InvestmentTemplate> parse(const nlohmann::json& document)
{
    return parseInvestmentTemplates(document.dump(), "t.json");
}

// One pillar, x linear [0, 10] and y linear [0, 1000], weight 1 each.
Methodology twoIndicators()
{
    Methodology methodology;
    methodology.id = "m";
    methodology.version = "1";
    methodology.pillars.push_back({"p", "P", 1.0, 50.0, ""});
    methodology.indicators.push_back(indicatorOf("x", "p", 0, 10));
    methodology.indicators.push_back(indicatorOf("y", "p", 0, 1000));
    return methodology;
}

Profile country(std::vector<IndicatorValue> values)
{
    Profile profile;
    profile.code = "AAA";
    profile.name = "A";
    profile.population = 2e6;
    profile.values = std::move(values);
    return profile;
}

} // namespace

TEST_CASE("a template adds its amounts to the profile's values, as overrides", "[templates]")
{
    const auto templates = parse(libraryJson());
    REQUIRE(templates.size() == 2);
    const Profile profile = country({valueOf("x", 3), valueOf("y", 100)});
    // x: 3 + 2 = 5, with the template's source.
    const auto overrides = templateOverrides(profile, templates[0]);
    REQUIRE(overrides.size() == 1);
    CHECK(overrides[0].indicator == "x");
    CHECK(overrides[0].value == 5.0);
    CHECK(overrides[0].year == 2025);
    CHECK(overrides[0].url == "https://example.org/x");
    CHECK(overrides[0].source.find("Cluster") != std::string::npos);
    // y per million people: 500 people / 2 million = 250 per million; 100 + 250 = 350.
    const Profile changed = applyTemplate(profile, templates[1]);
    REQUIRE(changed.findValue("y") != nullptr);
    CHECK(changed.findValue("y")->value == 350.0);
    CHECK(changed.findValue("x")->value == 3.0);
}

TEST_CASE("a change to a value the profile lacks is left out and reported", "[templates]")
{
    const auto templates = parse(libraryJson());
    const Profile profile = country({valueOf("y", 100)});
    CHECK(templateOverrides(profile, templates[0]).empty());
    CHECK(templateSkippedIndicators(profile, templates[0]) == std::vector<std::string>{"x"});
    CHECK(applyTemplate(profile, templates[0]).findValue("x") == nullptr);
}

// Profile x = 3, y = 100: score 100 * (0.3 + 0.1) / 2 = 20. Cluster: x = 5,
// 100 * (0.5 + 0.1) / 2 = 30 (+10). People: y = 350, 100 * (0.3 + 0.35) / 2
// = 32.5 (+12.5). Ranked People first.
TEST_CASE("templates are ranked by what each adds to the score", "[templates]")
{
    const auto templates = parse(libraryJson());
    const std::vector<Profile> profiles{country({valueOf("x", 3), valueOf("y", 100)})};
    const auto gains = rankTemplates(profiles, 0, twoIndicators(), templates);
    REQUIRE(gains.size() == 2);
    CHECK(gains[0].id == "people");
    CHECK_THAT(gains[0].gain, WithinAbs(12.5, 1e-9));
    CHECK_THAT(*gains[0].scoreBefore, WithinAbs(20.0, 1e-9));
    CHECK_THAT(*gains[0].scoreAfter, WithinAbs(32.5, 1e-9));
    CHECK(gains[1].id == "cluster");
    CHECK_THAT(gains[1].gain, WithinAbs(10.0, 1e-9));
}

TEST_CASE("bad template files are refused with file, place and reason", "[templates][bad]")
{
    nlohmann::json document = libraryJson();
    SECTION("unknown format")
    {
        document["format"] = "aisov.templates/9";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.format", "unknown format");
    }
    SECTION("a change without a source")
    {
        document["templates"][0]["changes"][0].erase("source");
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.templates[0].changes[0]", "source");
    }
    SECTION("duplicate ids")
    {
        document["templates"][1]["id"] = "cluster";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.templates[1].id", "duplicate");
    }
    SECTION("an indicator the methodology does not have")
    {
        document["templates"][1]["changes"][0]["indicator"] = "zz";
        AISOV_REQUIRE_INPUT_ERROR(
            validateInvestmentTemplates(parse(document), twoIndicators(), "t.json"),
            "$.templates[1].changes[0].indicator", "unknown indicator \"zz\"");
    }
    SECTION("per million people without a population")
    {
        Profile profile = country({valueOf("y", 100)});
        profile.population.reset();
        AISOV_REQUIRE_INPUT_ERROR(templateOverrides(profile, parse(document)[1]), "AAA",
                                  "no population");
    }
}

TEST_CASE("a template's Korean name and description are read and shown in Korean only",
          "[templates][translations]")
{
    nlohmann::json document = libraryJson();
    document["templates"][0]["description"] = "A cluster";
    document["templates"][0]["translations"] = {
        {"ko", {{"name", "클러스터"}, {"description", "클러스터 하나"}}}};
    document["templates"][1]["translations"] = {{"ko", {{"description", "사람들"}}}};
    const auto templates = parse(document);
    CHECK(displayName(templates[0], Language::Korean) == "클러스터");
    CHECK(displayDescription(templates[0], Language::Korean) == "클러스터 하나");
    CHECK(displayName(templates[0], Language::English) == "Cluster");
    CHECK(displayDescription(templates[0], Language::English) == "A cluster");
    // Found by id; an unknown id finds nothing.
    REQUIRE(findTemplate(templates, "people") == &templates[1]);
    CHECK(findTemplate(templates, "nope") == nullptr);
    // A translation without a name falls back to the English name.
    CHECK(displayName(templates[1], Language::Korean) == "People");
    CHECK(displayDescription(templates[1], Language::Korean) == "사람들");
}

TEST_CASE("bad template translations are refused with their place", "[templates][bad]")
{
    nlohmann::json document = libraryJson();
    SECTION("an unknown language")
    {
        document["templates"][1]["translations"] = {{"kr", {{"name", "사람들"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.templates[1].translations.kr",
                                  "unknown language");
    }
    SECTION("a unit, which only an indicator's translation has")
    {
        document["templates"][0]["translations"] = {{"ko", {{"unit", "개"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.templates[0].translations.ko.unit",
                                  "unknown key \"unit\" (expected one of: name, description)");
    }
    SECTION("a name too long for a name")
    {
        document["templates"][0]["translations"] = {{"ko", {{"name", std::string(201, 'a')}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.templates[0].translations.ko.name",
                                  "is 201 characters long; at most 200 are allowed");
    }
}

TEST_CASE("the bundled templates load, check against the default methodology and are sourced",
          "[templates][data]")
{
    const auto& templates = bundledInvestmentTemplates();
    std::vector<std::string> ids;
    for (const auto& investment : templates) {
        ids.push_back(investment.id);
        for (const auto& change : investment.changes) {
            INFO(investment.id << " " << change.indicator);
            CHECK_FALSE(change.source.empty());
            CHECK(change.url.rfind("https://", 0) == 0);
            CHECK(change.year.has_value());
        }
    }
    CHECK(ids == std::vector<std::string>{"alps-supercomputer", "open-national-model",
                                          "ai-talent-programme", "sovereign-cloud-region",
                                          "new-generating-capacity", "leading-edge-fab"});
    // Each has its name and description in Korean (as the methodology has).
    for (const auto& investment : templates) {
        INFO(investment.id);
        CHECK(displayName(investment, Language::Korean) != investment.name);
        CHECK(displayDescription(investment, Language::Korean) != investment.description);
    }
    // The Alps magnitude: 434,900 of 13,837,531 TFlop/s (TOP500, June 2025).
    CHECK_THAT(templates[0].changes[0].amount, WithinAbs(100.0 * 434900 / 13837531.48, 1e-3));
}
