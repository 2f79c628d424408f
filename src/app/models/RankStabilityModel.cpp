#include "RankStabilityModel.h"

#include "AppStrings.h"
#include "Session.h"

#include <QLocale>

#include <algorithm>

namespace {

// "63 %"; "<1 %" and ">99 %" for shares that would round to "0 %" or
// "100 %" but are not: a rank held in all draws but a few is not certain.
QString shareText(double share)
{
    if (share <= 0.0)
        return {};
    if (share < 0.005)
        return RankStabilityModel::tr("<1 %");
    if (share < 1.0 && share >= 0.995)
        return RankStabilityModel::tr(">99 %");
    return QLocale().toString(100.0 * share, 'f', 0) + QStringLiteral(" %");
}

} // namespace

RankStabilityModel::RankStabilityModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void RankStabilityModel::setRun(UncertaintyRun run)
{
    beginResetModel();
    m_run = std::move(run);
    endResetModel();
}

void RankStabilityModel::clear()
{
    if (!m_run)
        return;
    beginResetModel();
    m_run.reset();
    endResetModel();
}

int RankStabilityModel::rankCount() const
{
    if (!m_run)
        return 0;
    std::size_t ranks = 0;
    for (const auto& summary : m_run->summaries)
        ranks = std::max(ranks, summary.rankFrequency.size());
    return static_cast<int>(ranks);
}

int RankStabilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_run ? 0 : static_cast<int>(m_run->summaries.size());
}

int RankStabilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstRankColumn + rankCount();
}

QString RankStabilityModel::profileName(int row) const
{
    const QString& code = m_run->codes[row];
    const aisov::Profile* profile = m_session.profile(code);
    return profile != nullptr ? app::displayName(*profile) : code;
}

QVariant RankStabilityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (column >= FirstRankColumn)
        return rankData(row, column - FirstRankColumn + 1, role);
    const auto& summary = m_run->summaries[static_cast<std::size_t>(row)];
    if (column != ProfileColumn)
        return scoreData(summary, column, role);
    if (role == Qt::DisplayRole || role == SortRole)
        return profileName(row);
    if (role == Qt::ToolTipRole)
        return m_run->codes[row];
    return {};
}

QVariant RankStabilityModel::scoreData(const aisov::UncertaintySummary& summary, int column,
                                       int role) const
{
    if (role == Qt::TextAlignmentRole)
        return app::kNumberAlignment;
    const double score = column == P5Column       ? summary.p5
                         : column == MedianColumn ? summary.p50
                                                  : summary.p95;
    if (role == SortRole)
        return summary.scored ? score : -1.0;
    if (role == Qt::DisplayRole)
        return app::formatScore(summary.scored ? std::optional<double>(score) : std::nullopt);
    return {};
}

QVariant RankStabilityModel::rankData(int row, int rank, int role) const
{
    const auto& summary = m_run->summaries[static_cast<std::size_t>(row)];
    const auto& frequency = summary.rankFrequency;
    const auto at = static_cast<std::size_t>(rank - 1);
    const bool ranked = at < frequency.size();
    const double share = ranked ? frequency[at] : 0.0;
    const auto likely = aisov::mostLikelyRank(summary);
    switch (role) {
    case Qt::DisplayRole:
        return shareText(share);
    case ShareRole:
    case SortRole:
        return ranked ? QVariant(share) : QVariant();
    case MostLikelyRole:
        return likely && likely->rank == rank;
    case Qt::TextAlignmentRole:
        return app::kNumberAlignment;
    case Qt::ToolTipRole:
        if (!ranked)
            return {};
        return tr("%1 ranks %2 of %3 in %4 of the %5 draws")
            .arg(profileName(row), QLocale().toString(rank), QLocale().toString(rankCount()),
                 share > 0.0 ? shareText(share) : QLocale().toString(0) + QStringLiteral(" %"),
                 QLocale().toString(m_run->draws));
    default:
        return {};
    }
}

QVariant RankStabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == P5Column)
            return tr("5 % of the draws score lower");
        if (section == MedianColumn)
            return tr("The median score of the draws");
        if (section == P95Column)
            return tr("5 % of the draws score higher");
        if (section >= FirstRankColumn)
            return tr("Share of the draws in which the profile ranks %1 among those compared")
                .arg(section - FirstRankColumn + 1);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case P5Column:
        return tr("p5");
    case MedianColumn:
        return tr("Median");
    case P95Column:
        return tr("p95");
    default:
        return tr("Rank %1").arg(section - FirstRankColumn + 1);
    }
}
