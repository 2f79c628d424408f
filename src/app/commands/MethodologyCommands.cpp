#include "MethodologyCommands.h"

namespace {

// QUndoStack merges only commands of equal id; this one must differ from
// the ids in EditCommands.cpp (small numbers), hence a distinctive value.
constexpr int kMethodologyEditId = 0x4d45;

} // namespace

MethodologyCommand::MethodologyCommand(Session& session, const QString& text, QString mergeKey,
                                       Session::MethodologyState before,
                                       Session::MethodologyState after)
    : QUndoCommand(text)
    , m_session(session)
    , m_mergeKey(std::move(mergeKey))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void MethodologyCommand::undo()
{
    m_session.restoreMethodology(m_before);
}

void MethodologyCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_session.restoreMethodology(m_after);
}

int MethodologyCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMethodologyEditId;
}

bool MethodologyCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const MethodologyCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // A slider dragged back to where it started leaves no step behind.
    setObsolete(m_after == m_before);
    return true;
}
