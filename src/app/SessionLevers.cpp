// The Session's investment levers and templates (Session.h, "--- Levers and
// investment templates ---"): the questions handed to aisov_core, and the
// one-click scenarios the Levers tab makes of an answer.

#include "Session.h"

#include "AppStrings.h"
#include "commands/ScenarioCommands.h"

#include "aisov/BundledData.h"
#include "aisov/InputError.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

using aisov::InputError;

namespace {

// `overrides` with `value` set: it replaces an override of the same indicator.
void setOverride(std::vector<aisov::IndicatorValue>& overrides, const aisov::IndicatorValue& value)
{
    const auto existing =
        std::find_if(overrides.begin(), overrides.end(), [&](const aisov::IndicatorValue& held) {
            return held.indicator == value.indicator;
        });
    if (existing != overrides.end())
        *existing = value;
    else
        overrides.push_back(value);
}

} // namespace

std::vector<aisov::InvestmentTemplate> Session::investmentTemplates() const
{
    std::vector<aisov::InvestmentTemplate> fitting;
    for (const auto& investment : aisov::bundledInvestmentTemplates()) {
        const bool fits =
            std::all_of(investment.changes.begin(), investment.changes.end(),
                        [this](const aisov::TemplateChange& change) {
                            return m_methodology.findIndicator(change.indicator) != nullptr;
                        });
        if (fits)
            fitting.push_back(investment);
    }
    return fitting;
}

LeverQuestion Session::leverQuestion(const QString& code, const QString& scenarioName) const
{
    if (!m_analysis)
        throw InputError(app::toStdString(databasePath()), "code",
                         {aisov::InputProblem::NoDatabase});
    const std::string profileCode = app::toStdString(code);
    if (!m_analysis->indexOf(profileCode))
        throw InputError(app::toStdString(databasePath()), profileCode,
                         {aisov::InputProblem::NoProfileHere});
    std::optional<aisov::Scenario> start;
    if (!scenarioName.isEmpty())
        start = requireScenario(code, scenarioName);
    return {*m_analysis, profileCode, std::move(start),
            aisov::scenarioSourceName(profileCode, app::toStdString(scenarioName)),
            investmentTemplates()};
}

aisov::render::ChartData Session::leversChartData(const aisov::LeverAnalysis& levers,
                                                  const QString& scenarioName,
                                                  std::size_t top) const
{
    aisov::render::ChartData data = chartData({app::toQString(levers.code)});
    aisov::LeverAnalysis labelled = levers;
    // As `aisov-cli chart levers --scenario` labels it.
    if (!scenarioName.isEmpty())
        labelled.name += " (" + app::toStdString(scenarioName) + ")";
    aisov::render::attachLevers(data, labelled, m_methodology, m_profiles, top,
                                app::displayLanguage());
    return data;
}

QString Session::freeScenarioName(const QString& baseCode, const QString& wantedName) const
{
    if (!scenario(baseCode, wantedName))
        return wantedName;
    for (int copy = 2;; ++copy) {
        QString candidate = tr("%1 (%2)").arg(wantedName).arg(copy);
        if (!scenario(baseCode, candidate))
            return candidate;
    }
}

QString Session::createScenarioWithOverrides(const QString& baseCode, const QString& wantedName,
                                             const QString& description,
                                             std::vector<aisov::IndicatorValue> overrides)
{
    aisov::Store& store = writableStore();
    QString name = freeScenarioName(baseCode, wantedName.trimmed());
    auto before = profileRecord(baseCode);
    if (!before)
        throw InputError(app::toStdString(databasePath()), app::toStdString(baseCode),
                         {aisov::InputProblem::NoScenarioBaseHere});
    store.saveScenario({app::toStdString(baseCode),
                        app::toStdString(name),
                        app::toStdString(description),
                        std::move(overrides),
                        {}});
    pushScenarioChange(tr("New scenario %1 of %2").arg(name, baseCode), baseCode,
                       std::move(*before));
    return name;
}

QString Session::createLeverScenario(const QString& code, const QString& scenarioName,
                                     const aisov::Lever& lever, LeverTarget target)
{
    const aisov::Indicator* indicator = m_methodology.findIndicator(lever.indicator);
    if (indicator == nullptr)
        throw InputError(app::toStdString(databasePath()), lever.indicator,
                         {aisov::InputProblem::NoIndicatorHere});
    if (target == LeverTarget::NextBand && !lever.valueForNextBand)
        throw InputError(app::toStdString(databasePath()), lever.indicator,
                         {aisov::InputProblem::LeverNotAlone});
    std::vector<aisov::IndicatorValue> overrides;
    if (!scenarioName.isEmpty())
        overrides = requireScenario(code, scenarioName).overrides;
    aisov::IndicatorValue value;
    value.indicator = lever.indicator;
    value.value = target == LeverTarget::OneStep ? lever.improvedValue : *lever.valueForNextBand;
    value.source = app::toStdString(tr("Investment lever (Levers tab)"));
    value.confidence = aisov::Confidence::Low; // an assumption, not a measurement
    setOverride(overrides, value);

    const QString valueText = app::formatValueWithUnit(value.value, *indicator);
    const QString name =
        scenarioName.isEmpty()
            ? tr("Lever: %1 to %2").arg(app::displayName(*indicator), valueText)
            : tr("%1 + lever: %2 to %3").arg(scenarioName, app::displayName(*indicator), valueText);
    const QString description =
        target == LeverTarget::OneStep
            ? tr("One step of %1 (%2 % of its goalpost range), +%3 points")
                  .arg(app::displayName(*indicator),
                       QLocale().toString(100.0 * aisov::LeverOptions{}.stepFraction, 'f', 0),
                       QLocale().toString(lever.gain, 'f', 2))
            : tr("The smallest value of %1 alone that reaches the next band")
                  .arg(app::displayName(*indicator));
    return createScenarioWithOverrides(code, name, description, std::move(overrides));
}

QString Session::createTemplateScenario(const QString& code, const QString& scenarioName,
                                        const QString& templateId)
{
    const auto templates = investmentTemplates();
    const aisov::InvestmentTemplate* found =
        aisov::findTemplate(templates, app::toStdString(templateId));
    if (found == nullptr || !m_analysis)
        throw InputError("data/templates/investment-templates.json", app::toStdString(templateId),
                         {aisov::InputProblem::NoFittingTemplate});
    std::vector<aisov::IndicatorValue> overrides;
    const std::string baseCode = app::toStdString(code);
    std::optional<aisov::Profile> start;
    if (!scenarioName.isEmpty()) {
        overrides = requireScenario(code, scenarioName).overrides;
        start = m_analysis->applyScenario(
            baseCode, overrides,
            aisov::scenarioSourceName(baseCode, app::toStdString(scenarioName)));
    } else if (const aisov::Profile* scored = scoredProfile(code)) {
        start = *scored; // a bloc without values pooled from its members, as rankTemplates does
    } else {
        throw InputError(app::toStdString(databasePath()), baseCode,
                         {aisov::InputProblem::NoProfileHere});
    }
    for (const auto& value : aisov::templateOverrides(*start, *found))
        setOverride(overrides, value);
    const QString templateName = app::displayName(*found);
    return createScenarioWithOverrides(
        code, scenarioName.isEmpty() ? templateName : tr("%1 + %2").arg(scenarioName, templateName),
        app::displayDescription(*found), std::move(overrides));
}
