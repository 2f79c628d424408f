// The Session's methodology: a draft everything is scored with, edited in
// memory one undo step at a time, saved to the store as a new version
// (Session.h, "Methodology"). The rules of a valid methodology are the
// core's (validateMethodology); profiles that do not fit it are refused by
// the core analysis API.

#include "Session.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "commands/MethodologyCommands.h"

#include "aisov/BundledData.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/TextFile.h"

#include <QUndoStack>

using aisov::InputError;

namespace {

// The same pillars and indicators, in the same order and places: views
// built on them stay valid.
bool sameStructure(const aisov::Methodology& a, const aisov::Methodology& b)
{
    if (a.pillars.size() != b.pillars.size() || a.indicators.size() != b.indicators.size())
        return false;
    for (std::size_t i = 0; i < a.pillars.size(); ++i)
        if (a.pillars[i].id != b.pillars[i].id || a.pillars[i].name != b.pillars[i].name)
            return false;
    for (std::size_t i = 0; i < a.indicators.size(); ++i)
        if (a.indicators[i].id != b.indicators[i].id ||
            a.indicators[i].pillar != b.indicators[i].pillar ||
            a.indicators[i].name != b.indicators[i].name)
            return false;
    return true;
}

const std::string kDraftSource = "the edited methodology";

} // namespace

const aisov::Methodology& Session::savedMethodology() const
{
    return m_savedMethodology;
}

bool Session::hasUnsavedMethodology() const
{
    return !(m_methodology == m_savedMethodology);
}

const std::vector<aisov::StandingChange>& Session::standingChanges() const
{
    return m_standings;
}

std::vector<aisov::MethodologyRecord> Session::storedMethodologies() const
{
    return m_store ? m_store->methodologies() : std::vector<aisov::MethodologyRecord>();
}

Session::MethodologyState Session::methodologyState() const
{
    return {m_savedMethodology.id, m_savedMethodology.version, m_methodology};
}

void Session::updateStandings()
{
    if (!m_analysis) {
        m_standings.clear();
        return;
    }
    if (!hasUnsavedMethodology()) {
        m_savedAnalysis.reset();
        m_standings = aisov::compareStandings(m_analysis->results(), m_analysis->results());
        return;
    }
    // Scored once per change of the profiles or of the saved methodology,
    // not on every move of a slider.
    if (!m_savedAnalysis)
        m_savedAnalysis.emplace(*m_analysis, m_savedMethodology, app::toStdString(databasePath()));
    m_standings = aisov::compareStandings(m_savedAnalysis->results(), m_analysis->results());
}

void Session::adoptMethodology(aisov::Methodology saved, aisov::Methodology draft,
                               aisov::Analysis analysis)
{
    const bool structureChanged = !sameStructure(draft, m_methodology);
    if (!(saved == m_savedMethodology))
        m_savedAnalysis.reset();
    m_savedMethodology = std::move(saved);
    m_methodology = std::move(draft);
    m_analysis = std::move(analysis);
    updateStandings();
    if (structureChanged)
        Q_EMIT methodologyStructureChanged();
    Q_EMIT methodologyChanged();
    Q_EMIT scoresChanged();
}

void Session::setDraftBack(const InputError& problem)
{
    // The saved methodology scores what the store holds (the store checked
    // it); when it does not either, the caller hears of it.
    aisov::Analysis analysis(m_profiles, m_savedMethodology, app::toStdString(databasePath()));
    aisov::Methodology saved = m_savedMethodology;
    aisov::Methodology draft = m_savedMethodology;
    adoptMethodology(std::move(saved), std::move(draft), std::move(analysis));
    Q_EMIT draftSetBack(app::inputErrorText(problem));
}

void Session::editDraft(const QString& text, const QString& mergeKey, aisov::Methodology draft)
{
    if (draft == m_methodology)
        return;
    aisov::validateMethodology(draft, kDraftSource);
    // The same profiles, shared with the analysis before: a slider move
    // neither copies nor checks them again (docs/performance.md).
    aisov::Analysis analysis = m_analysis ? aisov::Analysis(*m_analysis, draft, kDraftSource)
                                          : aisov::Analysis(m_profiles, draft, kDraftSource);
    MethodologyState before = methodologyState();
    adoptMethodology(m_savedMethodology, std::move(draft), std::move(analysis));
    m_undoStack->push(
        new MethodologyCommand(*this, text, mergeKey, std::move(before), methodologyState()));
}

aisov::Methodology Session::draftWithPillar(const QString& pillar,
                                            const std::function<void(aisov::Pillar&)>& edit) const
{
    aisov::Methodology draft = m_methodology;
    for (auto& candidate : draft.pillars)
        if (candidate.id == app::toStdString(pillar)) {
            edit(candidate);
            return draft;
        }
    throw InputError(kDraftSource, app::toStdString(pillar), {aisov::InputProblem::NoPillarHere});
}

aisov::Methodology
Session::draftWithIndicator(const QString& indicator,
                            const std::function<void(aisov::Indicator&)>& edit) const
{
    aisov::Methodology draft = m_methodology;
    for (auto& candidate : draft.indicators)
        if (candidate.id == app::toStdString(indicator)) {
            edit(candidate);
            return draft;
        }
    throw InputError(kDraftSource, app::toStdString(indicator),
                     {aisov::InputProblem::NoIndicatorHere});
}

void Session::setPillarWeight(const QString& pillar, double weight)
{
    editDraft(tr("Change the weight of pillar %1").arg(pillar),
              QStringLiteral("pillar-weight/") + pillar,
              draftWithPillar(pillar, [&](aisov::Pillar& edited) { edited.weight = weight; }));
}

