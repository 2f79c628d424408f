// Display names in other languages: a methodology's optional translations
// ("translations": {"ko": {...}}, docs/file-formats.md) and the one rule
// that picks a display name (aisov::displayName, English fallback).

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/TextFile.h"
#include "aisov/ValueCheck.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace aisov;
using aisov::test::fixturePath;

namespace {

nlohmann::json fixtureJson()
{
    return nlohmann::json::parse(readTextFile(fixturePath("three-pillars.methodology.json")));
}

// The fixture with Korean names on its first pillar, first indicator (and
// its unit) and first band.
nlohmann::json koreanFixture()
{
    nlohmann::json document = fixtureJson();
    document["pillars"][0]["translations"] = {
        {"ko", {{"name", "알파"}, {"description", "첫째 기둥"}}}};
    document["indicators"][0]["translations"] = {{"ko", {{"name", "알파 지표"}, {"unit", "점"}}}};
    document["bands"][0]["translations"] = {{"ko", {{"label", "낮음"}}}};
    return document;
}

Methodology parse(const nlohmann::json& document)
{
    return parseMethodology(document.dump(), "m.json");
}

} // namespace

TEST_CASE("a methodology file without translations loads, and names fall back to English",
          "[methodology][translations]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    for (const auto& pillar : methodology.pillars)
        CHECK(pillar.translations.empty());
    CHECK(displayName(methodology.pillars[0], Language::Korean) == "Alpha");
    CHECK(displayName(methodology.indicators[0], Language::Korean) ==
          methodology.indicators[0].name);
    CHECK(displayLabel(methodology.bands[0], Language::Korean) == "Low");
    CHECK(displayBandLabel(methodology, "Mid", Language::Korean) == "Mid");
    // Written back, it gains no "translations" key: old readers still read it.
    CHECK(methodologyToJson(methodology).find("translations") == std::string::npos);
}

TEST_CASE("Korean display names are read, shown and round-trip through the writer",
          "[methodology][translations]")
{
    const Methodology methodology = parse(koreanFixture());
    const Pillar& alpha = methodology.pillars[0];
    CHECK(displayName(alpha, Language::Korean) == "알파");
    CHECK(displayDescription(alpha, Language::Korean) == "첫째 기둥");
    CHECK(displayName(alpha, Language::English) == "Alpha");
    CHECK(displayName(methodology.indicators[0], Language::Korean) == "알파 지표");
    CHECK(displayUnit(methodology.indicators[0], Language::Korean) == "점");
    CHECK(displayUnit(methodology.indicators[0], Language::English) == "%");
    CHECK(displayLabel(methodology.bands[0], Language::Korean) == "낮음");
    CHECK(displayBandLabel(methodology, "Low", Language::Korean) == "낮음");
    // Untranslated entries, and a translation without a description, fall back.
    CHECK(displayName(methodology.pillars[1], Language::Korean) == "Beta");
    CHECK(displayDescription(methodology.indicators[0], Language::Korean) ==
          methodology.indicators[0].description);
    CHECK(displayLabel(methodology.bands[1], Language::Korean) == "Mid");
    CHECK(displayUnit(methodology.indicators[1], Language::Korean) ==
          methodology.indicators[1].unit);

    const Methodology again = parseMethodology(methodologyToJson(methodology), "again.json");
    CHECK(again == methodology);
}

TEST_CASE("an empty name falls back to the id in every language", "[methodology][translations]")
{
    Pillar pillar;
    pillar.id = "p";
    CHECK(displayName(pillar, Language::English) == "p");
    pillar.translations[Language::Korean] = {"", "설명", ""};
    CHECK(displayName(pillar, Language::Korean) == "p");
    CHECK(displayDescription(pillar, Language::Korean) == "설명");
}

