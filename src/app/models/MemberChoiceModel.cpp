#include "MemberChoiceModel.h"

#include "AppStrings.h"
#include "NameWithCode.h"
#include "Session.h"

MemberChoiceModel::MemberChoiceModel(Session& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::profileListChanged, this, &MemberChoiceModel::reload);
    connect(&m_session, &Session::databaseOpened, this, &MemberChoiceModel::reload);
    reload();
}

void MemberChoiceModel::reload()
{
    beginResetModel();
    m_codes.clear();
    for (const auto& profile : m_session.profiles())
        if (profile.kind == aisov::ProfileKind::Country)
            m_codes.append(app::toQString(profile.code));
    QStringList stillThere;
    for (const QString& code : m_checked)
        if (m_codes.contains(code))
            stillThere.append(code);
    m_checked = stillThere;
    endResetModel();
    Q_EMIT checkedChanged();
}

void MemberChoiceModel::setCheckedCodes(const QStringList& codes)
{
    m_checked.clear();
    for (const QString& code : codes)
        if (m_codes.contains(code) && !m_checked.contains(code))
            m_checked.append(code);
    if (!m_codes.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_codes.size()) - 1),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int MemberChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

QVariant MemberChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& code = m_codes[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const aisov::Profile* profile = m_session.profile(code);
        return aisov::render::nameWithCode(
            profile != nullptr ? app::displayName(*profile) : QString(), code);
    }
    case Qt::CheckStateRole:
        return m_checked.contains(code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return code;
    default:
        return {};
    }
}

bool MemberChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString& code = m_codes[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(code))
        return true;
    if (checked)
        m_checked.append(code);
    else
        m_checked.removeAll(code);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags MemberChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
