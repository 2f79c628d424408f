#pragma once

// The one object that owns the open database, the profiles in memory, the
// active methodology and their scores. It is the only writer: every edit of
// the application is a call here, which writes through aisov::Store, pushes
// one undo step and tells the views through its signals (the pattern of
// Subsurface's command API and notifier). It holds no scoring of its own:
// scores come from aisov_core.

#include "aisov/Analysis.h"
#include "aisov/ImportPlan.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"
#include "aisov/SnapshotComparison.h"
#include "aisov/Store.h"

#include "ChartData.h"
#include "FrozenSnapshot.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
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
    QUndoStack* undoStack() const;
    // What the charts show for these profiles (unknown codes are skipped),
    // built by the render library from the current scores.
    aisov::render::ChartData chartData(const QStringList& codes) const;

    // --- Edits: each validates, writes, and is one undo step --------------
    // Throw aisov::InputError for bad input (nothing is written) and
    // aisov::FileError when the database refuses the write.
    void setValue(const QString& code, const aisov::IndicatorValue& value);
    void removeValue(const QString& code, const QString& indicator);
    void renameProfile(const QString& code, const QString& name);
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

private:
    std::optional<aisov::ProfileRecord> profileRecord(const QString& code) const;
    QString indicatorName(const std::string& indicatorId) const;
    // Pushes the undo step of an edit of whole profiles that was just written.
    void pushProfileChanges(const QString& text, const QStringList& codes,
                            std::vector<std::optional<aisov::ProfileRecord>> before);
    aisov::Store& writableStore();
    void reloadProfile(const QString& code);
    void reloadProfiles();
    void rescore();

    std::unique_ptr<aisov::Store> m_store;
    aisov::Methodology m_methodology;
    std::vector<aisov::Profile> m_profiles;
    // The profiles scored by the core analysis API; rebuilt after every change.
    std::optional<aisov::Analysis> m_analysis;
    QUndoStack* m_undoStack = nullptr;

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
