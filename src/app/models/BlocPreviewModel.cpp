#include "BlocPreviewModel.h"

#include "AppStrings.h"
#include "NameWithCode.h"

#include <QFont>
#include <QLocale>

namespace {

QString signedPoints(const std::optional<double>& gain)
{
    if (!gain)
        return QStringLiteral("–");
    return (*gain >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*gain, 'f', 1);
}

} // namespace

BlocPreviewModel::BlocPreviewModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::scoresChanged, this, [this] { setMembers(m_members); });
}

void BlocPreviewModel::setMembers(const QStringList& members)
{
    beginResetModel();
    m_members = members;
    m_preview.reset();
    m_problem.clear();
    if (members.isEmpty()) {
        m_problem = tr("Check at least one member.");
    } else {
        try {
            m_preview = m_session.previewCoalition(members);
        } catch (const std::exception& error) {
            m_problem = QString::fromUtf8(error.what());
        }
    }
    endResetModel();
}

int BlocPreviewModel::blocRow() const
{
    return m_preview ? static_cast<int>(m_preview->comparison.members.size()) : -1;
}

int BlocPreviewModel::gainRow() const
{
    return m_preview ? blocRow() + 1 : -1;
}

int BlocPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_preview ? 0 : gainRow() + 1;
}

int BlocPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid()
               ? 0
               : FirstPillarColumn + static_cast<int>(m_session.methodology().pillars.size());
}

QVariant BlocPreviewModel::memberCell(const aisov::BlocMemberScore& member, int column) const
{
    if (column == NameColumn)
        return aisov::render::nameWithCode(m_session.displayName(member.name, member.code),
                                           app::toQString(member.code));
    if (column == OverallColumn)
        return app::formatScore(member.score);
    const auto pillar = static_cast<std::size_t>(column - FirstPillarColumn);
    return app::formatScore(pillar < member.pillarScores.size() ? member.pillarScores[pillar]
                                                                : std::nullopt);
}

QVariant BlocPreviewModel::blocCell(int column) const
{
    if (column == NameColumn)
        return tr("The bloc, pooled");
    if (column == OverallColumn)
        return app::formatScore(m_preview->result.score);
    const auto pillar = static_cast<std::size_t>(column - FirstPillarColumn);
    return app::formatScore(m_preview->comparison.pillars[pillar].blocScore);
}

QVariant BlocPreviewModel::gainCell(int column) const
{
    if (column == NameColumn)
        return tr("Gain over the best member");
    if (column == OverallColumn)
        return signedPoints(m_preview->comparison.gainOverBestMember);
    const auto pillar = static_cast<std::size_t>(column - FirstPillarColumn);
    return signedPoints(m_preview->comparison.pillars[pillar].gain);
}

QVariant BlocPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::FontRole && row >= blocRow()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return app::kNumberAlignment;
    if (role != Qt::DisplayRole)
        return {};
    if (row < blocRow())
        return memberCell(m_preview->comparison.members[static_cast<std::size_t>(row)],
                          index.column());
    return row == blocRow() ? blocCell(index.column()) : gainCell(index.column());
}

QVariant BlocPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == NameColumn)
        return tr("Member");
    if (section == OverallColumn)
        return tr("Overall");
    const auto pillar = static_cast<std::size_t>(section - FirstPillarColumn);
    if (pillar < m_session.methodology().pillars.size())
        return app::displayName(m_session.methodology().pillars[pillar]);
    return {};
}
