#include "InvestmentTemplateModel.h"

#include "AppStrings.h"

#include <QStringList>

#include <algorithm>

InvestmentTemplateModel::InvestmentTemplateModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InvestmentTemplateModel::setTemplates(std::vector<aisov::TemplateGain> gains,
                                           std::vector<aisov::InvestmentTemplate> templates,
                                           aisov::Methodology methodology)
{
    beginResetModel();
    m_gains = std::move(gains);
    m_templates = std::move(templates);
    m_methodology = std::move(methodology);
    // Only gains whose template is known can be shown and applied.
    std::erase_if(m_gains, [this](const aisov::TemplateGain& gain) {
        return std::none_of(m_templates.begin(), m_templates.end(),
                            [&](const auto& each) { return each.id == gain.id; });
    });
    endResetModel();
}

void InvestmentTemplateModel::clear()
{
    setTemplates({}, {}, {});
}

const aisov::InvestmentTemplate* InvestmentTemplateModel::investment(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return aisov::findTemplate(m_templates, m_gains[static_cast<std::size_t>(row)].id);
}

int InvestmentTemplateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gains.size());
}

int InvestmentTemplateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvestmentTemplateModel::indicatorNames(const std::vector<std::string>& ids) const
{
    QStringList names;
    for (const auto& id : ids) {
        const aisov::Indicator* indicator = m_methodology.findIndicator(id);
        names.append(indicator != nullptr ? app::displayName(*indicator) : app::toQString(id));
    }
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

QString InvestmentTemplateModel::changedIndicators(int row) const
{
    const aisov::InvestmentTemplate* found = investment(row);
    const auto& skipped = m_gains[static_cast<std::size_t>(row)].skipped;
    std::vector<std::string> applied;
    if (found != nullptr)
        for (const auto& change : found->changes)
            if (std::find(skipped.begin(), skipped.end(), change.indicator) == skipped.end())
                applied.push_back(change.indicator);
    return indicatorNames(applied);
}

QVariant InvestmentTemplateModel::display(int row, int column) const
{
    const aisov::TemplateGain& gain = m_gains[static_cast<std::size_t>(row)];
    switch (column) {
    case RankColumn:
        return row + 1;
    case NameColumn: {
        const aisov::InvestmentTemplate* found = investment(row);
        return found != nullptr ? app::displayName(*found) : app::toQString(gain.name);
    }
    case GainColumn:
        return gain.scoreAfter ? tr("%1 points").arg(app::formatDelta(gain.gain, 2))
                               : QStringLiteral("–");
    case ScoreColumn:
        return tr("%1 → %2").arg(app::formatScore(gain.scoreBefore),
                                 app::formatScore(gain.scoreAfter));
    case ChangesColumn:
        return changedIndicators(row);
    case SkippedColumn:
        return indicatorNames(gain.skipped);
    case DescriptionColumn: {
        const aisov::InvestmentTemplate* found = investment(row);
        return found != nullptr ? app::displayDescription(*found) : QString();
    }
    default:
        return {};
    }
}

QVariant InvestmentTemplateModel::sortKey(int row, int column) const
{
    const aisov::TemplateGain& gain = m_gains[static_cast<std::size_t>(row)];
    switch (column) {
    case RankColumn:
        return row;
    case GainColumn:
        return gain.gain;
    case ScoreColumn:
        return gain.scoreAfter.value_or(-1.0);
    case SkippedColumn:
        return static_cast<int>(gain.skipped.size());
    default:
        return display(row, column);
    }
}

QVariant InvestmentTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case SortRole:
        return sortKey(index.row(), index.column());
    case TemplateIdRole:
        return app::toQString(m_gains[static_cast<std::size_t>(index.row())].id);
    case Qt::ToolTipRole:
        if (index.column() == SkippedColumn)
            return tr("Left out, as the profile has no value to add to: %1")
                .arg(display(index.row(), index.column()).toString());
        return index.column() == DescriptionColumn || index.column() == ChangesColumn ||
                       index.column() == NameColumn
                   ? display(index.row(), index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RankColumn || index.column() == GainColumn ||
                       index.column() == ScoreColumn
                   ? app::kNumberAlignment
                   : QVariant();
    default:
        return {};
    }
}

QVariant InvestmentTemplateModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case NameColumn:
        return tr("Template");
    case GainColumn:
        return tr("Gain");
    case ScoreColumn:
        return tr("Score");
    case ChangesColumn:
        return tr("Changes");
    case SkippedColumn:
        return tr("Not applied");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}
