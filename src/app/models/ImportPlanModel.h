#pragma once

// What an import will do, as a tree: each profile added or changed (with the
// attributes that change), and beneath it each value added, changed or
// removed, before -> after.

#include "aisov/ImportPlan.h"
#include "aisov/Methodology.h"

#include "TwoLevelTreeModel.h"

class ImportPlanModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    // `methodology` names the indicators.
    ImportPlanModel(aisov::ImportPlan plan, aisov::Methodology methodology,
                    QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString changeName(aisov::ChangeKind kind);
    static QString attributeName(aisov::ProfileAttribute attribute);

private:
    QVariant profileData(const aisov::ProfileChange& change, int column) const;
    QVariant valueData(const aisov::ValueChange& change, int column) const;

    aisov::ImportPlan m_plan;
    aisov::Methodology m_methodology;
};
