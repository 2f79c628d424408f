// Profile files: JSON and CSV forms (docs/file-formats.md).

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <limits>

using namespace aisov;
using aisov::test::fixturePath;

namespace {

const std::string kHeader = std::string(kProfilesCsvHeader) + "\n";

nlohmann::json fixtureJson()
{
    return nlohmann::json::parse(readTextFile(fixturePath("three-pillars.profiles.json")));
}

std::vector<Profile> parse(const nlohmann::json& document)
{
    return parseProfilesJson(document.dump(), "p.json");
}

} // namespace

TEST_CASE("profiles load with provenance", "[profiles][io]")
{
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    REQUIRE(profiles.size() == 3);
    CHECK(profiles[0].code == "XAA");
    CHECK(profiles[0].population == 1e6);
    const IndicatorValue* c1 = profiles[0].findValue("c1");
    REQUIRE(c1 != nullptr);
    CHECK(c1->value == 25.0);
    CHECK(c1->year == 2024);
    CHECK(c1->confidence == Confidence::Low);
    CHECK(c1->note == "above the high goalpost");
    CHECK(c1->url == "https://example.org/x");
    CHECK(profiles[2].kind == ProfileKind::Bloc);
    CHECK(profiles[2].members == std::vector<std::string>{"XAA", "YBB"});
    CHECK(profiles[2].isPooledBloc());
}

TEST_CASE("JSON and CSV round trips keep every value and its provenance", "[profiles][io]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles[0].values[0].note = "has, a comma and \"quotes\"\nand a line break";
    profiles[0].values[1].value = 0.1 + 0.2; // not exactly representable in short decimal

    const auto fromJson = parseProfilesJson(profilesToJson(profiles), "again.json");
    CHECK(profilesToJson(fromJson) == profilesToJson(profiles));

    const auto fromCsv = parseProfilesCsv(profilesToCsv(profiles), "again.csv");
    REQUIRE(fromCsv.size() == 2); // the bloc has no values, so no CSV rows
    CHECK(fromCsv[0].values[0].note == profiles[0].values[0].note);
    CHECK(fromCsv[0].values[1].value == profiles[0].values[1].value);
    CHECK(profilesToCsv(fromCsv) == profilesToCsv(profiles));
}

// OWASP "CSV Injection": a cell a spreadsheet would run as a formula is
// written with a leading "'" (shown as text), and read back as it was.
TEST_CASE("CSV text cells are guarded against spreadsheet formulas and read back exactly",
          "[profiles][csv][security]")
{
    auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    profiles.resize(1);
    auto& values = profiles[0].values;
    REQUIRE(values.size() >= 2);
    values[0].source = "=HYPERLINK(\"http://x\",\"y\")";
    values[0].note = "@SUM(A1)";
    values[0].url = "+1";
    values[1].source = "-2";
    values[1].note = "'=already quoted"; // a quote of its own before "=" is kept
    const std::string csv = profilesToCsv(profiles);
    CHECK_THAT(csv, Catch::Matchers::Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
    CHECK_THAT(csv, Catch::Matchers::Contains(",'+1,"));
    CHECK_THAT(csv, Catch::Matchers::Contains(",'@SUM(A1)\n"));
    CHECK_THAT(csv, Catch::Matchers::Contains(",'-2,"));
    CHECK_THAT(csv, Catch::Matchers::Contains(",''=already quoted\n"));
    // Negative numbers stay numbers: only text cells are guarded.
    const auto back = parseProfilesCsv(csv, "again.csv");
    REQUIRE(back.size() == 1);
    CHECK(back[0].values[0].source == values[0].source);
    CHECK(back[0].values[0].note == "@SUM(A1)");
    CHECK(back[0].values[0].url == "+1");
    CHECK(back[0].values[1].source == "-2");
    CHECK(back[0].values[1].note == "'=already quoted");
    // JSON stays exact.
    CHECK_THAT(profilesToJson(profiles), Catch::Matchers::Contains("\"@SUM(A1)\""));
}

// Found by a careful tester: a right-to-left override made "ABC" display as "CBA".
TEST_CASE("names with hidden or direction-changing characters are refused", "[profiles][security]")
{
    for (const std::string name : {"Switz\u202Eerland", "Swi\u200Btzerland", "Bell\x07"}) {
        INFO(name);
        nlohmann::json document = fixtureJson();
        document["profiles"][0]["name"] = name;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].name", "character");
    }
}

