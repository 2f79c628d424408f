#include "ProfileValuesModel.h"

#include "AppStrings.h"
#include "ProblemText.h"
#include "Session.h"

#include "aisov/InputError.h"
#include "aisov/ValueCheck.h"

#include <QFont>
#include <QPalette>

ProfileValuesModel::ProfileValuesModel(Session& session, QObject* parent)
    : MethodologyTreeModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::databaseOpened, this, &ProfileValuesModel::resetModel);
    connect(&m_session, &Session::methodologyStructureChanged, this,
            &ProfileValuesModel::resetModel);
    connect(&m_session, &Session::profileListChanged, this, &ProfileValuesModel::resetModel);
    connect(&m_session, &Session::profileChanged, this, &ProfileValuesModel::profileChanged);
}

void ProfileValuesModel::setProfileCode(const QString& code)
{
    beginResetModel();
    m_code = code;
    endResetModel();
}

void ProfileValuesModel::resetModel()
{
    beginResetModel();
    if (m_session.profile(m_code) == nullptr)
        m_code.clear();
    endResetModel();
}

void ProfileValuesModel::profileChanged(const QString& code)
{
    // A pooled bloc changes whenever one of its members does; a repaint of
    // the values is cheap, a reset would lose the user's expanded pillars.
    Q_UNUSED(code)
    if (m_code.isEmpty() || m_session.profile(m_code) == nullptr)
        return;
    for (int pillar = 0; pillar < rowCount(); ++pillar) {
        const QModelIndex parentIndex = index(pillar, 0);
        const int rows = rowCount(parentIndex);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(rows - 1, ColumnCount - 1, parentIndex));
    }
}

int ProfileValuesModel::rowCount(const QModelIndex& parent) const
{
    if (m_code.isEmpty())
        return 0;
    return methodologyRows(m_session.methodology(), parent);
}

int ProfileValuesModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool ProfileValuesModel::isPooled() const
{
    const aisov::Profile* profile = m_session.profile(m_code);
    return profile != nullptr && profile->isPooledBloc();
}

const aisov::IndicatorValue* ProfileValuesModel::valueAt(const QModelIndex& index) const
{
    const aisov::Profile* profile = m_session.scoredProfile(m_code);
    const QString indicator = index.data(IndicatorRole).toString();
    if (profile == nullptr || indicator.isEmpty())
        return nullptr;
    return profile->findValue(app::toStdString(indicator));
}

QModelIndex ProfileValuesModel::indicatorIndex(const QString& indicatorId, int column) const
{
    return indicatorIndexIn(m_session.methodology(), indicatorId, column);
}

QVariant ProfileValuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& methodology = m_session.methodology();
    if (isGroup(index)) {
        const auto& pillar = methodology.pillars[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return app::displayName(pillar);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return app::nameToolTip(pillar);
        return {};
    }
    const auto& pillar = methodology.pillars[groupOf(index)];
    const auto indicatorIndex =
        methodology.indicatorsOfPillar(pillar.id)[static_cast<std::size_t>(index.row())];
    const aisov::Indicator& indicator = methodology.indicators[indicatorIndex];
    switch (role) {
    case IndicatorRole:
        return app::toQString(indicator.id);
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return app::displayName(indicator);
        if (index.column() == UnitColumn)
            return app::displayUnit(indicator);
        return displayData(index);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return app::nameToolTip(indicator);
        if (index.column() == ValueColumn && isPooled())
            return tr("Pooled from the bloc's members; edit the members' values instead.");
        return displayData(index);
    case Qt::ForegroundRole:
        if (valueAt(index) == nullptr && index.column() == ValueColumn)
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == YearColumn)
            return app::kNumberAlignment;
        return {};
    }
    return {};
}