void Session::setPillarThreshold(const QString& pillar, double threshold)
{
    editDraft(
        tr("Change the threshold of pillar %1").arg(pillar),
        QStringLiteral("pillar-threshold/") + pillar,
        draftWithPillar(pillar, [&](aisov::Pillar& edited) { edited.threshold = threshold; }));
}

void Session::setIndicatorWeight(const QString& indicator, double weight)
{
    editDraft(
        tr("Change the weight of %1").arg(indicator),
        QStringLiteral("indicator-weight/") + indicator,
        draftWithIndicator(indicator, [&](aisov::Indicator& edited) { edited.weight = weight; }));
}

void Session::setIndicatorGoalposts(const QString& indicator, double low, double high)
{
    editDraft(tr("Change the goalposts of %1").arg(indicator),
              QStringLiteral("indicator-goalposts/") + indicator,
              draftWithIndicator(indicator, [&](aisov::Indicator& edited) {
                  edited.goalpostLow = low;
                  edited.goalpostHigh = high;
              }));
}

void Session::setIndicatorDirection(const QString& indicator, aisov::Direction direction)
{
    editDraft(tr("Change the direction of %1").arg(indicator), {},
              draftWithIndicator(indicator,
                                 [&](aisov::Indicator& edited) { edited.direction = direction; }));
}

void Session::setIndicatorTransform(const QString& indicator, aisov::Transform transform)
{
    editDraft(tr("Change the transform of %1").arg(indicator), {},
              draftWithIndicator(indicator,
                                 [&](aisov::Indicator& edited) { edited.transform = transform; }));
}

void Session::setIndicatorAggregation(aisov::Aggregation aggregation)
{
    aisov::Methodology draft = m_methodology;
    draft.indicatorAggregation = aggregation;
    editDraft(tr("Change the aggregation within pillars"), {}, std::move(draft));
}

void Session::setPillarAggregation(aisov::Aggregation aggregation)
{
    aisov::Methodology draft = m_methodology;
    draft.pillarAggregation = aggregation;
    editDraft(tr("Change the aggregation across pillars"), {}, std::move(draft));
}

void Session::setMissingPolicy(aisov::MissingPolicy policy)
{
    aisov::Methodology draft = m_methodology;
    draft.missing = policy;
    editDraft(tr("Change the missing-data rule"), {}, std::move(draft));
}

void Session::resetMethodologyToDefault()
{
    editDraft(tr("Reset the methodology to the bundled default"), {}, aisov::defaultMethodology());
}

void Session::importMethodology(const QString& path)
{
    aisov::Methodology imported = aisov::loadMethodologyFile(app::toStdString(path));
    // Profiles that do not fit the file are named with the file.
    aisov::Analysis check(m_profiles, imported, app::toStdString(path));
    const QString text = tr("Import the methodology %1").arg(app::toQString(imported.id));
    editDraft(text, {}, std::move(imported));
}

void Session::exportMethodology(const QString& path) const
{
    aisov::writeFileAtomically(app::toStdString(path), aisov::methodologyToJson(m_methodology));
}

void Session::saveMethodologyAs(const QString& id, const QString& version, const QString& name)
{
    aisov::Store& store = writableStore();
    aisov::Methodology saved = m_methodology;
    saved.id = app::toStdString(id.trimmed());
    saved.version = app::toStdString(version.trimmed());
    saved.name = app::toStdString(name.trimmed());
    aisov::validateMethodology(saved, kDraftSource);
    aisov::Analysis analysis(m_profiles, saved, kDraftSource);
    MethodologyState before = methodologyState();
    store.addMethodology(saved);
    store.setActiveMethodology(saved.id, saved.version);
    aisov::Methodology draft = saved;
    adoptMethodology(std::move(saved), std::move(draft), std::move(analysis));
    m_undoStack->push(new MethodologyCommand(
        *this, tr("Save the methodology as %1 %2").arg(id.trimmed(), version.trimmed()), {},
        std::move(before), methodologyState()));
}

void Session::activateMethodology(const QString& id, const QString& version)
{
    aisov::Store& store = writableStore();
    aisov::Methodology chosen = store.methodology(app::toStdString(id), app::toStdString(version));
    aisov::Analysis analysis(m_profiles, chosen,
                             app::toStdString(tr("methodology %1 %2").arg(id, version)));
    MethodologyState before = methodologyState();
    store.setActiveMethodology(chosen.id, chosen.version);
    aisov::Methodology draft = chosen;
    adoptMethodology(std::move(chosen), std::move(draft), std::move(analysis));
    m_undoStack->push(new MethodologyCommand(*this,
                                             tr("Use the methodology %1 %2").arg(id, version), {},
                                             std::move(before), methodologyState()));
}

void Session::restoreMethodology(const MethodologyState& state)
{
    if (m_movingBackRefused)
        return;
    // Called from QUndoStack, inside Qt's event handling: an exception must
    // not leave here.
    try {
        const bool switchActive = state.activeId != m_savedMethodology.id ||
                                  state.activeVersion != m_savedMethodology.version;
        aisov::Methodology saved =
            switchActive ? writableStore().methodology(state.activeId, state.activeVersion)
                         : m_savedMethodology;
        aisov::Analysis analysis(m_profiles, state.draft, kDraftSource);
        if (switchActive)
            writableStore().setActiveMethodology(state.activeId, state.activeVersion);
        adoptMethodology(std::move(saved), state.draft, std::move(analysis));
    } catch (const std::exception& error) {
        refuseStep(error);
    }
}