TEST_CASE("CSV values are grouped by code", "[profiles][csv]")
{
    const std::string csv =
        kHeader + "CHE,top500_share,3.41,2025,TOP500,https://top500.org,high,\r\n"
                  "USA,top500_share,48.41,2025,TOP500,https://top500.org,,\r\n"
                  "CHE,top500_systems,4,2025,TOP500,https://top500.org,medium,\"a, b\"\r\n";
    const auto profiles = parseProfilesCsv(csv, "v.csv");
    REQUIRE(profiles.size() == 2);
    CHECK(profiles[0].code == "CHE");
    REQUIRE(profiles[0].values.size() == 2);
    CHECK(profiles[0].values[1].note == "a, b");
    CHECK(profiles[1].values[0].confidence == Confidence::Medium); // empty means medium
}

TEST_CASE("invalid CSV is refused with its line", "[profiles][csv][bad]")
{
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv("", "v.csv"), "", "empty");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv("code,value\n", "v.csv"), "line 1", "header");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,abc,2025,s,u,high,\n", "v.csv"),
                              "line 2", "not a finite number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,nan,2025,s,u,high,\n", "v.csv"),
                              "line 2", "not a finite number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,inf,2025,s,u,high,\n", "v.csv"),
                              "line 2", "not a finite number");
    AISOV_REQUIRE_INPUT_ERROR(
        parseProfilesCsv(kHeader + "CHE,x,1,2025,s,u,high,\nCHE,x,2,2025,s,u,high,\n", "v.csv"),
        "line 3", "appears twice");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2025,s,u\n", "v.csv"), "line 2",
                              "expected 8 fields");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,1066,s,u,high,\n", "v.csv"),
                              "line 2", "year");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2025,s,u,sure,\n", "v.csv"),
                              "line 2", "confidence");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "che,x,1,2025,s,u,high,\n", "v.csv"),
                              "line 2", "code");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2025,\"s,u,high,\n", "v.csv"),
                              "line 2", "not closed");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2025,s\xff,u,high,\n", "v.csv"),
                              "", "UTF-8");
    // A quoted field spanning lines: the error on the next record names its own line.
    AISOV_REQUIRE_INPUT_ERROR(
        parseProfilesCsv(kHeader + "CHE,x,1,2025,s,u,high,\"two\nlines\"\nCHE,y,z,2025,s,u,high,\n",
                         "v.csv"),
        "line 4", "not a finite number");
}

TEST_CASE("CSV numbers and years follow the one number parser", "[profiles][csv][bad]")
{
    // parseNumber (ValueCheck.h) is the rule: spaces around a number are
    // fine, hexadecimal and underflow to 0 are not.
    const auto spaced = parseProfilesCsv(kHeader + "CHE,x, 2.5 , 2024 ,s,u,high,\n", "v.csv");
    CHECK(spaced.at(0).values.at(0).value == 2.5);
    CHECK(spaced.at(0).values.at(0).year == 2024);
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,0x10,2024,s,u,high,\n", "v.csv"),
                              "line 2", "value: \"0x10\" is not a finite number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1e-400,2024,s,u,high,\n", "v.csv"),
                              "line 2", "value: \"1e-400\" is not a finite number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2099,s,u,high,\n", "v.csv"),
                              "line 2", "year: 2099 is in the future");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2024.5,s,u,high,\n", "v.csv"),
                              "line 2", "year: expected a whole number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,0x7E8,s,u,high,\n", "v.csv"),
                              "line 2", "year: \"0x7E8\" is not a number");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv(kHeader + "CHE,x,1,2024,s,u,sure,\n", "v.csv"),
                              "line 2", "confidence: unknown confidence \"sure\"");
}

