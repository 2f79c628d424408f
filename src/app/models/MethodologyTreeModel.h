#pragma once

// The pillar → indicator tree of a methodology, as the values editor, the
// scenario editor and the methodology editor all show it: the pillars at
// the top in methodology order, each pillar's indicators under it.

#include "TwoLevelTreeModel.h"

#include "aisov/Methodology.h"

#include <QString>

class MethodologyTreeModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    using TwoLevelTreeModel::TwoLevelTreeModel;

protected:
    // The rows under `parent` in the tree of `methodology`.
    static int methodologyRows(const aisov::Methodology& methodology, const QModelIndex& parent);
    // The row of indicator `indicatorId` in `column`; invalid when
    // `methodology` has no such indicator.
    QModelIndex indicatorIndexIn(const aisov::Methodology& methodology, const QString& indicatorId,
                                 int column) const;
};
