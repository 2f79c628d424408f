#include "ExplanationModel.h"

#include "AppStrings.h"
#include "Session.h"

#include <QLocale>

ExplanationModel::ExplanationModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::scoresChanged, this, &ExplanationModel::resetModel);
    connect(&m_session, &Session::databaseOpened, this, &ExplanationModel::resetModel);
}

void ExplanationModel::setProfileCode(const QString& code)
{
    m_code = code;
    m_fixed.reset();
    resetModel();
}

void ExplanationModel::showFixed(aisov::ScoreResult result, aisov::Methodology methodology)
{
    m_code.clear();
    m_fixed = Fixed{std::move(result), std::move(methodology)};
    resetModel();
}

const aisov::ScoreResult* ExplanationModel::shownResult() const
{
    return m_fixed ? &m_fixed->result : m_session.result(m_code);
}

const aisov::Methodology& ExplanationModel::shownMethodology() const
{
    return m_fixed ? m_fixed->methodology : m_session.methodology();
}

void ExplanationModel::resetModel()
{
    // The row count is the methodology's indicators; a reset after every
    // rescoring keeps it simple and costs nothing at this size.
    beginResetModel();
    endResetModel();
}

int ExplanationModel::rowCount(const QModelIndex& parent) const
{
    const aisov::ScoreResult* result = shownResult();
    return parent.isValid() || result == nullptr ? 0 : static_cast<int>(result->indicators.size());
}

int ExplanationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExplanationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const aisov::ScoreResult* result = shownResult();
    if (result == nullptr)
        return {};
    const auto& row = result->indicators[static_cast<std::size_t>(index.row())];
    const auto& methodology = shownMethodology();
    const aisov::Indicator* indicator = methodology.findIndicator(row.id);
    const aisov::Pillar* pillar = methodology.findPillar(row.pillar);
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case ValueColumn:
            return row.value ? QVariant(*row.value) : QVariant(-1.0);
        case NormalizedColumn:
            return row.normalized ? QVariant(*row.normalized) : QVariant(-1.0);
        case PointsColumn:
            return row.contribution;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PillarColumn:
            return pillar ? app::displayName(*pillar) : app::toQString(row.pillar);
        case IndicatorColumn:
            return indicator ? app::displayName(*indicator) : app::toQString(row.id);
        case ValueColumn:
            if (!row.value)
                return tr("missing");
            return indicator ? app::formatValueWithUnit(*row.value, *indicator)
                             : app::formatValue(*row.value);
        case NormalizedColumn:
            return row.normalized ? locale.toString(*row.normalized, 'f', 2) : QString();
        case PointsColumn:
            return locale.toString(row.contribution, 'f', 2);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ValueColumn)
        return app::kNumberAlignment;
    if (role == Qt::ToolTipRole && index.column() == NormalizedColumn)
        return tr("0 at the lower goalpost, 1 at the upper, after the transform and direction");
    return {};
}

QVariant ExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PillarColumn:
        return tr("Pillar");
    case IndicatorColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case NormalizedColumn:
        return tr("Normalised");
    case PointsColumn:
        return tr("Points");
    }
    return {};
}
