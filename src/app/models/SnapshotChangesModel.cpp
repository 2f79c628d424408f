#include "SnapshotChangesModel.h"

#include "AppStrings.h"
#include "ChartFrame.h"

#include <cmath>

SnapshotChangesModel::SnapshotChangesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SnapshotChangesModel::setComparison(aisov::SnapshotComparison comparison,
                                         aisov::Methodology today)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_methodology = std::move(today);
    endResetModel();
}

void SnapshotChangesModel::clear()
{
    setComparison({}, {});
}

int SnapshotChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.changes.size());
}

int SnapshotChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotChangesModel::valueText(const aisov::SnapshotValueChange& change,
                                        const std::optional<double>& value) const
{
    if (!value)
        return tr("none");
    const aisov::Indicator* indicator = m_methodology.findIndicator(change.indicator);
    return indicator ? app::formatValueWithUnit(*value, *indicator) : app::formatValue(*value);
}

QVariant SnapshotChangesModel::display(const aisov::SnapshotValueChange& change, int column) const
{
    const aisov::Indicator* indicator = m_methodology.findIndicator(change.indicator);
    switch (column) {
    case IndicatorColumn:
        return indicator
                   ? app::displayName(*indicator)
                   : tr("%1 (not in today's methodology)").arg(app::toQString(change.indicator));
    case ThenColumn:
        return valueText(change, change.then);
    case NowColumn:
        return valueText(change, change.now);
    case ChangeColumn: {
        const auto delta = change.delta();
        if (!delta)
            return change.then ? tr("removed") : tr("added");
        const QString sign = *delta < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
        return sign + valueText(change, std::abs(*delta));
    }
    case ScoreWithThenColumn:
        return app::formatScore(change.scoreWithThen);
    case EffectColumn: {
        const auto effect = m_comparison.scoreEffect(change);
        return effect ? tr("%1 points").arg(aisov::render::formatSignedPoints(*effect))
                      : tr("cannot be scored today");
    }
    }
    return {};
}

QVariant SnapshotChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const aisov::SnapshotValueChange& change =
        m_comparison.changes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(change, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == IndicatorColumn ? QVariant() : app::kNumberAlignment;
    case Qt::ToolTipRole:
        if (index.column() == EffectColumn || index.column() == ScoreWithThenColumn)
            return tr("Today's score minus today's score with only this value as in the "
                      "snapshot, under today's methodology");
        return {};
    }
    return {};
}

QVariant SnapshotChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case ThenColumn:
        return tr("Then");
    case NowColumn:
        return tr("Now");
    case ChangeColumn:
        return tr("Change");
    case ScoreWithThenColumn:
        return tr("Score with then");
    case EffectColumn:
        return tr("Effect on score");
    }
    return {};
}
