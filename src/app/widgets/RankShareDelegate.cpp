#include "RankShareDelegate.h"

#include "models/RankStabilityModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

QColor RankShareDelegate::shade(double share, const QColor& base, const QColor& highlight)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const auto mix = [t](int from, int to) {
        return static_cast<int>(std::lround(from + t * (to - from)));
    };
    return {mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
            mix(base.blue(), highlight.blue())};
}

void RankShareDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant share = index.data(RankStabilityModel::ShareRole);
    if (!share.isValid())
        return;
    const QColor fill = shade(share.toDouble(), option->palette.color(QPalette::Base),
                              option->palette.color(QPalette::Highlight));
    option->backgroundBrush = fill;
    // Text stays readable on a deep shade.
    const QColor text = fill.lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    option->palette.setColor(QPalette::Text, text);
    if (index.data(RankStabilityModel::MostLikelyRole).toBool())
        option->font.setBold(true);
}

void RankShareDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(RankStabilityModel::MostLikelyRole).toBool())
        return;
    painter->save();
    painter->setPen(QPen(option.palette.color(QPalette::Text), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->restore();
}