TEST_CASE("JSON numbers that would read as 0 and future years are refused", "[profiles][bad]")
{
    nlohmann::json document = fixtureJson();
    std::string text = document.dump();
    const std::string needle = "\"value\":50";
    REQUIRE(text.find(needle) != std::string::npos);
    text.replace(text.find(needle), needle.size(), "\"value\":5e-400");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesJson(text, "p.json"), "line 1, column",
                              "number 5e-400 is too small: it would read as 0");
    // A string that spells an underflowing number is not a number.
    document["profiles"][0]["values"][0]["note"] = "1e-400";
    CHECK(parse(document).at(0).values.at(0).note == "1e-400");

    document["profiles"][0]["values"][0]["year"] = 2099;
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[0].year",
                              "2099 is in the future");
    document["profiles"][0]["values"][0]["year"] = 1e12;
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[0].year",
                              "expected a whole number (a year)");
}

TEST_CASE("invalid profile JSON is refused with its path", "[profiles][bad]")
{
    nlohmann::json document = fixtureJson();
    SECTION("value not a number")
    {
        document["profiles"][0]["values"][1]["value"] = "ten";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[1].value",
                                  "expected a number");
    }
    SECTION("value null")
    {
        document["profiles"][0]["values"][1]["value"] = nullptr;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[1].value", "null");
    }
    SECTION("unknown confidence")
    {
        document["profiles"][1]["values"][0]["confidence"] = "certain";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[1].values[0].confidence", "certain");
    }
    SECTION("country code not alpha-3")
    {
        document["profiles"][0]["code"] = "CH";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].code", "alpha-3");
    }
    SECTION("duplicate code")
    {
        document["profiles"][1]["code"] = "XAA";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[1].code", "duplicate");
    }
    SECTION("duplicate indicator in one profile")
    {
        document["profiles"][0]["values"][1]["indicator"] = "a1";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[1].indicator",
                                  "two values");
    }
    SECTION("members on a country")
    {
        document["profiles"][0]["members"] = {"YBB"};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].members", "only a bloc");
    }
    SECTION("negative population")
    {
        document["profiles"][0]["population"] = -5;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].population", "positive");
    }
    SECTION("year not whole")
    {
        document["profiles"][0]["values"][0]["year"] = 2024.5;
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[0].year", "whole");
    }
    SECTION("unknown format")
    {
        document["format"] = "aisov.profiles/2";
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.format", "unknown format");
    }
}

TEST_CASE("profiles are checked against the methodology", "[profiles][bad]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    nlohmann::json document = fixtureJson();
    SECTION("valid")
    {
        CHECK_NOTHROW(validateProfiles(parse(document), methodology, "p.json"));
    }
    SECTION("unknown indicator")
    {
        document["profiles"][1]["values"][1]["indicator"] = "zz";
        AISOV_REQUIRE_INPUT_ERROR(validateProfiles(parse(document), methodology, "p.json"),
                                  "$.profiles[1].values[1]", "unknown indicator \"zz\"");
    }
    SECTION("log transform of a non-positive value")
    {
        document["profiles"][0]["values"][1]["value"] = 0;
        AISOV_REQUIRE_INPUT_ERROR(validateProfiles(parse(document), methodology, "p.json"),
                                  "$.profiles[0].values[1]", "must be positive");
    }
    SECTION("a value outside what its unit allows")
    {
        // a1 has the unit "%": a share of 0-100.
        document["profiles"][0]["values"][0]["value"] = 120;
        AISOV_REQUIRE_INPUT_ERROR(validateProfiles(parse(document), methodology, "p.json"),
                                  "$.profiles[0].values[0]",
                                  "indicator \"a1\" (unit \"%\") allows values from 0 to 100");
    }
    SECTION("under a log floor a known zero is accepted, a negative value is not")
    {
        Methodology floored = methodology;
        floored.indicators[1].logFloor = 2.0;
        document["profiles"][0]["values"][1]["value"] = 0;
        CHECK_NOTHROW(validateProfiles(parse(document), floored, "p.json"));
        document["profiles"][0]["values"][1]["value"] = -1;
        AISOV_REQUIRE_INPUT_ERROR(validateProfiles(parse(document), floored, "p.json"),
                                  "$.profiles[0].values[1]", "must be zero or positive");
    }
    SECTION("CSV errors name the line")
    {
        const auto profiles = parseProfilesCsv(kHeader + "XAA,a1,1,2024,s,u,high,\n"
                                                         "XAA,a2,-3,2024,s,u,high,\n",
                                               "v.csv");
        AISOV_REQUIRE_INPUT_ERROR(validateProfiles(profiles, methodology, "v.csv"), "line 3",
                                  "must be positive");
    }
}

