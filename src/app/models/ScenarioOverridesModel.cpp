#include "ScenarioOverridesModel.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"
#include "aisov/ValueCheck.h"

#include <QFont>
#include <QPalette>

namespace {
// The provenance of an override typed in the application: an assumption,
// not a measured value.
constexpr const char* kOverrideSource = "what-if assumption";
} // namespace

ScenarioOverridesModel::ScenarioOverridesModel(Session& session, QObject* parent)
    : MethodologyTreeModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::databaseOpened, this, &ScenarioOverridesModel::resetModel);
    // Every change of the profiles (a delete or an undo of one included)
    // ends with scoresChanged.
    connect(&m_session, &Session::scoresChanged, this, &ScenarioOverridesModel::reload);
    connect(&m_session, &Session::scenariosChanged, this, [this](const QString& baseCode) {
        if (baseCode == m_baseCode)
            reload();
    });
}

void ScenarioOverridesModel::setScenario(const QString& baseCode, const QString& name)
{
    beginResetModel();
    m_baseCode = baseCode;
    m_name = name;
    m_scenario = name.isEmpty() ? std::nullopt : m_session.scenario(baseCode, name);
    m_overtaken = m_scenario ? m_session.overtakenOverrides(*m_scenario) : QStringList();
    endResetModel();
}

void ScenarioOverridesModel::resetModel()
{
    setScenario(QString(), QString());
}

void ScenarioOverridesModel::reload()
{
    auto scenario = m_name.isEmpty() ? std::nullopt : m_session.scenario(m_baseCode, m_name);
    if (scenario.has_value() != m_scenario.has_value()) {
        // Deleted or renamed (no rows), or back after an undo: the name is kept.
        setScenario(m_baseCode, m_name);
        return;
    }
    m_scenario = std::move(scenario);
    m_overtaken = m_scenario ? m_session.overtakenOverrides(*m_scenario) : QStringList();
    // Same rows: repaint them, keeping the user's expanded pillars.
    for (int pillar = 0; pillar < rowCount(); ++pillar) {
        const QModelIndex parentIndex = index(pillar, 0);
        const int rows = rowCount(parentIndex);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(rows - 1, ColumnCount - 1, parentIndex));
    }
}

int ScenarioOverridesModel::rowCount(const QModelIndex& parent) const
{
    if (!m_scenario)
        return 0;
    return methodologyRows(m_session.methodology(), parent);
}

int ScenarioOverridesModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

const aisov::Indicator* ScenarioOverridesModel::indicatorAt(const QModelIndex& index) const
{
    if (!index.isValid() || isGroup(index))
        return nullptr;
    const auto& methodology = m_session.methodology();
    const auto& pillar = methodology.pillars[groupOf(index)];
    return &methodology.indicators[methodology.indicatorsOfPillar(
        pillar.id)[static_cast<std::size_t>(index.row())]];
}

const aisov::IndicatorValue*
ScenarioOverridesModel::overrideOf(const std::string& indicatorId) const
{
    if (!m_scenario)
        return nullptr;
    for (const auto& value : m_scenario->overrides)
        if (value.indicator == indicatorId)
            return &value;
    return nullptr;
}

const aisov::IndicatorValue*
ScenarioOverridesModel::baseValueOf(const std::string& indicatorId) const
{
    const aisov::Profile* base = m_session.scoredProfile(m_baseCode);
    return base ? base->findValue(indicatorId) : nullptr;
}

QModelIndex ScenarioOverridesModel::indicatorIndex(const QString& indicatorId, int column) const
{
    return indicatorIndexIn(m_session.methodology(), indicatorId, column);
}

QVariant ScenarioOverridesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const auto& pillar = m_session.methodology().pillars[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return app::displayName(pillar);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return indicatorData(index, *indicatorAt(index), role);
}

