// aisov-cli db and score --db, run as real processes (docs/cli.md):
// every sub-command, exit codes for bad files, and parallel processes.

#include "../CliRunner.h"
#include "../store/StoreTestSupport.h"

#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/StoreSchema.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

using aisov::test::runCli;
using namespace aisov::test;
using Catch::Matchers::Contains;

namespace {

const std::string kProfiles = profilesJson(R"([
  {"code": "XCH", "name": "Switzerland", "population": 8.9e6, "values": [
    {"indicator": "top500_share", "value": 2.1, "year": 2025, "source": "TOP500, Nov 2025",
     "url": "https://top500.org", "confidence": "high", "note": "Alps, \"CSCS\""},
    {"indicator": "researchers", "value": 5500, "year": 2023, "source": "UNESCO",
     "url": "", "confidence": "medium", "note": ""}]},
  {"code": "XAT", "name": "Austria", "values": [
    {"indicator": "top500_share", "value": 0.3, "confidence": "low"}]}
])");

std::string initialisedStore(const TempDir& dir)
{
    const std::string database = dir.file("s.sqlite");
    REQUIRE(
        runCli({"db", "--db", database, "import", writeFile(dir, "in.json", kProfiles)}).exitCode ==
        0);
    return database;
}

// Runs the CLI once per argument list, all at the same time, and returns
// the exit codes.
std::vector<int> runInParallel(const TempDir& dir,
                               const std::vector<std::vector<std::string>>& runs)
{
    std::string command;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        command += "( " + shellQuote(AISOV_CLI);
        for (const auto& argument : runs[i])
            command += " " + shellQuote(argument);
        const std::string stem = dir.file("run" + std::to_string(i));
        command += " >" + stem + ".out 2>" + stem + ".err; echo $? >" + stem + ".code ) & ";
    }
    command += "wait";
    REQUIRE(std::system(command.c_str()) == 0);
    std::vector<int> codes;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        INFO(slurp(dir.file("run" + std::to_string(i) + ".err")));
        codes.push_back(std::stoi(slurp(dir.file("run" + std::to_string(i) + ".code"))));
        CHECK(codes.back() == 0);
    }
    return codes;
}

} // namespace

TEST_CASE("db init creates a store once", "[cli][db]")
{
    TempDir dir;
    const std::string database = dir.file("new.sqlite");
    const auto created = runCli({"db", "--db", database, "init"});
    REQUIRE(created.exitCode == 0);
    CHECK_THAT(created.out, Contains("Created " + database) && Contains("schema version 3"));
    const auto again = runCli({"db", "--db", database, "init"});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Contains("Opened " + database));
}

TEST_CASE("db import, list and check", "[cli][db]")
{
    TempDir dir;
    const std::string database = dir.file("s.sqlite");
    const auto imported =
        runCli({"db", "--db", database, "import", writeFile(dir, "in.json", kProfiles)});
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out, Contains("2 profiles (2 new, 0 updated), 3 values"));

    const auto csv = runCli({"db", "--db", database, "import",
                             writeFile(dir, "more.csv",
                                       std::string(aisov::kProfilesCsvHeader) +
                                           "\nXNO,researchers,3000,2024,SSB,,high,\n")});
    REQUIRE(csv.exitCode == 0);
    CHECK_THAT(csv.out, Contains("1 new, 0 updated"));

    const auto list = runCli({"db", "--db", database, "list"});
    REQUIRE(list.exitCode == 0);
    CHECK_THAT(list.out, Contains("XCH") && Contains("XNO") && Contains("XAT"));
    const auto check = runCli({"db", "--db", database, "check"});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Contains(": ok"));
}

TEST_CASE("db export then import gives back the same profiles and provenance", "[cli][db]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    for (const std::string extension : {".json", ".csv"}) {
        INFO(extension);
        const std::string first = dir.file("first" + extension);
        const auto exported = runCli({"db", "--db", database, "export", first});
        REQUIRE(exported.exitCode == 0);
        // A new store is seeded with the bundled profiles; the two imported come on top.
        CHECK_THAT(exported.out,
                   Contains("Exported " + std::to_string(aisov::bundledProfiles().size() + 2) +
                            " profiles"));
        const std::string copy = dir.file("copy" + extension + ".sqlite");
        REQUIRE(runCli({"db", "--db", copy, "import", first}).exitCode == 0);
        const std::string second = dir.file("second" + extension);
        REQUIRE(runCli({"db", "--db", copy, "export", second}).exitCode == 0);
        CHECK(slurp(second) == slurp(first));
    }
    // What was exported is what was imported, provenance included.
    const auto original = aisov::parseProfilesJson(kProfiles, "in.json");
    const auto exported = aisov::loadProfilesFile(dir.file("first.json"));
    const aisov::Profile* switzerland = aisov::findProfile(exported, "XCH");
    REQUIRE(switzerland != nullptr);
    CHECK(aisov::profilesToCsv({*switzerland}) == aisov::profilesToCsv({original[0]}));
    CHECK(switzerland->findValue("top500_share")->note == "Alps, \"CSCS\"");

    const auto badExtension = runCli({"db", "--db", database, "export", dir.file("out.txt")});
    CHECK(badExtension.exitCode == 2);
    CHECK_THAT(badExtension.err, Contains(".json or .csv"));
}

