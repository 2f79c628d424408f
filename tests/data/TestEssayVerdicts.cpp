// The verdicts of the two essays the methodology comes from (issue 17),
// each stated as an assertion on what the real aisov-cli reports for the
// bundled profiles under the default methodology. Where the data cannot
// support a verdict as the essays put it, the test asserts what the data
// does support and says why (docs/methodology.md, "What the essays say and
// what the data supports").

#include "../CliRunner.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using aisov::test::runCli;

namespace {

const std::string kProfiles =
    std::string(AISOV_SOURCE_DIR) + "/data/profiles/bundled-profiles.json";

const std::set<std::string> kEu27{"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN",
                                  "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX",
                                  "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"};

// score --format json of every bundled profile, by code; run once.
const std::map<std::string, nlohmann::json>& results()
{
    static const std::map<std::string, nlohmann::json> byCode = [] {
        const auto run = runCli({"score", "--profiles", kProfiles, "--format", "json"});
        REQUIRE(run.exitCode == 0);
        std::map<std::string, nlohmann::json> map;
        const auto document = nlohmann::json::parse(run.out);
        for (const auto& result : document["results"])
            map[result["code"].get<std::string>()] = result;
        return map;
    }();
    return byCode;
}

const nlohmann::json& resultOf(const std::string& code)
{
    const auto found = results().find(code);
    REQUIRE(found != results().end());
    return found->second;
}

double scoreOf(const std::string& code)
{
    return resultOf(code)["score"].get<double>();
}

// The pillars a profile meets, by id.
std::set<std::string> metPillars(const std::string& code)
{
    std::set<std::string> met;
    for (const auto& pillar : resultOf(code)["pillars"])
        if (pillar["meets"].get<bool>())
            met.insert(pillar["id"].get<std::string>());
    return met;
}

std::optional<double> normalizedOf(const nlohmann::json& result, const std::string& indicator)
{
    for (const auto& item : result["indicators"])
        if (item["id"] == indicator && !item["normalized"].is_null())
            return item["normalized"].get<double>();
    return std::nullopt;
}

std::optional<double> valueOf(const nlohmann::json& result, const std::string& indicator)
{
    for (const auto& item : result["indicators"])
        if (item["id"] == indicator && !item["value"].is_null())
            return item["value"].get<double>();
    return std::nullopt;
}

bool isCountry(const std::string& code)
{
    return code != "EU27";
}

const std::set<std::string> kAllSix{"compute", "infrastructure", "data",
                                    "talent",  "regulation",     "energy"};

} // namespace

TEST_CASE("the default methodology is the one the verdicts are stated for", "[verdicts]")
{
    const auto run =
        runCli({"score", "--profiles", kProfiles, "--codes", "USA", "--format", "json"});
    REQUIRE(run.exitCode == 0);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["methodology"]["id"] == "ai-sovereignty");
    CHECK(document["methodology"]["version"] == "2026.2");
}

TEST_CASE("the US meets all six requirements", "[verdicts]")
{
    CHECK(metPillars("USA") == kAllSix);
    CHECK(resultOf("USA")["band"] == "Sovereign");
}

// "Only the US and perhaps China": China is the closest country by score.
// By count of pillars met it is not (China meets 3: its compute is
// under-reported to TOP500 and its talent pool per head is shallower than
// Korea's, which meets 4), so the assertion is on the score, and every other
// country stays below the "Strategic autonomy" band and meets at most 4.
TEST_CASE("no other country but China comes close to all six", "[verdicts]")
{
    const double china = scoreOf("CHN");
    CHECK(resultOf("CHN")["band"] == "Strategic autonomy");
    for (const auto& [code, result] : results()) {
        if (code == "USA" || code == "CHN" || !isCountry(code))
            continue;
        INFO(code);
        CHECK(result["score"].get<double>() < china);
        CHECK(result["score"].get<double>() < 60.0);
        CHECK(result["met"].get<int>() <= 4);
    }
}

TEST_CASE("Switzerland meets talent and nothing else", "[verdicts]")
{
    CHECK(metPillars("CHE") == std::set<std::string>{"talent"});
}

TEST_CASE("Germany, Japan and Korea meet talent and not energy", "[verdicts]")
{
    for (const std::string code : {"DEU", "JPN", "KOR"}) {
        INFO(code);
        const auto met = metPillars(code);
        CHECK(met.count("talent") == 1);
        CHECK(met.count("energy") == 0);
    }
}

