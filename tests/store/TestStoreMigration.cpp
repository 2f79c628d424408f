// Forward migrations: a database of every earlier schema version opens,
// migrates to the current one in one transaction and keeps its data.

#include "StoreTestSupport.h"

#include "../TestSupport.h"
#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/StoreSchema.h"

#include <thread>

using namespace aisov;
using namespace aisov::test;
using Catch::Matchers::Contains;

namespace {

// The schema objects of a database, to compare two of them.
std::string schemaOf(const std::string& path)
{
    return RawDatabase(path).rows(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
}

// A database at `version`, built with the migrations of the earlier versions.
void buildVersion(const std::string& path, int version)
{
    RawDatabase db(path);
    db.exec("BEGIN");
    for (int step = 0; step < version; ++step)
        db.exec(std::string(storeMigrationSql(step)));
    db.exec("PRAGMA user_version = " + std::to_string(version));
    if (version > 0)
        db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
    db.exec("COMMIT");
}

} // namespace

TEST_CASE("the version 1 fixture holds exactly the released version 1 schema", "[store][migration]")
{
    TempDir dir;
    RawDatabase(dir.file("fixture.sqlite")).exec(readTextFile(fixturePath("store-v1.sql")));
    buildVersion(dir.file("built.sqlite"), 1);
    CHECK(schemaOf(dir.file("fixture.sqlite")) == schemaOf(dir.file("built.sqlite")));
}

TEST_CASE("a version 1 store migrates to the current version and keeps everything",
          "[store][migration]")
{
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    RawDatabase(path).exec(readTextFile(fixturePath("store-v1.sql")));
    ManualClock clock;
    {
        Store store = Store::open(path, OpenMode::Existing, clock.options());
        CHECK_FALSE(store.wasCreated());
        CHECK(store.schemaVersion() == kStoreSchemaVersion);
        CHECK(store.activeMethodology().id == "three-pillars");

        const auto profiles = store.profiles();
        REQUIRE(profiles.size() == 3);
        CHECK(profiles[1].code == "XYBLOC");
        CHECK(profiles[1].members == std::vector<std::string>{"XAA", "YBB"});
        const auto records = store.valueRecords("XAA");
        REQUIRE(records.size() == 2);
        CHECK(records[1].value.note == "above the high goalpost");
        CHECK(records[1].value.confidence == Confidence::Low);
        CHECK_FALSE(records[0].changedAt.has_value()); // unknown before version 2
        CHECK_FALSE(store.profile("YBB")->values[0].year.has_value());

        const auto scenario = store.scenario("XAA", "more alpha");
        REQUIRE(scenario);
        CHECK(scenario->overrides[0].value == 90);
        const auto history = store.snapshots("XAA");
        REQUIRE(history.size() == 1);
        CHECK(history[0].score == 42.5);
        CHECK(store.snapshot(1).profiles[0].values[0].value == 50);
        CHECK(store.check().ok());

        // Version 2 works on the migrated file.
        IndicatorValue changed = records[0].value;
        changed.value = 60;
        store.setValue("XAA", changed);
        CHECK(store.valueRecords("XAA")[0].changedAt == "2026-01-01T00:00:00.000Z");
    }
    RawDatabase raw(path);
    CHECK(raw.integer("PRAGMA user_version") == kStoreSchemaVersion);
    CHECK(raw.text("PRAGMA journal_mode") == "wal");
    CHECK_THAT(raw.rows("EXPLAIN QUERY PLAN SELECT id FROM snapshots WHERE profile = 'XAA' "
                        "ORDER BY taken_at, id"),
               Contains("snapshots_by_profile"));
}

TEST_CASE("a database of every earlier version migrates to the current schema",
          "[store][migration]")
{
    TempDir dir;
    buildVersion(dir.file("current.sqlite"), kStoreSchemaVersion);
    for (int version = 0; version < kStoreSchemaVersion; ++version) {
        INFO("from version " << version);
        const std::string path = dir.file("v" + std::to_string(version) + ".sqlite");
        buildVersion(path, version);
        Store store = Store::open(path, OpenMode::Existing, ManualClock().options());
        CHECK(store.schemaVersion() == kStoreSchemaVersion);
        CHECK(store.wasCreated() == (version == 0));
        CHECK(schemaOf(path) == schemaOf(dir.file("current.sqlite")));
    }
}

TEST_CASE("a migration that fails leaves the file at its old version", "[store][migration]")
{
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    RawDatabase(path).exec(readTextFile(fixturePath("store-v1.sql")));
    // Something already uses the name of the index that version 2 adds.
    RawDatabase(path).exec("CREATE TABLE snapshots_by_profile (x)");
    const std::string before = schemaOf(path);
    CHECK_THROWS_WITH(Store::open(path, OpenMode::Existing),
                      Contains("migrate the schema from version 1"));
    CHECK(schemaOf(path) == before);
    CHECK(RawDatabase(path).integer("PRAGMA user_version") == 1);
    CHECK(RawDatabase(path).integer("SELECT count(*) FROM profile_values") == 3);
}

TEST_CASE("two connections opening an old store at once migrate it once", "[store][migration]")
{
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    RawDatabase(path).exec(readTextFile(fixturePath("store-v1.sql")));
    int versions[4] = {};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back(
            [&, i] { versions[i] = Store::open(path, OpenMode::Existing).schemaVersion(); });
    for (auto& thread : threads)
        thread.join();
    for (const int version : versions)
        CHECK(version == kStoreSchemaVersion);
    CHECK(Store::open(path).profiles().size() == 3);
    CHECK(Store::open(path).check().ok());
}

TEST_CASE("a store made before the bundled Korean names reads with them, and is not rewritten",
          "[store][migration]")
{
    // Such a store holds the default methodology without translations: the
    // bundled file had none when the store was created.
    TempDir dir;
    const std::string path = dir.file("old.sqlite");
    const Methodology& bundled = defaultMethodology();
    const Methodology old = withoutTranslations(bundled);
    Store::open(path, OpenMode::Create, ManualClock().options());
    std::string json = methodologyToJson(old);
    for (std::size_t at = json.find('\''); at != std::string::npos; at = json.find('\'', at + 2))
        json.insert(at, 1, '\''); // an SQL string literal doubles its quotes
    {
        // The text the old store holds; the trigger that keeps stored
        // methodologies unchanged is set aside for that and put back as it was.
        RawDatabase db(path);
        const std::string trigger =
            db.text("SELECT sql FROM sqlite_schema WHERE name = 'methodologies_are_immutable'");
        REQUIRE_FALSE(trigger.empty());
        db.exec("DROP TRIGGER methodologies_are_immutable");
        db.exec("UPDATE methodologies SET json = '" + json + "' WHERE id = '" + bundled.id +
                "' AND version = '" + bundled.version + "'");
        db.exec(trigger);
        REQUIRE(db.text("SELECT json FROM methodologies WHERE version = '" + bundled.version + "'")
                    .find("translations") == std::string::npos);
    }
    const std::string before = dumpStore(path);

    Store store = Store::open(path, OpenMode::Existing, ManualClock().options());
    CHECK(store.activeMethodology() == bundled);
    CHECK(displayName(*store.activeMethodology().findPillar("compute"), Language::Korean) ==
          "컴퓨팅");
    // Saving what was read is saving what is there: not a taken version.
    CHECK_NOTHROW(store.addMethodology(store.activeMethodology()));
    CHECK(dumpStore(path) == before); // filled in on reading, nothing written
}

TEST_CASE("a version 2 store gains the bundled Korean names of the profiles still named so",
          "[store][migration][translations]")
{
    TempDir dir;
    const std::string path = dir.file("v2.sqlite");
    buildVersion(path, 2);
    RawDatabase(path).exec("INSERT INTO profiles (code, name, kind) VALUES "
                           "('CHE', 'Switzerland', 'country'), "
                           "('DEU', 'Germany (our edit)', 'country'), "
                           "('XAA', 'Alpha', 'country')");
    Store store = Store::open(path, OpenMode::Existing, ManualClock().options());
    CHECK(displayName(*store.profile("CHE"), Language::Korean) == "스위스");
    // Renamed by its user, or not bundled at all: no name is guessed.
    CHECK(store.profile("DEU")->translations.empty());
    CHECK(store.profile("XAA")->translations.empty());
}