// Found by a careful tester: the export replaced the database it had open.
TEST_CASE("db export never writes over the database it reads", "[cli][db][files]")
{
    TempDir dir;
    const std::string database = dir.file("store.json");
    REQUIRE(
        runCli({"db", "--db", database, "import", writeFile(dir, "in.json", kProfiles)}).exitCode ==
        0);
    const std::string before = slurp(database);
    // The same file by its own name and by another name for it.
    std::filesystem::create_directory(dir.file("sub"));
    for (const std::string& target : {database, dir.file("sub/../store.json")}) {
        INFO(target);
        const auto run = runCli({"db", "--db", database, "export", target});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Contains("which this command reads"));
        CHECK(slurp(database) == before);
    }
    CHECK(runCli({"db", "--db", database, "check"}).exitCode == 0);
}

// Found by a careful tester: a profile imported without values silently
// lost its values and population.
TEST_CASE("db import says which values and attributes it removes", "[cli][db]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string bare = writeFile(dir, "bare.json", profilesJson(R"([
      {"code": "XCH", "name": "Switzerland", "values": []}])"));
    const auto run = runCli({"db", "--db", database, "import", bare});
    REQUIRE(run.exitCode == 0);
    // kProfiles gave XCH two values (in this order) and a population.
    CHECK_THAT(run.out, Contains("Removed from XCH (not in " + bare +
                                 "): top500_share, researchers, population\n"));
    // An import that removes nothing says nothing of removals.
    const auto again = runCli({"db", "--db", database, "import", bare});
    REQUIRE(again.exitCode == 0);
    CHECK_THAT(again.out, !Contains("Removed"));
}

TEST_CASE("db import of an invalid file changes nothing and exits 3", "[cli][db][atomic]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string before = dumpStore(database);
    const std::string bad =
        writeFile(dir, "bad.csv",
                  std::string(aisov::kProfilesCsvHeader) + "\nXCH,researchers,1,,,,high,\n"
                                                           "XNO,researchers,2,,,,high,\n"
                                                           "XSW,no_such_indicator,3,,,,high,\n");
    const auto run = runCli({"db", "--db", database, "import", bad});
    CHECK(run.exitCode == 3);
    CHECK_THAT(run.err, Contains(bad) && Contains("line 4") && Contains("no_such_indicator"));
    CHECK(dumpStore(database) == before);
}

TEST_CASE("db snapshot and snapshots record a profile's history", "[cli][db][snapshot]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const auto taken = runCli({"db", "--db", database, "snapshot", "XCH", "--label", "Q1 2026"});
    REQUIRE(taken.exitCode == 0);
    CHECK_THAT(taken.out, Contains("Snapshot 1 of XCH \"Q1 2026\": score"));
    REQUIRE(runCli({"db", "--db", database, "snapshot", "XCH", "--label", "Q2"}).exitCode == 0);
    const auto history = runCli({"db", "--db", database, "snapshots", "XCH"});
    REQUIRE(history.exitCode == 0);
    CHECK_THAT(history.out, Contains("Q1 2026") && Contains("Q2") && Contains("ai-sovereignty"));
    CHECK(history.out.find("Q1 2026") < history.out.find("Q2"));

    CHECK(runCli({"db", "--db", database, "snapshots", "XAT"}).out == "No snapshots of XAT yet.\n");
    CHECK(runCli({"db", "--db", database, "snapshot", "XCH"}).exitCode == 2);
    const auto unknown = runCli({"db", "--db", database, "snapshot", "ZZZ", "--label", "x"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("no profile with code \"ZZZ\""));
    CHECK(runCli({"db", "--db", database, "snapshots", "ZZZ"}).exitCode == 3);
}

TEST_CASE("score --db scores the stored profiles like score --profiles", "[cli][db][score]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string file = writeFile(dir, "same.json", kProfiles);
    const auto fromDb = runCli({"score", "--db", database, "--format", "json", "--codes", "XCH"});
    const auto fromFile =
        runCli({"score", "--profiles", file, "--format", "json", "--codes", "XCH"});
    REQUIRE(fromDb.exitCode == 0);
    REQUIRE(fromFile.exitCode == 0);
    CHECK(fromDb.out == fromFile.out);
    CHECK(nlohmann::json::parse(fromDb.out)["results"][0]["code"] == "XCH");
}

namespace {

// The overall score of `code` from "score --format json" on the profiles of
// `source` ("--db FILE" or "--profiles FILE").
double scoreOf(const std::vector<std::string>& source, const std::string& code)
{
    std::vector<std::string> arguments{"score", "--format", "json", "--codes", code};
    arguments.insert(arguments.end(), source.begin(), source.end());
    const auto run = runCli(arguments);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out)["results"][0]["score"].get<double>();
}

// As the db tables print it.
std::string printed(const char* format, double number)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, number);
    return buffer;
}

} // namespace

