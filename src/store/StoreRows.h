#pragma once

// The rows behind class Store, internal to aisov_store: reading and writing
// values, profiles and methodologies inside the caller's transaction. The
// Store*.cpp files share them so that each table is read and written in one
// place.

#include "Sqlite.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/Store.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace aisov::storage {

// First column of the first row (0 when there is none).
std::int64_t singleInteger(const sqlite::Connection& connection, std::string_view sql);

// The columns of a profile row, in the order readProfileColumns and
// bindProfileColumns use.
inline constexpr const char* kProfileColumns = "code, name, kind, population, gdp_usd";
// Reads kProfileColumns (from column 0) into a Profile or a ProfileRecord.
template <typename ProfileRow>
void readProfileColumns(const sqlite::Statement& row, ProfileRow& target)
{
    target.code = row.text(0);
    target.name = row.text(1);
    target.kind = profileKindFromString(row.text(2)).value_or(ProfileKind::Country);
    target.population = row.optionalReal(3);
    target.gdpUsd = row.optionalReal(4);
}
// Binds kProfileColumns to parameters 1 to 5.
template <typename ProfileRow>
void bindProfileColumns(sqlite::Statement& statement, const ProfileRow& source)
{
    statement.bind(1, source.code)
        .bind(2, source.name)
        .bind(3, toString(source.kind))
        .bind(4, source.population)
        .bind(5, source.gdpUsd);
}

// Columns indicator, value, year, source, url, confidence, note from `first`.
IndicatorValue readValueColumns(const sqlite::Statement& row, int first);
// Binds value, year, source, url, confidence, note from parameter `first`.
void bindValueColumns(sqlite::Statement& statement, int first, const IndicatorValue& value);

// The columns of a value row (profile_values and scenario_overrides alike)
// after its owner, in the order readValueRecord and bindValueRecord use.
inline constexpr const char* kValueRecordColumns =
    "indicator, value, year, source, url, confidence, note, changed_at, position";
// Reads kValueRecordColumns from column `first`.
ValueRecord readValueRecord(const sqlite::Statement& row, int first);
// Binds kValueRecordColumns from parameter 2 (parameter 1 is the owner).
void bindValueRecord(sqlite::Statement& statement, const ValueRecord& record);
// "INSERT OR REPLACE INTO table (owner, kValueRecordColumns) VALUES (?1, ...)".
std::string insertValueRowSql(const std::string& table, const std::string& owner);
// The value rows of one owner (?1), in stored order.
std::string selectValueRowsSql(const std::string& table, const std::string& owner);
// Every row of a statement made from selectValueRowsSql, its owner bound.
std::vector<ValueRecord> readValueRecords(sqlite::Statement& rows);
std::vector<ValueRecord> profileValueRecords(const sqlite::Connection& connection,
                                             const std::string& code);
// The scenarios on `base` by name, with their overrides.
std::vector<ScenarioRecord> readScenarioRecords(const sqlite::Connection& connection,
                                                const std::string& base);

// Index in `all` of a scenario's base profile. Missing only in a damaged
// file: the scenarios table's foreign key keeps it on our writes.
std::size_t scenarioBaseIndex(const std::vector<Profile>& all, const std::string& baseCode,
                              const std::string& path);

// Reads profiles, all of them or the one with `code`, with four queries
// (profiles, names, members, values) instead of one per profile.
std::vector<Profile> loadProfiles(const sqlite::Connection& connection, const std::string* code);
bool profileExists(const sqlite::Connection& connection, const std::string& code);
// Throws InputError (the text of missingBlocMemberProblem) when one of the
// stored profiles `written` is a bloc listing a member that has no profile:
// run inside the transaction of an import or edit, after its writes, so that
// a refused change is rolled back.
void requireStoredBlocMembers(const sqlite::Connection& connection,
                              const std::vector<Profile>& written, const std::string& sourceName);
// Replaces a bloc's member list (positions 0, 1, ...).
void replaceMembers(sqlite::Connection& connection, const std::string& bloc,
                    const std::vector<std::string>& members);
// The names in other languages of one profile (`code`) or, with nullptr, of
// every profile, by code. A language this program does not know is refused
// (InputError naming the table): only a damaged or hand-edited file has one.
std::map<std::string, Translations> readProfileNames(const sqlite::Connection& connection,
                                                     const std::string* code);
// Replaces the names in other languages of the profile `code`.
void replaceProfileNames(sqlite::Connection& connection, const std::string& code,
                         const Translations& translations);
// Gives a store's profiles that are still named as a bundled profile (same
// code and English name) the bundled profile's names in other languages
// where they have none: a store made before profiles had them.
void adoptBundledProfileNames(sqlite::Connection& connection);
// Writes `profiles` inside the caller's transaction.
ImportSummary writeProfiles(sqlite::Connection& connection, const std::vector<Profile>& profiles,
                            ImportMode mode, const std::string& now);

std::string methodologyJsonOf(const sqlite::Connection& connection, const std::string& id,
                              const std::string& version);
struct ActiveMethodology
{
    std::string id;
    std::string version;
    std::string json;
};
ActiveMethodology readActiveMethodology(const sqlite::Connection& connection);
Methodology parseStoredMethodology(const sqlite::Connection& connection, const std::string& id,
                                   const std::string& version, const std::string& json);
void insertMethodology(sqlite::Connection& connection, const Methodology& methodology,
                       const std::string& now);
void activateMethodology(sqlite::Connection& connection, const std::string& id,
                         const std::string& version);

} // namespace aisov::storage
