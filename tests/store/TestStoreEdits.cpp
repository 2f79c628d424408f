// The store's fine-grained edits and their undo (src/store/StoreEdits.cpp,
// src/store/StoreRecords.cpp): each write, then its undo through the
// record API, leaves every table of the file as it was, row for row;
// changed_at moves only for rows whose content changed; a refused write
// (bad input, read-only store) leaves the file untouched.

#include "StoreTestSupport.h"

#include "../ErrorMatch.h"

#include <cmath>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>

using namespace aisov;
using namespace aisov::test;

namespace {

// Two countries with values and a bloc, in the default methodology.
const std::string kProfiles = profilesJson(R"([
  {"code": "CHE", "name": "Switzerland", "population": 8.9e6, "gdp_usd": 8.8e11, "values": [
    {"indicator": "top500_share", "value": 2.1, "year": 2025, "source": "TOP500",
     "url": "https://top500.org", "confidence": "high", "note": "Alps"},
    {"indicator": "researchers", "value": 5500, "year": 2023, "source": "UNESCO",
     "confidence": "medium"},
    {"indicator": "notable_ai_models", "value": 40, "year": 2024, "source": "WIPO",
     "confidence": "low"}]},
  {"code": "AUT", "name": "Austria", "population": 9.1e6, "values": [
    {"indicator": "top500_share", "value": 0.3, "year": 2025, "source": "TOP500",
     "confidence": "low"}]},
  {"code": "ALPS", "name": "Alpine bloc", "kind": "bloc", "members": ["CHE", "AUT"]}
])");

// A store with profiles, a scenario and a snapshot, each written at its
// own time (the clock moves a second between writes), so that a restore
// that lost a time or a position would show in the dump.
struct EditFixture
{
    TempDir dir;
    ManualClock clock;
    std::string path = dir.file("edits.sqlite");
    Store store = Store::open(path, OpenMode::Create, clock.options());

    EditFixture()
    {
        store.importFile(writeFile(dir, "profiles.json", kProfiles));
        tick();
        Scenario scenario;
        scenario.baseCode = "CHE";
        scenario.name = "cluster";
        scenario.description = "a national cluster";
        scenario.overrides = {value("top500_share", 5.0), value("researchers", 9000)};
        store.saveScenario(scenario);
        tick();
        store.snapshotProfile("CHE", "before edits");
        tick();
    }
    void tick() { clock.advance(std::chrono::seconds(1)); }

    // Runs `write`, checks that it changed the file, runs `undo` and checks
    // that every table is back as it was.
    void checkUndo(const std::function<void()>& write, const std::function<void()>& undo)
    {
        const std::string before = dumpStore(path);
        write();
        tick();
        REQUIRE(dumpStore(path) != before);
        undo();
        CHECK(dumpStore(path) == before);
    }
};

const char* const kUndoTag = "[store][edits][undo]";

std::string readFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("setValue of a new value, undone by restoring no record", kUndoTag)
{
    EditFixture f;
    const auto before = f.store.valueRecord("AUT", "researchers");
    REQUIRE_FALSE(before);
    f.checkUndo([&] { f.store.setValue("AUT", value("researchers", 100)); },
                [&] { f.store.restoreValueRecord("AUT", "researchers", before); });
}

TEST_CASE("setValue of a changed value, undone by restoring its record", kUndoTag)
{
    EditFixture f;
    const auto before = f.store.valueRecord("CHE", "researchers");
    REQUIRE(before);
    CHECK(before->position == 1);
    CHECK(before->changedAt == "2026-01-01T00:00:00.000Z");
    f.checkUndo(
        [&] {
            f.store.setValue("CHE", value("researchers", 6000));
            CHECK(f.store.valueRecord("CHE", "researchers")->changedAt ==
                  "2026-01-01T00:00:03.000Z");
        },
        [&] { f.store.restoreValueRecord("CHE", "researchers", before); });
}