QVariant ProfileValuesModel::displayData(const QModelIndex& index) const
{
    const aisov::IndicatorValue* value = valueAt(index);
    if (value == nullptr)
        return index.column() == ValueColumn ? tr("missing") : QVariant();
    switch (index.column()) {
    case ValueColumn:
        return app::formatValue(value->value);
    case YearColumn:
        return value->year ? QVariant(*value->year) : QVariant();
    case SourceColumn:
        return app::toQString(value->source);
    case ConfidenceColumn:
        return QString::fromLatin1(aisov::toString(value->confidence));
    case UrlColumn:
        return app::toQString(value->url);
    case NoteColumn:
        return app::toQString(value->note);
    }
    return {};
}

Qt::ItemFlags ProfileValuesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isGroup(index) || isPooled() || m_session.isReadOnly())
        return flags;
    const bool hasValue = valueAt(index) != nullptr;
    if (index.column() == ValueColumn || (hasValue && index.column() > UnitColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProfileValuesModel::refuse(const QModelIndex& index, const QString& reason)
{
    Q_EMIT entryRefused(index, reason);
    return false;
}

bool ProfileValuesModel::setData(const QModelIndex& index, const QVariant& input, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString indicatorId = index.data(IndicatorRole).toString();
    const aisov::IndicatorValue* current = valueAt(index);
    if (index.column() == ValueColumn && input.toString().trimmed().isEmpty()) {
        if (current == nullptr)
            return false;
        try {
            m_session.removeValue(m_code, indicatorId);
        } catch (const std::exception& error) {
            return refuse(index, QString::fromUtf8(error.what()));
        }
        return true;
    }
    if (current == nullptr) {
        // A new value needs its provenance first; the editor asks for it.
        const auto number = app::parseLocaleNumber(input.toString());
        if (!number)
            return refuse(index, tr("\"%1\" is not a number.").arg(input.toString()));
        aisov::IndicatorValue candidate;
        candidate.indicator = app::toStdString(indicatorId);
        candidate.value = *number;
        if (const auto problem = aisov::indicatorValueProblem(candidate, m_session.methodology(),
                                                              aisov::currentYear()))
            return refuse(index, app::problemText(*problem));
        Q_EMIT provenanceNeeded(indicatorId, *number);
        return false;
    }
    return writeField(index, *current, input);
}

bool ProfileValuesModel::writeField(const QModelIndex& index, aisov::IndicatorValue value,
                                    const QVariant& input)
{
    const QString text = input.toString().trimmed();
    switch (index.column()) {
    case ValueColumn: {
        const auto number = app::parseLocaleNumber(text);
        if (!number)
            return refuse(index, tr("\"%1\" is not a number.").arg(text));
        value.value = *number;
        break;
    }
    case YearColumn: {
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok)
            return refuse(index, tr("\"%1\" is not a year.").arg(text));
        value.year = year;
        break;
    }
    case SourceColumn:
        if (text.isEmpty())
            return refuse(index, tr("Every stored value needs its source."));
        value.source = app::toStdString(text);
        break;
    case ConfidenceColumn: {
        const auto confidence = aisov::confidenceFromString(app::toStdString(text.toLower()));
        if (!confidence)
            return refuse(index, tr("Confidence is high, medium or low."));
        value.confidence = *confidence;
        break;
    }
    case UrlColumn:
        value.url = app::toStdString(text);
        break;
    case NoteColumn:
        value.note = app::toStdString(text);
        break;
    default:
        return false;
    }
    if (const auto problem =
            aisov::indicatorValueProblem(value, m_session.methodology(), aisov::currentYear()))
        return refuse(index, app::problemText(*problem));
    try {
        m_session.setValue(m_code, value);
    } catch (const aisov::InputError& error) {
        return refuse(index, app::problemText(error.problem()));
    } catch (const std::exception& error) {
        return refuse(index, QString::fromUtf8(error.what()));
    }
    return true;
}

QVariant ProfileValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case YearColumn:
        return tr("Year");
    case SourceColumn:
        return tr("Source");
    case ConfidenceColumn:
        return tr("Confidence");
    case UrlColumn:
        return tr("URL");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
