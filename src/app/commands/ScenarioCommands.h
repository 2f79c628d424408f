#pragma once

// The undo command of every scenario edit (new, override, rename,
// duplicate, delete): the base profile's record before and after, which
// carries its scenarios row for row. Created after the edit was written;
// undo and redo put one record back through the Session.

#include "aisov/Store.h"

#include <QString>
#include <QUndoCommand>

class Session;

class ScenarioChangeCommand : public QUndoCommand
{
public:
    // Commands with the same non-empty `mergeKey` (one override of one
    // scenario) that follow each other merge into one step.
    ScenarioChangeCommand(Session& session, const QString& text, QString baseCode,
                          aisov::ProfileRecord before, aisov::ProfileRecord after,
                          QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Session& m_session;
    QString m_baseCode;
    aisov::ProfileRecord m_before;
    aisov::ProfileRecord m_after;
    QString m_mergeKey;
    bool m_firstRedo = true; // the Session wrote the change already
};
