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
#include <string>
#include <string_view>
#include <vector>

namespace aisov::storage {

// First column of the first row (0 when there is none).
std::int64_t singleInteger(const sqlite::Connection& connection, std::string_view sql);

// Columns indicator, value, year, source, url, confidence, note from `first`.
IndicatorValue readValueColumns(const sqlite::Statement& row, int first);
// Binds value, year, source, url, confidence, note from parameter `first`.
void bindValueColumns(sqlite::Statement& statement, int first, const IndicatorValue& value);

// Index in `all` of a scenario's base profile. Missing only in a damaged
// file: the scenarios table's foreign key keeps it on our writes.
std::size_t scenarioBaseIndex(const std::vector<Profile>& all, const std::string& baseCode,
                              const std::string& path);

// Reads profiles, all of them or the one with `code`, with three queries
// (profiles, members, values) instead of one per profile.
std::vector<Profile> loadProfiles(const sqlite::Connection& connection, const std::string* code);
bool profileExists(const sqlite::Connection& connection, const std::string& code);
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
