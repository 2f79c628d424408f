#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/BundledData.h"
#include "aisov/StoreSchema.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <thread>

#include <unistd.h>

namespace aisov {

using sqlite::Connection;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

namespace {

bool endsWithNoCase(const std::string& text, const std::string& suffix)
{
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<long>(suffix.size()),
                      [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                      });
}

struct SchemaState
{
    std::int64_t applicationId = 0;
    int version = 0;
    std::int64_t objectCount = 0; // tables, indexes, triggers, views
};

// Reading these touches the header and the schema page, so a file that is
// not SQLite or is damaged there fails here, before anything is written.
// The three in one read transaction: read apart, another process's
// creation could commit between them (version 0, yet tables), which looked
// like someone else's database.
SchemaState readSchemaState(Connection& connection)
{
    const sqlite::ReadTransaction reading(connection);
    SchemaState state;
    state.applicationId = singleInteger(connection, "PRAGMA application_id");
    state.version = static_cast<int>(singleInteger(connection, "PRAGMA user_version"));
    state.objectCount = singleInteger(connection, "SELECT count(*) FROM sqlite_schema");
    return state;
}

// A file this program must not touch: someone else's SQLite database, a
// damaged schema version, or a store written by a newer version.
void refuseUnusableStore(const SchemaState& state, const std::string& path)
{
    if (state.applicationId != 0 && state.applicationId != kStoreApplicationId) {
        char hex[32];
        std::snprintf(hex, sizeof hex, "0x%08llx",
                      static_cast<unsigned long long>(state.applicationId));
        throw InputError(path, "", {InputProblem::ForeignApplication, {hex}});
    }
    // No version of this program writes a negative user_version; such a
    // file was damaged or written by someone else, and has no migration.
    if (state.version < 0)
        throw InputError(path, "", {InputProblem::DamagedSchema, {std::to_string(state.version)}});
    if (state.version > kStoreSchemaVersion)
        throw InputError(path, "",
                         {InputProblem::NewerSchema,
                          {std::to_string(state.version), std::to_string(kStoreSchemaVersion)}});
    if (state.version == 0 && state.objectCount > 0)
        throw InputError(path, "", {InputProblem::ForeignTables});
}

// A -wal file beside the database is replayed into it by the first
// connection that writes, and checkpointed when the last one closes: one
// that belongs to another database (copied along with the file, say) would
// overwrite this store's pages before any check could refuse it. So when a
// log is there, the database as SQLite would read it (the file plus its
// log) is checked first through a read-only connection, which never writes
// the database nor the log; only a store that passes is opened for writing.
// A log this store's own writer left (a crash) passes and is replayed.
void checkWithWriteAheadLog(const std::string& path)
{
    const std::string log = path + "-wal";
    std::error_code error;
    if (std::filesystem::file_size(log, error) == 0 || error)
        return;
    const std::string index = path + "-shm";
    const bool indexExisted = std::filesystem::exists(index, error);
    try {
        Connection probe(path, SQLITE_OPEN_READONLY);
        refuseUnusableStore(readSchemaState(probe), path);
        Statement verdict(probe, "PRAGMA quick_check(1)");
        if (verdict.step() && verdict.text(0) != "ok")
            throw InputError(path, "", {InputProblem::DatabaseCorruptUnchanged, {verdict.text(0)}});
    } catch (const InputError& refused) {
        // The database and the log were only read: "left unchanged" holds
        // once the index (-shm) the probe made is gone too. It stays when
        // the store is accepted: another connection may have mapped it.
        if (!indexExisted)
            std::filesystem::remove(index, error);
        throw InputError(path, "", {InputProblem::WriteAheadLog, {log, refused.reason()}});
    }
}

bool inReadOnlyDirectory(const std::string& path)
{
    const std::filesystem::path directory = std::filesystem::absolute(path).parent_path();
    // access() sees what a write would meet: permission bits, an immutable
    // directory (chattr +i, even for root), a read-only mount.
    return ::access(directory.c_str(), W_OK) != 0;
}

// A database in WAL mode is read through an index (-shm) beside it, which
// SQLite must create when it is not there: in a read-only directory it
// cannot, and reading fails ("unable to open database file"). When no
// write-ahead log is there either, the file alone holds every committed
// transaction, and no SQLite writer can change it (a writer needs to create
// the log, or a rollback journal, in the same directory): it is then read
// as immutable, without the index. With a log but no index the log's
// transactions cannot be read, so the store is refused rather than shown
// without them. (A log with its index, left by a killed process, needs no
// fallback: SQLite reads both.)
std::unique_ptr<Connection> openInReadOnlyDirectory(const std::string& path)
{
    std::error_code error;
    const std::string log = path + "-wal";
    if (std::filesystem::file_size(log, error) > 0 && !error)
        throw FileError(path +
                        ": cannot open the database: its directory is read-only and its "
                        "write-ahead log " +
                        log + " cannot be read without the index " + path +
                        "-shm, which SQLite would have to create there; open it once "
                        "where the directory can be written, or copy the three files "
                        "to a writable directory");
    return std::make_unique<Connection>(path, SQLITE_OPEN_READONLY,
                                        sqlite::fileUri(path, "mode=ro&immutable=1"));
}

// SQLite answers SQLITE_BUSY at once, without waiting in its busy handler,
// when waiting could deadlock: a connection holding a read lock (the schema
// just read) that switches the journal mode while another does the same on
// a new file. Opening is then tried again, a few milliseconds later, until
// the busy timeout has passed.
template <typename Step>
void retryWhileBusy(const Step& step, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::minstd_rand jitter(std::random_device{}());
    for (;;) {
        try {
            step();
            return;
        } catch (const sqlite::BusyError&) {
            if (std::chrono::steady_clock::now() >= deadline)
                throw;
        }
        // Apart at random, so that the racing connections do not meet again.
        std::this_thread::sleep_for(std::chrono::milliseconds(2 + jitter() % 20));
    }
}

void migrate(Connection& connection, const StoreOptions& options, const std::string& now,
             bool& created)
{
    Transaction transaction(connection);
    // Read again under the write lock: another process may have migrated
    // (or created) the database since this connection first looked.
    const SchemaState state = readSchemaState(connection);
    refuseUnusableStore(state, connection.path());
    if (state.version == kStoreSchemaVersion)
        return;
    for (int version = state.version; version < kStoreSchemaVersion; ++version)
        connection.execute(storeMigrationSql(version),
                           "migrate the schema from version " + std::to_string(version));
    // PRAGMA takes no bound parameters; both values are this program's constants.
    connection.execute("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion),
                       "set the schema version");
    if (state.version > 0 && state.version < 3)
        adoptBundledProfileNames(connection);
    if (state.version == 0) {
        connection.execute("PRAGMA application_id = " + std::to_string(kStoreApplicationId),
                           "mark the file as a store");
        // Every bundled version (the previous ones stay available to
        // compare against), with the default active.
        for (const Methodology& methodology : bundledMethodologies())
            insertMethodology(connection, methodology, now);
        const Methodology& active = defaultMethodology();
        activateMethodology(connection, active.id, active.version);
        if (options.seedBundledProfiles)
            writeProfiles(connection, bundledProfiles(), ImportMode::ReplaceProfiles, now);
        created = true;
    }
    transaction.commit();
}

} // namespace

