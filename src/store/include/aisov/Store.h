#pragma once

// aisov_store: the SQLite home of everything an analyst enters: versioned
// methodologies, profiles with sourced values, scenarios (what-if
// overrides on a base profile) and immutable snapshots.
// Schema and migrations: StoreSchema.h; behaviour: docs/store.md.
//
// Errors: a file that is corrupt, not SQLite, not a store, or of a newer
// schema version is InputError (the CLI's exit code 3); a locked or
// read-only database, a full disk and the like are StoreError (exit 1).
// A file that fails to open is never changed or recreated.
//
// Every write is one transaction; every read that spans several
// statements runs inside one read transaction, so it never sees half of
// another process's write.

#include "aisov/ImportPlan.h"
#include "aisov/InputError.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aisov {

namespace sqlite {
class Connection;
}

// A database that cannot be used right now (locked, read-only, disk full).
// A FileError, so every caller that reports I/O failures reports it too.
class StoreError : public FileError
{
public:
    using FileError::FileError;
};

// Source of timestamps, injectable so that tests are deterministic.
using Clock = std::function<std::chrono::system_clock::time_point()>;

// "2026-11-25T05:51:04.123Z": the form timestamps are stored in (sorts as text).
std::string formatTimestamp(std::chrono::system_clock::time_point time);

enum class OpenMode
{
    Create,   // create and seed the file when it does not exist
    Existing, // the file must exist (FileError otherwise)
    ReadOnly, // must exist; never written, not even migrated
};

struct StoreOptions
{
    Clock clock = [] { return std::chrono::system_clock::now(); };
    // How long a write waits for another connection's write to finish.
    std::chrono::milliseconds busyTimeout{5000};
    // A newly created database gets the bundled profiles (first start).
    bool seedBundledProfiles = true;
};

enum class ProfilesFormat
{
    Json,
    Csv
};
// From the extension (.json or .csv, any case); empty for anything else.
std::optional<ProfilesFormat> profilesFormatFromPath(const std::string& path);

// What an import took away from one stored profile: a JSON import replaces
// whole profiles, so a value or attribute the file lacks is removed.
struct ImportRemoval
{
    std::string code;
    std::vector<std::string> indicators; // values removed, in stored order
    // cleared: population, GDP, members or translated names
    std::vector<ProfileAttribute> attributes;
};

struct ImportSummary
{
    std::size_t profilesAdded = 0;
    std::size_t profilesUpdated = 0;
    std::size_t valuesWritten = 0;      // values that were new or changed
    std::vector<ImportRemoval> removed; // only profiles that lost something
};

struct MethodologyRecord
{
    std::string id;
    std::string version;
    std::string name;
    std::string addedAt;
    bool active = false;
};

struct ProfileSummary
{
    std::string code;
    std::string name;
    Translations translations; // the name in other languages
    ProfileKind kind = ProfileKind::Country;
    std::size_t valueCount = 0;
    std::optional<std::string> lastChangedAt; // newest value change, when known
};

// A stored value with the time it last changed (empty for values stored by
// schema version 1, which did not record it) and its place among the
// profile's values (the order they are listed in), so that a restore puts
// it back exactly.
struct ValueRecord
{
    IndicatorValue value;
    std::optional<std::string> changedAt;
    std::int64_t position = 0;
};

// One row of a bloc's member list.
struct BlocMemberRecord
{
    std::string code;
    std::int64_t position = 0;
};

// A scenario as stored, with its row id and its overrides' times.
struct ScenarioRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string description;
    std::string createdAt;
    std::vector<ValueRecord> overrides;
};

// Everything stored about one profile, row for row: what deleteProfile
// removes and restoreProfile puts back. Its snapshots are not part of it:
// they are history, which outlives the profile (deleting keeps them).
struct ProfileRecord
{
    std::string code;
    std::string name;
    Translations translations; // the name in other languages
    ProfileKind kind = ProfileKind::Country;
    std::optional<double> population;
    std::optional<double> gdpUsd;
    std::vector<BlocMemberRecord> members; // in stored order
    std::vector<ValueRecord> values;       // in stored order
    std::vector<ScenarioRecord> scenarios; // by name
};

// One profile of Store::restoreProfiles: the record to put back under
// `code`, or none to delete the profile (when present).
struct ProfileRestore
{
    std::string code;
    std::optional<ProfileRecord> record;
};

struct Scenario
{
    std::string baseCode;
    std::string name;
    std::string description;
    std::vector<IndicatorValue> overrides;
    std::string createdAt; // set by the store
};

struct ScenarioScore
{
    ScoreResult base;
    ScoreResult scenario; // base with the overrides applied
};