TEST_CASE("setValues writes several values, undone value by value", kUndoTag)
{
    EditFixture f;
    const std::vector<IndicatorValue> values{value("researchers", 6000),
                                             value("internet_users", 3)};
    std::vector<std::optional<ValueRecord>> before;
    before.reserve(values.size());
    for (const auto& one : values)
        before.push_back(f.store.valueRecord("CHE", one.indicator));
    f.checkUndo(
        [&] {
            f.store.setValues("CHE", values);
            CHECK(f.store.profile("CHE")->values.size() == 4);
        },
        [&] {
            for (std::size_t i = 0; i < values.size(); ++i)
                f.store.restoreValueRecord("CHE", values[i].indicator, before[i]);
        });
}

TEST_CASE("removeValue, undone by restoring the value at its old position", kUndoTag)
{
    EditFixture f;
    const auto before = f.store.valueRecord("CHE", "top500_share");
    REQUIRE(before);
    CHECK(before->position == 0);
    f.checkUndo(
        [&] {
            f.store.removeValue("CHE", "top500_share");
            CHECK_FALSE(f.store.valueRecord("CHE", "top500_share"));
        },
        [&] { f.store.restoreValueRecord("CHE", "top500_share", before); });
    // Back first in the profile's order, as it was.
    CHECK(f.store.profile("CHE")->values.front().indicator == "top500_share");
}

TEST_CASE("renameProfile keeps the code, undone by renaming back or restoring", kUndoTag)
{
    EditFixture f;
    const auto record = f.store.profileRecord("CHE");
    REQUIRE(record);
    f.checkUndo(
        [&] {
            f.store.renameProfile("CHE", "Confoederatio Helvetica");
            CHECK(f.store.profile("CHE")->name == "Confoederatio Helvetica");
        },
        [&] { f.store.renameProfile("CHE", "Switzerland"); });
    f.checkUndo([&] { f.store.renameProfile("CHE", "Helvetia"); },
                [&] { f.store.restoreProfile(*record); });
}

TEST_CASE("setTranslatedName sets, changes and removes a name in Korean, undone", kUndoTag)
{
    EditFixture f;
    const auto record = f.store.profileRecord("CHE");
    REQUIRE(record);
    f.checkUndo(
        [&] {
            f.store.setTranslatedName("CHE", Language::Korean, "스위스");
            CHECK(displayName(*f.store.profile("CHE"), Language::Korean) == "스위스");
            CHECK(f.store.profile("CHE")->name == "Switzerland");
        },
        [&] { f.store.restoreProfile(*record); });
    f.store.setTranslatedName("CHE", Language::Korean, "스위스");
    const auto named = f.store.profileRecord("CHE");
    REQUIRE(named);
    CHECK(named->translations.at(Language::Korean).name == "스위스");
    f.checkUndo(
        [&] {
            f.store.setTranslatedName("CHE", Language::Korean, "");
            CHECK(f.store.profile("CHE")->translations.empty());
        },
        [&] { f.store.restoreProfile(*named); });
    // English is the profile's own name; a hidden character is refused.
    const std::string before = dumpStore(f.path);
    AISOV_REQUIRE_INPUT_ERROR(f.store.setTranslatedName("CHE", Language::English, "Swiss"), "CHE",
                              "English is the item's own text");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setTranslatedName("CHE", Language::Korean, "스위\u202e스"),
                              "CHE", "direction-changing");
    CHECK(dumpStore(f.path) == before);
}

TEST_CASE("setPopulation and setGdp, to a number or to unknown, undone", kUndoTag)
{
    EditFixture f;
    f.checkUndo([&] { f.store.setPopulation("CHE", 9.0e6); },
                [&] { f.store.setPopulation("CHE", 8.9e6); });
    f.checkUndo(
        [&] {
            f.store.setPopulation("CHE", std::nullopt);
            CHECK_FALSE(f.store.profile("CHE")->population);
        },
        [&] { f.store.setPopulation("CHE", 8.9e6); });
    f.checkUndo([&] { f.store.setGdp("AUT", 5.2e11); },
                [&] { f.store.setGdp("AUT", std::nullopt); });
    f.checkUndo([&] { f.store.setGdp("CHE", std::nullopt); },
                [&] { f.store.setGdp("CHE", 8.8e11); });
}

