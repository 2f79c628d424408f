#include "ScenarioCommands.h"

#include "Session.h"

namespace {
// Distinct from the ids in EditCommands.cpp.
constexpr int kScenarioOverrideId = 101;
} // namespace

ScenarioChangeCommand::ScenarioChangeCommand(Session& session, const QString& text,
                                             QString baseCode, aisov::ProfileRecord before,
                                             aisov::ProfileRecord after, QString mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_baseCode(std::move(baseCode))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{}

void ScenarioChangeCommand::undo()
{
    m_session.restoreScenarios(m_baseCode, m_before);
}

void ScenarioChangeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_session.restoreScenarios(m_baseCode, m_after);
}

int ScenarioChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kScenarioOverrideId;
}

bool ScenarioChangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ScenarioChangeCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}