TEST_CASE("db scenario saves a what-if that db scenarios lists with its change",
          "[cli][db][scenario]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    // The scenario must score exactly as the profile edited by hand would.
    std::string edited = kProfiles;
    const auto at = edited.find("\"value\": 2.1");
    REQUIRE(at != std::string::npos);
    edited.replace(at, 12, "\"value\": 5");
    const double baseScore = scoreOf({"--db", database}, "XCH");
    const double editedScore =
        scoreOf({"--profiles", writeFile(dir, "edited.json", edited)}, "XCH");
    const std::string base = printed("%.1f", baseScore);
    const std::string what_if = printed("%.1f", editedScore);
    REQUIRE(base != what_if);

    const auto saved = runCli({"db", "--db", database, "scenario", "XCH", "--name", "Big cluster",
                               "--set", "top500_share=5", "--description", "a national cluster"});
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out == "Saved scenario \"Big cluster\" of XCH (1 override): score " + base +
                           " -> " + what_if + "\n");

    const auto listed = runCli({"db", "--db", database, "scenarios", "XCH"});
    REQUIRE(listed.exitCode == 0);
    CHECK_THAT(listed.out, Contains("Big cluster") && Contains("a national cluster") &&
                               Contains("top500_share=5") && Contains(base) && Contains(what_if));
    CHECK_THAT(listed.out, Contains(printed("%+.1f", editedScore - baseScore)));

    // score --scenario: the scenario beside its base, in every format.
    const auto json = runCli({"score", "--db", database, "--codes", "XCH,XAT", "--format", "json",
                              "--scenario", "Big cluster"});
    REQUIRE(json.exitCode == 0);
    const auto results = nlohmann::json::parse(json.out)["results"];
    CHECK(results[0]["score"].get<double>() == Approx(baseScore).margin(1e-9));
    CHECK(results[0]["scenario"]["name"] == "Big cluster");
    CHECK(results[0]["scenario"]["score"].get<double>() == Approx(editedScore).margin(1e-9));
    CHECK_FALSE(results[1].contains("scenario")); // XAT has none of that name
    const auto table =
        runCli({"score", "--db", database, "--codes", "XCH", "--scenario", "Big cluster"});
    CHECK_THAT(table.out, Contains("  what-if  Big cluster") && Contains(what_if));
    const auto csv = runCli({"score", "--db", database, "--codes", "XCH", "--format", "csv",
                             "--scenario", "Big cluster"});
    CHECK_THAT(csv.out, Contains(",scenario\n") && Contains(",Big cluster\n"));
    CHECK(runCli({"score", "--db", database, "--codes", "XCH", "--scenario", "Nope"}).exitCode ==
          3);
    CHECK(runCli({"score", "--profiles", writeFile(dir, "plain.json", kProfiles), "--scenario",
                  "Big cluster"})
              .exitCode == 2);

    // Saving under the same name replaces it, overrides and all.
    const auto replaced = runCli({"db", "--db", database, "scenario", "XCH", "--name",
                                  "Big cluster", "--set", "top500_share=5,researchers=6000"});
    REQUIRE(replaced.exitCode == 0);
    CHECK_THAT(replaced.out, Contains("Replaced scenario \"Big cluster\" of XCH (2 overrides)"));
    CHECK_THAT(runCli({"db", "--db", database, "scenarios", "XCH"}).out,
               Contains("top500_share=5, researchers=6000"));

    CHECK(runCli({"db", "--db", database, "scenarios", "XAT"}).out == "No scenarios on XAT yet.\n");
    CHECK(runCli({"db", "--db", database, "scenarios", "ZZZ"}).exitCode == 3);
}

TEST_CASE("db snapshot --scenario freezes a scenario; db scenario --delete removes one",
          "[cli][db][scenario][snapshot]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const auto saved = runCli({"db", "--db", database, "scenario", "XCH", "--name", "cluster",
                               "--set", "top500_share=5"});
    REQUIRE(saved.exitCode == 0);
    // "... score 12.3 -> 45.6": the snapshot records the scenario's score.
    const std::string scenarioScore = saved.out.substr(saved.out.rfind(' ') + 1);

    const auto taken = runCli(
        {"db", "--db", database, "snapshot", "XCH", "--label", "plan A", "--scenario", "cluster"});
    INFO(taken.err);
    REQUIRE(taken.exitCode == 0);
    CHECK_THAT(taken.out, Contains("Snapshot 1 of XCH scenario \"cluster\" \"plan A\": score " +
                                   scenarioScore.substr(0, scenarioScore.size() - 1) + ","));
    CHECK_THAT(runCli({"db", "--db", database, "snapshots", "XCH"}).out,
               Contains("plan A") && Contains("cluster"));
    CHECK(runCli({"db", "--db", database, "snapshot", "XCH", "--label", "x", "--scenario", "none"})
              .exitCode == 3);

    const auto deleted =
        runCli({"db", "--db", database, "scenario", "XCH", "--name", "cluster", "--delete"});
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.out == "Deleted scenario \"cluster\" of XCH\n");
    CHECK(runCli({"db", "--db", database, "scenarios", "XCH"}).out == "No scenarios on XCH yet.\n");
    // The snapshot outlives the scenario it froze.
    CHECK_THAT(runCli({"db", "--db", database, "snapshots", "XCH"}).out, Contains("plan A"));
    const auto again =
        runCli({"db", "--db", database, "scenario", "XCH", "--name", "cluster", "--delete"});
    CHECK(again.exitCode == 3);
    CHECK_THAT(again.err, Contains("no scenario \"cluster\" on XCH"));
    CHECK(runCli({"db", "--db", database, "scenario", "XCH", "--name", "c", "--delete", "--set",
                  "top500_share=5"})
              .exitCode == 2);
    CHECK(runCli({"db", "--db", database, "list", "--scenario", "c"}).exitCode == 2);
    CHECK(runCli({"db", "--db", database, "list", "--delete"}).exitCode == 2);
}