struct SnapshotSummary
{
    std::int64_t id = 0;
    std::string profileCode;
    std::string scenarioName; // empty for a snapshot of the profile itself
    std::string label;
    std::string takenAt;
    std::string methodologyId;
    std::string methodologyVersion;
    std::optional<double> score;
};

// Everything frozen when the snapshot was taken: enough to show and to
// re-render it whatever happened to the profile or methodology since.
struct Snapshot
{
    SnapshotSummary summary;
    // The profiles scored (the profile, or scenario, first; then the bloc
    // members or, under minmax/percentile, every profile scored with it),
    // as an "aisov.profiles/1" document.
    std::string profilesJson;
    std::string methodologyJson; // "aisov.methodology/1"
    std::string resultJson;      // the `score --format json` object
    std::vector<Profile> profiles;
    Methodology methodology;
};

// What `Store::recover` salvaged: rows copied per table, and what it lost.
struct RecoveryReport
{
    std::vector<std::pair<std::string, std::size_t>> copiedRows; // table, rows
    std::vector<std::string> lost; // "profile_values: unreadable from row 12 on (...)"
    bool complete() const { return lost.empty(); }
};

struct CheckReport
{
    int schemaVersion = 0;
    std::vector<std::string> problems; // empty when the database is sound
    bool ok() const { return problems.empty(); }
};

class Store
{
public:
    // Opens (and with OpenMode::Create creates) the store at `path`,
    // migrating an older schema forward in one transaction. A write-protected
    // file opens read-only: reading works, writes throw StoreError.
    static Store open(const std::string& path, OpenMode mode = OpenMode::Create,
                      StoreOptions options = {});

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::string& path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    // True when this open created the database (and seeded it).
    bool wasCreated() const { return m_created; }

    // --- Methodologies ---------------------------------------------------
    // Adds a methodology (validated). Storing the same id and version again
    // is a no-op when the content is the same and an InputError when not:
    // snapshots rely on a stored version never changing.
    void addMethodology(const Methodology& methodology);
    void setActiveMethodology(const std::string& id, const std::string& version);
    Methodology activeMethodology() const;
    Methodology methodology(const std::string& id, const std::string& version) const;
    std::vector<MethodologyRecord> methodologies() const;

    // --- Profiles --------------------------------------------------------
    std::vector<Profile> profiles() const; // ordered by code
    std::optional<Profile> profile(const std::string& code) const;
    std::vector<ProfileSummary> profileSummaries() const;
    std::vector<ValueRecord> valueRecords(const std::string& code) const;

    // Validates `profiles` against the active methodology, then writes them
    // in one transaction: all or nothing. `sourceName` names them in errors.
    ImportSummary importProfiles(const std::vector<Profile>& profiles, ImportMode mode,
                                 const std::string& sourceName);
    // JSON replaces whole profiles, CSV merges values (see ImportMode).
    ImportSummary importFile(const std::string& path);
    // Writes every profile to `path` (.json or .csv), atomically.
    void exportFile(const std::string& path) const;

    void saveProfile(const Profile& profile); // replaces it (ImportMode::ReplaceProfiles)

    // --- Editing one profile ---------------------------------------------
    // Each write below is one transaction, all or nothing. An unknown code
    // or a bad value or attribute is an InputError (validated against the
    // active methodology where values are involved: validateProfiles;
    // attributes as a file's reader checks them: validateProfileAttributes)
    // and leaves the file unchanged; a read-only store throws StoreError.
    // A value whose content does not change keeps its changed_at.

    // Adds a profile; InputError when the code exists already.
    void createProfile(const Profile& profile);
    // Sets (adds or replaces) values with their provenance; other values stay.
    void setValue(const std::string& code, const IndicatorValue& value);
    void setValues(const std::string& code, const std::vector<IndicatorValue>& values);
    // InputError when the profile has no value for `indicator`.
    void removeValue(const std::string& code, const std::string& indicator);
    // The code is the identity: renaming changes the name only.
    void renameProfile(const std::string& code, const std::string& newName);
    // The profile's name in `language` (not English); an empty name removes
    // it, so that the English name is shown in that language again.
    void setTranslatedName(const std::string& code, Language language, const std::string& name);
    void setPopulation(const std::string& code, std::optional<double> population);
    void setGdp(const std::string& code, std::optional<double> gdpUsd);
    // A bloc with members cannot become a country (remove its members first).
    void setKind(const std::string& code, ProfileKind kind);
    void setMembers(const std::string& code, const std::vector<std::string>& members);

