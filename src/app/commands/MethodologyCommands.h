#pragma once

// The undo command of the methodology editor. Like the edit commands it is
// created after the Session applied the change, and holds the methodology
// state before and after (which stored version is active, and the draft);
// undo and redo put one back through the Session. Successive edits of the
// same field (a slider being dragged) merge into one step.

#include "Session.h"

#include <QString>
#include <QUndoCommand>

class MethodologyCommand : public QUndoCommand
{
public:
    // `mergeKey` names the field edited ("pillar-weight/compute"); empty for
    // a step that never merges (save, switch, import, reset).
    MethodologyCommand(Session& session, const QString& text, QString mergeKey,
                       Session::MethodologyState before, Session::MethodologyState after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Session& m_session;
    QString m_mergeKey;
    Session::MethodologyState m_before;
    Session::MethodologyState m_after;
    bool m_firstRedo = true; // the Session applied the change already
};