TEST_CASE("db scenario rejects bad overrides and leaves the database as it was",
          "[cli][db][scenario][atomic]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    REQUIRE(runCli({"db", "--db", database, "scenario", "XCH", "--name", "kept", "--set",
                    "top500_share=5"})
                .exitCode == 0);
    const std::string before = runCli({"db", "--db", database, "scenarios", "XCH"}).out;

    const std::vector<std::string> scenario{"db", "--db", database, "scenario", "XCH"};
    const std::vector<std::vector<std::string>> usage{
        {"--name", "x"},
        {"--set", "top500_share=5"},
        {"--name", "", "--set", "top500_share=5"},
        {"--name", "x", "--set", "top500_share"},
        {"--name", "x", "--set", "=5"},
        {"--name", "x", "--set", "top500_share="},
        {"--name", "x", "--set", "top500_share=five"},
        {"--name", "x", "--set", "top500_share=5%"},
        {"--name", "x", "--set", "top500_share=inf"},
        {"--name", "x", "--set", "top500_share=1e999"},
        {"--name", "x", "--set", "top500_share=0x10"},
        {"--name", "x", "--set", "top500_share=1e-400"},
    };
    for (const auto& extra : usage) {
        std::vector<std::string> arguments = scenario;
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto run = runCli(arguments);
        INFO(extra.back() << "\n" << run.err);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.empty());
    }
    CHECK(runCli({"db", "--db", database, "list", "--set", "top500_share=5"}).exitCode == 2);
    CHECK(runCli({"db", "--db", database, "snapshot", "XCH", "--label", "q", "--name", "x"})
              .exitCode == 2);

    // Wrong for the methodology: found by the store, exit 3, nothing written
    // (not even the first, valid override of the list).
    const std::vector<std::pair<std::vector<std::string>, std::string>> invalid{
        {{"XCH", "--name", "kept", "--set", "top500_share=9,no_such_indicator=1"},
         "no_such_indicator"},
        {{"XCH", "--name", "kept", "--set", "data_centres=0"}, "data_centres"},
        {{"XCH", "--name", "kept", "--set", "researchers=1,researchers=2"}, "overridden twice"},
        {{"ZZZ", "--name", "kept", "--set", "top500_share=5"}, "ZZZ"},
    };
    for (const auto& [extra, named] : invalid) {
        std::vector<std::string> arguments{"db", "--db", database, "scenario"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto run = runCli(arguments);
        INFO(extra.back());
        CHECK(run.exitCode == 3);
        CHECK_THAT(run.err, Contains(named));
    }
    CHECK(runCli({"db", "--db", database, "scenarios", "XCH"}).out == before);
}

