#pragma once

// The one object that owns the open database, the profiles in memory, the
// active methodology and their scores. It is the only writer: every edit of
// the application is a call here, which writes through aisov::Store, pushes
// one undo step and tells the views through its signals (the pattern of
// Subsurface's command API and notifier). It holds no scoring of its own:
// scores come from aisov_core.

#include "aisov/Analysis.h"
#include "aisov/ImportPlan.h"
#include "aisov/InputError.h"
#include "aisov/Methodology.h"
#include "aisov/MethodologyChange.h"
#include "aisov/Profile.h"
#include "aisov/ScenarioDelta.h"
#include "aisov/ScoreResult.h"
#include "aisov/SnapshotComparison.h"
#include "aisov/Store.h"

#include "ChartData.h"
#include "CountryBrief.h"
#include "FrozenSnapshot.h"
#include "LeverQuestion.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

// What importing a file would do, read and planned before anything is written.
struct ImportPreview
{
    QString path;
    aisov::ImportMode mode = aisov::ImportMode::ReplaceProfiles;
    std::vector<aisov::Profile> incoming;
    aisov::ImportPlan plan;
};

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // --- The database ----------------------------------------------------
    // Opens `path` (OpenMode::Create creates and seeds a new file). Throws
    // aisov::InputError (damaged, foreign or newer file) or aisov::FileError
    // (cannot be read, locked); the session keeps what it had open then.
    void openDatabase(const QString& path, aisov::OpenMode mode = aisov::OpenMode::Existing);
    bool isOpen() const;
    QString databasePath() const;
    bool isReadOnly() const;

    // --- What is open ----------------------------------------------------
    const aisov::Methodology& methodology() const;
    const std::vector<aisov::Profile>& profiles() const; // as stored, ordered by code
    const aisov::Profile* profile(const QString& code) const;
    // The profile as it was scored: a bloc without values of its own pooled
    // from its members.
    const aisov::Profile* scoredProfile(const QString& code) const;
    const std::vector<aisov::ScoreResult>& results() const; // parallel to profiles()
    const aisov::ScoreResult* result(const QString& code) const;
    // A result's, a partner's or a bloc member's name (`englishName`, after
    // the profile `code`) in the window's language (aisov::displayResultName).
    QString displayName(const std::string& englishName, const std::string& code) const;
    QUndoStack* undoStack() const;
    // Undo and redo the next step, as the Edit menu does. When the store
    // refuses the step's write (another program changed or locked the
    // file), nothing changed, so the stack stays where it was and its
    // position always matches the database; writeFailed says why.
    void undo();
    void redo();
    // What the charts show for these profiles (unknown codes are skipped),
    // built by the render library from the current scores.
    aisov::render::ChartData chartData(const QStringList& codes) const;

    // --- Edits: each validates, writes, and is one undo step --------------
    // Throw aisov::InputError for bad input (nothing is written) and
    // aisov::FileError when the database refuses the write.
    void setValue(const QString& code, const aisov::IndicatorValue& value);
    void removeValue(const QString& code, const QString& indicator);
    void renameProfile(const QString& code, const QString& name);
    // The name shown in `language` (not English); empty: the English name.
    void setTranslatedName(const QString& code, aisov::Language language, const QString& name);
    void setPopulation(const QString& code, std::optional<double> population);
    void setGdp(const QString& code, std::optional<double> gdpUsd);
    void setMembers(const QString& code, const QStringList& members);
    void createProfile(const aisov::Profile& profile);
    void duplicateProfile(const QString& code, const QString& newCode, const QString& newName);
    void deleteProfile(const QString& code);

    // Reads and plans an import; writes nothing.
    ImportPreview previewImport(const QString& path) const;
    // Writes a previewed import in one transaction, one undo step.
    void applyImport(const ImportPreview& preview);
    // Writes every profile to `path` (.json or .csv).
    void exportProfiles(const QString& path) const;

    // --- Analysis: partners, blocs, briefs (SessionAnalysis.cpp) ----------
    // The analysis of what is open (all profiles scored together); null
    // when no database is open.
    const aisov::Analysis* analysis() const;
    // Every other profile ranked by what pooling with it adds to `code`
    // (aisov::rankPartners). Throws aisov::InputError for an unknown code.
    aisov::PartnerRanking partners(const QString& code) const;
    // A bloc of `members` as it would score if it were saved: its result
    // and each member's score beside it. Throws aisov::InputError when a
    // member is unknown or there is none.
    struct CoalitionPreview
    {
        aisov::ScoreResult result;
        aisov::BlocComparison comparison;
    };
    CoalitionPreview previewCoalition(const QStringList& members) const;
    // The one-page country brief of `code` (render library).
    aisov::render::CountryBrief countryBrief(const QString& code) const;
    // --- Scenarios ---
    // What-ifs on one base profile (SessionScenarios.cpp). A scenario stays
    // linked to its base: it is always the base as it is now plus its
    // overrides. Edits throw aisov::InputError (nothing is written) and
    // aisov::FileError like the edits above; each is one undo step, except
    // freezing (a snapshot is history).
    std::vector<aisov::Scenario> scenarios(const QString& baseCode) const; // by name
    std::optional<aisov::Scenario> scenario(const QString& baseCode, const QString& name) const;
    // The scenario scored among all the other profiles as they are now.
    // InputError when an override no longer fits the active methodology.
    aisov::ScoreResult scenarioResult(const aisov::Scenario& scenario) const;
    // Indicators of its overrides that the base has caught up with
    // (aisov::overtakenOverrides), in the overrides' order.
    QStringList overtakenOverrides(const aisov::Scenario& scenario) const;
    // The base with a scenario's result (scenarioResult) attached, labelled
    // `label`: the spectrum's arrow, the delta chart.
    aisov::render::ChartData scenarioChartData(const QString& baseCode,
                                               const aisov::ScoreResult& scenarioResult,
                                               const QString& label) const;

    void createScenario(const QString& baseCode, const QString& name, const QString& description);
    // Sets (adds or replaces) one override; successive edits of the same
    // override are one undo step.
    void setScenarioOverride(const QString& baseCode, const QString& name,
                             const aisov::IndicatorValue& value);
    void removeScenarioOverride(const QString& baseCode, const QString& name,
                                const QString& indicator);
    void renameScenario(const QString& baseCode, const QString& name, const QString& newName);
    void duplicateScenario(const QString& baseCode, const QString& name, const QString& newName);
    void deleteScenario(const QString& baseCode, const QString& name);
    // Freezes the scenario, scored now, as a snapshot labelled `label`;
    // returns its id. Not an undo step: snapshots are history.
    std::int64_t freezeScenario(const QString& baseCode, const QString& name, const QString& label);
    // For the undo commands only: puts the base's record (with its
    // scenarios) back and notifies. Pushes nothing.
    void restoreScenarios(const QString& baseCode, const aisov::ProfileRecord& record);

    // --- Levers and investment templates (SessionLevers.cpp) --------------
    // What the Levers tab computes for `code`, from where its scenario
    // `scenarioName` leaves it (empty: from the profile as it is), copied so
    // that a worker thread can answer it (answerLeverQuestion). InputError
    // when no database is open or the profile or scenario is unknown.
    LeverQuestion leverQuestion(const QString& code, const QString& scenarioName) const;
    // The bundled investment templates whose changes all name indicators of
    // the methodology.
    std::vector<aisov::InvestmentTemplate> investmentTemplates() const;
    // The levers chart of `levers` (its first `top`), labelled with the
    // scenario when there is one.
    aisov::render::ChartData leversChartData(const aisov::LeverAnalysis& levers,
                                             const QString& scenarioName, std::size_t top) const;
    // One click on the Levers tab: a new scenario of `code` with the
    // overrides of `scenarioName` (empty: none) and, on top, one step of
    // `lever` (or the value that reaches the next band), or the values the
    // template `templateId` sets (aisov::templateOverrides). One undo step;
    // returns the name given ("Lever: Researchers to 7,108 per million people",
    // the template's name; numbered when taken). InputError when there is
    // no value for the next band or no such template.
    enum class LeverTarget
    {
        OneStep,
        NextBand
    };
    QString createLeverScenario(const QString& code, const QString& scenarioName,
                                const aisov::Lever& lever,
                                LeverTarget target = LeverTarget::OneStep);
    QString createTemplateScenario(const QString& code, const QString& scenarioName,
                                   const QString& templateId);

    // --- For the undo commands only ---------------------------------------
    // Put one value, or one whole profile, back as recorded (nullopt: remove
    // it), then reload and notify. They push nothing.
    void restoreValue(const QString& code, const QString& indicator,
                      const std::optional<aisov::ValueRecord>& record);
    struct RecordedProfile
    {
        QString code;
        const std::optional<aisov::ProfileRecord>* record = nullptr;
    };
    void restoreProfiles(const std::vector<RecordedProfile>& profiles);
    // For the restore functions: the store refused the step's write.
    void refuseStep(const std::exception& error);
    void stepOrStay(void (QUndoStack::*step)(), void (QUndoStack::*back)());

    // --- Methodology -------------------------------------------------------
    // (SessionMethodology.cpp) Everything is scored with methodology(), the
    // working copy. Its edits are a draft held in memory and never written:
    // each is one undo step (repeated edits of one field merge into one)
    // until saveMethodologyAs stores it as a new version and makes it active.
    // Opening another database or quitting drops the draft (the window asks
    // first). savedMethodology() is the store's active methodology.
    const aisov::Methodology& savedMethodology() const;
    bool hasUnsavedMethodology() const;
    // Per profile, parallel to profiles(): score, rank and band under the
    // saved methodology and under the draft.
    const std::vector<aisov::StandingChange>& standingChanges() const;
    std::vector<aisov::MethodologyRecord> storedMethodologies() const;

    // Draft edits. Each checks the whole methodology (validateMethodology)
    // and scores every profile with it; a refusal throws aisov::InputError
    // with the reason and changes nothing. An edit that changes nothing is
    // no undo step.
    void setPillarWeight(const QString& pillar, double weight);
    void setPillarThreshold(const QString& pillar, double threshold);
    void setIndicatorWeight(const QString& indicator, double weight);
    void setIndicatorGoalposts(const QString& indicator, double low, double high);
    void setIndicatorDirection(const QString& indicator, aisov::Direction direction);
    void setIndicatorTransform(const QString& indicator, aisov::Transform transform);
    void setIndicatorAggregation(aisov::Aggregation aggregation); // within a pillar
    void setPillarAggregation(aisov::Aggregation aggregation);    // across pillars
    void setMissingPolicy(aisov::MissingPolicy policy);
    // Replace the whole draft (one undo step): with the bundled default, or
    // with a methodology file (read and validated by MethodologyIO).
    void resetMethodologyToDefault();
    void importMethodology(const QString& path);
    // Writes the draft as a methodology file.
    void exportMethodology(const QString& path) const;
    // Stores the draft as `id` `version` named `name` and makes it active.
    // One undo step: undo makes the previous version active again (a stored
    // version is never removed: snapshots may refer to it).
    void saveMethodologyAs(const QString& id, const QString& version, const QString& name);
    // Makes a stored methodology active; the draft becomes that methodology.
    // One undo step.
    void activateMethodology(const QString& id, const QString& version);

    // For the undo commands only: which stored methodology is active, and
    // the draft; restoring one puts both back and rescores.
    struct MethodologyState
    {
        std::string activeId;
        std::string activeVersion;
        aisov::Methodology draft;

        friend bool operator==(const MethodologyState&, const MethodologyState&) = default;
    };
    MethodologyState methodologyState() const;
    void restoreMethodology(const MethodologyState& state);

