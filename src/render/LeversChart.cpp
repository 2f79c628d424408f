#include "LeversChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace aisov::render {

QRectF LeversLayout::bar(std::size_t row, double gain) const
{
    const QRectF& area = rows[row];
    const double zero = xForGain(0.0);
    const double end = xForGain(gain);
    const double height = area.height() * 0.55;
    return {QPointF(std::min(zero, end), area.center().y() - height / 2),
            QPointF(std::max(zero, end), area.center().y() + height / 2)};
}

QString LeversChart::defaultTitle()
{
    return tr("Investment levers");
}

LeversLayout LeversChart::layout(const QRectF& bounds, const ChartData& data,
                                 const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const ChartFonts fonts(theme, metrics);
    LeversLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    layout.summary = QRectF(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                            fonts.labelMetrics.height() * 1.2);
    const double legendHeight = fonts.smallMetrics.height() * 1.8;
    // Names on the left, the bars in the middle, "+1.97 (121 → 214 facilities)" on the right.
    const double nameWidth = std::min(layout.plot.width() * 0.28, 420 * metrics.scale);
    const double valueWidth = std::min(layout.plot.width() * 0.3, 460 * metrics.scale);
    layout.bars =
        QRectF(QPointF(layout.plot.left() + nameWidth,
                       layout.summary.bottom() + fonts.labelMetrics.height() * 0.6),
               QPointF(layout.plot.right() - valueWidth, layout.plot.bottom() - legendHeight));
    if (!data.levers)
        return layout;
    const auto& levers = data.levers->levers;
    for (const auto& lever : levers) {
        layout.minGain = std::min(layout.minGain, lever.gain);
        layout.maxGain = std::max(layout.maxGain, lever.gain);
    }
    if (layout.maxGain <= 0.0)
        layout.maxGain = 1.0; // nothing gains: keep a readable scale
    // Rows never grow taller than two text lines and a gap, so that three
    // levers do not turn into three slabs.
    const double rowHeight = std::min(
        layout.bars.height() / static_cast<double>(std::max<std::size_t>(levers.size(), 1)),
        fonts.labelMetrics.height() * 3.2);
    for (std::size_t r = 0; r < levers.size(); ++r)
        layout.rows.emplace_back(layout.plot.left(),
                                 layout.bars.top() + rowHeight * static_cast<double>(r),
                                 layout.plot.width(), rowHeight);
    return layout;
}

void LeversChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                        const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    ChartFrame::paint(painter, bounds, data, theme, defaultTitle());
    const LeversLayout layout = LeversChart::layout(bounds, data, theme);
    const ChartFonts fonts(theme, metrics);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!data.levers || data.levers->levers.empty()) {
        painter.setFont(fonts.label);
        painter.setPen(theme.muted);
        painter.drawText(layout.plot, Qt::AlignCenter, tr("No levers to show."));
        painter.restore();
        return;
    }
    const ChartLevers& levers = *data.levers;

    // Summary: who, where, and what the next band needs.
    QString summary =
        levers.score
            ? tr("%1: %2, %3").arg(levers.profileName, formatPercent(*levers.score), levers.band)
            : tr("%1: no data").arg(levers.profileName);
    summary += levers.nextBand.isEmpty()
                   ? tr(" · already in the top band")
                   : tr(" · next band \u201c%1\u201d from %2")
                         .arg(levers.nextBand, formatPercent(levers.nextBandFrom));
    painter.setFont(fonts.label);
    painter.setPen(theme.foreground);
    painter.drawText(
        layout.summary, Qt::AlignLeft | Qt::AlignVCenter,
        fonts.labelMetrics.elidedText(summary, Qt::ElideRight, layout.summary.width()));

    // Zero line.
    const double zeroX = layout.xForGain(0.0);
    painter.setPen(QPen(theme.grid, metrics.line()));
    painter.drawLine(QPointF(zeroX, layout.bars.top()),
                     QPointF(zeroX, layout.rows.back().bottom()));

    const QColor barColor = theme.seriesColor(0);
    const QColor crossingColor = theme.seriesColor(2);
    for (std::size_t r = 0; r < levers.levers.size(); ++r) {
        const ChartLever& lever = levers.levers[r];
        const QRectF& row = layout.rows[r];
        // Name and pillar, right-aligned against the bars.
        const QRectF nameRect(row.left(), row.top(),
                              layout.bars.left() - row.left() - 14 * metrics.scale, row.height());
        painter.setFont(fonts.label);
        painter.setPen(theme.foreground);
        painter.drawText(
            QRectF(nameRect.left(), row.center().y() - fonts.labelMetrics.height(),
                   nameRect.width(), fonts.labelMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            fonts.labelMetrics.elidedText(lever.indicatorName, Qt::ElideRight, nameRect.width()));
        painter.setFont(fonts.small);
        painter.setPen(theme.muted);
        painter.drawText(
            QRectF(nameRect.left(), row.center().y(), nameRect.width(),
                   fonts.smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            fonts.smallMetrics.elidedText(lever.pillarName, Qt::ElideRight, nameRect.width()));

        const QRectF bar = layout.bar(r, lever.gain);
        painter.setPen(Qt::NoPen);
        // A loss (a missing indicator counted from its worst goalpost) in grey.
        painter.setBrush(lever.gain < 0.0 ? theme.muted
                                          : (lever.crossesThreshold ? crossingColor : barColor));
        painter.drawRect(bar);

        // "+1.97  121 → 214 facilities", and the threshold it reaches.
        const double textLeft = std::max(bar.right(), zeroX) + 10 * metrics.scale;
        const QRectF valueRect(textLeft, row.top(), layout.plot.right() - textLeft, row.height());
        painter.setFont(fonts.label);
        painter.setPen(theme.foreground);
        const QString gain = formatSignedPoints(lever.gain, 2);
        painter.drawText(QRectF(valueRect.left(), row.center().y() - fonts.labelMetrics.height(),
                                valueRect.width(), fonts.labelMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         lever.crossesThreshold ? tr("%1  pillar meets its threshold").arg(gain)
                                                : gain);
        painter.setFont(fonts.small);
        painter.setPen(theme.muted);
        painter.drawText(
            QRectF(valueRect.left(), row.center().y(), valueRect.width(),
                   fonts.smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fonts.smallMetrics.elidedText(tr("%1 \u2192 %2").arg(lever.valueNow, lever.valueAfter),
                                          Qt::ElideRight, valueRect.width()));
    }

    // Legend: what a bar is.
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    const QRectF legend(layout.plot.left(), layout.plot.bottom() - fonts.smallMetrics.height(),
                        layout.plot.width(), fonts.smallMetrics.height());
    painter.drawText(
        legend, Qt::AlignLeft | Qt::AlignVCenter,
        fonts.smallMetrics.elidedText(
            tr("Bar: overall score points after one step of %1% of the indicator's goalpost "
               "range; a missing indicator starts from its worst goalpost, which can lower "
               "the score (grey).")
                .arg(QLocale().toString(100.0 * levers.stepFraction, 'f', 0)),
            Qt::ElideRight, legend.width()));
    painter.restore();
}

} // namespace aisov::render