TEST_CASE("translations are validated like the English text", "[methodology][translations]")
{
    SECTION("an unknown or English language code")
    {
        for (const char* code : {"kr", "en"}) {
            nlohmann::json document = fixtureJson();
            document["pillars"][1]["translations"] = {{code, {{"name", "x"}}}};
            AISOV_REQUIRE_INPUT_ERROR(parse(document),
                                      std::string("$.pillars[1].translations.") + code,
                                      "unknown language");
        }
    }
    SECTION("an unknown key in a translation")
    {
        nlohmann::json document = fixtureJson();
        document["bands"][0]["translations"] = {{"ko", {{"name", "낮음"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.bands[0].translations.ko.name",
                                  "unknown key \"name\" (expected one of: label)");
    }
    SECTION("a unit in a pillar's or band's translation")
    {
        nlohmann::json document = fixtureJson();
        document["pillars"][0]["translations"] = {{"ko", {{"unit", "점"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[0].translations.ko.unit",
                                  "unknown key \"unit\" (expected one of: name, description)");
    }
    SECTION("a Korean unit longer than a name may be")
    {
        nlohmann::json document = fixtureJson();
        document["indicators"][1]["translations"] = {{"ko", {{"unit", std::string(201, 'x')}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[1].translations.ko.unit",
                                  "is 201 characters long; at most 200 are allowed");
    }
    SECTION("a hidden character in a Korean name")
    {
        nlohmann::json document = fixtureJson();
        document["indicators"][2]["translations"] = {{"ko", {{"name", "지\u200b표"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.indicators[2].translations.ko.name",
                                  "U+200B");
    }
    SECTION("a Korean name longer than a name may be")
    {
        nlohmann::json document = fixtureJson();
        std::string longName;
        for (std::size_t i = 0; i <= kMaxNameCharacters; ++i)
            longName += "가"; // one character, three bytes
        document["pillars"][0]["translations"] = {{"ko", {{"name", longName}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.pillars[0].translations.ko.name",
                                  "is 201 characters long; at most 200 are allowed");
    }
    SECTION("an English entry built in code")
    {
        Methodology methodology = parse(fixtureJson());
        methodology.pillars[0].translations[Language::English] = {"Alpha", "", ""};
        AISOV_REQUIRE_INPUT_ERROR(validateMethodology(methodology, "edited"),
                                  "$.pillars[0].translations.en", "not a translation");
    }
}

TEST_CASE("the bundled default methodology names every pillar, indicator and band in Korean",
          "[methodology][translations][data]")
{
    const Methodology& methodology = defaultMethodology();
    for (const auto& pillar : methodology.pillars) {
        INFO(pillar.id);
        CHECK(displayName(pillar, Language::Korean) != pillar.name);
        CHECK(displayDescription(pillar, Language::Korean) != pillar.description);
    }
    for (const auto& indicator : methodology.indicators) {
        INFO(indicator.id);
        CHECK(displayName(indicator, Language::Korean) != indicator.name);
        CHECK(displayUnit(indicator, Language::Korean) != indicator.unit);
    }
    for (const auto& band : methodology.bands) {
        INFO(band.label);
        CHECK(displayLabel(band, Language::Korean) != band.label);
    }
    CHECK(displayName(*methodology.findPillar("compute"), Language::Korean) == "컴퓨팅");
    CHECK(displayLabel(methodology.bands.back(), Language::Korean) == "주권");
    CHECK(displayUnit(*methodology.findIndicator("data_centres"), Language::Korean) == "개 시설");
}

TEST_CASE("language codes are the file's and --lang's", "[methodology][translations]")
{
    CHECK(std::string(toString(Language::Korean)) == "ko");
    CHECK(languageFromString("en") == Language::English);
    CHECK(languageFromString("ko") == Language::Korean);
    CHECK_FALSE(languageFromString("KO"));
    CHECK(allLanguages().size() == 2);
}

TEST_CASE("a bundled methodology stored without translations reads with the bundled names",
          "[methodology][translations]")
{
    // As a store made before the bundled files had Korean names holds it.
    const Methodology stored = withoutTranslations(defaultMethodology());
    REQUIRE(displayName(*stored.findPillar("compute"), Language::Korean) == "Compute");

    SECTION("the bundled version, word for word: the bundled names are filled in")
    {
        const Methodology read = withBundledTranslations(stored);
        CHECK(read == defaultMethodology());
        CHECK(displayName(*read.findPillar("compute"), Language::Korean) == "컴퓨팅");
    }
    SECTION("an edited copy under the same id and version keeps its own (English) names")
    {
        Methodology edited = stored;
        edited.pillars.front().weight += 1.0;
        CHECK(withBundledTranslations(edited) == edited);
    }
    SECTION("another version is not the bundled one")
    {
        Methodology other = stored;
        other.version = "2026.2-local";
        CHECK(withBundledTranslations(other) == other);
    }
    SECTION("the bundled names without the units (a store of 2026-12-03) gain the units")
    {
        Methodology namesOnly = defaultMethodology();
        for (auto& indicator : namesOnly.indicators)
            indicator.translations[Language::Korean].unit.clear();
        REQUIRE(displayUnit(namesOnly.indicators.front(), Language::Korean) ==
                namesOnly.indicators.front().unit);
        const Methodology read = withBundledTranslations(namesOnly);
        CHECK(read == defaultMethodology());
        CHECK(displayUnit(*read.findIndicator("data_centres"), Language::Korean) == "개 시설");
    }
    SECTION("a methodology with translations of its own keeps them, and only them")
    {
        Methodology own = stored;
        own.pillars.front().translations[Language::Korean].name = "내 이름";
        const Methodology read = withBundledTranslations(own);
        CHECK(read == own);
        CHECK(displayName(read.pillars[1], Language::Korean) == read.pillars[1].name);
    }
}

TEST_CASE("a result is named in a language after its profile, its label kept",
          "[translations][profiles]")
{
    Profile swiss;
    swiss.code = "CHE";
    swiss.name = "Switzerland";
    swiss.translations[Language::Korean].name = "스위스";
    Profile plain;
    plain.code = "AUT";
    plain.name = "Austria";
    const std::vector<Profile> profiles{swiss, plain};

    CHECK(displayResultName("Switzerland", "CHE", profiles, Language::Korean) == "스위스");
    CHECK(displayResultName("Switzerland (2024 plan)", "CHE", profiles, Language::Korean) ==
          "스위스 (2024 plan)");
    CHECK(displayResultName("Switzerland", "CHE", profiles, Language::English) == "Switzerland");
    // No translation, no profile, or a name not its profile's: as it is.
    CHECK(displayResultName("Austria", "AUT", profiles, Language::Korean) == "Austria");
    CHECK(displayResultName("Coalition CHE+AUT", "CHE+AUT", profiles, Language::Korean) ==
          "Coalition CHE+AUT");
    CHECK(displayResultName("Helvetia", "CHE", profiles, Language::Korean) == "Helvetia");
}