TEST_CASE("db show prints one profile with its provenance", "[cli][db][show]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const auto table = runCli({"db", "--db", database, "show", "XCH"});
    INFO(table.err);
    REQUIRE(table.exitCode == 0);
    CHECK_THAT(table.out, Contains("Switzerland (XCH), country, population 8.9 million\n"));
    CHECK_THAT(table.out,
               Contains("Score " + printed("%.1f", scoreOf({"--db", database}, "XCH")) + ", "));
    // Each indicator of the methodology: the stored ones with provenance, the
    // others "missing".
    const auto top500 = table.out.find("top500_share");
    REQUIRE(top500 != std::string::npos);
    const std::string row = table.out.substr(top500, table.out.find('\n', top500) - top500);
    CHECK_THAT(row, Contains("2.1 % of world Rmax") && Contains("2025") && Contains("high") &&
                        Contains("TOP500, Nov 2025"));
    CHECK_THAT(table.out, Contains("gpu_cluster_share") && Contains("missing"));

    // CSV and JSON: the profile's own file forms, provenance whole.
    const auto csv = runCli({"db", "--db", database, "show", "XCH", "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK_THAT(csv.out, Contains("XCH,top500_share,2.1,2025,\"TOP500, Nov 2025\","
                                 "https://top500.org,high,\"Alps, \"\"CSCS\"\"\"\n"));
    const auto json = runCli({"db", "--db", database, "show", "XCH", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto profiles = nlohmann::json::parse(json.out)["profiles"];
    REQUIRE(profiles.size() == 1);
    CHECK(profiles[0]["values"].size() == 2);

    // A pooled bloc shows what pooling gives it.
    REQUIRE(runCli({"db", "--db", database, "import", writeFile(dir, "bloc.json", profilesJson(R"([
  {"code": "ALPS", "name": "Alpine bloc", "kind": "bloc", "members": ["XCH", "XAT"], "values": []}
])"))})
                .exitCode == 0);
    const auto bloc = runCli({"db", "--db", database, "show", "ALPS"});
    REQUIRE(bloc.exitCode == 0);
    CHECK_THAT(bloc.out, Contains("Members (2): XCH XAT") && Contains("Pooled from 2 of 2"));

    CHECK(runCli({"db", "--db", database, "show", "ZZZ"}).exitCode == 3);
    CHECK(runCli({"db", "--db", database, "show", "XCH", "--format", "xml"}).exitCode == 2);
    CHECK(runCli({"db", "--db", database, "show"}).exitCode == 2);
    CHECK(runCli({"db", "--db", database, "list", "--format", "csv"}).exitCode == 2);
}

TEST_CASE("db set writes one value with its provenance", "[cli][db][set]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const double before = scoreOf({"--db", database}, "XCH");
    const auto run =
        runCli({"db", "--db", database, "set", "XCH", "researchers=6000", "--source",
                "UNESCO UIS, table 2", "--year", "2024", "--url", "https://uis.unesco.org",
                "--confidence", "high", "--note", "FTE, headcount in the note"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    // The same change made in the file scores the same.
    std::string edited = kProfiles;
    const auto at = edited.find("\"value\": 5500");
    REQUIRE(at != std::string::npos);
    edited.replace(at, 13, "\"value\": 6000");
    const double after = scoreOf({"--profiles", writeFile(dir, "edited.json", edited)}, "XCH");
    CHECK(run.out == "Set XCH researchers = 6000 (2024, high): score " + printed("%.1f", before) +
                         " -> " + printed("%.1f", after) + "\n");
    CHECK_THAT(runCli({"db", "--db", database, "show", "XCH", "--format", "csv"}).out,
               Contains("XCH,researchers,6000,2024,\"UNESCO UIS, table 2\",https://uis.unesco.org,"
                        "high,\"FTE, headcount in the note\"\n"));

    // Refused before anything is written: usage (exit 2) or the methodology (exit 3).
    const std::string unchanged = dumpStore(database);
    const std::vector<std::string> set{"db", "--db", database, "set", "XCH"};
    const std::vector<std::pair<std::vector<std::string>, int>> bad{
        {{"researchers=1", "--year", "2024"}, 2},                 // no source
        {{"researchers=1", "--source", "s"}, 2},                  // no year
        {{"researchers=1", "--source", "s", "--year", "24x"}, 2}, // year not a number
        {{"researchers=1", "--source", "s", "--year", "2024", "--confidence", "sure"}, 2},
        {{"researchers", "--source", "s", "--year", "2024"}, 2},     // no value
        {{"researchers=nan", "--source", "s", "--year", "2024"}, 2}, // not finite
        // The one number parser (ValueCheck.h): no hexadecimal, no underflow to 0.
        {{"researchers=0x10", "--source", "s", "--year", "2024"}, 2},
        {{"researchers=1e-400", "--source", "s", "--year", "2024"}, 2},
        {{"researchers=-5", "--source", "s", "--year", "2024"}, 3},     // a count below 0
        {{"researchers=1", "--source", "s", "--year", "2099"}, 3},      // a future year
        {{"internet_users=101", "--source", "s", "--year", "2024"}, 3}, // a share above 100
        {{"no_such=1", "--source", "s", "--year", "2024"}, 3},          // not in the methodology
        {{"data_centres=-1", "--source", "s", "--year", "2024"}, 3},    // log of a negative
    };
    for (const auto& [extra, code] : bad) {
        std::vector<std::string> arguments = set;
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto failed = runCli(arguments);
        INFO(extra.front() << " " << failed.err);
        CHECK(failed.exitCode == code);
    }
    const auto unknown = runCli(
        {"db", "--db", database, "set", "ZZZ", "researchers=1", "--source", "s", "--year", "2024"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("ZZZ"));
    CHECK(runCli({"db", "--db", database, "list", "--source", "s"}).exitCode == 2);
    CHECK(dumpStore(database) == unchanged);
}

TEST_CASE("db usage errors exit 2", "[cli][db]")
{
    TempDir dir;
    CHECK(runCli({"db", "--db", dir.file("s.sqlite")}).exitCode == 2);
    CHECK(runCli({"db", "--db", dir.file("s.sqlite"), "frobnicate"}).exitCode == 2);
    CHECK(runCli({"db", "--db", dir.file("s.sqlite"), "import"}).exitCode == 2);
    CHECK(runCli({"db", "--db", dir.file("s.sqlite"), "list", "--label", "x"}).exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("s.sqlite")));
}

TEST_CASE("bad database files get exit codes and clear messages", "[cli][db][files]")
{
    TempDir dir;
    SECTION("not SQLite: exit 3, file untouched")
    {
        const std::string notes = writeFile(dir, "notes.sqlite", "my notes\n");
        for (const char* action : {"list", "init", "check"}) {
            const auto run = runCli({"db", "--db", notes, action});
            CHECK(run.exitCode == 3);
            CHECK_THAT(run.err, Contains(notes) && Contains("not an SQLite database"));
        }
        CHECK(slurp(notes) == "my notes\n");
    }
    SECTION("newer schema version: exit 3")
    {
        const std::string database = initialisedStore(dir);
        RawDatabase(database).exec("PRAGMA user_version = 99");
        const auto run = runCli({"score", "--db", database});
        CHECK(run.exitCode == 3);
        CHECK_THAT(run.err, Contains("schema version 99"));
    }
    SECTION("foreign key problems found by check: exit 3")
    {
        const std::string database = initialisedStore(dir);
        RawDatabase(database).exec("INSERT INTO bloc_members VALUES ('GHOST', 0, 'XCH')");
        const auto run = runCli({"db", "--db", database, "check"});
        CHECK(run.exitCode == 3);
        CHECK_THAT(run.err, Contains("1 problem(s)") && Contains("bloc_members"));
    }
    SECTION("missing file: exit 1 for reading commands, nothing created")
    {
        const auto run = runCli({"db", "--db", dir.file("missing.sqlite"), "list"});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Contains("no such file"));
        CHECK_FALSE(std::filesystem::exists(dir.file("missing.sqlite")));
    }
    SECTION("read-only: reading works, import exits 1")
    {
        const std::string database = initialisedStore(dir);
        ReadOnlyFile guard(database);
        if (!guard.effective())
            return;
        CHECK(runCli({"db", "--db", database, "list"}).exitCode == 0);
        CHECK(runCli({"score", "--db", database}).exitCode == 0);
        CHECK(runCli({"db", "--db", database, "export", dir.file("out.json")}).exitCode == 0);
        const auto run =
            runCli({"db", "--db", database, "import", writeFile(dir, "x.json", kProfiles)});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Contains("read-only"));
    }
    SECTION("locked by another writer: exit 1 after the busy timeout")
    {
        const std::string database = initialisedStore(dir);
        RawDatabase other(database);
        other.exec("BEGIN IMMEDIATE; DELETE FROM profile_values");
        const auto run =
            runCli({"db", "--db", database, "import", writeFile(dir, "x.json", kProfiles)});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Contains("locked"));
        other.exec("ROLLBACK");
    }
}

TEST_CASE("parallel CLI imports into one database lose nothing", "[cli][db][concurrency]")
{
    TempDir dir;
    // Fresh file: the processes also race to create it.
    const std::string database = dir.file("shared.sqlite");
    std::vector<std::vector<std::string>> runs;
    // Codes outside the bundled dataset, which seeds every new store.
    const std::vector<std::string> codes{"XNO", "XSW", "XFI", "XDK"};
    for (const auto& code : codes)
        runs.push_back(
            {"db", "--db", database, "import",
             writeFile(dir, code + ".csv",
                       std::string(aisov::kProfilesCsvHeader) + "\n" + code +
                           ",researchers,1000,,,,high,\n" + code + ",top500_share,1,,,,low,\n")});
    runInParallel(dir, runs);
    runInParallel(dir, {{"db", "--db", database, "snapshot", "XNO", "--label", "a"},
                        {"db", "--db", database, "snapshot", "XNO", "--label", "b"},
                        {"db", "--db", database, "import", dir.file("XSW.csv")}});

    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    for (const auto& code : codes) {
        INFO(code);
        const auto profile = store.profile(code);
        REQUIRE(profile);
        CHECK(profile->values.size() == 2);
    }
    CHECK(store.snapshots("XNO").size() == 2);
    CHECK(store.check().ok());
}

TEST_CASE("without --db the default database is created in XDG_DATA_HOME", "[cli][db]")
{
    TempDir dir;
    ::setenv("XDG_DATA_HOME", dir.file("xdg").c_str(), 1);
    const auto run = runCli({"db", "list"});
    ::unsetenv("XDG_DATA_HOME");
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(dir.file("xdg/ai-sovereignty-spectrum/aisov.sqlite")));
}

TEST_CASE("commands reading a store use its active methodology unless --methodology is given",
          "[cli][db][methodology]")
{
    // A store whose active methodology is the default plus an indicator the
    // default lacks, and a profile with a value for it.
    TempDir dir;
    const std::string database = dir.file("own.sqlite");
    aisov::Methodology own = aisov::defaultMethodology();
    own.version = "2027.1-quantum";
    aisov::Indicator quantum = own.indicators.front();
    quantum.id = "quantum_share";
    quantum.name = "Share of quantum computers";
    own.indicators.push_back(quantum);
    {
        aisov::StoreOptions options;
        options.seedBundledProfiles = false;
        aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Create, options);
        store.addMethodology(own);
        store.setActiveMethodology(own.id, own.version);
        store.importFile(writeFile(dir, "in.json", profilesJson(R"([
          {"code": "XQA", "name": "Quantia", "values": [
            {"indicator": "top500_share", "value": 2.1, "confidence": "high"},
            {"indicator": "quantum_share", "value": 4, "confidence": "high"}]}])")));
    }
    // The same profile and methodology as files give the reference output.
    const std::string methodologyFile =
        writeFile(dir, "own.methodology.json", aisov::methodologyToJson(own));
    const std::string profilesFile = writeFile(dir, "xq.json", profilesJson(R"([
          {"code": "XQA", "name": "Quantia", "values": [
            {"indicator": "top500_share", "value": 2.1, "confidence": "high"},
            {"indicator": "quantum_share", "value": 4, "confidence": "high"}]}])"));
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"score", "--codes", "XQA"},
          std::vector<std::string>{"score", "--codes", "XQA", "--format", "json"},
          std::vector<std::string>{"explain", "XQA"}, std::vector<std::string>{"levers", "XQA"}}) {
        std::vector<std::string> fromDb = command;
        fromDb.insert(fromDb.end(), {"--db", database});
        std::vector<std::string> fromFiles = command;
        fromFiles.insert(fromFiles.end(),
                         {"--profiles", profilesFile, "--methodology", methodologyFile});
        const auto stored = runCli(fromDb);
        const auto reference = runCli(fromFiles);
        INFO(command.front() << "\n" << stored.err);
        CHECK(stored.exitCode == 0);
        REQUIRE(reference.exitCode == 0);
        CHECK(stored.out == reference.out);
    }
    CHECK_THAT(runCli({"score", "--codes", "XQA", "--db", database}).out,
               Contains("2027.1-quantum"));
    CHECK_THAT(runCli({"explain", "XQA", "--db", database}).out, Contains("quantum_share"));

    // An explicit --methodology still wins: the bundled one lacks the
    // indicator, so the store's value is refused, naming the store.
    const std::string bundled = writeFile(dir, "bundled.methodology.json",
                                          aisov::methodologyToJson(aisov::defaultMethodology()));
    const auto refused =
        runCli({"score", "--codes", "XQA", "--db", database, "--methodology", bundled});
    CHECK(refused.exitCode == 3);
    CHECK_THAT(refused.err, Contains(database) && Contains("unknown indicator \"quantum_share\""));
}

