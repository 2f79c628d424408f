#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

namespace aisov {

using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Scenarios -----------------------------------------------------------

void Store::saveScenario(const Scenario& scenario)
{
    requireWritable("save a scenario");
    const std::string sourceName = "scenario \"" + scenario.name + "\" of " + scenario.baseCode;
    if (scenario.name.empty())
        throw InputError(sourceName, "name", "a scenario needs a name");
    Transaction transaction(*m_connection);
    const auto base = profile(scenario.baseCode);
    if (!base)
        throw InputError(path(), scenario.baseCode,
                         "no profile with code \"" + scenario.baseCode +
                             "\" to base a scenario on");
    Profile overridesOnly;
    overridesOnly.code = scenario.baseCode;
    for (const auto& value : scenario.overrides) {
        if (overridesOnly.findValue(value.indicator) != nullptr)
            throw InputError(sourceName, value.indicator, "indicator overridden twice");
        overridesOnly.values.push_back(value);
    }
    validateProfiles({overridesOnly}, activeMethodology(), sourceName);

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
    const Methodology methodology = activeMethodology();
    std::vector<Profile> all = profiles();
    const std::size_t index = scenarioBaseIndex(all, baseCode, path());
    ScenarioScore score;
    score.base = scoreProfiles(all, methodology)[index];
    all[index] = applyOverrides(all[index], found->overrides, all, methodology);
    score.scenario = scoreProfiles(all, methodology)[index];
    return score;
}

} // namespace aisov