Q_SIGNALS:
    // Another database was opened: every view starts again.
    void databaseOpened();
    // Profiles were added, removed or renamed.
    void profileListChanged();
    // Values or attributes of one profile changed.
    void profileChanged(const QString& code);
    // The scores were computed again (after any change).
    void scoresChanged();
    // An undo or redo could not be written (the database was locked or
    // became read-only); the database keeps what it had.
    void writeFailed(const QString& message);
    // The scenarios of `baseCode` were added, changed, renamed or removed.
    void scenariosChanged(const QString& baseCode);
    // A snapshot of `code` (or of one of its scenarios) was taken.
    void snapshotTaken(const QString& code);
    // The draft or the active methodology changed (scoresChanged follows).
    void methodologyChanged();
    // Its pillars or indicators changed too (another methodology was
    // activated, imported or reset to): views built on them start again.
    void methodologyStructureChanged();
    // What the database holds now does not fit the edited methodology (a
    // value another program wrote, re-read by an undo): the draft was set
    // back to the saved methodology, which scores it. `reason` says why.
    void draftSetBack(const QString& reason);

private:
    std::optional<aisov::ProfileRecord> profileRecord(const QString& code) const;
    QString indicatorName(const std::string& indicatorId) const;
    // Pushes the undo step of an edit of whole profiles that was just written.
    void pushProfileChanges(const QString& text, const QStringList& codes,
                            std::vector<std::optional<aisov::ProfileRecord>> before);
    aisov::Store& writableStore();
    // Scenarios: the scenario that must exist, a name that must be free, and
    // the undo step of a scenario edit just written.
    aisov::Scenario requireScenario(const QString& baseCode, const QString& name) const;
    void requireFreeScenarioName(const QString& baseCode, const QString& name) const;
    void pushScenarioChange(const QString& text, const QString& baseCode,
                            aisov::ProfileRecord before, const QString& mergeKey = {});
    // SessionLevers.cpp: a new scenario holding `overrides`, one undo step;
    // `wantedName` numbered when taken. Returns the name given.
    QString createScenarioWithOverrides(const QString& baseCode, const QString& wantedName,
                                        const QString& description,
                                        std::vector<aisov::IndicatorValue> overrides);
    QString freeScenarioName(const QString& baseCode, const QString& wantedName) const;
    void reloadProfile(const QString& code);
    void reloadProfiles();
    // Scores the profiles with the draft; when the draft cannot score them,
    // sets it back to the saved methodology (setDraftBack).
    void rescore();
    void setDraftBack(const aisov::InputError& problem);
    // SessionMethodology.cpp
    void editDraft(const QString& text, const QString& mergeKey, aisov::Methodology draft);
    void adoptMethodology(aisov::Methodology saved, aisov::Methodology draft,
                          aisov::Analysis analysis);
    void updateStandings();
    aisov::Methodology draftWithIndicator(const QString& indicator,
                                          const std::function<void(aisov::Indicator&)>& edit) const;
    aisov::Methodology draftWithPillar(const QString& pillar,
                                       const std::function<void(aisov::Pillar&)>& edit) const;

    std::unique_ptr<aisov::Store> m_store;
    aisov::Methodology m_methodology; // the draft: what everything is scored with
    aisov::Methodology m_savedMethodology;
    // The profiles scored with the saved methodology while the draft differs.
    std::optional<aisov::Analysis> m_savedAnalysis;
    std::vector<aisov::StandingChange> m_standings;
    std::vector<aisov::Profile> m_profiles;
    // The profiles scored by the core analysis API; rebuilt after every change.
    std::optional<aisov::Analysis> m_analysis;
    QUndoStack* m_undoStack = nullptr;
    bool m_stepRefused = false;       // set by refuseStep during undo() or redo()
    bool m_movingBackRefused = false; // the restores write nothing meanwhile

    // --- History ---------------------------------------------------------
    // (SessionHistory.cpp.) Snapshots are history rather than edits: the
    // store keeps them immutable and has no way to remove one, so taking a
    // snapshot is not an undo step.