// Found by a careful tester: output into a full disk or a closed pipe
// exited 0 with the output lost.
TEST_CASE("output that cannot be written exits 1 with a message", "[cli][files]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string list = shellQuote(AISOV_CLI) + " db --db " + shellQuote(database) + " list";
    const std::string err = dir.file("err");
    const std::string code = dir.file("code");
    SECTION("a full disk")
    {
        REQUIRE(std::system((list + " >/dev/full 2>" + err + "; echo $? >" + code).c_str()) == 0);
        CHECK(slurp(code) == "1\n");
        CHECK_THAT(slurp(err), Contains("cannot write the output: No space left on device"));
    }
    SECTION("a pipe its reader closed")
    {
        // The reader (true) is gone before the CLI starts writing.
        REQUIRE(
            std::system(("{ sleep 0.3; " + list + " 2>" + err + "; echo $? >" + code + "; } | true")
                            .c_str()) == 0);
        CHECK(slurp(code) == "1\n");
        CHECK_THAT(slurp(err), Contains("cannot write the output: Broken pipe"));
    }
}

// Found by a careful tester: a file name holding a terminal escape sequence
// reached the terminal raw in the error message.
TEST_CASE("messages never print control characters raw", "[cli][security]")
{
    TempDir dir;
    const auto run = runCli({"db", "--db", dir.file("\x1b[2J\x1b]0;owned\x07.sqlite"), "list"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find('\x1b') == std::string::npos);
    CHECK(run.err.find('\x07') == std::string::npos);
    CHECK_THAT(run.err, Contains("\\x1b[2J\\x1b]0;owned\\x07.sqlite"));
}

// Found by a careful tester: of 250 processes opening one new store at once,
// 9 failed at once with "locked" (11 of 240 here before the fix). SQLite
// does not wait in its busy handler when waiting could deadlock, as when a
// connection that has read the schema switches the journal mode; the open
// now tries again until the busy timeout.
TEST_CASE("many processes creating one store at once all succeed", "[cli][db][concurrency]")
{
    for (int round = 0; round < 3; ++round) {
        TempDir dir;
        const std::string database = dir.file("new.sqlite");
        std::vector<std::vector<std::string>> runs(40, {"db", "--db", database, "init"});
        const auto codes = runInParallel(dir, runs); // checks every exit code is 0
        CHECK(std::count(codes.begin(), codes.end(), 0) == 40);
    }
}

TEST_CASE("db recover writes what it salvaged to a new file and says what it lost",
          "[cli][db][recover]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string out = dir.file("recovered.sqlite");
    const auto run = runCli({"db", "recover", database, "--out", out});
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Contains("Recovered " + database + " into " + out) &&
                            Contains("Lost nothing that could be read."));
    CHECK(runCli({"db", "--db", out, "check"}).exitCode == 0);
    const auto shown = runCli({"db", "--db", out, "show", "XCH", "--format", "csv"});
    CHECK_THAT(shown.out, Contains("XCH,top500_share,2.1"));
    // Never over an existing file; --out is required.
    CHECK(runCli({"db", "recover", database, "--out", out}).exitCode == 1);
    CHECK(runCli({"db", "recover", database}).exitCode == 2);
}

