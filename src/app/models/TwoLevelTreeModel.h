#pragma once

// The index scheme of a tree two levels deep (groups, each with its
// items), shared by the values model (pillars and indicators) and the
// import plan (profiles and value changes): a group row carries 0 as
// internal id, an item row its group's row + 1, so parent() needs no
// pointers into data that a reset may replace.

#include <QAbstractItemModel>

class TwoLevelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;

protected:
    static bool isGroup(const QModelIndex& index) { return index.internalId() == kGroupId; }
    // The group row of an item index.
    static std::size_t groupOf(const QModelIndex& item) { return item.internalId() - 1; }
    // True for the parents whose children are items (a group's first column).
    static bool holdsItems(const QModelIndex& parent)
    {
        return parent.isValid() && isGroup(parent) && parent.column() == 0;
    }

private:
    static constexpr quintptr kGroupId = 0;
};