TEST_CASE("setKind and setMembers, undone", kUndoTag)
{
    EditFixture f;
    f.checkUndo(
        [&] {
            f.store.setKind("AUT", ProfileKind::Bloc);
            CHECK(f.store.profile("AUT")->kind == ProfileKind::Bloc);
        },
        [&] { f.store.setKind("AUT", ProfileKind::Country); });
    const auto alps = f.store.profileRecord("ALPS");
    REQUIRE(alps);
    REQUIRE(alps->members.size() == 2);
    CHECK(alps->members[1].code == "AUT");
    CHECK(alps->members[1].position == 1);
    f.checkUndo(
        [&] {
            // Members must be stored profiles (issue 18): a new order of the two.
            f.store.setMembers("ALPS", {"AUT", "CHE"});
            CHECK(f.store.profile("ALPS")->members == std::vector<std::string>{"AUT", "CHE"});
        },
        [&] {
            f.store.setMembers("ALPS", {"CHE", "AUT"});
        });
    f.checkUndo([&] { f.store.setMembers("ALPS", {}); }, [&] { f.store.restoreProfile(*alps); });
}

TEST_CASE("createProfile, undone by deleting it", kUndoTag)
{
    EditFixture f;
    Profile liechtenstein;
    liechtenstein.code = "LIE";
    liechtenstein.name = "Liechtenstein";
    liechtenstein.population = 39000;
    liechtenstein.values = {value("researchers", 20)};
    f.checkUndo(
        [&] {
            f.store.createProfile(liechtenstein);
            CHECK(f.store.profile("LIE")->values.size() == 1);
        },
        [&] { f.store.deleteProfile("LIE"); });
}

TEST_CASE("deleteProfile returns everything it removed; restoring it undoes the delete", kUndoTag)
{
    EditFixture f;
    f.store.setMembers("ALPS", {"AUT"}); // a bloc member cannot be deleted
    ProfileRecord removed;
    f.checkUndo(
        [&] {
            removed = f.store.deleteProfile("CHE");
            CHECK_FALSE(f.store.profile("CHE"));
            CHECK(f.store.scenarios("CHE").empty());
            // Snapshots are history: they outlive the profile.
            CHECK(f.store.snapshots("CHE").size() == 1);
        },
        [&] { f.store.restoreProfile(removed); });
    CHECK(removed.name == "Switzerland");
    CHECK(removed.values.size() == 3);
    REQUIRE(removed.scenarios.size() == 1);
    CHECK(removed.scenarios[0].name == "cluster");
    CHECK(removed.scenarios[0].createdAt == "2026-01-01T00:00:01.000Z");
    REQUIRE(removed.scenarios[0].overrides.size() == 2);
    CHECK(removed.scenarios[0].overrides[1].value.value == 9000);
}

TEST_CASE("a restored scenario whose id was taken since gets a new one", "[store][edits]")
{
    EditFixture f;
    f.store.setMembers("ALPS", {"AUT"});
    const ProfileRecord removed = f.store.deleteProfile("CHE");
    REQUIRE(removed.scenarios.size() == 1);
    // The freed id goes to the next new scenario (SQLite reuses the largest).
    f.store.saveScenario({"AUT", "taken", "", {value("researchers", 1)}, ""});
    REQUIRE(f.store.profileRecord("AUT")->scenarios[0].id == removed.scenarios[0].id);
    f.store.restoreProfile(removed);
    const auto restored = f.store.profileRecord("CHE")->scenarios;
    REQUIRE(restored.size() == 1);
    CHECK(restored[0].id != removed.scenarios[0].id);
    CHECK(restored[0].overrides.size() == 2);
    CHECK(f.store.scenario("AUT", "taken")->overrides.size() == 1);
    CHECK(f.store.check().ok());
}

