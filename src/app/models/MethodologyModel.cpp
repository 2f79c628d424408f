#include "MethodologyModel.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"

#include <QFont>
#include <QLocale>

MethodologyModel::MethodologyModel(Session& session, QObject* parent)
    : MethodologyTreeModel(parent)
    , m_session(session)
    , m_shown(session.methodology())
{
    connect(&m_session, &Session::databaseOpened, this, &MethodologyModel::resetModel);
    connect(&m_session, &Session::methodologyStructureChanged, this, &MethodologyModel::resetModel);
    connect(&m_session, &Session::methodologyChanged, this, &MethodologyModel::refresh);
}

void MethodologyModel::resetModel()
{
    beginResetModel();
    m_shown = m_session.methodology();
    endResetModel();
}

void MethodologyModel::refresh()
{
    // Same pillars and indicators, other numbers: repaint the rows that
    // changed, keep what is expanded.
    const aisov::Methodology& now = m_session.methodology();
    if (now.pillars.size() != m_shown.pillars.size() ||
        now.indicators.size() != m_shown.indicators.size()) {
        resetModel();
        return;
    }
    for (std::size_t p = 0; p < now.pillars.size(); ++p) {
        const QModelIndex pillarRow = index(static_cast<int>(p), 0);
        if (!(now.pillars[p] == m_shown.pillars[p]))
            Q_EMIT dataChanged(pillarRow, index(static_cast<int>(p), ColumnCount - 1));
        const auto members = now.indicatorsOfPillar(now.pillars[p].id);
        for (std::size_t i = 0; i < members.size(); ++i)
            if (!(now.indicators[members[i]] == m_shown.indicators[members[i]]))
                Q_EMIT dataChanged(index(static_cast<int>(i), 0, pillarRow),
                                   index(static_cast<int>(i), ColumnCount - 1, pillarRow));
    }
    m_shown = now;
}

int MethodologyModel::rowCount(const QModelIndex& parent) const
{
    return methodologyRows(m_session.methodology(), parent);
}

int MethodologyModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

const aisov::Indicator& MethodologyModel::indicatorAt(const QModelIndex& index) const
{
    const auto& methodology = m_session.methodology();
    const auto& pillar = methodology.pillars[groupOf(index)];
    return methodology.indicators[methodology.indicatorsOfPillar(
        pillar.id)[static_cast<std::size_t>(index.row())]];
}

QString MethodologyModel::directionText(int direction)
{
    return direction == static_cast<int>(aisov::Direction::Lower) ? tr("lower is better")
                                                                  : tr("higher is better");
}

QString MethodologyModel::transformText(int transform)
{
    return transform == static_cast<int>(aisov::Transform::Log) ? tr("log") : tr("linear");
}

QString MethodologyModel::refusalText(const std::exception& error)
{
    if (const auto* input = dynamic_cast<const aisov::InputError*>(&error))
        return app::problemText(input->problem());
    return QString::fromUtf8(error.what());
}

QVariant MethodologyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return isGroup(index) ? pillarData(index, role) : indicatorData(index, role);
}