TEST_CASE("a file larger than the limit is refused before it is read", "[profiles][bad]")
{
    const std::string path = "/tmp/aisov-test-large.json";
    writeFileAtomically(path, std::string(2048, ' '));
    AISOV_REQUIRE_INPUT_ERROR(readTextFile(path, 1024), "", "larger than the limit");
    std::remove(path.c_str());
}

TEST_CASE("a profile built in code is checked as a reader checks one",
          "[profiles][attributes][bad]")
{
    Profile bloc;
    bloc.code = "ALPS";
    bloc.name = "Alpine bloc";
    bloc.kind = ProfileKind::Bloc;
    bloc.population = 1.8e7;
    bloc.members = {"CHE", "AUT"};
    CHECK_NOTHROW(validateProfileAttributes(bloc, "editor"));

    const auto refused = [](Profile profile, const std::function<void(Profile&)>& change) {
        change(profile);
        return profile;
    };
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(refused(bloc, [](Profile& p) { p.kind = ProfileKind::Country; }),
                                  "editor"),
        "ALPS", "alpha-3");
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(refused(bloc, [](Profile& p) { p.name.clear(); }), "editor"),
        "ALPS", "name: must not be empty");
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(refused(bloc, [](Profile& p) { p.population = 0.0; }), "editor"),
        "ALPS", "population: must be a positive number");
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(
            refused(bloc, [](Profile& p) { p.gdpUsd = std::numeric_limits<double>::infinity(); }),
            "editor"),
        "ALPS", "gdp_usd: must be a positive number");
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(refused(bloc, [](Profile& p) { p.members.push_back("CHE"); }),
                                  "editor"),
        "ALPS", "member \"CHE\" is listed twice");
    AISOV_REQUIRE_INPUT_ERROR(
        validateProfileAttributes(refused(bloc, [](Profile& p) { p.members = {"Swiss"}; }),
                                  "editor"),
        "ALPS", "not an ISO 3166-1 alpha-3 code");
    Profile country;
    country.code = "CHE";
    country.name = "Switzerland";
    country.members = {"AUT"};
    AISOV_REQUIRE_INPUT_ERROR(validateProfileAttributes(country, "editor"), "CHE",
                              "only a bloc has members");
    country.members.clear();
    IndicatorValue value;
    value.indicator = "researchers";
    country.values = {value, value};
    AISOV_REQUIRE_INPUT_ERROR(validateProfileAttributes(country, "editor"), "CHE",
                              "\"researchers\" has two values");
}

