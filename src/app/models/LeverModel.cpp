#include "LeverModel.h"

#include "AppStrings.h"

#include <QLocale>

namespace {
constexpr int kTargetDigits = 4;
}

LeverModel::LeverModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LeverModel::setLevers(aisov::LeverAnalysis levers, aisov::Methodology methodology)
{
    beginResetModel();
    m_levers = std::move(levers);
    m_methodology = std::move(methodology);
    endResetModel();
}

void LeverModel::clear()
{
    setLevers({}, {});
}

const aisov::Lever* LeverModel::lever(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_levers.levers[static_cast<std::size_t>(row)];
}

int LeverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levers.levers.size());
}

int LeverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeverModel::valueText(double value, const std::string& indicatorId, int digits) const
{
    const aisov::Indicator* indicator = m_methodology.findIndicator(indicatorId);
    return indicator != nullptr ? app::formatValueWithUnit(value, *indicator, digits)
                                : QLocale().toString(value, 'g', digits);
}

QString LeverModel::changeForNextBand(const aisov::Lever& lever) const
{
    if (!m_levers.nextBand)
        return tr("top band");
    if (!lever.valueForNextBand)
        return tr("not alone");
    // From where the step starts: a missing value starts from the worst goalpost.
    const double change = *lever.valueForNextBand - lever.currentValue.value_or(lever.startValue);
    return (change > 0 ? QStringLiteral("+") : QString()) +
           valueText(change, lever.indicator, kTargetDigits);
}

QString LeverModel::valueForNextBand(const aisov::Lever& lever) const
{
    if (!m_levers.nextBand)
        return QStringLiteral("–");
    return lever.valueForNextBand
               ? valueText(*lever.valueForNextBand, lever.indicator, kTargetDigits)
               : QStringLiteral("–");
}

QString LeverModel::meets(const aisov::Lever& lever) const
{
    if (!lever.crossesThreshold)
        return QStringLiteral("–");
    const aisov::Pillar* pillar = m_methodology.findPillar(lever.pillar);
    return pillar != nullptr ? app::displayName(*pillar) : app::toQString(lever.pillar);
}

QVariant LeverModel::display(const aisov::Lever& lever, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return row + 1;
    case IndicatorColumn: {
        const aisov::Indicator* indicator = m_methodology.findIndicator(lever.indicator);
        return indicator != nullptr ? app::displayName(*indicator)
                                    : app::toQString(lever.indicator);
    }
    case PillarColumn: {
        const aisov::Pillar* pillar = m_methodology.findPillar(lever.pillar);
        return pillar != nullptr ? app::displayName(*pillar) : app::toQString(lever.pillar);
    }
    case NowColumn:
        return lever.currentValue ? valueText(*lever.currentValue, lever.indicator) : tr("missing");
    case GainColumn:
        return tr("%1 points").arg(app::formatDelta(lever.gain, 2));
    case MeetsColumn:
        return meets(lever);
    case ChangeForNextBandColumn:
        return changeForNextBand(lever);
    case ValueForNextBandColumn:
        return valueForNextBand(lever);
    default:
        return {};
    }
}

QVariant LeverModel::sortKey(const aisov::Lever& lever, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return row;
    case NowColumn:
        return lever.currentValue.value_or(lever.startValue);
    case GainColumn:
        return lever.gain;
    case MeetsColumn:
        return lever.crossesThreshold ? 1 : 0;
    case ChangeForNextBandColumn:
    case ValueForNextBandColumn:
        // Unreachable alone sorts after every reachable value.
        return lever.valueForNextBand ? *lever.valueForNextBand - lever.startValue : 1e300;
    default:
        return display(lever, row, column);
    }
}

QVariant LeverModel::toolTip(const aisov::Lever& lever, int column) const
{
    switch (column) {
    case IndicatorColumn:
        return display(lever, 0, IndicatorColumn); // the full name where it is elided
    case GainColumn:
        return tr("One step (%1 % of the goalpost range) to %2: overall score %3 → %4")
            .arg(QLocale().toString(100.0 * m_levers.stepFraction, 'f', 0),
                 valueText(lever.improvedValue, lever.indicator),
                 app::formatScore(lever.scoreBefore), app::formatScore(lever.scoreAfter));
    case MeetsColumn:
        return tr("The pillar that one step lifts to its threshold: %1 → %2")
            .arg(app::formatScore(lever.pillarBefore), app::formatScore(lever.pillarAfter));
    case ChangeForNextBandColumn:
    case ValueForNextBandColumn:
        return m_levers.nextBand
                   ? tr("The smallest value of this indicator alone that reaches the band "
                        "\"%1\" (from %2)")
                         .arg(app::displayBand(m_methodology, m_levers.nextBand->label),
                              QLocale().toString(m_levers.nextBand->from, 'f', 0))
                   : tr("Already in the top band");
    default:
        return {};
    }
}

QVariant LeverModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const aisov::Lever& row = m_levers.levers[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.row(), index.column());
    case SortRole:
        return sortKey(row, index.row(), index.column());
    case IndicatorRole:
        return app::toQString(row.indicator);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == IndicatorColumn || index.column() == PillarColumn ||
                       index.column() == MeetsColumn
                   ? QVariant()
                   : app::kNumberAlignment;
    default:
        return {};
    }
}

QVariant LeverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole)
        switch (section) {
        case MeetsColumn:
            return tr("The pillar that one step lifts to its threshold");
        case ChangeForNextBandColumn:
            return tr("The smallest change of this indicator alone that reaches the next band");
        default:
            return {};
        }
    switch (section) {
    case RankColumn:
        return tr("#");
    case IndicatorColumn:
        return tr("Indicator");
    case PillarColumn:
        return tr("Pillar");
    case NowColumn:
        return tr("Now");
    case GainColumn:
        return tr("Gain");
    case MeetsColumn:
        return tr("Meets");
    case ChangeForNextBandColumn:
        return tr("For next band");
    case ValueForNextBandColumn:
        return tr("Value needed");
    default:
        return {};
    }
}
