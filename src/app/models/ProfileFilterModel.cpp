#include "ProfileFilterModel.h"

#include "ProfileListModel.h"

ProfileFilterModel::ProfileFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProfileListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProfileFilterModel::setSearchText(const QString& text)
{
    m_searchText = text.trimmed();
    invalidateFilter();
}

void ProfileFilterModel::setKindFilter(KindFilter filter)
{
    m_kindFilter = filter;
    invalidateFilter();
}

bool ProfileFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex code = source->index(sourceRow, ProfileListModel::CodeColumn, sourceParent);
    const QString kind = source->data(code, ProfileListModel::KindRole).toString();
    if (m_kindFilter == KindFilter::Countries && kind != QLatin1String("country"))
        return false;
    if (m_kindFilter == KindFilter::Blocs && kind != QLatin1String("bloc"))
        return false;
    if (m_searchText.isEmpty())
        return true;
    const QModelIndex name = source->index(sourceRow, ProfileListModel::NameColumn, sourceParent);
    // The name shown and the English one: "Swiss" finds 스위스 too.
    return source->data(code).toString().contains(m_searchText, Qt::CaseInsensitive) ||
           source->data(name).toString().contains(m_searchText, Qt::CaseInsensitive) ||
           source->data(name, ProfileListModel::EnglishNameRole)
               .toString()
               .contains(m_searchText, Qt::CaseInsensitive);
}
