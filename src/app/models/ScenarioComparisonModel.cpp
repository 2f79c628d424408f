#include "ScenarioComparisonModel.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"

#include <QFont>
#include <QLocale>

ScenarioComparisonModel::ScenarioComparisonModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::databaseOpened, this, [this] { setBaseCode(QString()); });
    // Every change of the profiles (a delete or an undo of one included)
    // ends with scoresChanged.
    connect(&m_session, &Session::scoresChanged, this, &ScenarioComparisonModel::refresh);
    connect(&m_session, &Session::scenariosChanged, this, [this](const QString& code) {
        if (code == m_baseCode)
            refresh();
    });
}

void ScenarioComparisonModel::setBaseCode(const QString& code)
{
    m_baseCode = code;
    refresh();
}

void ScenarioComparisonModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (const aisov::ScoreResult* base = m_session.result(m_baseCode)) {
        m_rows.push_back({QString(), QString(), *base, std::nullopt, 0, QString()});
        for (const auto& scenario : m_session.scenarios(m_baseCode)) {
            Row row{app::toQString(scenario.name),
                    app::toQString(scenario.description),
                    std::nullopt,
                    std::nullopt,
                    0,
                    QString()};
            try {
                row.result = m_session.scenarioResult(scenario);
                row.delta = aisov::compareScenario(*base, *row.result);
                row.overtaken = static_cast<int>(m_session.overtakenOverrides(scenario).size());
            } catch (const aisov::InputError& error) {
                row.problem = app::problemText(error.problem());
            } catch (const std::exception& error) {
                row.problem = QString::fromUtf8(error.what());
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int ScenarioComparisonModel::rowOf(const QString& name) const
{
    for (std::size_t i = 1; i < m_rows.size(); ++i)
        if (m_rows[i].name == name)
            return static_cast<int>(i);
    return -1;
}

const aisov::ScoreResult* ScenarioComparisonModel::scenarioResult(const QString& name) const
{
    const int row = rowOf(name);
    const auto& result = m_rows[static_cast<std::size_t>(std::max(row, 0))].result;
    return row > 0 && result ? &*result : nullptr;
}

const aisov::ScenarioDelta* ScenarioComparisonModel::scenarioDelta(const QString& name) const
{
    const int row = rowOf(name);
    if (row <= 0)
        return nullptr;
    const auto& delta = m_rows[static_cast<std::size_t>(row)].delta;
    return delta ? &*delta : nullptr;
}

QString ScenarioComparisonModel::scenarioProblem(const QString& name) const
{
    const int row = rowOf(name);
    return row > 0 ? m_rows[static_cast<std::size_t>(row)].problem : QString();
}

int ScenarioComparisonModel::pillarCount() const
{
    return static_cast<int>(m_session.methodology().pillars.size());
}

int ScenarioComparisonModel::metColumn() const
{
    return FirstPillarColumn + pillarCount();
}

int ScenarioComparisonModel::overtakenColumn() const
{
    return metColumn() + 1;
}

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : overtakenColumn() + 1;
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ScenarioNameRole)
        return row.name;
    const int column = index.column();
    if (column >= FirstPillarColumn && column < metColumn())
        return pillarData(row, static_cast<std::size_t>(column - FirstPillarColumn), role);
    return fixedData(row, column, role);
}

QVariant ScenarioComparisonModel::pillarData(const Row& row, std::size_t pillar, int role) const
{
    if (!row.result)
        return {};
    const auto& pillarInfo = m_session.methodology().pillars[pillar];
    const aisov::PillarResult* result = row.result->findPillar(pillarInfo.id);
    const std::optional<double> change = row.delta && pillar < row.delta->pillars.size()
                                             ? row.delta->pillars[pillar].change()
                                             : std::nullopt;
    const bool hasScore = result != nullptr && result->score.has_value();
    switch (role) {
    case ChangeRole:
        return change ? QVariant(*change) : QVariant();
    case Qt::DisplayRole: {
        if (!hasScore)
            return tr("no data");
        QString text = QLocale().toString(*result->score, 'f', 1);
        if (result->meets)
            text += QStringLiteral(" ✓");
        // Only the pillars that change carry a change: a column of "±0.0"
        // would hide the ones that matter.
        const QString changeText = app::formatDelta(change);
        if (change && !changeText.startsWith(QStringLiteral("±")))
            text += QStringLiteral("  ") + changeText;
        return text;
    }
    case Qt::ToolTipRole:
        return hasScore && result->meets
                   ? tr("Meets the %1 requirement").arg(app::displayName(pillarInfo))
                   : tr("Does not meet the %1 requirement").arg(app::displayName(pillarInfo));
    case Qt::TextAlignmentRole:
        return app::kNumberAlignment;
    }
    return {};
}

QVariant ScenarioComparisonModel::fixedData(const Row& row, int column, int role) const
{
    const std::optional<double> change = row.delta ? row.delta->change() : std::nullopt;
    if (role == ChangeRole)
        return column == DeltaColumn && change ? QVariant(*change) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (!row.problem.isEmpty())
            return tr("Cannot be scored now: %1").arg(row.problem);
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    }
    if (role == Qt::TextAlignmentRole && column != NameColumn)
        return app::kNumberAlignment;
    if (role == Qt::FontRole && row.name.isEmpty() && column == NameColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == NameColumn)
        return row.name.isEmpty() ? tr("Base (as now)") : row.name;
    if (!row.problem.isEmpty())
        return column == ScoreColumn ? tr("cannot be scored") : QVariant();
    if (column == ScoreColumn)
        return row.result ? app::formatScore(row.result->score) : QVariant();
    if (column == DeltaColumn)
        return app::formatDelta(change);
    if (column == metColumn())
        return row.result ? tr("%1 of %2").arg(row.result->met).arg(pillarCount()) : QVariant();
    if (column == overtakenColumn())
        return row.name.isEmpty() ? QVariant() : QVariant(row.overtaken);
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == overtakenColumn())
        return tr("Overrides the base has caught up with since: its current value is as good "
                  "or better.");
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Scenario");
    if (section == ScoreColumn)
        return tr("Overall");
    if (section == DeltaColumn)
        return tr("Change");
    if (section >= FirstPillarColumn && section < metColumn())
        return app::displayName(
            m_session.methodology().pillars[static_cast<std::size_t>(section - FirstPillarColumn)]);
    if (section == metColumn())
        return tr("Met");
    if (section == overtakenColumn())
        return tr("Overtaken");
    return {};
}