std::string formatTimestamp(std::chrono::system_clock::time_point time)
{
    using namespace std::chrono;
    const auto milliseconds = floor<std::chrono::milliseconds>(time.time_since_epoch()).count();
    const auto seconds =
        static_cast<std::time_t>((milliseconds - ((milliseconds % 1000) + 1000) % 1000) / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900,
                  parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec,
                  static_cast<int>(((milliseconds % 1000) + 1000) % 1000));
    return text;
}

std::optional<ProfilesFormat> profilesFormatFromPath(const std::string& path)
{
    if (endsWithNoCase(path, ".json"))
        return ProfilesFormat::Json;
    if (endsWithNoCase(path, ".csv"))
        return ProfilesFormat::Csv;
    return std::nullopt;
}

Store::Store(std::unique_ptr<Connection> connection, StoreOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
{}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& path, OpenMode mode, StoreOptions options)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const auto status = fs::status(path, error);
    if (fs::is_directory(status))
        throw FileError(path + ": cannot open the database: it is a directory");
    if (!fs::exists(status) && mode != OpenMode::Create)
        throw FileError(path + ": cannot open the database: no such file (create it with "
                               "'aisov-cli db --db FILE init')");

    const int flags =
        mode == OpenMode::ReadOnly
            ? SQLITE_OPEN_READONLY
            : SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
    std::unique_ptr<Connection> connection;
    SchemaState state;
    try {
        retryWhileBusy(
            [&] {
                checkWithWriteAheadLog(path);
                connection = std::make_unique<Connection>(path, flags);
                sqlite3_busy_timeout(connection->handle(),
                                     static_cast<int>(options.busyTimeout.count()));
                connection->execute("PRAGMA foreign_keys = ON", "turn on foreign keys");
                state = readSchemaState(*connection);
                refuseUnusableStore(state, path);
                // WAL: readers never block the writer and a writer never blocks
                // readers, so two processes can share the file.
                if (!connection->isReadOnly())
                    connection->execute("PRAGMA journal_mode = WAL", "switch to WAL journal mode");
            },
            options.busyTimeout);
    } catch (const FileError&) {
        if (mode == OpenMode::Create || !inReadOnlyDirectory(path))
            throw;
        connection = openInReadOnlyDirectory(path);
        state = readSchemaState(*connection);
        refuseUnusableStore(state, path);
    }
    Store store(std::move(connection), std::move(options));
    if (store.isReadOnly()) {
        if (state.version < kStoreSchemaVersion)
            throw StoreError(path + ": cannot open the database: it is read-only and " +
                             (state.version == 0
                                  ? std::string("empty")
                                  : "at schema version " + std::to_string(state.version)) +
                             "; it needs write access once to be " +
                             (state.version == 0
                                  ? "initialised"
                                  : "upgraded to version " + std::to_string(kStoreSchemaVersion)));
        return store;
    }
    if (state.version < kStoreSchemaVersion)
        migrate(*store.m_connection, store.m_options, store.now(), store.m_created);
    return store;
}

