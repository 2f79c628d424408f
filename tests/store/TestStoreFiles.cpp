// Files the store must refuse or handle with care: not SQLite, corrupt,
// newer schema, someone else's database, read-only, locked. Each is refused
// with a clear error and left byte-for-byte unchanged.

#include "StoreTestSupport.h"

#include "../ErrorMatch.h"
#include "../TestSupport.h"
#include "aisov/StoreSchema.h"

#include <fstream>

using namespace aisov;
using namespace aisov::test;
using Catch::Matchers::Contains;

namespace {

const std::string kOneCountry = profilesJson(R"([
  {"code": "CHE", "name": "Switzerland", "values": [
    {"indicator": "researchers", "value": 5500, "source": "UNESCO", "confidence": "high"}]}])");

std::string createStore(const TempDir& dir, const std::string& name = "s.sqlite")
{
    const std::string path = dir.file(name);
    Store store = Store::open(path, OpenMode::Create, ManualClock().options());
    store.importFile(writeFile(dir, "one.json", kOneCountry));
    return path;
}

void overwrite(const std::string& path, std::streamoff offset, const std::string& bytes)
{
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

TEST_CASE("a file that is not SQLite is refused and left unchanged", "[store][files]")
{
    TempDir dir;
    const std::string path = writeFile(dir, "notes.sqlite", "these are my notes, not a database\n");
    for (const OpenMode mode : {OpenMode::Create, OpenMode::Existing, OpenMode::ReadOnly})
        AISOV_REQUIRE_INPUT_ERROR(Store::open(path, mode), "", "not an SQLite database");
    CHECK(readTextFile(path) == "these are my notes, not a database\n");
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("a corrupt store is refused and left unchanged", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    // Garbage over the schema page, after the 100-byte file header.
    overwrite(path, 100, std::string(400, '\x5a'));
    const std::string damaged = readTextFile(path);
    AISOV_REQUIRE_INPUT_ERROR(Store::open(path), "", "corrupt");
    CHECK(readTextFile(path) == damaged);
}

TEST_CASE("a store of a newer schema version is refused", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    RawDatabase(path).exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion + 1));
    const std::string before = dumpStore(path);
    AISOV_REQUIRE_INPUT_ERROR(Store::open(path), "", "newer than version");
    CHECK(dumpStore(path) == before);
    CHECK(RawDatabase(path).integer("PRAGMA user_version") == kStoreSchemaVersion + 1);
}

// Found by fuzz_database: a negative version had no migration and aborted.
TEST_CASE("a store with a negative schema version is refused as damaged", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    RawDatabase(path).exec("PRAGMA user_version = -3");
    const std::string before = dumpStore(path);
    AISOV_REQUIRE_INPUT_ERROR(Store::open(path), "", "schema version -3");
    CHECK(dumpStore(path) == before);
    CHECK(RawDatabase(path).integer("PRAGMA user_version") == -3);
}

TEST_CASE("another program's SQLite database is refused, not taken over", "[store][files]")
{
    TempDir dir;
    const std::string path = dir.file("other.sqlite");
    RawDatabase(path).exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('A')");
    AISOV_REQUIRE_INPUT_ERROR(Store::open(path), "", "not an AI Sovereignty Spectrum store");
    CHECK(RawDatabase(path).text("SELECT name FROM contacts") == "A");
    CHECK(RawDatabase(path).integer("SELECT count(*) FROM sqlite_schema") == 1);

    RawDatabase(path).exec("PRAGMA application_id = 42");
    AISOV_REQUIRE_INPUT_ERROR(Store::open(path), "", "another application");
}

TEST_CASE("a missing file or a directory is a file error unless creating", "[store][files]")
{
    TempDir dir;
    CHECK_THROWS_WITH(Store::open(dir.file("missing.sqlite"), OpenMode::Existing),
                      Contains("no such file"));
    CHECK_FALSE(std::filesystem::exists(dir.file("missing.sqlite")));
    std::filesystem::create_directory(dir.file("folder"));
    CHECK_THROWS_AS(Store::open(dir.file("folder")), FileError);
    // An empty file holds nothing to lose: it becomes a store.
    writeFile(dir, "empty.sqlite", "");
    CHECK(Store::open(dir.file("empty.sqlite")).schemaVersion() == kStoreSchemaVersion);
}

