#include "aisov/Store.h"

#include "Sqlite.h"
#include "aisov/Analysis.h"
#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/ResultIO.h"
#include "aisov/StoreSchema.h"
#include "aisov/TextFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

namespace aisov {

using sqlite::Connection;
using sqlite::Statement;
using sqlite::Transaction;

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

std::int64_t singleInteger(const Connection& connection, std::string_view sql)
{
    Statement statement(connection, sql);
    return statement.step() ? statement.int64(0) : 0;
}

// Reading these touches the header and the schema page, so a file that is
// not SQLite or is damaged there fails here, before anything is written.
SchemaState readSchemaState(const Connection& connection)
{
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
        throw InputError(path, "",
                         std::string("an SQLite database of another application (application_id ") +
                             hex +
                             "), not an AI Sovereignty Spectrum store; it was left unchanged");
    }
    // No version of this program writes a negative user_version; such a
    // file was damaged or written by someone else, and has no migration.
    if (state.version < 0)
        throw InputError(path, "",
                         "a damaged store: schema version " + std::to_string(state.version) +
                             " is not one this program ever writes; it was left unchanged");
    if (state.version > kStoreSchemaVersion)
        throw InputError(path, "",
                         "the store has schema version " + std::to_string(state.version) +
                             ", newer than version " + std::to_string(kStoreSchemaVersion) +
                             " that this program reads; use a newer version of the program "
                             "(the file was left unchanged)");
    if (state.version == 0 && state.objectCount > 0)
        throw InputError(path, "",
                         "an SQLite database that is not an AI Sovereignty Spectrum store (it "
                         "has tables of its own); it was left unchanged");
}

IndicatorValue readValueColumns(const Statement& row, int first)
{
    IndicatorValue value;
    value.indicator = row.text(first);
    value.value = row.real(first + 1);
    if (const auto year = row.optionalInt64(first + 2))
        value.year = static_cast<int>(*year);
    value.source = row.text(first + 3);
    value.url = row.text(first + 4);
    value.confidence = confidenceFromString(row.text(first + 5)).value_or(Confidence::Medium);
    value.note = row.text(first + 6);
    return value;
}

// Binds value, year, source, url, confidence, note from parameter `first`.
void bindValueColumns(Statement& statement, int first, const IndicatorValue& value)
{
    statement.bind(first, value.value)
        .bind(first + 1, value.year)
        .bind(first + 2, value.source)
        .bind(first + 3, value.url)
        .bind(first + 4, toString(value.confidence))
        .bind(first + 5, value.note);
}

// Where the profile `code` of a row of `table` is in the profiles read. A
// row whose profile is missing breaks a foreign key: only a damaged or
// hand-edited file has one (SQLite enforces the key on every write of ours).
std::size_t profileRow(const Connection& connection,
                       const std::map<std::string, std::size_t>& index, const std::string& code,
                       const char* table)
{
    const auto found = index.find(code);
    if (found == index.end())
        throw InputError(connection.path(), table,
                         "a row refers to profile \"" + code +
                             "\", which the profiles table lacks: the database is inconsistent "
                             "(\"aisov-cli db check\" lists such rows)");
    return found->second;
}

// How errors name a scenario: "scenario "plan" of CHE".
std::string scenarioSourceName(const std::string& baseCode, const std::string& name)
{
    return "scenario \"" + name + "\" of " + baseCode;
}

// Index in `all` of a scenario's base profile. Missing only in a damaged
// file: the scenarios table's foreign key keeps it on our writes.
std::size_t scenarioBaseIndex(const std::vector<Profile>& all, const std::string& baseCode,
                              const std::string& path)
{
    const auto index = profileIndex(all, baseCode);
    if (!index)
        throw InputError(path, baseCode,
                         "a scenario is based on profile \"" + baseCode +
                             "\", which the profiles table lacks: the database is inconsistent");
    return *index;
}

