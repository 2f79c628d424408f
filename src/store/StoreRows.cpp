#include "StoreRows.h"

#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>

namespace aisov::storage {

using sqlite::Connection;
using sqlite::Statement;

namespace {

// Where the profile `code` of a row of `table` is in the profiles read. A
// row whose profile is missing breaks a foreign key: only a damaged or
// hand-edited file has one (SQLite enforces the key on every write of ours).
std::size_t profileRow(const Connection& connection,
                       const std::map<std::string, std::size_t>& index, const std::string& code,
                       const char* table)
{
    const auto found = index.find(code);
    if (found == index.end())
        throw InputError(connection.path(), table, {InputProblem::DanglingProfileRow, {code}});
    return found->second;
}

// Calls `each` with every row of "SELECT ... FROM table" (`selectFrom`) in
// `order`: the rows of the profile `code` (their `owner` column), or of
// every profile when `code` is null.
void forEachProfileRow(const Connection& connection, const std::string& selectFrom,
                       const char* owner, const char* order, const std::string* code,
                       const std::function<void(const Statement&)>& each)
{
    Statement rows(
        connection,
        selectFrom + (code != nullptr ? " WHERE " + std::string(owner) + " = ?1" : std::string()) +
            " ORDER BY " + order);
    if (code != nullptr)
        rows.bind(1, *code);
    while (rows.step())
        each(rows);
}

} // namespace

std::int64_t singleInteger(const Connection& connection, std::string_view sql)
{
    Statement statement(connection, sql);
    return statement.step() ? statement.int64(0) : 0;
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

void bindValueColumns(Statement& statement, int first, const IndicatorValue& value)
{
    statement.bind(first, value.value)
        .bind(first + 1, value.year)
        .bind(first + 2, value.source)
        .bind(first + 3, value.url)
        .bind(first + 4, toString(value.confidence))
        .bind(first + 5, value.note);
}

std::size_t scenarioBaseIndex(const std::vector<Profile>& all, const std::string& baseCode,
                              const std::string& path)
{
    const auto index = profileIndex(all, baseCode);
    if (!index)
        throw InputError(path, baseCode, {InputProblem::DanglingScenarioBase, {baseCode}});
    return *index;
}
std::vector<Profile> loadProfiles(const Connection& connection, const std::string* code)
{
    const std::string where = code != nullptr ? " WHERE code = ?1" : "";
    std::vector<Profile> profiles;
    std::map<std::string, std::size_t> index;
    {
        Statement rows(connection, std::string("SELECT ") + kProfileColumns + " FROM profiles" +
                                       where + " ORDER BY code");
        if (code != nullptr)
            rows.bind(1, *code);
        while (rows.step()) {
            Profile profile;
            readProfileColumns(rows, profile);
            index[profile.code] = profiles.size();
            profiles.push_back(std::move(profile));
        }
    }
    if (profiles.empty())
        return profiles;
    for (auto& [owner, translations] : readProfileNames(connection, code))
        profiles[profileRow(connection, index, owner, "profile_names")].translations =
            std::move(translations);
    forEachProfileRow(
        connection, "SELECT bloc, member FROM bloc_members", "bloc", "bloc, position", code,
        [&](const Statement& row) {
            profiles[profileRow(connection, index, row.text(0), "bloc_members")].members.push_back(
                row.text(1));
        });
    forEachProfileRow(
        connection,
        "SELECT profile, indicator, value, year, source, url, confidence, note "
        "FROM profile_values",
        "profile", "profile, position", code, [&](const Statement& row) {
            profiles[profileRow(connection, index, row.text(0), "profile_values")].values.push_back(
                readValueColumns(row, 1));
        });
    return profiles;
}

std::map<std::string, Translations> readProfileNames(const Connection& connection,
                                                     const std::string* code)
{
    std::map<std::string, Translations> names;
    forEachProfileRow(connection, "SELECT profile, language, name FROM profile_names", "profile",
                      "profile, language", code, [&](const Statement& row) {
                          const auto language = languageFromString(row.text(1));
                          if (!language || *language == Language::English)
                              throw InputError(
                                  connection.path(), "profile_names",
                                  {InputProblem::UnknownLanguage, {row.text(1), "ko"}});
                          names[row.text(0)][*language].name = row.text(2);
                      });
    return names;
}

void replaceProfileNames(Connection& connection, const std::string& code,
                         const Translations& translations)
{
    Statement(connection, "DELETE FROM profile_names WHERE profile = ?1").bind(1, code).run();
    Statement insert(connection,
                     "INSERT INTO profile_names (profile, language, name) VALUES (?1, ?2, ?3)");
    for (const auto& [language, translation] : translations) {
        insert.bind(1, code).bind(2, toString(language)).bind(3, translation.name).run();
        insert.reset();
    }
}

void adoptBundledProfileNames(Connection& connection)
{
    Statement insert(connection, "INSERT INTO profile_names (profile, language, name) "
                                 "SELECT code, ?2, ?3 FROM profiles WHERE code = ?1 AND name = ?4 "
                                 "ON CONFLICT (profile, language) DO NOTHING");
    for (const Profile& bundled : bundledProfiles())
        for (const auto& [language, translation] : bundled.translations) {
            insert.bind(1, bundled.code).bind(2, toString(language)).bind(3, translation.name);
            insert.bind(4, bundled.name).run();
            insert.reset();
        }
}

std::string methodologyJsonOf(const Connection& connection, const std::string& id,
                              const std::string& version)
{
    Statement row(connection, "SELECT json FROM methodologies WHERE id = ?1 AND version = ?2");
    row.bind(1, id).bind(2, version);
    if (!row.step())
        throw InputError(connection.path(), "methodology " + id + " " + version,
                         {InputProblem::NoSuchMethodology});
    return row.text(0);
}

ActiveMethodology readActiveMethodology(const Connection& connection)
{
    Statement row(connection, "SELECT a.id, a.version, m.json FROM active_methodology a "
                              "JOIN methodologies m ON m.id = a.id AND m.version = a.version");
    if (!row.step())
        throw InputError(connection.path(), "active_methodology",
                         {InputProblem::NoActiveMethodology});
    return {row.text(0), row.text(1), row.text(2)};
}

Methodology parseStoredMethodology(const Connection& connection, const std::string& id,
                                   const std::string& version, const std::string& json)
{
    // A store made before the bundled files had Korean names keeps the
    // bundled methodology without them; it reads with them.
    return withBundledTranslations(
        parseMethodology(json, connection.path() + " (methodology " + id + " " + version + ")"));
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
        // Already there: the same text, or the same methodology as it reads
        // (a store older than the bundled translations holds the text without them).
        if (existing.text(0) == json ||
            parseStoredMethodology(connection, methodology.id, methodology.version,
                                   existing.text(0)) == methodology)
            return;
        throw InputError(sourceName, "", {InputProblem::MethodologyVersionTaken});
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

void requireStoredBlocMembers(const Connection& connection, const std::vector<Profile>& written,
                              const std::string& sourceName)
{
    Statement row(connection, "SELECT m.member FROM bloc_members m WHERE m.bloc = ?1 AND NOT "
                              "EXISTS (SELECT 1 FROM profiles p WHERE p.code = m.member) "
                              "ORDER BY m.position LIMIT 1");
    for (const Profile& profile : written) {
        if (profile.members.empty())
            continue;
        row.bind(1, profile.code);
        if (row.step()) {
            Profile bloc;
            bloc.code = profile.code;
            bloc.members = {row.text(0)};
            throw InputError(sourceName, profile.origin.empty() ? profile.code : profile.origin,
                             *missingBlocMemberProblem({bloc}));
        }
        row.reset();
    }
}

void replaceMembers(Connection& connection, const std::string& bloc,
                    const std::vector<std::string>& members)
{
    Statement remove(connection, "DELETE FROM bloc_members WHERE bloc = ?1");
    remove.bind(1, bloc).run();
    Statement insert(connection,
                     "INSERT INTO bloc_members (bloc, position, member) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < members.size(); ++i) {
        insert.bind(1, bloc).bind(2, static_cast<std::int64_t>(i)).bind(3, members[i]).run();
        insert.reset();
    }
}

ImportSummary writeProfiles(Connection& connection, const std::vector<Profile>& profiles,
                            ImportMode mode, const std::string& now)
{
    ImportSummary summary;
    Statement upsertProfile(connection,
                            std::string("INSERT INTO profiles (") + kProfileColumns +
                                ") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (code) DO UPDATE SET "
                                "name = excluded.name, kind = excluded.kind, "
                                "population = excluded.population, gdp_usd = excluded.gdp_usd");
    Statement addMissingProfile(connection, "INSERT INTO profiles (code, name, kind) "
                                            "VALUES (?1, ?2, ?3) ON CONFLICT (code) DO NOTHING");
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
            bindProfileColumns(upsertProfile, profile);
            upsertProfile.run();
            upsertProfile.reset();
            replaceMembers(connection, profile.code, profile.members);
            replaceProfileNames(connection, profile.code, profile.translations);
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

ValueRecord readValueRecord(const Statement& row, int first)
{
    ValueRecord record;
    record.value = readValueColumns(row, first);
    record.changedAt = row.optionalText(first + 7);
    record.position = row.int64(first + 8);
    return record;
}

void bindValueRecord(Statement& statement, const ValueRecord& record)
{
    statement.bind(2, record.value.indicator);
    bindValueColumns(statement, 3, record.value);
    statement.bind(9, record.changedAt).bind(10, record.position);
}

std::string insertValueRowSql(const std::string& table, const std::string& owner)
{
    return "INSERT OR REPLACE INTO " + table + " (" + owner + ", " + kValueRecordColumns +
           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
}

std::string selectValueRowsSql(const std::string& table, const std::string& owner)
{
    return std::string("SELECT ") + kValueRecordColumns + " FROM " + table + " WHERE " + owner +
           " = ?1 ORDER BY position";
}

std::vector<ValueRecord> readValueRecords(Statement& rows)
{
    std::vector<ValueRecord> records;
    while (rows.step())
        records.push_back(readValueRecord(rows, 0));
    return records;
}

std::vector<ValueRecord> profileValueRecords(const Connection& connection, const std::string& code)
{
    Statement rows(connection, selectValueRowsSql("profile_values", "profile"));
    rows.bind(1, code);
    return readValueRecords(rows);
}

std::vector<ScenarioRecord> readScenarioRecords(const Connection& connection,
                                                const std::string& base)
{
    Statement rows(connection, "SELECT id, name, description, created_at FROM scenarios "
                               "WHERE base = ?1 ORDER BY name");
    rows.bind(1, base);
    Statement overrides(connection, selectValueRowsSql("scenario_overrides", "scenario"));
    std::vector<ScenarioRecord> records;
    while (rows.step()) {
        ScenarioRecord record{rows.int64(0), rows.text(1), rows.text(2), rows.text(3), {}};
        overrides.bind(1, record.id);
        record.overrides = readValueRecords(overrides);
        overrides.reset();
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace aisov::storage
