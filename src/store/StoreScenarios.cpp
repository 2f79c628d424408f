#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/Analysis.h"
#include "aisov/ProfileIO.h"
#include "aisov/ScenarioDelta.h"
#include "aisov/ValueCheck.h"

#include <nlohmann/json.hpp>

namespace aisov {

using sqlite::ReadTransaction;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Scenarios -----------------------------------------------------------

namespace {

// Replaces a scenario's overrides by `overrides`, in their order; an
// override whose content did not change keeps its changed_at.
void writeOverrides(sqlite::Connection& connection, std::int64_t scenarioId,
                    const std::vector<IndicatorValue>& overrides, const std::string& now)
{
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& value : overrides)
        kept.push_back(value.indicator);
    Statement dropped(connection, "DELETE FROM scenario_overrides WHERE scenario = ?1 AND "
                                  "indicator NOT IN (SELECT value FROM json_each(?2))");
    dropped.bind(1, scenarioId).bind(2, kept.dump()).run();
    Statement upsert(
        connection,
        "INSERT INTO scenario_overrides (scenario, indicator, position, value, year, source, url, "
        "confidence, note, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (scenario, indicator) DO UPDATE SET position = excluded.position, "
        "value = excluded.value, year = excluded.year, source = excluded.source, "
        "url = excluded.url, confidence = excluded.confidence, note = excluded.note, "
        "changed_at = CASE WHEN (value, year, source, url, confidence, note) IS NOT "
        "(excluded.value, excluded.year, excluded.source, excluded.url, excluded.confidence, "
        "excluded.note) THEN excluded.changed_at ELSE changed_at END");
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        upsert.bind(1, scenarioId).bind(2, overrides[i].indicator);
        upsert.bind(3, static_cast<std::int64_t>(i));
        bindValueColumns(upsert, 4, overrides[i]);
        upsert.bind(10, now).run();
        upsert.reset();
    }
}

} // namespace

void Store::saveScenario(const Scenario& scenario)
{
    requireWritable("save a scenario");
    const std::string sourceName = scenarioSourceName(scenario.baseCode, scenario.name);
    if (scenario.name.empty())
        throw InputError(sourceName, "name", {InputProblem::ScenarioNeedsName});
    if (const auto problem = textFieldProblem(TextField::ScenarioName, scenario.name))
        throw InputError(sourceName, "name", *problem);
    if (const auto problem = textFieldProblem(TextField::Description, scenario.description))
        throw InputError(sourceName, "description", *problem);
    Transaction transaction(*m_connection);
    const auto base = profile(scenario.baseCode);
    if (!base)
        throw InputError(path(), scenario.baseCode,
                         {InputProblem::NoScenarioBase, {scenario.baseCode}});
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
    writeOverrides(*m_connection, id, scenario.overrides, now());
    transaction.commit();
}

std::vector<Scenario> Store::scenarios(const std::string& baseCode) const
{
    const ReadTransaction reading(*m_connection);
    std::vector<Scenario> result;
    for (auto& record : readScenarioRecords(*m_connection, baseCode)) {
        Scenario scenario{baseCode,
                          std::move(record.name),
                          std::move(record.description),
                          {},
                          std::move(record.createdAt)};
        for (auto& recorded : record.overrides)
            scenario.overrides.push_back(std::move(recorded.value));
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
        throw InputError(path(), baseCode, {InputProblem::NoScenario, {name, baseCode}});
    transaction.commit();
}

void Store::renameScenario(const std::string& baseCode, const std::string& name,
                           const std::string& newName)
{
    requireWritable("rename a scenario");
    const std::string sourceName = scenarioSourceName(baseCode, name);
    if (newName.empty())
        throw InputError(sourceName, "name", {InputProblem::ScenarioNeedsName});
    Transaction transaction(*m_connection);
    if (newName != name && scenario(baseCode, newName))
        throw InputError(sourceName, "name",
                         {InputProblem::ScenarioNameTaken, {baseCode, newName}});
    Statement rename(*m_connection, "UPDATE scenarios SET name = ?3 WHERE base = ?1 AND name = ?2");
    rename.bind(1, baseCode).bind(2, name).bind(3, newName).run();
    if (m_connection->changes() == 0)
        throw InputError(path(), baseCode, {InputProblem::NoScenario, {name, baseCode}});
    transaction.commit();
}

ScenarioScore Store::scoreScenario(const std::string& baseCode, const std::string& name) const
{
    const ReadTransaction reading(*m_connection);
    const auto found = scenario(baseCode, name);
    if (!found)
        throw InputError(path(), baseCode, {InputProblem::NoScenario, {name, baseCode}});
    const Analysis analysis(profiles(), activeMethodology(), path());
    const std::size_t index = scenarioBaseIndex(analysis.profiles(), baseCode, path());
    return {analysis.results()[index],
            analysis.scoreScenario(baseCode, found->overrides, scenarioSourceName(baseCode, name))};
}

} // namespace aisov
