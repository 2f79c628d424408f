#include "HistoryListModel.h"

#include "AppStrings.h"
#include "ChartData.h"

#include <QDateTime>
#include <QLocale>

HistoryListModel::HistoryListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HistoryListModel::setSnapshots(std::vector<std::shared_ptr<const FrozenSnapshot>> snapshots)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    endResetModel();
}

std::shared_ptr<const FrozenSnapshot> HistoryListModel::snapshotAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_snapshots[static_cast<std::size_t>(row)];
}

int HistoryListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_snapshots.size(); ++row)
        if (m_snapshots[row]->summary().id == id)
            return static_cast<int>(row);
    return -1;
}

int HistoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshots.size());
}

int HistoryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryListModel::formatTakenAt(const std::string& takenAt)
{
    const QDateTime time = aisov::render::timeFromTimestamp(takenAt);
    if (!time.isValid())
        return app::toQString(takenAt);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QVariant HistoryListModel::display(const FrozenSnapshot& frozen, int column) const
{
    const aisov::SnapshotSummary& summary = frozen.summary();
    switch (column) {
    case TakenAtColumn:
        return formatTakenAt(summary.takenAt);
    case LabelColumn:
        if (summary.scenarioName.empty())
            return app::toQString(summary.label);
        return tr("%1 (scenario %2)")
            .arg(app::toQString(summary.label), app::toQString(summary.scenarioName));
    case MethodologyColumn:
        return app::toQString(summary.methodologyVersion);
    case ScoreColumn:
        return app::formatScore(frozen.result.score);
    case BandColumn:
        return app::displayBand(frozen.snapshot.methodology, frozen.result.band);
    }
    return {};
}

QVariant HistoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FrozenSnapshot& frozen = *m_snapshots[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(frozen, index.column());
    case SnapshotIdRole:
        return QVariant::fromValue<qint64>(frozen.summary().id);
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? app::kNumberAlignment : QVariant();
    case Qt::ToolTipRole:
        return tr("Taken %1 (UTC), scored with methodology %2 (%3), version %4")
            .arg(app::toQString(frozen.summary().takenAt),
                 app::toQString(frozen.snapshot.methodology.name),
                 app::toQString(frozen.summary().methodologyId),
                 app::toQString(frozen.summary().methodologyVersion));
    }
    return {};
}

QVariant HistoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenAtColumn:
        return tr("Taken");
    case LabelColumn:
        return tr("Label");
    case MethodologyColumn:
        return tr("Methodology");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    }
    return {};
}
