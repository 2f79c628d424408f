#include "aisov/Store.h"

#include "StoreRows.h"

namespace aisov {

using sqlite::Connection;
using sqlite::ReadTransaction;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Records: what an undo puts back -------------------------------------

namespace {

std::optional<ProfileRecord> readProfileRecord(const Connection& connection,
                                               const std::string& code)
{
    Statement row(connection,
                  std::string("SELECT ") + kProfileColumns + " FROM profiles WHERE code = ?1");
    row.bind(1, code);
    if (!row.step())
        return std::nullopt;
    ProfileRecord record;
    readProfileColumns(row, record);
    if (auto names = readProfileNames(connection, &code); !names.empty())
        record.translations = std::move(names.begin()->second);
    Statement members(connection, "SELECT member, position FROM bloc_members WHERE bloc = ?1 "
                                  "ORDER BY position, member");
    members.bind(1, code);
    while (members.step())
        record.members.push_back({members.text(0), members.int64(1)});
    record.values = profileValueRecords(connection, code);
    record.scenarios = readScenarioRecords(connection, code);
    return record;
}

void insertScenarioRecord(Connection& connection, const std::string& base,
                          const ScenarioRecord& scenario)
{
    // The recorded id, unless another scenario has taken it since.
    Statement insert(connection,
                     "INSERT INTO scenarios (id, base, name, description, created_at) VALUES "
                     "(CASE WHEN EXISTS (SELECT 1 FROM scenarios WHERE id = ?1) THEN NULL "
                     "ELSE ?1 END, ?2, ?3, ?4, ?5) RETURNING id");
    insert.bind(1, scenario.id).bind(2, base).bind(3, scenario.name);
    insert.bind(4, scenario.description).bind(5, scenario.createdAt);
    insert.step();
    const std::int64_t id = insert.int64(0);
    insert.run();
    Statement insertOverride(connection, insertValueRowSql("scenario_overrides", "scenario"));
    for (const auto& record : scenario.overrides) {
        insertOverride.bind(1, id);
        bindValueRecord(insertOverride, record);
        insertOverride.run();
        insertOverride.reset();
    }
}

// Replaces whatever is stored under the record's code by the record.
void writeProfileRecord(Connection& connection, const ProfileRecord& record)
{
    Statement remove(connection, "DELETE FROM profiles WHERE code = ?1");
    remove.bind(1, record.code).run(); // values, members and scenarios cascade
    Statement insert(connection, std::string("INSERT INTO profiles (") + kProfileColumns +
                                     ") VALUES (?1, ?2, ?3, ?4, ?5)");
    bindProfileColumns(insert, record);
    insert.run();
    replaceProfileNames(connection, record.code, record.translations);
    Statement member(connection,
                     "INSERT INTO bloc_members (bloc, position, member) VALUES (?1, ?2, ?3)");
    for (const auto& row : record.members) {
        member.bind(1, record.code).bind(2, row.position).bind(3, row.code).run();
        member.reset();
    }
    Statement value(connection, insertValueRowSql("profile_values", "profile"));
    for (const auto& row : record.values) {
        value.bind(1, record.code);
        bindValueRecord(value, row);
        value.run();
        value.reset();
    }
    for (const auto& scenario : record.scenarios)
        insertScenarioRecord(connection, record.code, scenario);
}

// Refuses to delete `code` while a bloc lists it as a member: the bloc
// would be left with a member that does not exist (issue 18).
void requireNoBlocListing(const Connection& connection, const std::string& source,
                          const std::string& code)
{
    Statement blocs(connection,
                    "SELECT bloc FROM bloc_members WHERE member = ?1 AND bloc <> ?1 ORDER BY bloc");
    blocs.bind(1, code);
    std::string names;
    while (blocs.step()) {
        if (!names.empty())
            names += ", ";
        names += '"' + blocs.text(0) + '"';
    }
    if (!names.empty())
        throw InputError(source, code, {InputProblem::ProfileIsBlocMember, {code, names}});
}

} // namespace

std::vector<ValueRecord> Store::valueRecords(const std::string& code) const
{
    const ReadTransaction reading(*m_connection);
    return profileValueRecords(*m_connection, code);
}

std::optional<ProfileRecord> Store::profileRecord(const std::string& code) const
{
    const ReadTransaction reading(*m_connection);
    return readProfileRecord(*m_connection, code);
}

ProfileRecord Store::deleteProfile(const std::string& code)
{
    requireWritable("delete a profile");
    Transaction transaction(*m_connection);
    auto record = readProfileRecord(*m_connection, code);
    if (!record)
        throw InputError(path(), code, {InputProblem::NoProfile, {code}});
    requireNoBlocListing(*m_connection, path(), code);
    Statement remove(*m_connection, "DELETE FROM profiles WHERE code = ?1");
    remove.bind(1, code).run();
    transaction.commit();
    return std::move(*record);
}

void Store::restoreProfile(const ProfileRecord& record)
{
    restoreProfiles({{record.code, record}});
}

void Store::restoreProfiles(const std::vector<ProfileRestore>& profiles)
{
    requireWritable("restore profiles");
    Transaction transaction(*m_connection);
    std::vector<std::string> deleted;
    Statement remove(*m_connection, "DELETE FROM profiles WHERE code = ?1");
    for (const auto& [code, record] : profiles) {
        if (record) {
            if (record->code.empty())
                throw InputError(path(), code, {InputProblem::RecordWithoutCode});
            writeProfileRecord(*m_connection, *record);
        } else {
            remove.bind(1, code).run();
            remove.reset();
            deleted.push_back(code);
        }
    }
    // Checked once everything is written: a bloc deleted or restored in the
    // same step may be what listed the profile.
    for (const auto& code : deleted)
        requireNoBlocListing(*m_connection, path(), code);
    transaction.commit();
}

std::optional<ValueRecord> Store::valueRecord(const std::string& code,
                                              const std::string& indicator) const
{
    const ReadTransaction reading(*m_connection);
    Statement row(*m_connection, std::string("SELECT ") + kValueRecordColumns +
                                     " FROM profile_values WHERE profile = ?1 AND indicator = ?2");
    row.bind(1, code).bind(2, indicator);
    if (!row.step())
        return std::nullopt;
    return readValueRecord(row, 0);
}

void Store::restoreValueRecord(const std::string& code, const std::string& indicator,
                               const std::optional<ValueRecord>& record)
{
    requireWritable("restore a value");
    Transaction transaction(*m_connection);
    if (!profileExists(*m_connection, code))
        throw InputError(path(), code, {InputProblem::NoProfile, {code}});
    if (!record) {
        Statement remove(*m_connection,
                         "DELETE FROM profile_values WHERE profile = ?1 AND indicator = ?2");
        remove.bind(1, code).bind(2, indicator).run();
    } else {
        if (record->value.indicator != indicator)
            throw InputError(
                path(), code,
                {InputProblem::RecordOfOtherIndicator, {record->value.indicator, indicator}});
        Statement write(*m_connection, insertValueRowSql("profile_values", "profile"));
        write.bind(1, code);
        bindValueRecord(write, *record);
        write.run();
    }
    transaction.commit();
}

} // namespace aisov
