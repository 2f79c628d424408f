// aisov_store operations on real SQLite files: profiles and provenance,
// imports (all or nothing), methodologies, scenarios, snapshots, checks and
// the default location.

#include "StoreTestSupport.h"

#include "../ErrorMatch.h"
#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"
#include "aisov/StoreSchema.h"

#include <nlohmann/json.hpp>

using namespace aisov;
using namespace aisov::test;
using Catch::Matchers::Contains;

namespace {

// Two countries and a bloc in the default methodology's indicators.
const std::string kTwoCountries = profilesJson(R"([
  {"code": "CHE", "name": "Switzerland", "population": 8.9e6, "gdp_usd": 8.8e11, "values": [
    {"indicator": "top500_share", "value": 2.1, "year": 2025, "source": "TOP500, Nov 2025",
     "url": "https://top500.org", "confidence": "high", "note": "Alps"},
    {"indicator": "researchers", "value": 5500, "year": 2023, "source": "UNESCO",
     "url": "https://uis.unesco.org", "confidence": "medium", "note": ""}]},
  {"code": "AUT", "name": "Austria", "population": 9.1e6, "values": [
    {"indicator": "top500_share", "value": 0.3, "year": 2025, "source": "TOP500",
     "url": "", "confidence": "low", "note": "estimate, \"rounded\""}]},
  {"code": "ALPS", "name": "Alpine bloc", "kind": "bloc", "members": ["CHE", "AUT"]}
])");

Store openStore(const TempDir& dir, const ManualClock& clock, const std::string& name = "s.sqlite")
{
    return Store::open(dir.file(name), OpenMode::Create, clock.options());
}

} // namespace

TEST_CASE("a new store is created at the current schema with the default methodology", "[store]")
{
    TempDir dir;
    ManualClock clock;
    {
        Store store = Store::open(dir.file("new.sqlite"), OpenMode::Create, clock.options(true));
        CHECK(store.wasCreated());
        CHECK_FALSE(store.isReadOnly());
        CHECK(store.schemaVersion() == kStoreSchemaVersion);
        const Methodology active = store.activeMethodology();
        CHECK(active.id == defaultMethodology().id);
        CHECK(active.version == defaultMethodology().version);
        CHECK(store.profiles().size() == bundledProfiles().size());
        // Every bundled version is stored (2026.1 to compare with), the default active.
        const auto records = store.methodologies();
        REQUIRE(records.size() == bundledMethodologies().size());
        REQUIRE(records.size() == 2);
        CHECK(records[0].version == "2026.1");
        CHECK_FALSE(records[0].active);
        CHECK(records[1].version == defaultMethodology().version);
        CHECK(records[1].active);
        CHECK(records[1].addedAt == "2026-01-01T00:00:00.000Z");
    }
    RawDatabase raw(dir.file("new.sqlite"));
    CHECK(raw.text("PRAGMA journal_mode") == "wal");
    CHECK(raw.integer("PRAGMA application_id") == kStoreApplicationId);
    CHECK(raw.integer("PRAGMA user_version") == kStoreSchemaVersion);
    Store reopened = Store::open(dir.file("new.sqlite"), OpenMode::Existing, clock.options());
    CHECK_FALSE(reopened.wasCreated());
}

TEST_CASE("imported profiles come back with all their provenance", "[store][import]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    const ImportSummary summary = store.importFile(writeFile(dir, "in.json", kTwoCountries));
    CHECK(summary.profilesAdded == 3);
    CHECK(summary.profilesUpdated == 0);
    CHECK(summary.valuesWritten == 3);

    const auto profiles = store.profiles();
    REQUIRE(profiles.size() == 3);
    CHECK(profiles[0].code == "ALPS"); // ordered by code
    CHECK(profiles[0].kind == ProfileKind::Bloc);
    CHECK(profiles[0].members == std::vector<std::string>{"CHE", "AUT"});
    const auto che = store.profile("CHE");
    REQUIRE(che);
    CHECK(che->name == "Switzerland");
    CHECK(che->population == 8.9e6);
    CHECK(che->gdpUsd == 8.8e11);
    REQUIRE(che->values.size() == 2);
    const IndicatorValue& top500 = che->values[0];
    CHECK(top500.indicator == "top500_share");
    CHECK(top500.value == 2.1);
    CHECK(top500.year == 2025);
    CHECK(top500.source == "TOP500, Nov 2025");
    CHECK(top500.url == "https://top500.org");
    CHECK(top500.confidence == Confidence::High);
    CHECK(top500.note == "Alps");
    CHECK_FALSE(store.profile("AUT")->gdpUsd.has_value());
    CHECK_FALSE(store.profile("XXX").has_value());

    const auto records = store.valueRecords("CHE");
    REQUIRE(records.size() == 2);
    CHECK(records[1].value.indicator == "researchers");
    CHECK(records[1].changedAt == "2026-01-01T00:00:00.000Z");
}

