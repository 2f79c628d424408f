#include "EditCommands.h"

#include "Session.h"

namespace {

enum CommandId
{
    ValueChangeId = 1
};

} // namespace

ValueChangeCommand::ValueChangeCommand(Session& session, const QString& text, QString code,
                                       QString indicator, std::optional<aisov::ValueRecord> before,
                                       std::optional<aisov::ValueRecord> after)
    : QUndoCommand(text)
    , m_session(session)
    , m_code(std::move(code))
    , m_indicator(std::move(indicator))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ValueChangeCommand::undo()
{
    m_session.restoreValue(m_code, m_indicator, m_before);
}

void ValueChangeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_session.restoreValue(m_code, m_indicator, m_after);
}

int ValueChangeCommand::id() const
{
    return ValueChangeId;
}

bool ValueChangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ValueChangeCommand*>(other);
    if (next->m_code != m_code || next->m_indicator != m_indicator)
        return false;
    m_after = next->m_after;
    return true;
}

ProfileChangeCommand::ProfileChangeCommand(Session& session, const QString& text,
                                           std::vector<Change> changes)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
{}

void ProfileChangeCommand::undo()
{
    std::vector<Session::RecordedProfile> records;
    for (const auto& change : m_changes)
        records.push_back({change.code, &change.before});
    m_session.restoreProfiles(records);
}

void ProfileChangeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    std::vector<Session::RecordedProfile> records;
    for (const auto& change : m_changes)
        records.push_back({change.code, &change.after});
    m_session.restoreProfiles(records);
}
