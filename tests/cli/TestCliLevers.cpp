// aisov-cli levers, run as a real process (docs/cli.md).

#include "../CliRunner.h"
#include "../TestSupport.h"
#include "../store/StoreTestSupport.h"

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

} // namespace

TEST_CASE("levers prints the ranking as a table", "[cli][levers]")
{
    // YBB (63.0, Mid; next band High from 75): c1 15 -> 16 raises Gamma
    // 50 -> 60 and the score to 100 * (1 * 0.6^2)^(1/3) = 71.14 (+8.14).
    // c1 alone reaches 75 when (n^2)^(1/3) = 0.75, n = 0.75^1.5 = 0.6495,
    // c1 = 10 + 10 n = 16.5. a2 is at its best goalpost already (+0.00).
    const auto run =
        runCli({"levers", "YBB", "--methodology", kMethodology, "--profiles", kProfiles});
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Contains("Investment levers for Country Y (YBB): score 63.0, Mid"));
    CHECK_THAT(run.out, Contains("next band \"High\" from 75"));
    CHECK_THAT(run.out, Contains("+8.14"));
    CHECK_THAT(run.out, Contains("50.0 -> 60.0"));
    CHECK_THAT(run.out, Contains("16.5 score"));
    CHECK_THAT(run.out, Contains("not alone"));
    // Ranked: c1 first, b1 (missing, a loss under reweight) last.
    const auto c1 = run.out.find("c1 ");
    const auto a2 = run.out.find("a2 ");
    const auto b1 = run.out.find("b1 ");
    CHECK(c1 < a2);
    CHECK(a2 < b1);
}

TEST_CASE("levers --format json and --top", "[cli][levers]")
{
    const auto run = runCli({"levers", "YBB", "--methodology", kMethodology, "--profiles",
                             kProfiles, "--format", "json", "--top", "2"});
    REQUIRE(run.exitCode == 0);
    const auto document = nlohmann::json::parse(run.out);
    CHECK(document["code"] == "YBB");
    CHECK(document["next_band"]["label"] == "High");
    CHECK(document["step_fraction"] == 0.1);
    REQUIRE(document["levers"].size() == 2);
    const auto& first = document["levers"][0];
    CHECK(first["indicator"] == "c1");
    CHECK(first["value"] == 15.0);
    CHECK_THAT(first["improved_value"].get<double>(), WithinAbs(16.0, 1e-12));
    CHECK_THAT(first["gain"].get<double>(),
               WithinAbs(100.0 * std::cbrt(0.36) - 100.0 * std::cbrt(0.25), 1e-9));
    CHECK(first["crosses_threshold"] == false); // Gamma met 50 already
    CHECK_THAT(first["value_for_next_band"].get<double>(),
               WithinAbs(10.0 + 10.0 * std::pow(0.75, 1.5), 1e-6));
    CHECK(document["levers"][1]["indicator"] == "a2");
    CHECK(document["levers"][1]["value_for_next_band"].is_null());
}

TEST_CASE("levers of a bloc and of a coalition", "[cli][levers]")
{
    const auto bloc = runCli({"levers", "XYBLOC", "--methodology", kMethodology, "--profiles",
                              kProfiles, "--format", "json"});
    REQUIRE(bloc.exitCode == 0);
    CHECK(nlohmann::json::parse(bloc.out)["next_band"].is_null()); // 88.0: top band

    const auto coalition = runCli({"levers", "YX", "--methodology", kMethodology, "--profiles",
                                   kProfiles, "--coalition", "YX=YBB,XAA"});
    REQUIRE(coalition.exitCode == 0);
    // The name shows the code (aisov::render::nameWithCode): "(YX)" is not repeated.
    CHECK_THAT(coalition.out, Contains("levers for Coalition YX: score 88.0, High"));
}