TEST_CASE("restoreProfile replaces a changed profile, scenarios included", kUndoTag)
{
    EditFixture f;
    const auto record = f.store.profileRecord("CHE");
    REQUIRE(record);
    f.checkUndo(
        [&] {
            f.store.saveScenario({"CHE", "cluster", "changed", {value("internet_users", 1)}, ""});
            f.store.saveScenario({"CHE", "second", "", {}, ""});
            f.store.setValue("CHE", value("top500_share", 3));
            f.store.removeValue("CHE", "notable_ai_models");
        },
        [&] { f.store.restoreProfile(*record); });
}

TEST_CASE("a write that changes nothing keeps every time", "[store][edits][changed_at]")
{
    EditFixture f;
    const std::string before = dumpStore(f.path);
    const auto researchers = f.store.valueRecord("CHE", "researchers");
    IndicatorValue same = researchers->value;
    f.store.setValue("CHE", same);
    f.store.setValues("CHE", {same});
    f.store.renameProfile("CHE", "Switzerland");
    f.store.setMembers("ALPS", {"CHE", "AUT"});
    f.store.saveProfile(*f.store.profile("CHE"));
    f.store.importFile(writeFile(f.dir, "again.json", kProfiles));
    f.store.saveScenario(*f.store.scenario("CHE", "cluster"));
    CHECK(dumpStore(f.path) == before);
}

TEST_CASE("a changed value gets a new time; the others keep theirs", "[store][edits][changed_at]")
{
    EditFixture f;
    f.store.setValue("CHE", value("notable_ai_models", 41));
    const auto records = f.store.valueRecords("CHE");
    REQUIRE(records.size() == 3);
    CHECK(records[0].changedAt == "2026-01-01T00:00:00.000Z");
    CHECK(records[1].changedAt == "2026-01-01T00:00:00.000Z");
    CHECK(records[2].changedAt == "2026-01-01T00:00:03.000Z");
    CHECK(f.store.valueRecord("AUT", "top500_share")->changedAt == "2026-01-01T00:00:00.000Z");

    // Saving the scenario with one override changed moves that one only.
    Scenario scenario = *f.store.scenario("CHE", "cluster");
    scenario.overrides[1].value = 9500;
    f.store.saveScenario(scenario);
    const auto overrides = f.store.profileRecord("CHE")->scenarios[0].overrides;
    CHECK(overrides[0].changedAt == "2026-01-01T00:00:01.000Z");
    CHECK(overrides[1].changedAt == "2026-01-01T00:00:03.000Z");
}

