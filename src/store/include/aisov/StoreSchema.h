#pragma once

// The schema of the SQLite store, as a chain of forward migrations.
// Migration k takes a database from schema version k to k+1 (PRAGMA
// user_version); migration 0 creates the first schema in an empty file. A
// new database runs the whole chain, so there is one definition of the
// schema, and the SQL of every earlier version stays available: the tests
// build a database of each earlier version from it and migrate it.
// Never edit a released migration: append a new one.

#include <cstdint>
#include <string_view>

namespace aisov {

// Version written by this program; a file with a higher user_version is
// refused rather than misread.
inline constexpr int kStoreSchemaVersion = 3;

// "AISV" in the SQLite header (PRAGMA application_id), so that `file(1)`
// and this program can tell a store from other SQLite files.
inline constexpr std::int32_t kStoreApplicationId = 0x41495356;

// SQL of the migration from `fromVersion` to `fromVersion + 1`
// (0 <= fromVersion < kStoreSchemaVersion). It does not change user_version:
// the caller sets it in the same transaction.
std::string_view storeMigrationSql(int fromVersion);

} // namespace aisov