// Reads profiles, all of them or the one with `code`, with three queries
// (profiles, members, values) instead of one per profile.
std::vector<Profile> loadProfiles(const Connection& connection, const std::string* code)
{
    const std::string where = code != nullptr ? " WHERE code = ?1" : "";
    std::vector<Profile> profiles;
    std::map<std::string, std::size_t> index;
    {
        Statement rows(connection, "SELECT code, name, kind, population, gdp_usd FROM profiles" +
                                       where + " ORDER BY code");
        if (code != nullptr)
            rows.bind(1, *code);
        while (rows.step()) {
            Profile profile;
            profile.code = rows.text(0);
            profile.name = rows.text(1);
            profile.kind = profileKindFromString(rows.text(2)).value_or(ProfileKind::Country);
            profile.population = rows.optionalReal(3);
            profile.gdpUsd = rows.optionalReal(4);
            index[profile.code] = profiles.size();
            profiles.push_back(std::move(profile));
        }
    }
    if (profiles.empty())
        return profiles;
    {
        Statement rows(connection,
                       "SELECT bloc, member FROM bloc_members" +
                           (code != nullptr ? std::string(" WHERE bloc = ?1") : std::string()) +
                           " ORDER BY bloc, position");
        if (code != nullptr)
            rows.bind(1, *code);
        while (rows.step())
            profiles[profileRow(connection, index, rows.text(0), "bloc_members")].members.push_back(
                rows.text(1));
    }
    {
        Statement rows(connection,
                       "SELECT profile, indicator, value, year, source, url, confidence, note "
                       "FROM profile_values" +
                           (code != nullptr ? std::string(" WHERE profile = ?1") : std::string()) +
                           " ORDER BY profile, position");
        if (code != nullptr)
            rows.bind(1, *code);
        while (rows.step())
            profiles[profileRow(connection, index, rows.text(0), "profile_values")]
                .values.push_back(readValueColumns(rows, 1));
    }
    return profiles;
}

std::string methodologyJsonOf(const Connection& connection, const std::string& id,
                              const std::string& version)
{
    Statement row(connection, "SELECT json FROM methodologies WHERE id = ?1 AND version = ?2");
    row.bind(1, id).bind(2, version);
    if (!row.step())
        throw InputError(connection.path(), "methodology " + id + " " + version,
                         "no such methodology in the store");
    return row.text(0);
}

struct ActiveMethodology
{
    std::string id;
    std::string version;
    std::string json;
};

ActiveMethodology readActiveMethodology(const Connection& connection)
{
    Statement row(connection, "SELECT a.id, a.version, m.json FROM active_methodology a "
                              "JOIN methodologies m ON m.id = a.id AND m.version = a.version");
    if (!row.step())
        throw InputError(connection.path(), "active_methodology",
                         "the store has no active methodology");
    return {row.text(0), row.text(1), row.text(2)};
}

Methodology parseStoredMethodology(const Connection& connection, const std::string& id,
                                   const std::string& version, const std::string& json)
{
    return parseMethodology(json, connection.path() + " (methodology " + id + " " + version + ")");
}

