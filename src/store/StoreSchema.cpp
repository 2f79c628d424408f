#include "aisov/StoreSchema.h"

#include <stdexcept>
#include <string>

namespace aisov {

namespace {

// Version 1: the first schema. Small columns come first in `snapshots` so
// that listing a history reads them without touching the large JSON texts
// kept in overflow pages.
constexpr std::string_view kSchemaVersion1 = R"SQL(
CREATE TABLE methodologies (
    id       TEXT NOT NULL,
    version  TEXT NOT NULL,
    name     TEXT NOT NULL,
    added_at TEXT NOT NULL,
    json     TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
-- A stored methodology is what snapshots refer to: its text never changes.
CREATE TRIGGER methodologies_are_immutable BEFORE UPDATE ON methodologies
BEGIN
    SELECT RAISE(ABORT, 'a stored methodology cannot be changed; store a new version');
END;

-- One row: the methodology that imports are validated against and that
-- scores and snapshots use.
CREATE TABLE active_methodology (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id        TEXT NOT NULL,
    version   TEXT NOT NULL,
    FOREIGN KEY (id, version) REFERENCES methodologies (id, version)
);

CREATE TABLE profiles (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('country', 'bloc')),
    population REAL,
    gdp_usd    REAL
);

-- Members are codes, not references, so that deleting a member's profile
-- cannot silently shrink a bloc: the store itself refuses a member without
-- a profile, and a profile's deletion while a bloc lists it.
CREATE TABLE bloc_members (
    bloc     TEXT NOT NULL REFERENCES profiles (code) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    member   TEXT NOT NULL,
    PRIMARY KEY (bloc, member)
);

CREATE TABLE profile_values (
    profile    TEXT NOT NULL REFERENCES profiles (code) ON DELETE CASCADE,
    indicator  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    value      REAL NOT NULL,
    year       INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (profile, indicator)
);

CREATE TABLE scenarios (
    id          INTEGER PRIMARY KEY,
    base        TEXT NOT NULL REFERENCES profiles (code) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    UNIQUE (base, name)
);

CREATE TABLE scenario_overrides (
    scenario   INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    indicator  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    value      REAL NOT NULL,
    year       INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scenario, indicator)
);

-- A snapshot outlives its profile (history), so `profile` is a plain code.
-- The methodology is referenced, not copied: stored methodologies are
-- immutable and cannot be deleted while a snapshot uses them.
CREATE TABLE snapshots (
    id                  INTEGER PRIMARY KEY,
    profile             TEXT NOT NULL,
    scenario            TEXT,
    label               TEXT NOT NULL,
    taken_at            TEXT NOT NULL,
    methodology_id      TEXT NOT NULL,
    methodology_version TEXT NOT NULL,
    score               REAL,
    profiles_json       TEXT NOT NULL,
    result_json         TEXT NOT NULL,
    FOREIGN KEY (methodology_id, methodology_version) REFERENCES methodologies (id, version)
);
CREATE TRIGGER snapshots_are_immutable BEFORE UPDATE ON snapshots
BEGIN
    SELECT RAISE(ABORT, 'a snapshot cannot be changed');
END;
)SQL";

// Version 2: values record when they last changed (NULL for values stored
// before version 2: the time is unknown, and inventing one would mislead),
// and a profile's history is listed through an index instead of a scan of
// every snapshot.
constexpr std::string_view kMigration1To2 = R"SQL(
ALTER TABLE profile_values ADD COLUMN changed_at TEXT;
ALTER TABLE scenario_overrides ADD COLUMN changed_at TEXT;
CREATE INDEX snapshots_by_profile ON snapshots (profile, taken_at, id);
)SQL";

// Version 3: a profile's name in other languages (its "translations"), a
// row per language, going with its profile. The language is checked where
// it is read, so that a new language needs no migration.
constexpr std::string_view kMigration2To3 = R"SQL(
CREATE TABLE profile_names (
    profile  TEXT NOT NULL REFERENCES profiles (code) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (profile, language)
);
)SQL";

} // namespace

std::string_view storeMigrationSql(int fromVersion)
{
    switch (fromVersion) {
    case 0:
        return kSchemaVersion1;
    case 1:
        return kMigration1To2;
    case 2:
        return kMigration2To3;
    default:
        throw std::out_of_range("no store migration from schema version " +
                                std::to_string(fromVersion));
    }
}

} // namespace aisov