    // --- Undoing ---------------------------------------------------------
    // An editor keeps the record read before a write and restores it to
    // undo the write: do then undo leaves every table as it was, row for
    // row (positions and times included). Restores check the profile and
    // the record's shape, not the active methodology: putting back what was
    // stored must work even after the methodology changed.
    std::optional<ProfileRecord> profileRecord(const std::string& code) const;
    // Deletes the profile, its values, members and scenarios and returns
    // them; its snapshots remain (history outlives the profile). InputError
    // (ProfileIsBlocMember, naming the blocs) when a bloc lists it as a
    // member: remove it from their members first.
    ProfileRecord deleteProfile(const std::string& code);
    // Puts the profile back as recorded, replacing it when present. A
    // scenario gets its recorded id back unless another scenario has taken
    // it since (then a new id: nothing refers to scenario ids but their
    // overrides, which the record carries).
    void restoreProfile(const ProfileRecord& record);
    // Several profiles put back (or deleted) in one transaction, all or
    // nothing: the undo and redo of an edit of several profiles. A deletion
    // a bloc still lists once all are written is refused as deleteProfile
    // refuses it, and nothing is changed.
    void restoreProfiles(const std::vector<ProfileRestore>& profiles);
    std::optional<ValueRecord> valueRecord(const std::string& code,
                                           const std::string& indicator) const;
    // Puts the value of `indicator` back as recorded (content, changed_at,
    // position), or removes it when `record` is empty: the undo of
    // setValue and removeValue.
    void restoreValueRecord(const std::string& code, const std::string& indicator,
                            const std::optional<ValueRecord>& record);

    // --- Scenarios -------------------------------------------------------
    // Saves (or replaces) the scenario named `scenario.name` on its base.
    void saveScenario(const Scenario& scenario);
    std::vector<Scenario> scenarios(const std::string& baseCode) const;
    std::optional<Scenario> scenario(const std::string& baseCode, const std::string& name) const;
    void deleteScenario(const std::string& baseCode, const std::string& name);
    // Renames a scenario; its overrides, their times and its created_at stay.
    // InputError when there is no such scenario, the new name is empty or
    // another scenario of the base has it. Snapshots keep the old name
    // (history records what was frozen).
    void renameScenario(const std::string& baseCode, const std::string& name,
                        const std::string& newName);
    // The base profile and the base with the overrides applied, scored with
    // the active methodology (aisov::scoreProfiles, blocs pooled).
    ScenarioScore scoreScenario(const std::string& baseCode, const std::string& name) const;

    // --- Snapshots -------------------------------------------------------
    // Scores the profile (or scenario) with the active methodology and
    // freezes it; returns the snapshot id.
    std::int64_t snapshotProfile(const std::string& code, const std::string& label);
    std::int64_t snapshotScenario(const std::string& baseCode, const std::string& scenarioName,
                                  const std::string& label);
    // History of a profile (including its scenario snapshots), oldest first.
    std::vector<SnapshotSummary> snapshots(const std::string& code) const;
    Snapshot snapshot(std::int64_t id) const;

    // --- Maintenance -----------------------------------------------------
    // PRAGMA integrity_check and foreign_key_check.
    CheckReport check() const;
    // Salvages what can still be read of the (damaged) store at `damaged`
    // into a new store at `out`, table by table and row by row, and says
    // what it lost. `damaged` is only read; `out` must not exist. Rows that
    // refer to lost ones (a value whose profile is gone) are dropped and
    // counted as lost, so the new store passes check().
    static RecoveryReport recover(const std::string& damaged, const std::string& out);

private:
    Store(std::unique_ptr<sqlite::Connection> connection, StoreOptions options);
    void requireWritable(const std::string& doing) const;
    std::string now() const;
    // Reads the profile inside a write transaction; InputError when absent.
    Profile storedProfile(const std::string& code) const;
    // Applies `change` to the stored profile, checks the result and writes
    // its attributes and members.
    void editProfile(const std::string& code, const std::string& doing,
                     const std::function<void(Profile&)>& change);
    std::vector<Profile> scoringSet(const Profile& subject, const Methodology& methodology) const;
    std::int64_t insertSnapshot(const Profile& subject, const std::string& scenarioName,
                                const std::string& label);

    std::unique_ptr<sqlite::Connection> m_connection;
    StoreOptions m_options;
    bool m_created = false;
};

// Where the application keeps its database: $XDG_DATA_HOME (when set and
// absolute) or ~/.local/share, then "ai-sovereignty-spectrum/aisov.sqlite".
// Throws StoreError when neither XDG_DATA_HOME nor HOME is usable.
std::filesystem::path defaultDatabasePath();

// Opens the default database, creating its directory and seeding it with
// the bundled profiles on first start.
Store openDefaultStore(StoreOptions options = {});

} // namespace aisov
