#include "ImportPlanModel.h"

#include "AppStrings.h"
#include "NameWithCode.h"

#include <QColor>

ImportPlanModel::ImportPlanModel(aisov::ImportPlan plan, aisov::Methodology methodology,
                                 QObject* parent)
    : TwoLevelTreeModel(parent)
    , m_plan(std::move(plan))
    , m_methodology(std::move(methodology))
{}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_plan.profiles.size());
    if (!holdsItems(parent))
        return 0;
    return static_cast<int>(m_plan.profiles[static_cast<std::size_t>(parent.row())].values.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QString ImportPlanModel::changeName(aisov::ChangeKind kind)
{
    switch (kind) {
    case aisov::ChangeKind::Added:
        return tr("new");
    case aisov::ChangeKind::Changed:
        return tr("changed");
    case aisov::ChangeKind::Removed:
        return tr("removed");
    }
    return {};
}

QString ImportPlanModel::attributeName(aisov::ProfileAttribute attribute)
{
    switch (attribute) {
    case aisov::ProfileAttribute::Name:
        return tr("name");
    case aisov::ProfileAttribute::TranslatedNames:
        return tr("translated names");
    case aisov::ProfileAttribute::Kind:
        return tr("kind");
    case aisov::ProfileAttribute::Population:
        return tr("population");
    case aisov::ProfileAttribute::Gdp:
        return tr("GDP");
    case aisov::ProfileAttribute::Members:
        return tr("members");
    }
    return {};
}

QVariant ImportPlanModel::profileData(const aisov::ProfileChange& change, int column) const
{
    switch (column) {
    case ItemColumn:
        return aisov::render::nameWithCode(
            app::toQString(aisov::displayText(change.translations, app::displayLanguage(),
                                              &aisov::Translation::name, change.name)),
            app::toQString(change.code));
    case ChangeColumn: {
        QStringList attributes;
        for (const auto& attribute : change.attributes)
            attributes.append(attributeName(attribute));
        const QString kind = changeName(change.kind);
        return attributes.isEmpty() ? kind
                                    : tr("%1: %2").arg(kind, attributes.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant ImportPlanModel::valueData(const aisov::ValueChange& change, int column) const
{
    switch (column) {
    case ItemColumn:
        if (const aisov::Indicator* indicator = m_methodology.findIndicator(change.indicator))
            return app::displayName(*indicator);
        return app::toQString(change.indicator);
    case ChangeColumn:
        return change.provenanceOnly ? tr("source or year changed") : changeName(change.kind);
    case BeforeColumn:
        return change.before ? app::formatValue(*change.before) : QString();
    case AfterColumn:
        return change.after ? app::formatValue(*change.after) : QString();
    }
    return {};
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool profileRow = isGroup(index);
    const auto& profile =
        m_plan.profiles[profileRow ? static_cast<std::size_t>(index.row()) : groupOf(index)];
    const aisov::ChangeKind kind =
        profileRow ? profile.kind : profile.values[static_cast<std::size_t>(index.row())].kind;
    if (role == Qt::DisplayRole)
        return profileRow ? profileData(profile, index.column())
                          : valueData(profile.values[static_cast<std::size_t>(index.row())],
                                      index.column());
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn &&
        kind == aisov::ChangeKind::Removed)
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Profile / indicator");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}