void insertMethodology(Connection& connection, const Methodology& methodology,
                       const std::string& now)
{
    const std::string sourceName = "methodology " + methodology.id + " " + methodology.version;
    validateMethodology(methodology, sourceName);
    const std::string json = methodologyToJson(methodology);
    Statement existing(connection, "SELECT json FROM methodologies WHERE id = ?1 AND version = ?2");
    existing.bind(1, methodology.id).bind(2, methodology.version);
    if (existing.step()) {
        if (existing.text(0) == json)
            return;
        throw InputError(sourceName, "",
                         "a different methodology with this id and version is already stored; "
                         "give the changed methodology a new version (snapshots rely on a "
                         "stored version never changing)");
    }
    Statement insert(connection, "INSERT INTO methodologies (id, version, name, added_at, json) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, methodology.id)
        .bind(2, methodology.version)
        .bind(3, methodology.name)
        .bind(4, now)
        .bind(5, json)
        .run();
}

void activateMethodology(Connection& connection, const std::string& id, const std::string& version)
{
    methodologyJsonOf(connection, id, version); // must exist
    Statement upsert(connection,
                     "INSERT INTO active_methodology (singleton, id, version) VALUES (1, ?1, ?2) "
                     "ON CONFLICT (singleton) DO UPDATE SET id = excluded.id, "
                     "version = excluded.version");
    upsert.bind(1, id).bind(2, version).run();
}

bool profileExists(const Connection& connection, const std::string& code)
{
    Statement row(connection, "SELECT 1 FROM profiles WHERE code = ?1");
    row.bind(1, code);
    return row.step();
}

// Writes `profiles` inside the caller's transaction.
ImportSummary writeProfiles(Connection& connection, const std::vector<Profile>& profiles,
                            ImportMode mode, const std::string& now)
{
    ImportSummary summary;
    Statement upsertProfile(connection,
                            "INSERT INTO profiles (code, name, kind, population, gdp_usd) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (code) DO UPDATE SET "
                            "name = excluded.name, kind = excluded.kind, "
                            "population = excluded.population, gdp_usd = excluded.gdp_usd");
    Statement addMissingProfile(connection, "INSERT INTO profiles (code, name, kind) "
                                            "VALUES (?1, ?2, ?3) ON CONFLICT (code) DO NOTHING");
    Statement deleteMembers(connection, "DELETE FROM bloc_members WHERE bloc = ?1");
    Statement insertMember(connection,
                           "INSERT INTO bloc_members (bloc, position, member) VALUES (?1, ?2, ?3)");
    // Under replace, values the file no longer lists go.
    Statement deleteDroppedValues(connection,
                                  "DELETE FROM profile_values WHERE profile = ?1 AND indicator "
                                  "NOT IN (SELECT value FROM json_each(?2))");
    // A value that did not change keeps its changed_at (and its position).
    Statement upsertValue(
        connection,
        "INSERT INTO profile_values (profile, indicator, position, value, year, source, url, "
        "confidence, note, changed_at) VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 "
        "FROM profile_values WHERE profile = ?1), ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (profile, indicator) DO UPDATE SET value = excluded.value, "
        "year = excluded.year, source = excluded.source, url = excluded.url, "
        "confidence = excluded.confidence, note = excluded.note, changed_at = excluded.changed_at "
        "WHERE (value, year, source, url, confidence, note) IS NOT (excluded.value, "
        "excluded.year, excluded.source, excluded.url, excluded.confidence, excluded.note)");

    for (const auto& profile : profiles) {
        const bool existed = profileExists(connection, profile.code);
        (existed ? summary.profilesUpdated : summary.profilesAdded) += 1;
        if (mode == ImportMode::ReplaceProfiles) {
            upsertProfile.bind(1, profile.code)
                .bind(2, profile.name)
                .bind(3, toString(profile.kind))
                .bind(4, profile.population)
                .bind(5, profile.gdpUsd)
                .run();
            upsertProfile.reset();
            deleteMembers.bind(1, profile.code).run();
            deleteMembers.reset();
            for (std::size_t i = 0; i < profile.members.size(); ++i) {
                insertMember.bind(1, profile.code)
                    .bind(2, static_cast<std::int64_t>(i))
                    .bind(3, profile.members[i])
                    .run();
                insertMember.reset();
            }
            nlohmann::json kept = nlohmann::json::array();
            for (const auto& value : profile.values)
                kept.push_back(value.indicator);
            deleteDroppedValues.bind(1, profile.code).bind(2, kept.dump()).run();
            deleteDroppedValues.reset();
        } else if (!existed) {
            addMissingProfile.bind(1, profile.code)
                .bind(2, profile.name.empty() ? profile.code : profile.name)
                .bind(3, toString(profile.kind))
                .run();
            addMissingProfile.reset();
        }
        for (const auto& value : profile.values) {
            upsertValue.bind(1, profile.code).bind(2, value.indicator);
            bindValueColumns(upsertValue, 3, value);
            upsertValue.bind(9, now).run();
            upsertValue.reset();
            summary.valuesWritten += static_cast<std::size_t>(connection.changes());
        }
    }
    return summary;
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
    auto connection = std::make_unique<Connection>(path, flags);
    sqlite3_busy_timeout(connection->handle(), static_cast<int>(options.busyTimeout.count()));
    connection->execute("PRAGMA foreign_keys = ON", "turn on foreign keys");

    const SchemaState state = readSchemaState(*connection);
    refuseUnusableStore(state, path);
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
    // WAL: readers never block the writer and a writer never blocks
    // readers, so two processes can share the file.
    store.m_connection->execute("PRAGMA journal_mode = WAL", "switch to WAL journal mode");
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
                         ": the database is open read-only (the file is write-protected)");
}

std::string Store::now() const
{
    return formatTimestamp(m_options.clock());
}

// --- Methodologies -------------------------------------------------------

void Store::addMethodology(const Methodology& methodology)
{
    requireWritable("add a methodology");
    Transaction transaction(*m_connection);
    insertMethodology(*m_connection, methodology, now());
    transaction.commit();
}

void Store::setActiveMethodology(const std::string& id, const std::string& version)
{
    requireWritable("change the active methodology");
    Transaction transaction(*m_connection);
    activateMethodology(*m_connection, id, version);
    transaction.commit();
}