TEST_CASE("a write-protected store opens read-only: reads work, writes say why they fail",
          "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    const std::string before = dumpStore(path);
    SECTION("write-protected file")
    {
        ReadOnlyFile guard(path);
        if (!guard.effective()) {
            WARN("not run: as root without chattr the file cannot be made read-only");
            return;
        }
        Store store = Store::open(path, OpenMode::Existing);
        CHECK(store.isReadOnly());
        CHECK(store.profile("CHE")->values.size() == 1);
        CHECK(store.check().ok());
        CHECK_THROWS_WITH(store.importFile(writeFile(dir, "two.json", kOneCountry)),
                          Contains(path) && Contains("read-only"));
        CHECK_THROWS_AS(store.snapshotProfile("CHE", "x"), StoreError);
    }
    SECTION("opened read-only on purpose")
    {
        Store store = Store::open(path, OpenMode::ReadOnly);
        CHECK(store.isReadOnly());
        CHECK(store.profiles().size() == 1);
        CHECK_THROWS_AS(store.setValue("CHE", store.profile("CHE")->values[0]), StoreError);
    }
    CHECK(dumpStore(path) == before);
}

TEST_CASE("a read-only store of an older schema cannot be migrated and says so", "[store][files]")
{
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    RawDatabase(path).exec(readTextFile(fixturePath("store-v1.sql")));
    CHECK_THROWS_WITH(Store::open(path, OpenMode::ReadOnly),
                      Contains("read-only") && Contains("schema version 1"));
    CHECK(RawDatabase(path).integer("PRAGMA user_version") == 1);
}

TEST_CASE("a store locked by another writer gives a clear error, then works", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    StoreOptions impatient = ManualClock().options();
    impatient.busyTimeout = std::chrono::milliseconds(100);
    Store store = Store::open(path, OpenMode::Existing, impatient);
    const std::string file = writeFile(dir, "two.json", profilesJson(R"([
      {"code": "NOR", "name": "Norway", "values": []}])"));

    RawDatabase other(path);
    other.exec("BEGIN IMMEDIATE; INSERT INTO profiles (code, name, kind) "
               "VALUES ('SWE', 'Sweden', 'country')");
    // Reading is not blocked by a writer (WAL).
    CHECK(store.profiles().size() == 1);
    CHECK_THROWS_WITH(store.importFile(file), Contains(path) && Contains("locked"));
    CHECK_THROWS_AS(store.importFile(file), StoreError);
    other.exec("COMMIT");

    store.importFile(file);
    CHECK(store.profiles().size() == 3); // CHE, NOR, SWE: nothing lost
}

TEST_CASE("rows that refer to a missing profile are reported, not a crash", "[store][files]")
{
    // Found by fuzz_database: a damaged file where a value or a bloc member
    // refers to a profile the profiles table lacks (SQLite enforces the
    // foreign key on our writes, not on a file written by someone else).
    TempDir dir;
    for (const std::string table : {"profile_values", "bloc_members"}) {
        const std::string path = createStore(dir, table + ".sqlite");
        {
            RawDatabase raw(path);
            raw.exec("PRAGMA foreign_keys = OFF");
            if (table == "profile_values")
                raw.exec(
                    "INSERT INTO profile_values (profile, indicator, position, value, confidence) "
                    "VALUES ('GHOST', 'researchers', 0, 1, 'high')");
            else
                raw.exec("INSERT INTO bloc_members (bloc, member, position) "
                         "VALUES ('GHOST', 'CHE', 0)");
        }
        const Store store = Store::open(path, OpenMode::Existing);
        AISOV_REQUIRE_INPUT_ERROR(store.profiles(), table, "profile \"GHOST\"");
        // The profile itself still reads, and the check names the problem.
        CHECK(store.profile("CHE").has_value());
        CHECK_FALSE(store.check().ok());
    }
}

