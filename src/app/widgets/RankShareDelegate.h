#pragma once

// Paints a rank cell of RankStabilityModel: the more draws hold the rank,
// the deeper its shade (the palette's highlight colour); the rank a profile
// holds most often is framed. Other cells are painted as usual.

#include <QStyledItemDelegate>

class RankShareDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The shade of a share (0-1) between `base` and `highlight`.
    static QColor shade(double share, const QColor& base, const QColor& highlight);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
