// The Session's scenarios (Session.h, "--- Scenarios ---"): what-ifs read
// and written through aisov_store, scored through the core analysis API.

#include "Session.h"

#include "AppStrings.h"
#include "commands/ScenarioCommands.h"

#include "aisov/InputError.h"

#include <QUndoStack>

#include <algorithm>

using aisov::InputError;

std::vector<aisov::Scenario> Session::scenarios(const QString& baseCode) const
{
    if (!m_store)
        return {};
    return m_store->scenarios(app::toStdString(baseCode));
}

std::optional<aisov::Scenario> Session::scenario(const QString& baseCode, const QString& name) const
{
    if (!m_store)
        return std::nullopt;
    return m_store->scenario(app::toStdString(baseCode), app::toStdString(name));
}

aisov::ScoreResult Session::scenarioResult(const aisov::Scenario& scenario) const
{
    if (!m_analysis)
        throw aisov::FileError("no database is open");
    return m_analysis->scoreScenario(scenario.baseCode, scenario.overrides,
                                     aisov::scenarioSourceName(scenario.baseCode, scenario.name));
}

QStringList Session::overtakenOverrides(const aisov::Scenario& scenario) const
{
    QStringList overtaken;
    const aisov::Profile* base = scoredProfile(app::toQString(scenario.baseCode));
    if (base == nullptr)
        return overtaken;
    for (const auto& indicator :
         aisov::overtakenOverrides(*base, scenario.overrides, m_methodology))
        overtaken.append(app::toQString(indicator));
    return overtaken;
}

aisov::render::ChartData Session::scenarioChartData(const QString& baseCode,
                                                    const aisov::ScoreResult& scenarioResult,
                                                    const QString& label) const
{
    aisov::render::ChartData data = chartData({baseCode});
    aisov::render::attachScenario(data, scenarioResult, label);
    return data;
}

// --- Edits ------------------------------------------------------------------

aisov::Scenario Session::requireScenario(const QString& baseCode, const QString& name) const
{
    auto found = scenario(baseCode, name);
    if (!found)
        throw InputError(app::toStdString(databasePath()), app::toStdString(baseCode),
                         {aisov::InputProblem::NoScenario,
                          {app::toStdString(name), app::toStdString(baseCode)}});
    return std::move(*found);
}

void Session::requireFreeScenarioName(const QString& baseCode, const QString& name) const
{
    if (name.trimmed().isEmpty())
        throw InputError(aisov::scenarioSourceName(app::toStdString(baseCode), ""), "name",
                         {aisov::InputProblem::ScenarioNeedsName});
    if (scenario(baseCode, name))
        throw InputError(
            aisov::scenarioSourceName(app::toStdString(baseCode), app::toStdString(name)), "name",
            {aisov::InputProblem::ScenarioNameInUse, {app::toStdString(baseCode)}});
}

void Session::pushScenarioChange(const QString& text, const QString& baseCode,
                                 aisov::ProfileRecord before, const QString& mergeKey)
{
    auto after = profileRecord(baseCode);
    if (!after)
        return; // cannot happen: the base was just written to
    m_undoStack->push(new ScenarioChangeCommand(*this, text, baseCode, std::move(before),
                                                std::move(*after), mergeKey));
    Q_EMIT scenariosChanged(baseCode);
}

void Session::createScenario(const QString& baseCode, const QString& name,
                             const QString& description)
{
    aisov::Store& store = writableStore();
    const QString trimmed = name.trimmed();
    requireFreeScenarioName(baseCode, trimmed);
    auto before = profileRecord(baseCode);
    if (!before)
        throw InputError(app::toStdString(databasePath()), app::toStdString(baseCode),
                         {aisov::InputProblem::NoScenarioBaseHere});
    store.saveScenario({app::toStdString(baseCode),
                        app::toStdString(trimmed),
                        app::toStdString(description.trimmed()),
                        {},
                        {}});
    pushScenarioChange(tr("New scenario %1 of %2").arg(trimmed, baseCode), baseCode,
                       std::move(*before));
}