QVariant ScenarioOverridesModel::indicatorData(const QModelIndex& index,
                                               const aisov::Indicator& indicator, int role) const
{
    const bool overridden = overrideOf(indicator.id) != nullptr;
    const bool overtaken = m_overtaken.contains(app::toQString(indicator.id));
    switch (role) {
    case IndicatorRole:
        return app::toQString(indicator.id);
    case OverriddenRole:
        return overridden;
    case OvertakenRole:
        return overtaken;
    case Qt::DisplayRole:
        return displayData(index.column(), indicator);
    case Qt::EditRole:
        if (index.column() == ScenarioColumn)
            return overridden ? app::formatValue(overrideOf(indicator.id)->value) : QString();
        return displayData(index.column(), indicator);
    case Qt::FontRole:
        if (overridden && (index.column() == ScenarioColumn || index.column() == NameColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ScenarioColumn && !overridden)
            return QPalette().color(QPalette::PlaceholderText);
        if (index.column() == StatusColumn && overtaken)
            return QColor(0x9a, 0x5b, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScenarioColumn)
            return overridden ? tr("Overridden by the scenario; clear the cell to use the base's "
                                   "value again.")
                              : tr("The base's value; type a number to override it.");
        if (index.column() == StatusColumn && overtaken)
            return tr("The base's current value is as good as or better than this override "
                      "(in the indicator's direction): the override no longer adds anything.");
        return app::nameToolTip(indicator);
    case Qt::TextAlignmentRole:
        if (index.column() == BaseColumn || index.column() == ScenarioColumn)
            return app::kNumberAlignment;
        return {};
    }
    return {};
}

QVariant ScenarioOverridesModel::displayData(int column, const aisov::Indicator& indicator) const
{
    const aisov::IndicatorValue* base = baseValueOf(indicator.id);
    const aisov::IndicatorValue* scenarioValue = overrideOf(indicator.id);
    switch (column) {
    case NameColumn:
        return app::displayName(indicator);
    case BaseColumn:
        return base ? app::formatValue(base->value) : tr("missing");
    case ScenarioColumn:
        if (scenarioValue != nullptr)
            return app::formatValue(scenarioValue->value);
        return base ? app::formatValue(base->value) : tr("missing");
    case UnitColumn:
        return app::displayUnit(indicator);
    case StatusColumn:
        if (scenarioValue == nullptr)
            return {};
        return m_overtaken.contains(app::toQString(indicator.id)) ? tr("overtaken by the base")
                                                                  : tr("overridden");
    }
    return {};
}

Qt::ItemFlags ScenarioOverridesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isGroup(index) && index.column() == ScenarioColumn && !m_session.isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScenarioOverridesModel::refuse(const QModelIndex& index, const QString& reason)
{
    Q_EMIT entryRefused(index, reason);
    return false;
}

bool ScenarioOverridesModel::setData(const QModelIndex& index, const QVariant& input, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const aisov::Indicator& indicator = *indicatorAt(index);
    const QString text = input.toString().trimmed();
    try {
        if (text.isEmpty()) {
            m_session.removeScenarioOverride(m_baseCode, m_name, app::toQString(indicator.id));
            return true;
        }
        const auto number = app::parseLocaleNumber(text);
        if (!number)
            return refuse(index, tr("\"%1\" is not a number.").arg(text));
        // A changed override keeps its provenance; a new one is an assumption.
        aisov::IndicatorValue value;
        if (const aisov::IndicatorValue* current = overrideOf(indicator.id))
            value = *current;
        else {
            value.indicator = indicator.id;
            value.source = kOverrideSource;
            value.year = aisov::currentYear();
            value.confidence = aisov::Confidence::Low;
        }
        value.value = *number;
        if (const auto problem =
                aisov::indicatorValueProblem(value, m_session.methodology(), aisov::currentYear()))
            return refuse(index, app::problemText(*problem));
        m_session.setScenarioOverride(m_baseCode, m_name, value);
    } catch (const aisov::InputError& error) {
        return refuse(index, app::problemText(error.problem()));
    } catch (const std::exception& error) {
        return refuse(index, QString::fromUtf8(error.what()));
    }
    return true;
}

QVariant ScenarioOverridesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case BaseColumn:
        return tr("Base");
    case ScenarioColumn:
        return tr("Scenario");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Override");
    }
    return {};
}
