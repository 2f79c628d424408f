#include "Session.h"

#include "AppLanguage.h"
#include "AppStrings.h"
#include "commands/EditCommands.h"

#include "aisov/InputError.h"
#include "aisov/ProfileIO.h"
#include "aisov/ValueCheck.h"

#include <QScopedValueRollback>
#include <QUndoStack>

#include <algorithm>

using aisov::InputError;

Session::Session(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

Session::~Session() = default;

// --- The database ---------------------------------------------------------

void Session::openDatabase(const QString& path, aisov::OpenMode mode)
{
    // Open and read everything first: a failure leaves the session as it was.
    auto store = std::make_unique<aisov::Store>(aisov::Store::open(app::toStdString(path), mode));
    aisov::Methodology methodology = store->activeMethodology();
    std::vector<aisov::Profile> profiles = store->profiles();
    // Scored before anything is replaced: values that do not fit the
    // store's methodology are an InputError here, not a half-open session.
    aisov::Analysis analysis(profiles, methodology, app::toStdString(path));
    m_store = std::move(store);
    m_savedMethodology = methodology;
    m_methodology = std::move(methodology);
    m_profiles = std::move(profiles);
    m_analysis = std::move(analysis);
    m_frozenSnapshots.clear();
    m_savedAnalysis.reset();
    updateStandings();
    m_undoStack->clear();
    Q_EMIT databaseOpened();
    Q_EMIT scoresChanged();
}

bool Session::isOpen() const
{
    return m_store != nullptr;
}

QString Session::databasePath() const
{
    return m_store ? app::toQString(m_store->path()) : QString();
}

bool Session::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

aisov::Store& Session::writableStore()
{
    if (!m_store)
        throw aisov::FileError("no database is open");
    return *m_store;
}

// --- What is open ---------------------------------------------------------

const aisov::Methodology& Session::methodology() const
{
    return m_methodology;
}

const std::vector<aisov::Profile>& Session::profiles() const
{
    return m_profiles;
}

const aisov::Profile* Session::profile(const QString& code) const
{
    return aisov::findProfile(m_profiles, app::toStdString(code));
}

const aisov::Profile* Session::scoredProfile(const QString& code) const
{
    return m_analysis ? m_analysis->scoredProfile(app::toStdString(code)) : nullptr;
}

const std::vector<aisov::ScoreResult>& Session::results() const
{
    static const std::vector<aisov::ScoreResult> none;
    return m_analysis ? m_analysis->results() : none;
}

const aisov::ScoreResult* Session::result(const QString& code) const
{
    return m_analysis ? m_analysis->result(app::toStdString(code)) : nullptr;
}

QString Session::displayName(const std::string& englishName, const std::string& code) const
{
    return app::toQString(
        aisov::displayResultName(englishName, code, m_profiles, app::displayLanguage()));
}

QUndoStack* Session::undoStack() const
{
    return m_undoStack;
}

aisov::render::ChartData Session::chartData(const QStringList& codes) const
{
    std::vector<aisov::ScoreResult> selected;
    for (const auto& code : codes)
        if (const aisov::ScoreResult* scored = result(code))
            selected.push_back(*scored);
    return aisov::render::makeChartData(m_methodology, selected, m_profiles,
                                        app::displayLanguage());
}

void Session::reloadProfile(const QString& code)
{
    // One profile's values changed: read just that one, not the whole store.
    const std::string profileCode = app::toStdString(code);
    const auto index = aisov::profileIndex(m_profiles, profileCode);
    auto stored = m_store->profile(profileCode);
    if (!index || !stored) {
        reloadProfiles();
        return;
    }
    m_profiles[*index] = std::move(*stored);
    rescore();
}

void Session::reloadProfiles()
{
    m_profiles = m_store->profiles();
    rescore();
}

void Session::rescore()
{
    // Scored into a local first: a refusal leaves the analysis as it was.
    std::optional<aisov::Analysis> analysis;
    try {
        analysis.emplace(m_profiles, m_methodology, app::toStdString(databasePath()));
    } catch (const InputError& error) {
        // The store checks what it holds against the saved methodology, not
        // against the draft: a value another program wrote, re-read here by
        // an undo, say, may not fit the draft (issue 18).
        if (!hasUnsavedMethodology())
            throw;
        setDraftBack(error);
        return;
    }
    m_analysis = std::move(*analysis);
    m_savedAnalysis.reset(); // the profiles changed: rescored when needed
    updateStandings();
}

// --- Edits ----------------------------------------------------------------

QString Session::indicatorName(const std::string& indicatorId) const
{
    const aisov::Indicator* indicator = m_methodology.findIndicator(indicatorId);
    return indicator ? app::displayName(*indicator) : app::toQString(indicatorId);
}

void Session::setValue(const QString& code, const aisov::IndicatorValue& value)
{
    aisov::Store& store = writableStore();
    const std::string profileCode = app::toStdString(code);
    // The store checks the value against the saved methodology; the draft
    // everything is scored with must take it too (a log transform, say).
    if (const auto problem =
            aisov::indicatorValueProblem(value, m_methodology, aisov::currentYear()))
        throw InputError(profileCode, value.indicator, *problem);
    auto before = store.valueRecord(profileCode, value.indicator);
    store.setValue(profileCode, value);
    auto after = store.valueRecord(profileCode, value.indicator);
    reloadProfile(code);
    m_undoStack->push(new ValueChangeCommand(
        *this, tr("Change %1 of %2").arg(indicatorName(value.indicator), code), code,
        app::toQString(value.indicator), std::move(before), std::move(after)));
    Q_EMIT profileChanged(code);
    Q_EMIT scoresChanged();
}

void Session::removeValue(const QString& code, const QString& indicator)
{
    aisov::Store& store = writableStore();
    const std::string profileCode = app::toStdString(code);
    const std::string indicatorId = app::toStdString(indicator);
    auto before = store.valueRecord(profileCode, indicatorId);
    if (!before)
        return; // nothing to remove: no undo step either
    store.removeValue(profileCode, indicatorId);
    reloadProfile(code);
    m_undoStack->push(
        new ValueChangeCommand(*this, tr("Remove %1 of %2").arg(indicatorName(indicatorId), code),
                               code, indicator, std::move(before), std::nullopt));
    Q_EMIT profileChanged(code);
    Q_EMIT scoresChanged();
}

std::optional<aisov::ProfileRecord> Session::profileRecord(const QString& code) const
{
    return m_store->profileRecord(app::toStdString(code));
}

void Session::pushProfileChanges(const QString& text, const QStringList& codes,
                                 std::vector<std::optional<aisov::ProfileRecord>> before)
{
    std::vector<ProfileChangeCommand::Change> changes;
    for (qsizetype i = 0; i < codes.size(); ++i)
        changes.push_back(
            {codes[i], std::move(before[static_cast<std::size_t>(i)]), profileRecord(codes[i])});
    reloadProfiles();
    m_undoStack->push(new ProfileChangeCommand(*this, text, std::move(changes)));
    Q_EMIT profileListChanged();
    for (const auto& code : codes)
        Q_EMIT profileChanged(code);
    Q_EMIT scoresChanged();
}

void Session::renameProfile(const QString& code, const QString& name)
{
    aisov::Store& store = writableStore();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw InputError(app::toStdString(code), "name", {aisov::InputProblem::ProfileNeedsName});
    auto before = profileRecord(code);
    store.renameProfile(app::toStdString(code), app::toStdString(trimmed));
    pushProfileChanges(tr("Rename %1").arg(code), {code}, {std::move(before)});
}

void Session::setTranslatedName(const QString& code, aisov::Language language, const QString& name)
{
    aisov::Store& store = writableStore();
    auto before = profileRecord(code);
    store.setTranslatedName(app::toStdString(code), language, app::toStdString(name.trimmed()));
    pushProfileChanges(tr("Rename %1 in %2").arg(code, app::nativeLanguageName(language)), {code},
                       {std::move(before)});
}

void Session::setPopulation(const QString& code, std::optional<double> population)
{
    aisov::Store& store = writableStore();
    auto before = profileRecord(code);
    store.setPopulation(app::toStdString(code), population);
    pushProfileChanges(tr("Change the population of %1").arg(code), {code}, {std::move(before)});
}

void Session::setGdp(const QString& code, std::optional<double> gdpUsd)
{
    aisov::Store& store = writableStore();
    auto before = profileRecord(code);
    store.setGdp(app::toStdString(code), gdpUsd);
    pushProfileChanges(tr("Change the GDP of %1").arg(code), {code}, {std::move(before)});
}

void Session::setMembers(const QString& code, const QStringList& members)
{
    aisov::Store& store = writableStore();
    std::vector<std::string> memberCodes;
    for (const auto& member : members)
        memberCodes.push_back(app::toStdString(member.trimmed().toUpper()));
    auto before = profileRecord(code);
    store.setMembers(app::toStdString(code), memberCodes);
    pushProfileChanges(tr("Change the members of %1").arg(code), {code}, {std::move(before)});
}

void Session::createProfile(const aisov::Profile& profile)
{
    aisov::Store& store = writableStore();
    store.createProfile(profile);
    const QString code = app::toQString(profile.code);
    pushProfileChanges(tr("Create %1").arg(code), {code}, {std::nullopt});
}

void Session::duplicateProfile(const QString& code, const QString& newCode, const QString& newName)
{
    const aisov::Profile* original = profile(code);
    if (original == nullptr)
        throw InputError(app::toStdString(code), "", {aisov::InputProblem::NoProfileHere});
    aisov::Profile copy = *original;
    copy.code = app::toStdString(newCode);
    copy.name = app::toStdString(newName);
    // The copy is named anew; the original's translated names are not its.
    copy.translations.clear();
    writableStore().createProfile(copy);
    pushProfileChanges(tr("Duplicate %1 as %2").arg(code, newCode), {newCode}, {std::nullopt});
}

void Session::deleteProfile(const QString& code)
{
    aisov::Store& store = writableStore();
    std::optional<aisov::ProfileRecord> before = store.deleteProfile(app::toStdString(code));
    pushProfileChanges(tr("Delete %1").arg(code), {code}, {std::move(before)});
}

// --- Import and export ----------------------------------------------------

ImportPreview Session::previewImport(const QString& path) const
{
    ImportPreview preview;
    preview.path = path;
    const std::string file = app::toStdString(path);
    const auto format = aisov::profilesFormatFromPath(file);
    if (!format)
        throw InputError(file, "", {aisov::InputProblem::UnknownFileType});
    preview.mode = *format == aisov::ProfilesFormat::Csv ? aisov::ImportMode::MergeValues
                                                         : aisov::ImportMode::ReplaceProfiles;
    preview.incoming = aisov::loadProfilesFile(file);
    // The same check the store makes, so a bad file is refused before the preview.
    aisov::validateProfiles(preview.incoming, m_methodology, file);
    preview.plan = aisov::planImport(m_profiles, preview.incoming, preview.mode);
    return preview;
}

void Session::applyImport(const ImportPreview& preview)
{
    aisov::Store& store = writableStore();
    QStringList codes;
    std::vector<std::optional<aisov::ProfileRecord>> before;
    for (const auto& change : preview.plan.profiles) {
        codes.append(app::toQString(change.code));
        before.push_back(profileRecord(codes.back()));
    }
    if (codes.isEmpty())
        return;
    store.importProfiles(preview.incoming, preview.mode, app::toStdString(preview.path));
    pushProfileChanges(tr("Import profiles (%1)").arg(codes.size()), codes, std::move(before));
}

void Session::exportProfiles(const QString& path) const
{
    if (!m_store)
        throw aisov::FileError(app::toStdString(path) + ": no database is open");
    m_store->exportFile(app::toStdString(path));
}

// --- Undo and redo ---------------------------------------------------------

void Session::undo()
{
    stepOrStay(&QUndoStack::undo, &QUndoStack::redo);
}

void Session::redo()
{
    stepOrStay(&QUndoStack::redo, &QUndoStack::undo);
}

void Session::stepOrStay(void (QUndoStack::*step)(), void (QUndoStack::*back)())
{
    m_stepRefused = false;
    (m_undoStack->*step)();
    if (!m_stepRefused)
        return;
    // QUndoStack has moved although the write was refused: move it back,
    // writing nothing, since the database still holds what it had.
    const QScopedValueRollback<bool> movingBack(m_movingBackRefused, true);
    (m_undoStack->*back)();
}

void Session::refuseStep(const std::exception& error)
{
    m_stepRefused = true;
    Q_EMIT writeFailed(QString::fromUtf8(error.what()));
}

void Session::restoreValue(const QString& code, const QString& indicator,
                           const std::optional<aisov::ValueRecord>& record)
{
    if (m_movingBackRefused)
        return;
    // Called from QUndoStack, inside Qt's event handling: an exception must
    // not leave here.
    try {
        writableStore().restoreValueRecord(app::toStdString(code), app::toStdString(indicator),
                                           record);
    } catch (const std::exception& error) {
        refuseStep(error);
        return;
    }
    try {
        reloadProfile(code);
    } catch (const std::exception& error) {
        Q_EMIT writeFailed(QString::fromUtf8(error.what()));
        return;
    }
    Q_EMIT profileChanged(code);
    Q_EMIT scoresChanged();
}

void Session::restoreProfiles(const std::vector<RecordedProfile>& profiles)
{
    if (m_movingBackRefused)
        return;
    // One transaction for all of them: a refused step changes nothing.
    try {
        std::vector<aisov::ProfileRestore> restores;
        restores.reserve(profiles.size());
        for (const auto& profile : profiles)
            restores.push_back({app::toStdString(profile.code), *profile.record});
        writableStore().restoreProfiles(restores);
    } catch (const std::exception& error) {
        refuseStep(error);
        return;
    }
    try {
        reloadProfiles();
    } catch (const std::exception& error) {
        Q_EMIT writeFailed(QString::fromUtf8(error.what()));
        return;
    }
    Q_EMIT profileListChanged();
    for (const auto& profile : profiles)
        Q_EMIT profileChanged(profile.code);
    Q_EMIT scoresChanged();
}