TEST_CASE("over-long value texts are refused where they are, JSON and CSV", "[profiles][bad]")
{
    nlohmann::json document = fixtureJson();
    document["profiles"][0]["values"][0]["note"] = std::string(10001, 'n');
    AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].values[0].note",
                              "10001 characters long; at most 10000");
    AISOV_REQUIRE_INPUT_ERROR(
        parseProfilesCsv(kHeader + "CHE,x,1,2025," + std::string(1001, 's') + ",u,high,\n",
                         "v.csv"),
        "line 2", "source: is 1001 characters long");
    // A profile built in code is held to the same bounds by validateProfiles.
    auto profiles = parse(fixtureJson());
    profiles[0].values[0].url = std::string(2001, 'u');
    profiles[0].values[0].origin.clear();
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    AISOV_REQUIRE_INPUT_ERROR(validateProfiles(profiles, methodology, "edit"), profiles[0].code,
                              "url: is 2001 characters long");
}

TEST_CASE("a profile's name in other languages is read, shown and written back",
          "[profiles][io][translations]")
{
    nlohmann::json document = fixtureJson();
    document["profiles"][0]["translations"] = {{"ko", {{"name", "엑스에이"}}}};
    document["profiles"][1]["translations"] = {{"ko", nlohmann::json::object()}};
    const auto profiles = parse(document);
    REQUIRE(profiles[0].translations.count(Language::Korean) == 1);
    CHECK(profiles[0].translations.at(Language::Korean).name == "엑스에이");
    CHECK(displayName(profiles[0], Language::Korean) == "엑스에이");
    CHECK(displayName(profiles[0], Language::English) == profiles[0].name);
    // An empty translation and none at all both fall back to the English name.
    CHECK(displayName(profiles[1], Language::Korean) == profiles[1].name);
    CHECK(displayName(profiles[2], Language::Korean) == profiles[2].name);

    const std::string written = profilesToJson(profiles);
    CHECK(nlohmann::json::parse(written)["profiles"][0]["translations"] ==
          document["profiles"][0]["translations"]);
    CHECK_FALSE(nlohmann::json::parse(written)["profiles"][2].contains("translations"));
    CHECK(parseProfilesJson(written, "again.json")[0].translations == profiles[0].translations);
}

TEST_CASE("a profile's translated names are held to the rules of a name",
          "[profiles][bad][translations]")
{
    nlohmann::json document = fixtureJson();
    SECTION("English is not a translation")
    {
        document["profiles"][0]["translations"] = {{"en", {{"name", "Alpha"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].translations.en",
                                  "unknown language \"en\"");
    }
    SECTION("a misspelt language")
    {
        document["profiles"][1]["translations"] = {{"kr", {{"name", "비비"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[1].translations.kr",
                                  "expected one of: ko");
    }
    SECTION("a profile's translation holds only its name")
    {
        document["profiles"][0]["translations"] = {
            {"ko", {{"name", "엑스"}, {"description", "."}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].translations.ko.description",
                                  "unknown key");
    }
    SECTION("too long")
    {
        document["profiles"][0]["translations"] = {{"ko", {{"name", std::string(201, 'x')}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].translations.ko.name",
                                  "201 characters");
    }
    SECTION("a direction-changing character")
    {
        document["profiles"][0]["translations"] = {{"ko", {{"name", "엑스\u202e"}}}};
        AISOV_REQUIRE_INPUT_ERROR(parse(document), "$.profiles[0].translations.ko.name",
                                  "direction-changing");
    }
}

TEST_CASE("a translated name set in code is checked as the reader checks it",
          "[profiles][attributes][bad][translations]")
{
    Profile country;
    country.code = "CHE";
    country.name = "Switzerland";
    country.translations[Language::Korean].name = "스위스";
    CHECK_NOTHROW(validateProfileAttributes(country, "editor"));
    country.translations[Language::Korean].name = "스위\u200b스";
    AISOV_REQUIRE_INPUT_ERROR(validateProfileAttributes(country, "editor"), "CHE",
                              "translations.ko.name: holds an invisible");
    country.translations = {{Language::English, {"Swiss", "", ""}}};
    AISOV_REQUIRE_INPUT_ERROR(validateProfileAttributes(country, "editor"), "CHE",
                              "translations.en.name: English is the item's own text");
}
