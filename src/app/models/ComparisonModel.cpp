#include "ComparisonModel.h"

#include "AppStrings.h"
#include "Session.h"

#include <QLocale>

ComparisonModel::ComparisonModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::scoresChanged, this, &ComparisonModel::refresh);
    connect(&m_session, &Session::databaseOpened, this, [this] { setCodes({}); });
    connect(&m_session, &Session::profileListChanged, this, [this] { setCodes(m_codes); });
    // Other pillars are other columns.
    connect(&m_session, &Session::methodologyStructureChanged, this, [this] { setCodes(m_codes); });
}

void ComparisonModel::setCodes(const QStringList& codes)
{
    beginResetModel();
    m_codes.clear();
    for (const auto& code : codes)
        if (m_codes.size() < kMaxProfiles && !m_codes.contains(code) &&
            m_session.profile(code) != nullptr)
            m_codes.append(code);
    endResetModel();
}

void ComparisonModel::refresh()
{
    if (!m_codes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ComparisonModel::pillarCount() const
{
    return static_cast<int>(m_session.methodology().pillars.size());
}

int ComparisonModel::metColumn() const
{
    return FirstPillarColumn + pillarCount();
}

int ComparisonModel::coverageColumn() const
{
    return metColumn() + 1;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : coverageColumn() + 1;
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& code = m_codes[index.row()];
    const aisov::Profile* profile = m_session.profile(code);
    const aisov::ScoreResult* result = m_session.result(code);
    if (profile == nullptr || result == nullptr)
        return {};
    const QLocale locale;
    const int column = index.column();
    if (column >= FirstPillarColumn && column < metColumn()) {
        const auto& pillar =
            m_session.methodology().pillars[static_cast<std::size_t>(column - FirstPillarColumn)];
        const aisov::PillarResult* pillarResult = result->findPillar(pillar.id);
        const bool hasScore = pillarResult != nullptr && pillarResult->score.has_value();
        if (role == SortRole)
            return hasScore ? *pillarResult->score : -1.0;
        if (role == Qt::DisplayRole)
            return hasScore ? locale.toString(*pillarResult->score, 'f', 1) +
                                  (pillarResult->meets ? QStringLiteral(" ✓") : QString())
                            : tr("no data");
        if (role == Qt::ToolTipRole)
            return hasScore && pillarResult->meets
                       ? tr("Meets the %1 requirement").arg(app::displayName(pillar))
                       : tr("Does not meet the %1 requirement").arg(app::displayName(pillar));
        if (role == Qt::TextAlignmentRole)
            return app::kNumberAlignment;
        return {};
    }
    if (role == SortRole) {
        if (column == ScoreColumn)
            return result->score.value_or(-1.0);
        if (column == metColumn())
            return result->met;
        if (column == coverageColumn())
            return result->coverage;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return app::displayName(*profile);
        if (column == ScoreColumn)
            return app::formatScore(result->score);
        if (column == BandColumn)
            return app::displayBand(m_session.methodology(), result->band);
        if (column == metColumn())
            return tr("%1 of %2").arg(result->met).arg(pillarCount());
        if (column == coverageColumn())
            return locale.toString(result->coverage * 100, 'f', 0) + QStringLiteral(" %");
    }
    if (role == Qt::TextAlignmentRole && column != NameColumn && column != BandColumn)
        return app::kNumberAlignment;
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_codes.size() ? QVariant(m_codes[section]) : QVariant();
    if (section == NameColumn)
        return tr("Profile");
    if (section == ScoreColumn)
        return tr("Overall");
    if (section == BandColumn)
        return tr("Band");
    if (section >= FirstPillarColumn && section < metColumn())
        return app::displayName(
            m_session.methodology().pillars[static_cast<std::size_t>(section - FirstPillarColumn)]);
    if (section == metColumn())
        return tr("Met");
    if (section == coverageColumn())
        return tr("Coverage");
    return {};
}
