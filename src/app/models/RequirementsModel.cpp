#include "RequirementsModel.h"

#include "AppStrings.h"
#include "Session.h"

#include <QLocale>
#include <QPalette>

RequirementsModel::RequirementsModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::scoresChanged, this, &RequirementsModel::refresh);
    connect(&m_session, &Session::databaseOpened, this, &RequirementsModel::refresh);
}

void RequirementsModel::setProfileCode(const QString& code)
{
    m_code = code;
    m_fixed.reset();
    refresh();
}

void RequirementsModel::showFixed(aisov::ScoreResult result, aisov::Methodology methodology)
{
    m_code.clear();
    m_fixed = Fixed{std::move(result), std::move(methodology)};
    refresh();
}

const aisov::ScoreResult* RequirementsModel::shownResult() const
{
    return m_fixed ? &m_fixed->result : m_session.result(m_code);
}

const aisov::Methodology& RequirementsModel::shownMethodology() const
{
    return m_fixed ? m_fixed->methodology : m_session.methodology();
}

void RequirementsModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int RequirementsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || shownResult() == nullptr)
        return 0;
    return static_cast<int>(shownMethodology().pillars.size());
}

int RequirementsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequirementsModel::requirementText(std::size_t pillarIndex) const
{
    const aisov::Pillar& pillar = shownMethodology().pillars[pillarIndex];
    QString text = tr("%1 is met when the pillar scores at least %2 of 100.")
                       .arg(app::displayName(pillar), QLocale().toString(pillar.threshold, 'f', 0));
    const QString description = app::displayDescription(pillar);
    if (!description.isEmpty())
        text += QLatin1Char('\n') + description;
    return text;
}

QVariant RequirementsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const aisov::ScoreResult* result = shownResult();
    const auto row = static_cast<std::size_t>(index.row());
    const aisov::Pillar& pillar = shownMethodology().pillars[row];
    const aisov::PillarResult* pillarResult = result ? result->findPillar(pillar.id) : nullptr;
    const bool hasScore = pillarResult != nullptr && pillarResult->score.has_value();
    const bool met = pillarResult != nullptr && pillarResult->meets;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PillarColumn:
            return app::displayName(pillar);
        case ScoreColumn:
            return hasScore ? tr("%1 / %2").arg(QLocale().toString(*pillarResult->score, 'f', 1),
                                                QLocale().toString(pillar.threshold, 'f', 0))
                            : tr("no data");
        case MetColumn:
            return met ? tr("✓ met") : tr("✗ not met");
        case CoverageColumn:
            return pillarResult ? QLocale().toString(pillarResult->coverage * 100, 'f', 0) +
                                      QStringLiteral(" %")
                                : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MetColumn)
            return met ? QColor(0x00, 0x72, 0x3b) : QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return requirementText(row);
    case Qt::AccessibleTextRole:
        if (index.column() == MetColumn)
            return met ? tr("met") : tr("not met");
        return {};
    }
    return {};
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PillarColumn:
        return tr("Requirement");
    case ScoreColumn:
        return tr("Score / needed");
    case MetColumn:
        return tr("Met");
    case CoverageColumn:
        return tr("Data");
    }
    return {};
}