TEST_CASE("a value's changed_at moves only when the value or its provenance changes",
          "[store][import]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    const std::string file = writeFile(dir, "in.json", kTwoCountries);
    store.importFile(file);
    clock.advance(std::chrono::hours(1));
    const ImportSummary again = store.importFile(file);
    CHECK(again.profilesUpdated == 3);
    CHECK(again.valuesWritten == 0);
    CHECK(store.valueRecords("CHE")[0].changedAt == "2026-01-01T00:00:00.000Z");

    clock.advance(std::chrono::hours(1));
    auto changed = value("researchers", 5600);
    changed.year = 2023;
    store.setValue("CHE", changed);
    const auto records = store.valueRecords("CHE");
    CHECK(records[0].changedAt == "2026-01-01T00:00:00.000Z");
    CHECK(records[1].changedAt == "2026-01-01T02:00:00.000Z");
    CHECK(records[1].value.value == 5600);
    CHECK(records[1].value.source == "plan");
    CHECK(store.profileSummaries()[2].lastChangedAt == "2026-01-01T02:00:00.000Z");
}

TEST_CASE("a JSON import replaces whole profiles, a CSV import merges values", "[store][import]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    store.importFile(writeFile(dir, "in.json", kTwoCountries));
    store.saveScenario({"CHE", "keep me", "", {value("top500_share", 5)}, ""});

    SECTION("JSON: attributes and the set of values are replaced, scenarios stay")
    {
        store.importFile(writeFile(dir, "replace.json", profilesJson(R"([
          {"code": "CHE", "name": "Swiss Confederation", "values": [
            {"indicator": "researchers", "value": 6000}]}])")));
        const auto che = store.profile("CHE");
        CHECK(che->name == "Swiss Confederation");
        CHECK_FALSE(che->population.has_value());
        REQUIRE(che->values.size() == 1);
        CHECK(che->values[0].indicator == "researchers");
        CHECK(che->values[0].value == 6000);
        CHECK(store.scenarios("CHE").size() == 1);
        CHECK(store.profile("AUT")->values.size() == 1); // not in the file: untouched
    }
    SECTION("CSV: values are added or updated, the rest stays; new codes get profiles")
    {
        const ImportSummary summary = store.importFile(writeFile(
            dir, "merge.csv",
            std::string(kProfilesCsvHeader) + "\n" +
                "CHE,top500_share,2.5,2026,TOP500 "
                "2026,,high,\n" +
                "NOR,researchers,3000,,,,medium,\n" + "NORDIC,researchers,9000,,,,low,\n"));
        CHECK(summary.profilesAdded == 2);
        CHECK(summary.profilesUpdated == 1);
        CHECK(summary.valuesWritten == 3);
        const auto che = store.profile("CHE");
        CHECK(che->name == "Switzerland");
        CHECK(che->population == 8.9e6);
        REQUIRE(che->values.size() == 2);
        CHECK(che->values[0].value == 2.5);
        CHECK(che->values[0].source == "TOP500 2026");
        CHECK(che->values[1].indicator == "researchers");
        const auto nor = store.profile("NOR");
        REQUIRE(nor);
        CHECK(nor->name == "NOR");
        CHECK(nor->kind == ProfileKind::Country);
        CHECK(store.profile("NORDIC")->kind == ProfileKind::Bloc);
    }
}

TEST_CASE("export then import gives back the same profiles, values and provenance",
          "[store][export]")
{
    TempDir dir;
    ManualClock clock;
    Store first = openStore(dir, clock, "first.sqlite");
    first.importFile(writeFile(dir, "in.json", kTwoCountries));
    for (const std::string extension : {".json", ".csv"}) {
        INFO(extension);
        const std::string exported = dir.file("out" + extension);
        first.exportFile(exported);
        Store second = openStore(dir, clock, "second" + extension + ".sqlite");
        second.importFile(exported);
        if (extension == ".json") {
            CHECK(profilesToJson(second.profiles()) == profilesToJson(first.profiles()));
        } else {
            // A CSV holds values only: those must match exactly.
            CHECK(profilesToCsv(second.profiles()) == profilesToCsv(first.profiles()));
            CHECK(second.profile("CHE")->values.size() == 2);
        }
        const std::string again = dir.file("again" + extension);
        second.exportFile(again);
        if (extension == ".json")
            CHECK(readTextFile(again) == readTextFile(exported));
    }
    CHECK_THROWS_AS(first.exportFile(dir.file("out.txt")), InputError);
}

TEST_CASE("an import is all or nothing", "[store][import][atomic]")
{
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("s.sqlite");
    {
        Store store = openStore(dir, clock);
        store.importFile(writeFile(dir, "in.json", kTwoCountries));
        store.snapshotProfile("CHE", "before");
    }
    const std::string before = dumpStore(path);
    Store store = Store::open(path, OpenMode::Existing, clock.options());
    clock.advance(std::chrono::hours(1));

    SECTION("JSON whose last record names an unknown indicator")
    {
        const std::string bad = writeFile(dir, "bad.json", profilesJson(R"([
          {"code": "CHE", "name": "Changed", "values": [{"indicator": "researchers", "value": 1}]},
          {"code": "NOR", "name": "Norway", "values": [{"indicator": "researchers", "value": 2}]},
          {"code": "SWE", "name": "Sweden", "values": [{"indicator": "no_such", "value": 3}]}])"));
        AISOV_REQUIRE_INPUT_ERROR(store.importFile(bad), "$.profiles[2].values[0]",
                                  "unknown indicator");
    }
    SECTION("CSV whose last line is malformed")
    {
        const std::string bad =
            writeFile(dir, "bad.csv",
                      std::string(kProfilesCsvHeader) + "\nCHE,researchers,1,,,,high,\n"
                                                        "NOR,researchers,2,,,,high,\n"
                                                        "SWE,researchers,many,,,,high,\n");
        AISOV_REQUIRE_INPUT_ERROR(store.importFile(bad), "line 4", "not a finite number");
    }
    SECTION("a write that fails half-way is rolled back")
    {
        // The database itself refuses the third profile, after two were written.
        RawDatabase(path).exec("CREATE TRIGGER refuse_swe BEFORE INSERT ON profiles "
                               "WHEN NEW.code = 'SWE' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        const std::string file = writeFile(dir, "ok.json", profilesJson(R"([
          {"code": "CHE", "name": "Changed", "values": [{"indicator": "researchers", "value": 1}]},
          {"code": "NOR", "name": "Norway", "values": [{"indicator": "researchers", "value": 2}]},
          {"code": "SWE", "name": "Sweden", "values": [{"indicator": "researchers", "value": 3}]}])"));
        CHECK_THROWS_WITH(store.importFile(file), Contains("refused"));
        RawDatabase(path).exec("DROP TRIGGER refuse_swe");
    }
    CHECK(dumpStore(path) == before);
    CHECK(store.profile("CHE")->name == "Switzerland");
    CHECK_FALSE(store.profile("NOR").has_value());
}

TEST_CASE("single profile edits", "[store]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    store.importFile(writeFile(dir, "in.json", kTwoCountries));

    Profile norway;
    norway.code = "NOR";
    norway.name = "Norway";
    norway.values = {value("researchers", 3000)};
    store.saveProfile(norway);
    CHECK(store.profile("NOR")->values.size() == 1);

    AISOV_REQUIRE_INPUT_ERROR(store.setValue("ZZZ", value("researchers", 1)), "ZZZ", "no profile");
    AISOV_REQUIRE_INPUT_ERROR(store.setValue("NOR", value("no_such", 1)), "NOR",
                              "unknown indicator");

    store.snapshotProfile("NOR", "kept after delete");
    store.deleteProfile("NOR");
    CHECK_FALSE(store.profile("NOR").has_value());
    CHECK(store.valueRecords("NOR").empty());
    CHECK(store.snapshots("NOR").size() == 1);
    AISOV_REQUIRE_INPUT_ERROR(store.deleteProfile("NOR"), "NOR", "no profile");
}

TEST_CASE("methodologies are versioned and a stored version never changes", "[store][methodology]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    Methodology changed = defaultMethodology();
    changed.pillars[0].weight = 3;
    AISOV_REQUIRE_INPUT_ERROR(store.addMethodology(changed), "", "already stored");
    store.addMethodology(defaultMethodology()); // same content: no-op
    CHECK(store.methodologies().size() == 2);   // the bundled 2026.1 and the default

    changed.version = "2026.1-heavy-compute";
    clock.advance(std::chrono::seconds(1));
    store.addMethodology(changed);
    store.setActiveMethodology(changed.id, changed.version);
    CHECK(store.activeMethodology().pillars[0].weight == 3);
    CHECK(store.methodology(defaultMethodology().id, defaultMethodology().version)
              .pillars[0]
              .weight == defaultMethodology().pillars[0].weight);
    const auto records = store.methodologies();
    REQUIRE(records.size() == 3);
    CHECK_FALSE(records[0].active);
    CHECK_FALSE(records[1].active);
    CHECK(records[2].active);
    AISOV_REQUIRE_INPUT_ERROR(store.setActiveMethodology("nope", "1"), "methodology nope 1",
                              "no such methodology");
    CHECK_THROWS_WITH(RawDatabase(store.path()).exec("UPDATE methodologies SET name = 'x'"),
                      Contains("cannot be changed"));
}

TEST_CASE("scenarios are what-if overrides scored on top of their base", "[store][scenario]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    store.importFile(writeFile(dir, "in.json", kTwoCountries));
    const Scenario alps{
        "CHE", "Alps 2", "a second national supercomputer", {value("top500_share", 6.0)}, ""};
    store.saveScenario(alps);

    const auto saved = store.scenario("CHE", "Alps 2");
    REQUIRE(saved);
    CHECK(saved->description == "a second national supercomputer");
    CHECK(saved->createdAt == "2026-01-01T00:00:00.000Z");
    REQUIRE(saved->overrides.size() == 1);
    CHECK(saved->overrides[0].value == 6.0);

    const ScenarioScore score = store.scoreScenario("CHE", "Alps 2");
    const Methodology methodology = store.activeMethodology();
    const auto all = store.profiles();
    const auto expectedBase = scoreProfiles(all, methodology)[2]; // ALPS, AUT, CHE
    REQUIRE(expectedBase.code == "CHE");
    CHECK(score.base.score == expectedBase.score);
    Profile raised = *store.profile("CHE");
    raised.setValue(value("top500_share", 6.0));
    CHECK(score.scenario.score == scoreProfile(raised, methodology).score);
    CHECK(*score.scenario.score > *score.base.score);

    // Saving under the same name replaces the overrides.
    store.saveScenario({"CHE", "Alps 2", "smaller", {value("researchers", 9000)}, ""});
    REQUIRE(store.scenarios("CHE").size() == 1);
    CHECK(store.scenario("CHE", "Alps 2")->overrides[0].indicator == "researchers");

    // A pooled bloc keeps its pooled values under an override.
    store.saveScenario({"ALPS", "joint", "", {value("researchers", 20000)}, ""});
    const ScenarioScore bloc = store.scoreScenario("ALPS", "joint");
    REQUIRE(bloc.scenario.findIndicator("top500_share") != nullptr);
    CHECK(bloc.scenario.findIndicator("top500_share")->value.has_value());

    AISOV_REQUIRE_INPUT_ERROR(store.saveScenario({"CHE", "bad", "", {value("no_such", 1)}, ""}), "",
                              "unknown indicator");
    CHECK_FALSE(store.scenario("CHE", "bad").has_value());
    AISOV_REQUIRE_INPUT_ERROR(store.saveScenario({"ZZZ", "x", "", {}, ""}), "ZZZ", "no profile");
    store.deleteScenario("CHE", "Alps 2");
    CHECK(store.scenarios("CHE").empty());
    AISOV_REQUIRE_INPUT_ERROR(store.scoreScenario("CHE", "Alps 2"), "CHE", "no scenario");
}

TEST_CASE("snapshots are frozen and stay readable after the profile and methodology change",
          "[store][snapshot]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    store.importFile(writeFile(dir, "in.json", kTwoCountries));
    const std::int64_t first = store.snapshotProfile("CHE", "baseline");
    const double firstScore = *store.snapshots("CHE")[0].score;

    clock.advance(std::chrono::hours(24));
    store.setValue("CHE", value("top500_share", 9.0));
    Methodology other = defaultMethodology();
    other.version = "2027.1";
    other.pillars[0].weight = 5;
    store.addMethodology(other);
    store.setActiveMethodology(other.id, other.version);
    const std::int64_t second = store.snapshotProfile("CHE", "after Alps 2");
    store.saveScenario({"CHE", "plan", "", {value("researchers", 9000)}, ""});
    clock.advance(std::chrono::hours(1));
    store.snapshotScenario("CHE", "plan", "plan");

    const auto history = store.snapshots("CHE");
    REQUIRE(history.size() == 3);
    CHECK(history[0].id == first);
    CHECK(history[0].label == "baseline");
    CHECK(history[0].takenAt == "2026-01-01T00:00:00.000Z");
    CHECK(history[0].methodologyVersion == defaultMethodology().version);
    CHECK(history[1].id == second);
    CHECK(history[1].methodologyVersion == "2027.1");
    CHECK(history[1].takenAt == "2026-01-02T00:00:00.000Z");
    CHECK(history[2].scenarioName == "plan");
    CHECK(*history[1].score != firstScore);

    const Snapshot frozen = store.snapshot(first);
    REQUIRE(frozen.profiles.size() == 1);
    CHECK(frozen.profiles[0].findValue("top500_share")->value == 2.1);
    CHECK(frozen.methodology.version == defaultMethodology().version);
    // Re-rendering from the frozen data gives the stored result.
    CHECK(scoreProfiles(frozen.profiles, frozen.methodology)[0].score == firstScore);
    const auto result = nlohmann::json::parse(frozen.resultJson);
    CHECK(result["results"][0]["score"].get<double>() == firstScore);
    CHECK(result["methodology"]["version"] == defaultMethodology().version);

    const Snapshot plan = store.snapshot(history[2].id);
    CHECK(plan.profiles[0].findValue("researchers")->value == 9000);

    // A pooled bloc's snapshot freezes its members too.
    const Snapshot bloc = store.snapshot(store.snapshotProfile("ALPS", "bloc"));
    CHECK(bloc.profiles.size() == 3);
    CHECK(bloc.summary.score.has_value());

    CHECK_THROWS_WITH(RawDatabase(store.path()).exec("UPDATE snapshots SET label = 'x'"),
                      Contains("cannot be changed"));
    AISOV_REQUIRE_INPUT_ERROR(store.snapshot(999), "snapshot 999", "no such snapshot");
    AISOV_REQUIRE_INPUT_ERROR(store.snapshotProfile("ZZZ", "x"), "ZZZ", "no profile");
    CHECK(store.snapshots("ZZZ").empty());
}

TEST_CASE("check reports integrity and foreign key problems", "[store][check]")
{
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("s.sqlite");
    {
        Store store = openStore(dir, clock);
        store.importFile(writeFile(dir, "in.json", kTwoCountries));
        const CheckReport report = store.check();
        CHECK(report.ok());
        CHECK(report.schemaVersion == kStoreSchemaVersion);
    }
    // Another program wrote a value for a profile that does not exist.
    RawDatabase(path).exec("PRAGMA foreign_keys = OFF; INSERT INTO profile_values (profile, "
                           "indicator, position, value, confidence) VALUES ('GHOST', 'x', 0, 1, "
                           "'high')");
    const CheckReport report = Store::open(path, OpenMode::Existing, clock.options()).check();
    REQUIRE(report.problems.size() == 1);
    CHECK_THAT(report.problems[0], Contains("profile_values") && Contains("profiles"));
}

TEST_CASE("the default database lives in the XDG data directory", "[store][default]")
{
    TempDir dir;
    const char* oldXdg = std::getenv("XDG_DATA_HOME");
    const std::string savedXdg = oldXdg != nullptr ? oldXdg : "";
    const std::string savedHome = std::getenv("HOME") != nullptr ? std::getenv("HOME") : "";
    ::setenv("XDG_DATA_HOME", dir.file("data").c_str(), 1);
    CHECK(defaultDatabasePath() == dir.file("data") + "/ai-sovereignty-spectrum/aisov.sqlite");
    {
        Store store = openDefaultStore(ManualClock().options(true));
        CHECK(store.wasCreated());
        CHECK(store.profiles().size() == bundledProfiles().size());
        CHECK(std::filesystem::exists(defaultDatabasePath()));
    }
    ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
    ::setenv("HOME", "/home/someone", 1);
    CHECK(defaultDatabasePath() ==
          "/home/someone/.local/share/ai-sovereignty-spectrum/aisov.sqlite");
    ::setenv("HOME", savedHome.c_str(), 1);
    if (oldXdg != nullptr)
        ::setenv("XDG_DATA_HOME", savedXdg.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
}

TEST_CASE("timestamps are UTC ISO 8601 with milliseconds", "[store]")
{
    using namespace std::chrono;
    const auto time =
        sys_days{year{2026} / 11 / 25} + hours(5) + minutes(51) + seconds(4) + milliseconds(7);
    CHECK(formatTimestamp(time) == "2026-11-25T05:51:04.007Z");
}

TEST_CASE("a profile's names in other languages are stored with it and go with it",
          "[store][translations]")
{
    TempDir dir;
    ManualClock clock;
    Store store = openStore(dir, clock);
    Profile norway;
    norway.code = "NOR";
    norway.name = "Norway";
    norway.translations[Language::Korean].name = "노르웨이";
    store.saveProfile(norway);
    REQUIRE(store.profile("NOR").has_value());
    CHECK(store.profile("NOR")->translations == norway.translations);
    CHECK(store.profiles()[0].translations == norway.translations);
    RawDatabase raw(dir.file("s.sqlite"));
    CHECK(raw.rows("SELECT profile, language, name FROM profile_names") == "NOR|ko|노르웨이\n");

    // Deleted with the profile, put back by its record (the undo of a delete).
    const ProfileRecord record = store.deleteProfile("NOR");
    CHECK(record.translations == norway.translations);
    CHECK(raw.integer("SELECT count(*) FROM profile_names") == 0);
    store.restoreProfile(record);
    CHECK(store.profile("NOR")->translations == norway.translations);

    // Values alone (CSV) keep them; a whole profile without them removes
    // them, and the import says so.
    store.importFile(writeFile(dir, "values.csv",
                               std::string(kProfilesCsvHeader) +
                                   "\nNOR,researchers,6000,2023,UNESCO,,medium,\n"));
    CHECK(store.profile("NOR")->translations == norway.translations);
    const ImportSummary summary = store.importFile(writeFile(
        dir, "plain.json", profilesJson(R"([{"code": "NOR", "name": "Norway", "values": []}])")));
    REQUIRE(summary.removed.size() == 1);
    CHECK(summary.removed[0].attributes == std::vector{ProfileAttribute::TranslatedNames});
    CHECK(store.profile("NOR")->translations.empty());
}

TEST_CASE("a new store's bundled profiles have their Korean names", "[store][translations]")
{
    TempDir dir;
    Store store =
        Store::open(dir.file("new.sqlite"), OpenMode::Create, ManualClock().options(true));
    const auto korea = store.profile("KOR");
    REQUIRE(korea.has_value());
    CHECK(displayName(*korea, Language::Korean) == "대한민국");
    CHECK(displayName(*store.profile("CHE"), Language::Korean) == "스위스");
    for (const Profile& profile : store.profiles()) {
        INFO(profile.code);
        CHECK(profile.translations.count(Language::Korean) == 1);
    }
}

TEST_CASE("a stored name in a language this program does not know is refused with its table",
          "[store][translations][bad]")
{
    TempDir dir;
    ManualClock clock;
    {
        Store store = openStore(dir, clock);
        store.importFile(writeFile(dir, "in.json", kTwoCountries));
    }
    RawDatabase(dir.file("s.sqlite"))
        .exec("INSERT INTO profile_names (profile, language, name) VALUES ('CHE', 'xx', 'X')");
    Store store = Store::open(dir.file("s.sqlite"), OpenMode::Existing, clock.options());
    AISOV_REQUIRE_INPUT_ERROR(store.profiles(), "profile_names", "unknown language \"xx\"");
}
