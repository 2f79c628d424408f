#pragma once

// The profile list as the user narrows it: a search over name and code, a
// filter by kind (all, countries, blocs), sorting by any column (scores as
// numbers).

#include <QSortFilterProxyModel>

class ProfileFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class KindFilter
    {
        All,
        Countries,
        Blocs
    };

    explicit ProfileFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setKindFilter(KindFilter filter);
    KindFilter kindFilter() const { return m_kindFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    KindFilter m_kindFilter = KindFilter::All;
};