TEST_CASE("a scenario whose base profile is missing is reported, not a crash", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    {
        Store store = Store::open(path, OpenMode::Existing);
        Scenario scenario;
        scenario.baseCode = "CHE";
        scenario.name = "more researchers";
        IndicatorValue more;
        more.indicator = "researchers";
        more.value = 6000;
        scenario.overrides = {more};
        store.saveScenario(scenario);
    }
    {
        RawDatabase raw(path);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec("DELETE FROM profile_values WHERE profile = 'CHE'");
        raw.exec("DELETE FROM profiles WHERE code = 'CHE'");
    }
    Store store = Store::open(path, OpenMode::Existing);
    AISOV_REQUIRE_INPUT_ERROR(store.scoreScenario("CHE", "more researchers"), "CHE",
                              "based on profile \"CHE\"");
    AISOV_REQUIRE_INPUT_ERROR(store.snapshotScenario("CHE", "more researchers", "x"), "CHE",
                              "based on profile \"CHE\"");
    CHECK(store.snapshots("CHE").empty()); // nothing half-written
}

// Found by a careful tester: a -wal file beside the store that belongs to
// another database was replayed into the store (which then read as the other
// program's file) and checkpointed, while the message said "left unchanged".
TEST_CASE("a store with a write-ahead log of another database is refused, both files unchanged",
          "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    {
        // The other program's committed write sits in its WAL while its
        // connection is open; the copy is the stray file.
        RawDatabase other(dir.file("other.db"));
        other.exec("PRAGMA journal_mode = WAL; PRAGMA application_id = 4660; "
                   "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
        std::filesystem::copy_file(dir.file("other.db-wal"), path + "-wal");
    }
    const std::string storeBytes = readTextFile(path);
    const std::string walBytes = readTextFile(path + "-wal");
    for (const OpenMode mode : {OpenMode::Existing, OpenMode::Create, OpenMode::ReadOnly})
        AISOV_REQUIRE_INPUT_ERROR(Store::open(path, mode), "", "write-ahead log");
    CHECK(readTextFile(path) == storeBytes);
    CHECK(readTextFile(path + "-wal") == walBytes);
    // The probe's own index file is not left behind either.
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
    // Moving the stray log away, as the message advises, gives the store back.
    std::filesystem::remove(path + "-wal");
    CHECK(Store::open(path, OpenMode::Existing).profile("CHE").has_value());
}

// A log that does belong (a process killed after its commit) is replayed,
// never refused: the committed write is kept.
TEST_CASE("a store's own write-ahead log left by a killed process is replayed", "[store][files]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    const std::string copy = dir.file("copy.sqlite");
    {
        RawDatabase live(path);
        live.exec("PRAGMA wal_autocheckpoint = 0; "
                  "UPDATE profiles SET name = 'Confoederatio Helvetica' WHERE code = 'CHE'");
        // The store and its log as a crash would leave them.
        std::filesystem::copy_file(path, copy);
        std::filesystem::copy_file(path + "-wal", copy + "-wal");
    }
    CHECK(Store::open(copy, OpenMode::Existing).profile("CHE")->name == "Confoederatio Helvetica");
}

