// aisov-cli partners, run as a real process (docs/cli.md).

#include "../CliRunner.h"
#include "../TestSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>

using aisov::test::fixturePath;
using aisov::test::runCli;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {

const std::string kMethodology = fixturePath("three-pillars.methodology.json");
const std::string kProfiles = fixturePath("three-pillars.profiles.json");
const std::string kBundled = std::string(AISOV_SOURCE_DIR) + "/data/profiles/bundled-profiles.json";

} // namespace

TEST_CASE("partners prints the ranking as a table", "[cli][partners]")
{
    // XAA (79.5) pooled with YBB is XYBLOC's 88.0: +8.48. XYBLOC itself holds
    // XAA and is left out.
    const auto run =
        runCli({"partners", "XAA", "--methodology", kMethodology, "--profiles", kProfiles});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out,
               Contains("Partners for Country X (XAA): score 79.5, High, 3 of 3 requirements met"));
    CHECK_THAT(run.out, Contains("Country Y (YBB)"));
    CHECK_THAT(run.out, Contains("88.0"));
    CHECK_THAT(run.out, Contains("+8.48"));
    CHECK(run.out.find("XYBLOC") == std::string::npos);
}

TEST_CASE("partners --format json names the requirements newly met", "[cli][partners]")
{
    // YBB (63.0, no Beta) + XAA: 100 * 0.6^(1/4) = 88.011, Beta met.
    const auto run = runCli({"partners", "YBB", "--methodology", kMethodology, "--profiles",
                             kProfiles, "--format", "json"});
    REQUIRE(run.exitCode == 0);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["code"] == "YBB");
    CHECK(document["met"] == 2);
    REQUIRE(document["partners"].size() == 1);
    const auto& first = document["partners"][0];
    CHECK(first["code"] == "XAA");
    CHECK_THAT(first["pair_score"].get<double>(), WithinAbs(100.0 * std::pow(0.6, 0.25), 1e-9));
    CHECK_THAT(first["gain"].get<double>(),
               WithinAbs(100.0 * std::pow(0.6, 0.25) - 100.0 * std::cbrt(0.25), 1e-9));
    CHECK(first["pillars_gained"] == nlohmann::json::array({"b"}));
}

TEST_CASE("a partner's pooled score is the score of the same coalition", "[cli][partners]")
{
    // Under the default methodology's goalposts a profile's score does not
    // depend on the others, so the best partner of Switzerland pooled by
    // `partners` must score what `score --coalition` gives that pair.
    const auto run =
        runCli({"partners", "CHE", "--profiles", kBundled, "--format", "json", "--top", "3"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto document = nlohmann::json::parse(run.out);
    REQUIRE(document["partners"].size() == 3);
    double previousGain = 1e9;
    for (const auto& partner : document["partners"]) {
        const std::string code = partner["code"];
        CHECK(partner["gain"].get<double>() <= previousGain);
        previousGain = partner["gain"].get<double>();
        const auto coalition = runCli({"score", "--profiles", kBundled, "--coalition",
                                       "PAIR=CHE," + code, "--codes", "PAIR", "--format", "json"});
        REQUIRE(coalition.exitCode == 0);
        const auto scored = nlohmann::json::parse(coalition.out);
        INFO(code << ": " << coalition.out.substr(0, 400));
        CHECK_THAT(partner["pair_score"].get<double>(),
                   WithinAbs(scored["results"][0]["score"].get<double>(), 1e-9));
    }
}

TEST_CASE("partners refuses an unknown code and a bad option", "[cli][partners]")
{
    const auto unknown =
        runCli({"partners", "NOPE", "--methodology", kMethodology, "--profiles", kProfiles});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("no profile with code \"NOPE\""));
    CHECK(runCli({"partners", "--profiles", kProfiles}).exitCode == 2);
    CHECK(runCli({"partners", "XAA", "--profiles", kProfiles, "--format", "csv"}).exitCode == 2);
}