Methodology Store::activeMethodology() const
{
    const ActiveMethodology active = readActiveMethodology(*m_connection);
    return parseStoredMethodology(*m_connection, active.id, active.version, active.json);
}

Methodology Store::methodology(const std::string& id, const std::string& version) const
{
    return parseStoredMethodology(*m_connection, id, version,
                                  methodologyJsonOf(*m_connection, id, version));
}

std::vector<MethodologyRecord> Store::methodologies() const
{
    Statement rows(*m_connection,
                   "SELECT m.id, m.version, m.name, m.added_at, a.singleton IS NOT NULL "
                   "FROM methodologies m LEFT JOIN active_methodology a "
                   "ON a.id = m.id AND a.version = m.version ORDER BY m.id, m.added_at, m.version");
    std::vector<MethodologyRecord> records;
    while (rows.step())
        records.push_back(
            {rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.int64(4) != 0});
    return records;
}

// --- Profiles ------------------------------------------------------------

std::vector<Profile> Store::profiles() const
{
    return loadProfiles(*m_connection, nullptr);
}

std::optional<Profile> Store::profile(const std::string& code) const
{
    auto found = loadProfiles(*m_connection, &code);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<ProfileSummary> Store::profileSummaries() const
{
    Statement rows(*m_connection,
                   "SELECT p.code, p.name, p.kind, count(v.indicator), max(v.changed_at) "
                   "FROM profiles p LEFT JOIN profile_values v ON v.profile = p.code "
                   "GROUP BY p.code ORDER BY p.code");
    std::vector<ProfileSummary> summaries;
    while (rows.step()) {
        ProfileSummary summary;
        summary.code = rows.text(0);
        summary.name = rows.text(1);
        summary.kind = profileKindFromString(rows.text(2)).value_or(ProfileKind::Country);
        summary.valueCount = static_cast<std::size_t>(rows.int64(3));
        summary.lastChangedAt = rows.optionalText(4);
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

std::vector<ValueRecord> Store::valueRecords(const std::string& code) const
{
    Statement rows(*m_connection,
                   "SELECT indicator, value, year, source, url, confidence, note, changed_at "
                   "FROM profile_values WHERE profile = ?1 ORDER BY position");
    rows.bind(1, code);
    std::vector<ValueRecord> records;
    while (rows.step())
        records.push_back({readValueColumns(rows, 0), rows.optionalText(7)});
    return records;
}

ImportSummary Store::importProfiles(const std::vector<Profile>& profiles, ImportMode mode,
                                    const std::string& sourceName)
{
    requireWritable("import profiles");
    // Validation runs under the write lock, against the methodology that is
    // active when the rows are written.
    Transaction transaction(*m_connection);
    validateProfiles(profiles, activeMethodology(), sourceName);
    const ImportSummary summary = writeProfiles(*m_connection, profiles, mode, now());
    transaction.commit();
    return summary;
}

ImportSummary Store::importFile(const std::string& path)
{
    requireWritable("import " + path);
    const std::vector<Profile> loaded = loadProfilesFile(path);
    const ImportMode mode = profilesFormatFromPath(path) == ProfilesFormat::Csv
                                ? ImportMode::MergeValues
                                : ImportMode::ReplaceProfiles;
    return importProfiles(loaded, mode, path);
}

void Store::exportFile(const std::string& path) const
{
    const auto format = profilesFormatFromPath(path);
    if (!format)
        throw InputError(path, "",
                         "unknown export format: the file name must end in .json or .csv");
    const std::vector<Profile> all = profiles();
    writeFileAtomically(path,
                        *format == ProfilesFormat::Csv ? profilesToCsv(all) : profilesToJson(all));
}

void Store::saveProfile(const Profile& profile)
{
    importProfiles({profile}, ImportMode::ReplaceProfiles, "profile " + profile.code);
}

void Store::setValue(const std::string& code, const IndicatorValue& value)
{
    requireWritable("change a value");
    Transaction transaction(*m_connection);
    if (!profileExists(*m_connection, code))
        throw InputError(path(), code, "no profile with code \"" + code + "\"");
    Profile change;
    change.code = code;
    change.values = {value};
    validateProfiles({change}, activeMethodology(), "profile " + code);
    writeProfiles(*m_connection, {change}, ImportMode::MergeValues, now());
    transaction.commit();
}

void Store::deleteProfile(const std::string& code)
{
    requireWritable("delete a profile");
    Transaction transaction(*m_connection);
    Statement remove(*m_connection, "DELETE FROM profiles WHERE code = ?1");
    remove.bind(1, code).run();
    if (m_connection->changes() == 0)
        throw InputError(path(), code, "no profile with code \"" + code + "\"");
    transaction.commit();
}

// --- Scenarios -----------------------------------------------------------

void Store::saveScenario(const Scenario& scenario)
{
    requireWritable("save a scenario");
    const std::string sourceName = scenarioSourceName(scenario.baseCode, scenario.name);
    if (scenario.name.empty())
        throw InputError(sourceName, "name", "a scenario needs a name");
    Transaction transaction(*m_connection);
    const auto base = profile(scenario.baseCode);
    if (!base)
        throw InputError(path(), scenario.baseCode,
                         "no profile with code \"" + scenario.baseCode +
                             "\" to base a scenario on");
    validateScenarioOverrides(scenario.baseCode, scenario.overrides, activeMethodology(),
                              sourceName);

    Statement upsert(*m_connection,
                     "INSERT INTO scenarios (base, name, description, created_at) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (base, name) DO UPDATE SET "
                     "description = excluded.description RETURNING id");
    upsert.bind(1, scenario.baseCode).bind(2, scenario.name).bind(3, scenario.description);
    upsert.bind(4, now());
    upsert.step();
    const std::int64_t id = upsert.int64(0);
    upsert.run();
    Statement clear(*m_connection, "DELETE FROM scenario_overrides WHERE scenario = ?1");
    clear.bind(1, id).run();
    Statement insert(*m_connection,
                     "INSERT INTO scenario_overrides (scenario, indicator, position, value, year, "
                     "source, url, confidence, note, changed_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    const std::string changedAt = now();
    for (std::size_t i = 0; i < scenario.overrides.size(); ++i) {
        insert.bind(1, id).bind(2, scenario.overrides[i].indicator);
        insert.bind(3, static_cast<std::int64_t>(i));
        bindValueColumns(insert, 4, scenario.overrides[i]);
        insert.bind(10, changedAt).run();
        insert.reset();
    }
    transaction.commit();
}

std::vector<Scenario> Store::scenarios(const std::string& baseCode) const
{
    Statement rows(*m_connection, "SELECT id, name, description, created_at FROM scenarios "
                                  "WHERE base = ?1 ORDER BY name");
    rows.bind(1, baseCode);
    Statement overrides(*m_connection,
                        "SELECT indicator, value, year, source, url, confidence, note "
                        "FROM scenario_overrides WHERE scenario = ?1 ORDER BY position");
    std::vector<Scenario> result;
    while (rows.step()) {
        Scenario scenario;
        scenario.baseCode = baseCode;
        scenario.name = rows.text(1);
        scenario.description = rows.text(2);
        scenario.createdAt = rows.text(3);
        overrides.bind(1, rows.int64(0));
        while (overrides.step())
            scenario.overrides.push_back(readValueColumns(overrides, 0));
        overrides.reset();
        result.push_back(std::move(scenario));
    }
    return result;
}

std::optional<Scenario> Store::scenario(const std::string& baseCode, const std::string& name) const
{
    for (auto& candidate : scenarios(baseCode))
        if (candidate.name == name)
            return std::move(candidate);
    return std::nullopt;
}

void Store::deleteScenario(const std::string& baseCode, const std::string& name)
{
    requireWritable("delete a scenario");
    Transaction transaction(*m_connection);
    Statement remove(*m_connection, "DELETE FROM scenarios WHERE base = ?1 AND name = ?2");
    remove.bind(1, baseCode).bind(2, name).run();
    if (m_connection->changes() == 0)
        throw InputError(path(), baseCode, "no scenario \"" + name + "\" on " + baseCode);
    transaction.commit();
}

ScenarioScore Store::scoreScenario(const std::string& baseCode, const std::string& name) const
{
    const auto found = scenario(baseCode, name);
    if (!found)
        throw InputError(path(), baseCode, "no scenario \"" + name + "\" on " + baseCode);
    const Analysis analysis(profiles(), activeMethodology(), path());
    const std::size_t index = scenarioBaseIndex(analysis.profiles(), baseCode, path());
    return {analysis.results()[index],
            analysis.scoreScenario(baseCode, found->overrides, scenarioSourceName(baseCode, name))};
}

// --- Snapshots -----------------------------------------------------------

// What has to be frozen for the result to be re-computable: under goalposts
// a profile's score depends only on itself (and a pooled bloc's members);
// under minmax and percentile it depends on every profile scored with it.
std::vector<Profile> Store::scoringSet(const Profile& subject, const Methodology& methodology) const
{
    std::vector<Profile> set{subject};
    if (methodology.normalization != Normalization::Goalposts) {
        for (auto& other : profiles())
            if (other.code != subject.code)
                set.push_back(std::move(other));
        return set;
    }
    if (subject.isPooledBloc())
        for (const auto& member : subject.members)
            if (auto memberProfile = profile(member))
                set.push_back(std::move(*memberProfile));
    return set;
}

std::int64_t Store::insertSnapshot(const Profile& subject, const std::string& scenarioName,
                                   const std::string& label)
{
    const ActiveMethodology active = readActiveMethodology(*m_connection);
    const Methodology methodology =
        parseStoredMethodology(*m_connection, active.id, active.version, active.json);
    const std::vector<Profile> set = scoringSet(subject, methodology);
    const ScoreResult result = Analysis(set, methodology, path()).results().front();
    Statement insert(*m_connection,
                     "INSERT INTO snapshots (profile, scenario, label, taken_at, methodology_id, "
                     "methodology_version, score, profiles_json, result_json) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, subject.code);
    if (scenarioName.empty())
        insert.bindNull(2);
    else
        insert.bind(2, scenarioName);
    insert.bind(3, label).bind(4, now()).bind(5, active.id).bind(6, active.version);
    insert.bind(7, result.score).bind(8, profilesToJson(set));
    insert.bind(9, resultsToJson(methodology, {result})).run();
    return m_connection->lastInsertId();
}

std::int64_t Store::snapshotProfile(const std::string& code, const std::string& label)
{
    requireWritable("take a snapshot");
    Transaction transaction(*m_connection);
    const auto subject = profile(code);
    if (!subject)
        throw InputError(path(), code, "no profile with code \"" + code + "\"");
    const std::int64_t id = insertSnapshot(*subject, "", label);
    transaction.commit();
    return id;
}

std::int64_t Store::snapshotScenario(const std::string& baseCode, const std::string& scenarioName,
                                     const std::string& label)
{
    requireWritable("take a snapshot");
    Transaction transaction(*m_connection);
    const auto found = scenario(baseCode, scenarioName);
    if (!found)
        throw InputError(path(), baseCode, "no scenario \"" + scenarioName + "\" on " + baseCode);
    const Analysis analysis(profiles(), activeMethodology(), path());
    scenarioBaseIndex(analysis.profiles(), baseCode, path());
    const Profile subject = analysis.applyScenario(baseCode, found->overrides,
                                                   scenarioSourceName(baseCode, scenarioName));
    const std::int64_t id = insertSnapshot(subject, scenarioName, label);
    transaction.commit();
    return id;
}

std::vector<SnapshotSummary> Store::snapshots(const std::string& code) const
{
    Statement rows(*m_connection, "SELECT id, profile, scenario, label, taken_at, methodology_id, "
                                  "methodology_version, score FROM snapshots WHERE profile = ?1 "
                                  "ORDER BY taken_at, id");
    rows.bind(1, code);
    std::vector<SnapshotSummary> summaries;
    while (rows.step())
        summaries.push_back({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                             rows.text(5), rows.text(6), rows.optionalReal(7)});
    return summaries;
}

Snapshot Store::snapshot(std::int64_t id) const
{
    Statement row(*m_connection,
                  "SELECT s.id, s.profile, s.scenario, s.label, s.taken_at, s.methodology_id, "
                  "s.methodology_version, s.score, s.profiles_json, s.result_json, m.json "
                  "FROM snapshots s JOIN methodologies m "
                  "ON m.id = s.methodology_id AND m.version = s.methodology_version "
                  "WHERE s.id = ?1");
    row.bind(1, id);
    const std::string where = "snapshot " + std::to_string(id);
    if (!row.step())
        throw InputError(path(), where, "no such snapshot");
    Snapshot snapshot;
    snapshot.summary = {row.int64(0), row.text(1), row.text(2), row.text(3),
                        row.text(4),  row.text(5), row.text(6), row.optionalReal(7)};
    snapshot.profilesJson = row.text(8);
    snapshot.resultJson = row.text(9);
    snapshot.methodologyJson = row.text(10);
    snapshot.profiles = parseProfilesJson(snapshot.profilesJson, path() + " (" + where + ")");
    snapshot.methodology = parseMethodology(snapshot.methodologyJson, path() + " (" + where + ")");
    return snapshot;
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
