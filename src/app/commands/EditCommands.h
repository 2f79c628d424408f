#pragma once

// The undo commands. Each is created after its edit was written (the
// Session writes first, so a refused edit never reaches the undo stack) and
// holds the stored state before and after; undo and redo put one of them
// back through the Session, so the database after an undo equals the
// database before the edit, row for row.

#include "aisov/Store.h"

#include <QString>
#include <QUndoCommand>

#include <optional>
#include <vector>

class Session;

// One value of one profile, as Tiled's ChangeValue: successive edits of the
// same cell merge into one step.
class ValueChangeCommand : public QUndoCommand
{
public:
    ValueChangeCommand(Session& session, const QString& text, QString code, QString indicator,
                       std::optional<aisov::ValueRecord> before,
                       std::optional<aisov::ValueRecord> after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Session& m_session;
    QString m_code;
    QString m_indicator;
    std::optional<aisov::ValueRecord> m_before;
    std::optional<aisov::ValueRecord> m_after;
    bool m_firstRedo = true; // the Session wrote the change already
};

// Whole profiles (an attribute, a create, a delete, an import): each as
// recorded before and after; nullopt where the profile did not exist.
class ProfileChangeCommand : public QUndoCommand
{
public:
    struct Change
    {
        QString code;
        std::optional<aisov::ProfileRecord> before;
        std::optional<aisov::ProfileRecord> after;
    };

    ProfileChangeCommand(Session& session, const QString& text, std::vector<Change> changes);

    void undo() override;
    void redo() override;

private:
    Session& m_session;
    std::vector<Change> m_changes;
    bool m_firstRedo = true;
};