TEST_CASE("levers --scenario starts from the scenario, as if its values were the profile's",
          "[cli][levers][scenario]")
{
    aisov::test::TempDir dir;
    const std::string withScenario = dir.file("scenario.sqlite");
    const std::string edited = dir.file("edited.sqlite");
    REQUIRE(runCli({"db", "--db", withScenario, "init"}).exitCode == 0);
    REQUIRE(runCli({"db", "--db", withScenario, "scenario", "CHE", "--name", "Cluster", "--set",
                    "top500_share=10"})
                .exitCode == 0);
    // The same change made to the profile itself, in a second database.
    REQUIRE(runCli({"db", "--db", edited, "import",
                    aisov::test::writeFile(dir, "change.csv",
                                           "code,indicator,value,year,source,url,confidence,note\n"
                                           "CHE,top500_share,10,2026,what-if,,low,\n")})
                .exitCode == 0);

    const auto fromScenario = runCli(
        {"levers", "CHE", "--db", withScenario, "--scenario", "Cluster", "--format", "json"});
    const auto fromEdited = runCli({"levers", "CHE", "--db", edited, "--format", "json"});
    const auto plain = runCli({"levers", "CHE", "--db", withScenario, "--format", "json"});
    INFO(fromScenario.err);
    REQUIRE(fromScenario.exitCode == 0);
    REQUIRE(fromEdited.exitCode == 0);
    auto scenario = nlohmann::json::parse(fromScenario.out);
    const auto expected = nlohmann::json::parse(fromEdited.out);
    CHECK(scenario["scenario"] == "Cluster");
    CHECK(expected["scenario"].is_null());
    scenario["scenario"] = nullptr;
    CHECK(scenario == expected);
    CHECK(nlohmann::json::parse(plain.out)["score"] != expected["score"]);

    const auto table =
        runCli({"levers", "CHE", "--db", withScenario, "--scenario", "Cluster", "--top", "1"});
    CHECK_THAT(table.out,
               Contains("Investment levers for Switzerland (CHE) in scenario \"Cluster\""));
    const auto unknown = runCli({"levers", "CHE", "--db", withScenario, "--scenario", "Nope"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("no scenario \"Nope\" on CHE"));
    CHECK(runCli({"levers", "CHE", "--scenario", "Cluster"}).exitCode == 2); // needs --db
}

// The bundled templates on the bundled Switzerland. Apertus-like model:
// notable_ai_models 0 -> 1 (log [0.25, 40], floor 0.5, weight 0.5):
// n = ln 2 / ln 160 = 0.136576 -> ln 4 / ln 160 = 0.273152. Talent
// (rd 3.22 / 4.5 = 0.715556, researchers (6108 - 200) / 7800 = 0.757436):
// (1.472992 + 0.5 * 0.136576) / 2.5 = 0.616512 -> (1.472992 + 0.5 *
// 0.273152) / 2.5 = 0.643827. Geometric mean of six pillars: the score is
// multiplied by (0.643827 / 0.616512)^(1/6) = 1.0072519.
TEST_CASE("levers --templates ranks the bundled investment templates", "[cli][levers][templates]")
{
    const std::string profiles =
        std::string(AISOV_SOURCE_DIR) + "/data/profiles/bundled-profiles.json";
    const auto json =
        runCli({"levers", "CHE", "--profiles", profiles, "--templates", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto document = nlohmann::json::parse(json.out);
    CHECK(document["code"] == "CHE");
    const auto& templates = document["templates"];
    REQUIRE(templates.size() == 6);
    for (std::size_t i = 1; i < templates.size(); ++i)
        CHECK(templates[i - 1]["gain"].get<double>() >= templates[i]["gain"].get<double>());
    // The two largest for Switzerland: a leading-edge fab (sub-10 nm 0 -> 1 %,
    // from the log floor) and an Alps-class machine.
    CHECK(templates[0]["id"] == "leading-edge-fab");
    CHECK(templates[1]["id"] == "alps-supercomputer");
    bool foundModel = false;
    for (const auto& item : templates) {
        if (item["id"] != "open-national-model")
            continue;
        foundModel = true;
        const double before = item["score_before"].get<double>();
        CHECK_THAT(item["gain"].get<double>(), WithinAbs(before * 0.0072519, 1e-4));
        CHECK(item["skipped"].empty());
    }
    CHECK(foundModel);
    // Switzerland has no fab-capacity figure: that change is left out, and said so.
    for (const auto& item : templates)
        if (item["id"] == "leading-edge-fab")
            CHECK(item["skipped"] == nlohmann::json::array({"fab_capacity_share"}));

    const auto table =
        runCli({"levers", "CHE", "--profiles", profiles, "--templates", "--top", "2"});
    REQUIRE(table.exitCode == 0);
    CHECK_THAT(table.out, Contains("Investment templates for Switzerland (CHE)"));
    CHECK_THAT(table.out, Contains("Alps-class supercomputer"));
    CHECK(table.out.find("Sovereign cloud region") == std::string::npos); // --top 2

    // In Korean the table names the templates by their Korean names (the
    // file's translations); JSON keeps the English ones.
    const auto korean = runCli(
        {"--lang", "ko", "levers", "CHE", "--profiles", profiles, "--templates", "--top", "2"});
    REQUIRE(korean.exitCode == 0);
    CHECK_THAT(korean.out, Contains("Alps급 슈퍼컴퓨터"));
    CHECK_THAT(korean.out, Contains("최첨단 팹"));
    CHECK(korean.out.find("Alps-class supercomputer") == std::string::npos);
    const auto koreanJson = runCli({"--lang", "ko", "levers", "CHE", "--profiles", profiles,
                                    "--templates", "--format", "json"});
    REQUIRE(koreanJson.exitCode == 0);
    CHECK_THAT(koreanJson.out, Contains("\"name\": \"Alps-class supercomputer\""));
}

TEST_CASE("levers --templates under a methodology without the templates' indicators exits 3",
          "[cli][levers][templates]")
{
    const auto run = runCli(
        {"levers", "YBB", "--methodology", kMethodology, "--profiles", kProfiles, "--templates"});
    CHECK(run.exitCode == 3);
    CHECK_THAT(run.err, Contains("investment-templates.json"));
    CHECK_THAT(run.err, Contains("unknown indicator"));
}

TEST_CASE("levers exit codes", "[cli][levers]")
{
    const auto unknown =
        runCli({"levers", "QQQ", "--methodology", kMethodology, "--profiles", kProfiles});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("QQQ"));
    CHECK_THAT(unknown.err, Contains(kProfiles));

    CHECK(runCli({"levers", "--profiles", kProfiles}).exitCode == 2);               // no code
    CHECK(runCli({"levers", "XAA", "YBB", "--profiles", kProfiles}).exitCode == 2); // two codes
    CHECK(runCli({"levers", "XAA"}).exitCode == 2);                                 // no profiles
    CHECK(runCli({"levers", "XAA", "--profiles", kProfiles, "--top", "0"}).exitCode == 2);
    CHECK(runCli({"levers", "XAA", "--profiles", kProfiles, "--format", "csv"}).exitCode == 2);
    CHECK(runCli({"levers", "XAA", "--profiles", kProfiles, "--bogus"}).exitCode == 2);
    CHECK(runCli({"levers", "XAA", "--methodology", kMethodology, "--profiles", kProfiles,
                  "--coalition", "NOEQUALS"})
              .exitCode == 2);
    const auto badMember = runCli({"levers", "XAA", "--methodology", kMethodology, "--profiles",
                                   kProfiles, "--coalition", "C=XAA,ZZZ"});
    CHECK(badMember.exitCode == 3);
    CHECK_THAT(badMember.err, Contains("ZZZ"));
    CHECK(runCli({"levers", "XAA", "--profiles", "/nonexistent/p.json"}).exitCode == 1);
}