TEST_CASE("a refused edit leaves the file unchanged", "[store][edits][errors]")
{
    EditFixture f;
    const std::string before = dumpStore(f.path);
    const double notANumber = std::numeric_limits<double>::quiet_NaN();
    AISOV_REQUIRE_INPUT_ERROR(f.store.setValue("XXX", value("researchers", 1)), "XXX",
                              "no profile");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setValue("CHE", value("no_such_indicator", 1)), "CHE",
                              "unknown indicator");
    // All or nothing: the good value before the bad one is not written.
    AISOV_REQUIRE_INPUT_ERROR(
        f.store.setValues("CHE", {value("researchers", 1), value("no_such_indicator", 1)}), "CHE",
        "unknown indicator");
    AISOV_REQUIRE_INPUT_ERROR(
        f.store.setValues("CHE", {value("researchers", 1), value("researchers", 2)}), "CHE",
        "two values");
    AISOV_REQUIRE_INPUT_ERROR(f.store.removeValue("AUT", "researchers"), "AUT", "no value");
    AISOV_REQUIRE_INPUT_ERROR(f.store.renameProfile("CHE", ""), "CHE", "name");
    AISOV_REQUIRE_INPUT_ERROR(f.store.renameProfile("XXX", "X"), "XXX", "no profile");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setPopulation("CHE", -1.0), "CHE", "positive");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setPopulation("CHE", notANumber), "CHE", "positive");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setGdp("CHE", 0.0), "CHE", "positive");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setKind("ALPS", ProfileKind::Country), "ALPS", "alpha-3");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setMembers("CHE", {"AUT"}), "CHE", "only a bloc");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setMembers("ALPS", {"AUT", "AUT"}), "ALPS", "twice");
    AISOV_REQUIRE_INPUT_ERROR(f.store.setMembers("ALPS", {"aut"}), "ALPS", "alpha-3");
    // A member with no profile in the store (issue 18): the bloc and the code named.
    AISOV_REQUIRE_INPUT_ERROR(
        f.store.setMembers("ALPS", {"CHE", "LIE"}), "ALPS",
        "bloc \"ALPS\" lists member \"LIE\", which is not one of the profiles");
    Profile newBloc;
    newBloc.code = "DACH";
    newBloc.name = "DACH";
    newBloc.kind = ProfileKind::Bloc;
    newBloc.members = {"DEU", "AUT", "CHE"};
    AISOV_REQUIRE_INPUT_ERROR(f.store.createProfile(newBloc), "DACH", "member \"DEU\"");
    AISOV_REQUIRE_INPUT_ERROR(
        f.store.importProfiles({newBloc}, ImportMode::ReplaceProfiles, "in.json"), "DACH",
        "member \"DEU\"");
    Profile existing;
    existing.code = "CHE";
    existing.name = "Again";
    AISOV_REQUIRE_INPUT_ERROR(f.store.createProfile(existing), "CHE", "exists already");
    Profile badCode;
    badCode.code = "Swiss";
    badCode.name = "Swiss";
    AISOV_REQUIRE_INPUT_ERROR(f.store.createProfile(badCode), "Swiss", "alpha-3");
    AISOV_REQUIRE_INPUT_ERROR(f.store.deleteProfile("XXX"), "XXX", "no profile");
    auto record = f.store.valueRecord("CHE", "researchers");
    AISOV_REQUIRE_INPUT_ERROR(f.store.restoreValueRecord("CHE", "notable_ai_models", record), "CHE",
                              "not \"notable_ai_models\"");
    AISOV_REQUIRE_INPUT_ERROR(f.store.restoreValueRecord("XXX", "researchers", record), "XXX",
                              "no profile");
    CHECK(dumpStore(f.path) == before);
}

TEST_CASE("a profile a bloc lists cannot be deleted, and the file stays byte-identical",
          "[store][edits][errors]")
{
    EditFixture f;
    Profile dach;
    dach.code = "DACH";
    dach.name = "DACH";
    dach.kind = ProfileKind::Bloc;
    dach.members = {"AUT", "CHE"};
    f.store.createProfile(dach);
    const std::string before = dumpStore(f.path);
    const std::string bytes = readFile(f.path);
    // The profile and every bloc that lists it, named (issue 18).
    AISOV_REQUIRE_INPUT_ERROR(f.store.deleteProfile("CHE"), "CHE",
                              "profile \"CHE\" is a member of the bloc(s) \"ALPS\", \"DACH\"");
    CHECK(f.store.profile("CHE").has_value());
    CHECK(dumpStore(f.path) == before);
    CHECK(readFile(f.path) == bytes);
    // Once no bloc lists it, it goes; a bloc itself can always go.
    f.store.deleteProfile("DACH");
    f.store.setMembers("ALPS", {"AUT"});
    f.store.deleteProfile("CHE");
    CHECK_FALSE(f.store.profile("CHE").has_value());
}

TEST_CASE("restoreProfiles writes all or nothing, and checks bloc members at the end",
          "[store][edits][undo]")
{
    EditFixture f;
    const std::string before = dumpStore(f.path);
    ProfileRecord renamed = *f.store.profileRecord("AUT");
    renamed.name = "Österreich";
    // CHE alone: ALPS still lists it, so nothing is written, not even AUT.
    AISOV_REQUIRE_INPUT_ERROR((f.store.restoreProfiles({{"AUT", renamed}, {"CHE", std::nullopt}})),
                              "CHE", "is a member of the bloc(s) \"ALPS\"");
    CHECK(f.store.profile("AUT")->name == "Austria");
    CHECK(dumpStore(f.path) == before);
    // The member before its bloc in one step: checked once both are gone.
    const ProfileRecord che = *f.store.profileRecord("CHE");
    const ProfileRecord alps = *f.store.profileRecord("ALPS");
    f.store.restoreProfiles({{"CHE", std::nullopt}, {"ALPS", std::nullopt}});
    CHECK_FALSE(f.store.profile("CHE").has_value());
    CHECK_FALSE(f.store.profile("ALPS").has_value());
    f.store.restoreProfiles({{"ALPS", alps}, {"CHE", che}});
    CHECK(dumpStore(f.path) == before);
}