// Issue 18: every text field has a maximum length (ValueCheck.h,
// textFieldProblem), enforced for every path in; scenario names and snapshot
// labels refuse hidden characters as profile names do. Each refusal exits 3,
// names the field and writes nothing.
TEST_CASE("over-long texts and hidden characters are refused with the field named",
          "[cli][db][security]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const std::string unchanged = dumpStore(database);
    const std::vector<std::string> set{"db",     "--db", database, "set", "XCH", "researchers=6000",
                                       "--year", "2024"};
    struct Refusal
    {
        std::vector<std::string> extra;
        std::vector<std::string> arguments;
        std::string field;
    };
    const std::vector<Refusal> refusals{
        {{"--source", std::string(1001, 's')},
         set,
         "source: is 1001 characters long; at most 1000"},
        {{"--source", "s", "--url", "https://" + std::string(1993, 'u')},
         set,
         "url: is 2001 characters long"},
        {{"--source", "s", "--note", std::string(10001, 'n')},
         set,
         "note: is 10001 characters long; at most 10000"},
        // Counted in characters, not bytes: 201 two-byte letters.
        {{"--label",
          [] {
              std::string label;
              for (int i = 0; i < 201; ++i)
                  label += "\u00e9";
              return label;
          }()},
         {"db", "--db", database, "snapshot", "XCH"},
         "label: is 201 characters long; at most 200"},
        {{"--label", "Q1\u202E2026"},
         {"db", "--db", database, "snapshot", "XCH"},
         "label: holds an invisible or direction-changing character (U+202E)"},
        {{"--name", std::string(101, 'p'), "--set", "researchers=1"},
         {"db", "--db", database, "scenario", "XCH"},
         "name: is 101 characters long"},
        {{"--name", "plan\u200B", "--set", "researchers=1"},
         {"db", "--db", database, "scenario", "XCH"},
         "name: holds an invisible or direction-changing character (U+200B)"},
        {{"--name", "plan", "--set", "researchers=1", "--description", std::string(10001, 'd')},
         {"db", "--db", database, "scenario", "XCH"},
         "description: is 10001 characters long"},
    };
    for (const auto& refusal : refusals) {
        std::vector<std::string> arguments = refusal.arguments;
        arguments.insert(arguments.end(), refusal.extra.begin(), refusal.extra.end());
        const auto run = runCli(arguments);
        INFO(arguments[3] << ": " << run.err.substr(0, 300));
        CHECK(run.exitCode == 3);
        CHECK_THAT(run.err, Contains(refusal.field));
    }
    CHECK(dumpStore(database) == unchanged);

    // A file with a name too long is refused at its JSON path, import and score alike.
    nlohmann::json document = nlohmann::json::parse(kProfiles);
    document["profiles"][1]["name"] = std::string(201, 'A');
    const std::string file = writeFile(dir, "long-name.json", document.dump());
    for (const auto& arguments : std::vector<std::vector<std::string>>{
             {"db", "--db", database, "import", file}, {"score", "--profiles", file}}) {
        const auto run = runCli(arguments);
        INFO(run.err);
        CHECK(run.exitCode == 3);
        CHECK_THAT(run.err, Contains("$.profiles[1].name: is 201 characters long; at most 200"));
    }
    CHECK(dumpStore(database) == unchanged);
}