const std::string& Store::path() const
{
    return m_connection->path();
}

bool Store::isReadOnly() const
{
    return m_connection->isReadOnly();
}

int Store::schemaVersion() const
{
    return static_cast<int>(singleInteger(*m_connection, "PRAGMA user_version"));
}

void Store::requireWritable(const std::string& doing) const
{
    if (isReadOnly())
        throw StoreError(path() + ": cannot " + doing +
                         ": the database is open read-only (the file or its directory is "
                         "write-protected)");
}

std::string Store::now() const
{
    return formatTimestamp(m_options.clock());
}

// --- Maintenance ---------------------------------------------------------

CheckReport Store::check() const
{
    CheckReport report;
    report.schemaVersion = schemaVersion();
    {
        Statement rows(*m_connection, "PRAGMA integrity_check");
        while (rows.step())
            if (const std::string line = rows.text(0); line != "ok")
                report.problems.push_back("integrity: " + line);
    }
    {
        Statement rows(*m_connection, "PRAGMA foreign_key_check");
        while (rows.step())
            report.problems.push_back("foreign key: row " + std::to_string(rows.int64(1)) +
                                      " of table " + rows.text(0) +
                                      " refers to a missing row of table " + rows.text(2));
    }
    return report;
}

// --- Default location ----------------------------------------------------

std::filesystem::path defaultDatabasePath()
{
    std::filesystem::path dataHome;
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (xdg != nullptr && *xdg != '\0' && std::filesystem::path(xdg).is_absolute())
        dataHome = xdg;
    else if (home != nullptr && *home != '\0')
        dataHome = std::filesystem::path(home) / ".local" / "share";
    else
        throw StoreError("cannot find the user's data directory: neither XDG_DATA_HOME nor "
                         "HOME is set; give the database with --db FILE");
    return dataHome / "ai-sovereignty-spectrum" / "aisov.sqlite";
}

Store openDefaultStore(StoreOptions options)
{
    const std::filesystem::path path = defaultDatabasePath();
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        throw FileError(path.parent_path().string() +
                        ": cannot create the data directory: " + error.message());
    return Store::open(path.string(), OpenMode::Create, std::move(options));
}

} // namespace aisov