TEST_CASE("a read-only store refuses every edit with StoreError", "[store][edits][errors]")
{
    EditFixture f;
    const auto che = *f.store.profileRecord("CHE");
    const auto researchers = f.store.valueRecord("CHE", "researchers");
    const std::string before = dumpStore(f.path);
    Store reader = Store::open(f.path, OpenMode::ReadOnly, f.clock.options());
    REQUIRE(reader.isReadOnly());
    Profile created;
    created.code = "LIE";
    created.name = "Liechtenstein";
    CHECK_THROWS_AS(reader.createProfile(created), StoreError);
    CHECK_THROWS_AS(reader.setValue("CHE", value("researchers", 1)), StoreError);
    CHECK_THROWS_AS(reader.setValues("CHE", {value("researchers", 1)}), StoreError);
    CHECK_THROWS_AS(reader.removeValue("CHE", "researchers"), StoreError);
    CHECK_THROWS_AS(reader.renameProfile("CHE", "X"), StoreError);
    CHECK_THROWS_AS(reader.setPopulation("CHE", 1.0), StoreError);
    CHECK_THROWS_AS(reader.setGdp("CHE", 1.0), StoreError);
    CHECK_THROWS_AS(reader.setKind("CHE", ProfileKind::Bloc), StoreError);
    CHECK_THROWS_AS(reader.setMembers("ALPS", {"CHE"}), StoreError);
    CHECK_THROWS_AS(reader.deleteProfile("CHE"), StoreError);
    CHECK_THROWS_AS(reader.restoreProfile(che), StoreError);
    CHECK_THROWS_AS(reader.restoreValueRecord("CHE", "researchers", researchers), StoreError);
    CHECK_THROWS_AS(reader.restoreValueRecord("CHE", "researchers", std::nullopt), StoreError);
    // Reading works.
    CHECK(reader.profileRecord("CHE")->values.size() == 3);
    CHECK(dumpStore(f.path) == before);
}

TEST_CASE("renameScenario keeps the overrides and times; restoring the record undoes it", kUndoTag)
{
    EditFixture f;
    const auto before = f.store.profileRecord("CHE");
    f.checkUndo(
        [&] {
            f.store.renameScenario("CHE", "cluster", "supercomputer");
            CHECK_FALSE(f.store.scenario("CHE", "cluster"));
            const auto renamed = f.store.scenario("CHE", "supercomputer");
            REQUIRE(renamed);
            CHECK(renamed->description == "a national cluster");
            CHECK(renamed->createdAt == "2026-01-01T00:00:01.000Z");
            CHECK(renamed->overrides.size() == 2);
        },
        [&] { f.store.restoreProfile(*before); });
}

TEST_CASE("renameScenario refuses an unknown scenario, an empty name and a taken one",
          "[store][edits]")
{
    EditFixture f;
    f.store.saveScenario({"CHE", "other", "", {value("researchers", 1)}, ""});
    const std::string before = dumpStore(f.path);
    CHECK_THROWS_WITH(f.store.renameScenario("CHE", "nothing", "x"),
                      Catch::Contains("no scenario \"nothing\" on CHE"));
    CHECK_THROWS_WITH(f.store.renameScenario("CHE", "cluster", ""),
                      Catch::Contains("a scenario needs a name"));
    CHECK_THROWS_WITH(f.store.renameScenario("CHE", "cluster", "other"),
                      Catch::Contains("another scenario of CHE is named \"other\""));
    CHECK(dumpStore(f.path) == before);
    // The same name is no change, and no error.
    f.store.renameScenario("CHE", "cluster", "cluster");
    CHECK(dumpStore(f.path) == before);
}