// Found by a careful tester: an export larger than the import limit made a
// backup that could not be restored.
TEST_CASE("an export larger than an import reads is refused and writes nothing", "[store][files]")
{
    TempDir dir;
    Store store = Store::open(dir.file("s.sqlite"), OpenMode::Create, ManualClock().options());
    // Each value carries a 1 MiB note: 66 of them make an export over 64 MiB.
    // Notes are at most 10,000 characters now (textFieldProblem), so the
    // notes are written past the store, as a store made before the limit
    // could hold them.
    const Methodology methodology = store.activeMethodology();
    std::vector<Profile> profiles;
    for (int i = 0; static_cast<std::size_t>(i) * methodology.indicators.size() < 66; ++i) {
        Profile profile;
        profile.code = "X" + std::string(1, static_cast<char>('A' + i)) + "A";
        profile.name = profile.code;
        for (const auto& indicator : methodology.indicators) {
            IndicatorValue value;
            value.indicator = indicator.id;
            value.value = indicator.transform == Transform::Log ? 1.0 : 0.0;
            profile.values.push_back(value);
        }
        profiles.push_back(profile);
    }
    store.importProfiles(profiles, ImportMode::ReplaceProfiles, "big");
    RawDatabase(store.path())
        .exec("UPDATE profile_values SET note = replace(hex(zeroblob(524288)), '0', 'n')");
    for (const std::string name : {"backup.json", "backup.csv"}) {
        CHECK_THROWS_WITH(store.exportFile(dir.file(name)),
                          Contains("could not be imported again") &&
                              Contains("nothing was written"));
        CHECK_FALSE(std::filesystem::exists(dir.file(name)));
    }
}

// The advice for a damaged file must work: before, it said to export with
// 'db check', which refuses the same file.
TEST_CASE("recover salvages the readable tables of a damaged store into a new file",
          "[store][files][recover]")
{
    TempDir dir;
    const std::string path = createStore(dir);
    {
        Store store = Store::open(path, OpenMode::Existing, ManualClock().options());
        store.snapshotProfile("CHE", "before the damage");
    }
    // Garbage over the whole root page of profile_values (one page: the
    // table is small), so that table cannot be read while the others can.
    long long page = 0;
    long long root = 0;
    {
        RawDatabase raw(path);
        page = raw.integer("PRAGMA page_size");
        root = raw.integer("SELECT rootpage FROM sqlite_schema WHERE name = 'profile_values'");
    }
    overwrite(path, (root - 1) * page, std::string(static_cast<std::size_t>(page), '\x5a'));
    // The store refuses it, and its advice names the way out.
    CHECK_THROWS_WITH(Store::open(path, OpenMode::Existing).check(),
                      Contains("salvage what can still be read into a new file with "
                               "'aisov-cli db recover"));
    const std::string damaged = readTextFile(path);

    const std::string out = dir.file("recovered.sqlite");
    const RecoveryReport report = Store::recover(path, out);
    CHECK(readTextFile(path) == damaged);
    REQUIRE(report.lost.size() == 1);
    CHECK_THAT(report.lost.front(), Contains("profile_values: unreadable from row 1 on"));
    Store recovered = Store::open(out, OpenMode::Existing);
    CHECK(recovered.check().ok());
    REQUIRE(recovered.profile("CHE").has_value());
    CHECK(recovered.profile("CHE")->name == "Switzerland");
    CHECK(recovered.profile("CHE")->values.empty()); // the lost table
    CHECK(recovered.snapshots("CHE").size() == 1);
    // Never over an existing file.
    CHECK_THROWS_WITH(Store::recover(path, out), Contains("the file exists"));
}

TEST_CASE("db recover of a store of an older schema reports no table it never had as lost",
          "[store][recover][translations]")
{
    TempDir dir;
    const std::string path = dir.file("v2.sqlite");
    {
        RawDatabase raw(path);
        raw.exec("BEGIN");
        for (int step = 0; step < 2; ++step)
            raw.exec(std::string(storeMigrationSql(step)));
        raw.exec("PRAGMA user_version = 2");
        raw.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
        raw.exec(
            "INSERT INTO profiles (code, name, kind) VALUES ('CHE', 'Switzerland', 'country')");
        raw.exec("COMMIT");
    }
    const std::string out = dir.file("recovered.sqlite");
    const RecoveryReport report = Store::recover(path, out);
    CHECK(report.lost.empty());
    Store recovered = Store::open(out, OpenMode::Existing);
    CHECK(recovered.check().ok());
    // As a migration would have given it.
    CHECK(displayName(*recovered.profile("CHE"), Language::Korean) == "스위스");
}