// Issue 18: a store on a read-only medium or in a directory the user may not
// write (a shared folder, a mounted backup) can still be read. SQLite reads
// a WAL-mode database through an index (-shm) it must create beside it;
// Store::open falls back to reading the file as immutable when no log is
// there, and a log with its index (a killed writer's) is read as it is.
TEST_CASE("db list works in a read-only directory, with a killed writer's log and index too",
          "[cli][db][files]")
{
    TempDir dir;
    const std::string database = initialisedStore(dir);
    const auto copyInto = [&](const std::string& name, const std::vector<std::string>& suffixes) {
        std::string sub = dir.file(name);
        std::filesystem::create_directory(sub);
        const std::filesystem::path copy = std::filesystem::path(sub) / "s.sqlite";
        for (const auto& suffix : suffixes)
            std::filesystem::copy_file(database + suffix, copy.string() + suffix);
        return sub;
    };
    const std::string clean = copyInto("clean", {""});
    std::string killed;
    std::string logOnly;
    {
        // A writer that committed and then died: its log and index stay.
        RawDatabase live(database);
        live.exec("PRAGMA wal_autocheckpoint = 0; "
                  "UPDATE profiles SET name = 'Confoederatio Helvetica' WHERE code = 'XCH'");
        killed = copyInto("killed", {"", "-wal", "-shm"});
        logOnly = copyInto("log-only", {"", "-wal"});
    }
    for (const auto& [sub, name] : {std::pair{clean, std::string("Switzerland")},
                                    std::pair{killed, std::string("Confoederatio Helvetica")}}) {
        INFO(sub);
        const std::string path = sub + "/s.sqlite";
        const std::string before = slurp(path);
        ReadOnlyDirectory guard(sub);
        if (!guard.effective()) {
            WARN("not run: as root without chattr the directory cannot be made read-only");
            return;
        }
        const auto listed = runCli({"db", "--db", path, "list"});
        INFO(listed.err);
        CHECK(listed.exitCode == 0);
        CHECK_THAT(listed.out, Contains("XCH") && Contains(name));
        CHECK(runCli({"score", "--db", path, "--codes", "XCH"}).exitCode == 0);
        // The killed writer's log and index exist and may be written: its
        // committed transaction is checkpointed into the store, as in a
        // writable directory. Only the clean store must stay as it was.
        if (sub != clean)
            continue;
        CHECK(slurp(path) == before);
        const auto refused = runCli(
            {"db", "--db", path, "set", "XCH", "researchers=1", "--source", "s", "--year", "2024"});
        CHECK(refused.exitCode == 1);
        CHECK_THAT(refused.err, Contains("read-only"));
        CHECK(slurp(path) == before);
    }
    // A log without its index cannot be read in a read-only directory: said
    // so, rather than showing the store without the log's transactions.
    ReadOnlyDirectory guard(logOnly);
    const auto refused = runCli({"db", "--db", logOnly + "/s.sqlite", "list"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Contains("directory is read-only") && Contains("s.sqlite-wal") &&
                                Contains("copy the three files to a writable directory"));
}
