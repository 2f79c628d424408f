#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/Analysis.h"
#include "aisov/BundledData.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/ResultIO.h"
#include "aisov/ScenarioDelta.h"
#include "aisov/Scoring.h"
#include "aisov/ValueCheck.h"

namespace aisov {

using sqlite::ReadTransaction;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

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
    if (const auto problem = textFieldProblem(TextField::SnapshotLabel, label))
        throw InputError("snapshot of " + subject.code, "label", *problem);
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
        throw InputError(path(), code, {InputProblem::NoProfile, {code}});
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
        throw InputError(path(), baseCode, {InputProblem::NoScenario, {scenarioName, baseCode}});
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
    const ReadTransaction reading(*m_connection);
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
    const ReadTransaction reading(*m_connection);
    Statement row(*m_connection,
                  "SELECT s.id, s.profile, s.scenario, s.label, s.taken_at, s.methodology_id, "
                  "s.methodology_version, s.score, s.profiles_json, s.result_json, m.json "
                  "FROM snapshots s JOIN methodologies m "
                  "ON m.id = s.methodology_id AND m.version = s.methodology_version "
                  "WHERE s.id = ?1");
    row.bind(1, id);
    const std::string where = "snapshot " + std::to_string(id);
    if (!row.step())
        throw InputError(path(), where, {InputProblem::NoSuchSnapshot});
    Snapshot snapshot;
    snapshot.summary = {row.int64(0), row.text(1), row.text(2), row.text(3),
                        row.text(4),  row.text(5), row.text(6), row.optionalReal(7)};
    snapshot.profilesJson = row.text(8);
    snapshot.resultJson = row.text(9);
    snapshot.methodologyJson = row.text(10);
    snapshot.profiles = parseProfilesJson(snapshot.profilesJson, path() + " (" + where + ")");
    // As for the stored methodologies (parseStoredMethodology), so that a
    // snapshot of an old store compares equal to the methodology it was taken with.
    snapshot.methodology = withBundledTranslations(
        parseMethodology(snapshot.methodologyJson, path() + " (" + where + ")"));
    return snapshot;
}

} // namespace aisov