QVariant MethodologyModel::pillarData(const QModelIndex& index, int role) const
{
    const auto& pillar = m_session.methodology().pillars[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    const int column = index.column();
    switch (role) {
    case IdRole:
        return app::toQString(pillar.id);
    case Qt::DisplayRole:
        if (column == NameColumn)
            return app::displayName(pillar);
        if (column == WeightColumn)
            return locale.toString(pillar.weight, 'f', 2);
        if (column == ThresholdColumn)
            return locale.toString(pillar.threshold, 'f', 0);
        return {};
    case Qt::EditRole:
        if (column == WeightColumn)
            return pillar.weight;
        if (column == ThresholdColumn)
            return pillar.threshold;
        return data(index, Qt::DisplayRole);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (column == ThresholdColumn)
            return tr("The pillar meets its requirement at or above this score (0–100).");
        return app::nameToolTip(pillar);
    case Qt::TextAlignmentRole:
        return column == WeightColumn || column == ThresholdColumn ? app::kNumberAlignment
                                                                   : QVariant();
    default:
        return {};
    }
}

QVariant MethodologyModel::indicatorData(const QModelIndex& index, int role) const
{
    const aisov::Indicator& indicator = indicatorAt(index);
    const QLocale locale;
    const int column = index.column();
    switch (role) {
    case IdRole:
        return app::toQString(indicator.id);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return app::displayName(indicator);
        case WeightColumn:
            return locale.toString(indicator.weight, 'f', 2);
        case DirectionColumn:
            return directionText(static_cast<int>(indicator.direction));
        case TransformColumn:
            return transformText(static_cast<int>(indicator.transform));
        case LowColumn:
            return locale.toString(indicator.goalpostLow, 'g', 6);
        case HighColumn:
            return locale.toString(indicator.goalpostHigh, 'g', 6);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case WeightColumn:
            return indicator.weight;
        case DirectionColumn:
            return static_cast<int>(indicator.direction);
        case TransformColumn:
            return static_cast<int>(indicator.transform);
        case LowColumn:
            return indicator.goalpostLow;
        case HighColumn:
            return indicator.goalpostHigh;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == LowColumn || column == HighColumn)
            return tr("Goalposts in %1: at or beyond them the indicator scores 0 or 1.")
                .arg(app::displayUnit(indicator));
        return app::nameToolTip(indicator);
    case Qt::TextAlignmentRole:
        return column == WeightColumn || column == LowColumn || column == HighColumn
                   ? app::kNumberAlignment
                   : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags MethodologyModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    const bool editable = isGroup(index) ? column == WeightColumn || column == ThresholdColumn
                                         : column == WeightColumn || column >= DirectionColumn;
    return editable ? flags | Qt::ItemIsEditable : flags;
}

bool MethodologyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    try {
        applyEdit(index, value);
    } catch (const std::exception& error) {
        Q_EMIT editRefused(index, refusalText(error));
        return false;
    }
    return true; // the Session's methodologyChanged repaints the rows
}

void MethodologyModel::applyEdit(const QModelIndex& index, const QVariant& value)
{
    const QString id = index.data(IdRole).toString();
    const int column = index.column();
    bool isNumber = true;
    const double number = value.toDouble(&isNumber);
    if (!isNumber)
        throw aisov::InputError(app::toStdString(id), "", {aisov::InputProblem::NotANumber});
    if (isGroup(index)) {
        if (column == WeightColumn)
            m_session.setPillarWeight(id, number);
        else
            m_session.setPillarThreshold(id, number);
        return;
    }
    const aisov::Indicator& indicator = indicatorAt(index);
    switch (column) {
    case WeightColumn:
        m_session.setIndicatorWeight(id, number);
        break;
    case DirectionColumn:
        m_session.setIndicatorDirection(id, static_cast<aisov::Direction>(value.toInt()));
        break;
    case TransformColumn:
        m_session.setIndicatorTransform(id, static_cast<aisov::Transform>(value.toInt()));
        break;
    case LowColumn:
        m_session.setIndicatorGoalposts(id, number, indicator.goalpostHigh);
        break;
    case HighColumn:
        m_session.setIndicatorGoalposts(id, indicator.goalpostLow, number);
        break;
    default:
        break;
    }
}

QVariant MethodologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Pillar / indicator");
    case WeightColumn:
        return tr("Weight");
    case ThresholdColumn:
        return tr("Threshold");
    case DirectionColumn:
        return tr("Direction");
    case TransformColumn:
        return tr("Transform");
    case LowColumn:
        return tr("Low goalpost");
    case HighColumn:
        return tr("High goalpost");
    default:
        return {};
    }
}

QModelIndex MethodologyModel::pillarIndex(const QString& pillarId, int column) const
{
    const auto& pillars = m_session.methodology().pillars;
    for (std::size_t p = 0; p < pillars.size(); ++p)
        if (app::toQString(pillars[p].id) == pillarId)
            return index(static_cast<int>(p), column);
    return {};
}

QModelIndex MethodologyModel::indicatorIndex(const QString& indicatorId, int column) const
{
    return indicatorIndexIn(m_session.methodology(), indicatorId, column);
}