public:
    // Freezes the profile `code` as scored now, labelled `label`; returns the
    // snapshot's id. Throws aisov::InputError (no such profile, a label the
    // store refuses) and aisov::FileError (read-only or locked database).
    std::int64_t takeSnapshot(const QString& code, const QString& label);
    // The snapshots of `code` (its scenarios' included), oldest first.
    std::vector<std::shared_ptr<const FrozenSnapshot>> history(const QString& code) const;
    // One snapshot, read and scored on first use; an InputError when the id
    // is unknown or what it froze cannot be read.
    std::shared_ptr<const FrozenSnapshot> frozenSnapshot(std::int64_t id) const;
    // The snapshot's profile next to today's, value by value; an InputError
    // when the profile has been deleted since.
    aisov::SnapshotComparison compareWithToday(const FrozenSnapshot& frozen) const;
    // True when the snapshot was scored with another methodology than the
    // active one (another id or version, or other content).
    bool methodologyDiffers(const FrozenSnapshot& frozen) const;
    // The history chart of `code`: its snapshots of the profile itself (not
    // of scenarios, which are what-ifs) and its score today.
    aisov::render::ChartData historyChartData(const QString& code) const;

Q_SIGNALS:
    // A snapshot of `code` was taken.
    void historyChanged(const QString& code);

private:
    mutable std::map<std::int64_t, std::shared_ptr<const FrozenSnapshot>> m_frozenSnapshots;
};