// Both ways of taking the EU-27 as one bloc: its own aggregate values
// (the bundled EU27 profile) and a coalition pooled from the 27 members.
TEST_CASE("the EU-27, pooled, scores above each of its members", "[verdicts]")
{
    std::string members;
    for (const auto& code : kEu27)
        members += (members.empty() ? "" : ",") + code;
    const auto run = runCli({"score", "--profiles", kProfiles, "--coalition", "EUP=" + members,
                             "--codes", "EUP", "--format", "json"});
    REQUIRE(run.exitCode == 0);
    const double pooled = nlohmann::json::parse(run.out)["results"][0]["score"].get<double>();
    const double own = scoreOf("EU27");
    for (const auto& code : kEu27) {
        INFO(code);
        CHECK(own > scoreOf(code));
        CHECK(pooled > scoreOf(code));
    }
}

// "10 %, 30 %, 70 % if very large and lucky": only the US is in the top
// band, and no country but the US and China reaches the band below it. The
// EU-27 bloc does (63): the essays grant the Union the scale, and the data
// puts it level with China; it is a bloc, not a country.
TEST_CASE("nobody but the US and China is in the top band or near it", "[verdicts]")
{
    for (const auto& [code, result] : results()) {
        INFO(code);
        if (code != "USA")
            CHECK(result["band"] != "Sovereign");
        if (code != "USA" && code != "CHN" && isCountry(code))
            CHECK(result["score"].get<double>() < 60.0);
    }
    CHECK(scoreOf("EU27") < 70.0);
}

// The two investments of the second essay, from the bundled templates.
TEST_CASE("an Alps-class supercomputer and an Apertus-like model each make Switzerland a bit "
          "more sovereign without changing its band",
          "[verdicts][templates]")
{
    const auto run =
        runCli({"levers", "CHE", "--profiles", kProfiles, "--templates", "--format", "json"});
    REQUIRE(run.exitCode == 0);
    std::map<std::string, nlohmann::json> byId;
    const auto document = nlohmann::json::parse(run.out);
    for (const auto& item : document["templates"])
        byId[item["id"].get<std::string>()] = item;
    for (const std::string id : {"alps-supercomputer", "open-national-model"}) {
        INFO(id);
        REQUIRE(byId.count(id) == 1);
        const auto& gain = byId[id];
        CHECK(gain["gain"].get<double>() > 0.1); // more sovereign ...
        CHECK(gain["gain"].get<double>() < 5.0); // ... a bit
        CHECK(gain["band_after"] == gain["band_before"]);
        CHECK(gain["met_after"] == gain["met_before"]);
    }
}

// Absence from a complete list (TOP500, the GPU-cluster aggregation, the
// sub-10 nm shares) is a known zero: it never normalises above any
// presence on the list. Estonia (no system) scores below Belgium and
// Poland (small ones), which the previous methodology got the other way
// round.
TEST_CASE("being absent from a complete list never scores better than a small presence",
          "[verdicts][zero]")
{
    for (const std::string indicator :
         {"top500_share", "top500_systems", "gpu_cluster_share", "advanced_logic_share"}) {
        std::optional<double> bestAbsent;
        std::optional<double> worstPresent;
        for (const auto& [code, result] : results()) {
            const auto value = valueOf(result, indicator);
            const auto normalized = normalizedOf(result, indicator);
            if (!value || !normalized)
                continue;
            if (*value == 0.0)
                bestAbsent = std::max(bestAbsent.value_or(0.0), *normalized);
            else
                worstPresent = std::min(worstPresent.value_or(1.0), *normalized);
        }
        INFO(indicator);
        REQUIRE(bestAbsent.has_value());
        REQUIRE(worstPresent.has_value());
        CHECK(*bestAbsent < *worstPresent);
    }
    CHECK(scoreOf("EST") < scoreOf("BEL"));
    CHECK(scoreOf("EST") < scoreOf("POL"));
}

TEST_CASE("every bundled profile has the coverage to be ranked", "[verdicts][coverage]")
{
    for (const auto& [code, result] : results()) {
        INFO(code);
        CHECK(result["insufficient_data"] == false);
        CHECK(result["coverage"].get<double>() >= 0.75);
    }
}