void Session::setScenarioOverride(const QString& baseCode, const QString& name,
                                  const aisov::IndicatorValue& value)
{
    aisov::Store& store = writableStore();
    aisov::Scenario changed = requireScenario(baseCode, name);
    auto before = profileRecord(baseCode);
    const auto existing = std::find_if(
        changed.overrides.begin(), changed.overrides.end(),
        [&](const aisov::IndicatorValue& held) { return held.indicator == value.indicator; });
    if (existing != changed.overrides.end())
        *existing = value;
    else
        changed.overrides.push_back(value);
    store.saveScenario(changed);
    const QString indicator = app::toQString(value.indicator);
    pushScenarioChange(tr("Change %1 in scenario %2").arg(indicatorName(value.indicator), name),
                       baseCode, std::move(*before),
                       baseCode + QLatin1Char('\n') + name + QLatin1Char('\n') + indicator);
}

void Session::removeScenarioOverride(const QString& baseCode, const QString& name,
                                     const QString& indicator)
{
    aisov::Store& store = writableStore();
    aisov::Scenario changed = requireScenario(baseCode, name);
    const std::string indicatorId = app::toStdString(indicator);
    const auto removed = std::remove_if(
        changed.overrides.begin(), changed.overrides.end(),
        [&](const aisov::IndicatorValue& held) { return held.indicator == indicatorId; });
    if (removed == changed.overrides.end())
        return; // no such override: nothing to do, no undo step
    changed.overrides.erase(removed, changed.overrides.end());
    auto before = profileRecord(baseCode);
    store.saveScenario(changed);
    pushScenarioChange(tr("Remove %1 from scenario %2").arg(indicatorName(indicatorId), name),
                       baseCode, std::move(*before));
}

void Session::renameScenario(const QString& baseCode, const QString& name, const QString& newName)
{
    aisov::Store& store = writableStore();
    const QString trimmed = newName.trimmed();
    if (trimmed == name)
        return;
    auto before = profileRecord(baseCode);
    store.renameScenario(app::toStdString(baseCode), app::toStdString(name),
                         app::toStdString(trimmed));
    pushScenarioChange(tr("Rename scenario %1 to %2").arg(name, trimmed), baseCode,
                       std::move(*before));
}

void Session::duplicateScenario(const QString& baseCode, const QString& name,
                                const QString& newName)
{
    aisov::Store& store = writableStore();
    aisov::Scenario copy = requireScenario(baseCode, name);
    const QString trimmed = newName.trimmed();
    requireFreeScenarioName(baseCode, trimmed);
    auto before = profileRecord(baseCode);
    copy.name = app::toStdString(trimmed);
    store.saveScenario(copy);
    pushScenarioChange(tr("Duplicate scenario %1 as %2").arg(name, trimmed), baseCode,
                       std::move(*before));
}

void Session::deleteScenario(const QString& baseCode, const QString& name)
{
    aisov::Store& store = writableStore();
    auto before = profileRecord(baseCode);
    store.deleteScenario(app::toStdString(baseCode), app::toStdString(name));
    pushScenarioChange(tr("Delete scenario %1 of %2").arg(name, baseCode), baseCode,
                       std::move(*before));
}

std::int64_t Session::freezeScenario(const QString& baseCode, const QString& name,
                                     const QString& label)
{
    aisov::Store& store = writableStore();
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        throw InputError(
            aisov::scenarioSourceName(app::toStdString(baseCode), app::toStdString(name)), "label",
            {aisov::InputProblem::SnapshotNeedsLabel});
    const std::int64_t id = store.snapshotScenario(
        app::toStdString(baseCode), app::toStdString(name), app::toStdString(trimmed));
    Q_EMIT snapshotTaken(baseCode);
    return id;
}

// --- Undo and redo -----------------------------------------------------------

void Session::restoreScenarios(const QString& baseCode, const aisov::ProfileRecord& record)
{
    if (m_movingBackRefused)
        return;
    // Called from QUndoStack, inside Qt's event handling: an exception must
    // not leave here.
    try {
        writableStore().restoreProfile(record);
    } catch (const std::exception& error) {
        refuseStep(error);
        return;
    }
    Q_EMIT scenariosChanged(baseCode);
}
