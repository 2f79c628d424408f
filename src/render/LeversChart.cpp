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

namespace {

// The painting steps of the chart, in the order paint() calls them.
class LeversSteps : public ChartSteps<LeversLayout>
{
public:
    using ChartSteps::ChartSteps;
    void paintSummary() const;
    void paintTwoLines(const QRectF& rect, Qt::Alignment align, const QString& name,
                       const QString& detail) const;
    void paintLever(std::size_t r) const;
    void paintLegend() const;
};

// Summary: who, where, and what the next band needs.
void LeversSteps::paintSummary() const
{
    const ChartLevers& levers = *data.levers;
    QString summary = levers.score
                          ? LeversChart::tr("%1: %2, %3")
                                .arg(levers.profileName, formatPercent(*levers.score), levers.band)
                          : LeversChart::tr("%1: no data").arg(levers.profileName);
    summary += levers.nextBand.isEmpty()
                   ? LeversChart::tr(" · already in the top band")
                   : LeversChart::tr(" · next band \u201c%1\u201d from %2")
                         .arg(levers.nextBand, formatPercent(levers.nextBandFrom));
    painter.setFont(fonts.label);
    painter.setPen(theme.foreground);
    painter.drawText(
        layout.summary, Qt::AlignLeft | Qt::AlignVCenter,
        fonts.labelMetrics.elidedText(summary, Qt::ElideRight, layout.summary.width()));
}

// Two lines in `rect` around its row's centre: `name` over `detail`.
void LeversSteps::paintTwoLines(const QRectF& rect, Qt::Alignment align, const QString& name,
                                const QString& detail) const
{
    painter.setFont(fonts.label);
    painter.setPen(theme.foreground);
    painter.drawText(QRectF(rect.left(), rect.center().y() - fonts.labelMetrics.height(),
                            rect.width(), fonts.labelMetrics.height()),
                     align | Qt::AlignVCenter, name);
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    painter.drawText(
        QRectF(rect.left(), rect.center().y(), rect.width(), fonts.smallMetrics.height()),
        align | Qt::AlignVCenter,
        fonts.smallMetrics.elidedText(detail, Qt::ElideRight, rect.width()));
}

// Lever `r`: its name and pillar right-aligned against the bars, its bar,
// and the gain with the values before and after the step.
void LeversSteps::paintLever(std::size_t r) const
{
    const ChartLever& lever = data.levers->levers[r];
    const QRectF& row = layout.rows[r];
    const QRectF nameRect(row.left(), row.top(),
                          layout.bars.left() - row.left() - 14 * metrics.scale, row.height());
    paintTwoLines(
        nameRect, Qt::AlignRight,
        fonts.labelMetrics.elidedText(lever.indicatorName, Qt::ElideRight, nameRect.width()),
        lever.pillarName);

    const QRectF bar = layout.bar(r, lever.gain);
    painter.setPen(Qt::NoPen);
    // A loss (a missing indicator counted from its worst goalpost) in grey.
    const QColor barColor = theme.seriesColor(0);
    const QColor crossingColor = theme.seriesColor(2);
    painter.setBrush(lever.gain < 0.0 ? theme.muted
                                      : (lever.crossesThreshold ? crossingColor : barColor));
    painter.drawRect(bar);

    // "+1.97  121 → 214 facilities", and the threshold it reaches.
    const double textLeft = std::max(bar.right(), layout.xForGain(0.0)) + 10 * metrics.scale;
    const QRectF valueRect(textLeft, row.top(), layout.plot.right() - textLeft, row.height());
    const QString gain = formatSignedPoints(lever.gain, 2);
    paintTwoLines(
        valueRect, Qt::AlignLeft,
        lever.crossesThreshold ? LeversChart::tr("%1  pillar meets its threshold").arg(gain) : gain,
        LeversChart::tr("%1 \u2192 %2").arg(lever.valueNow, lever.valueAfter));
}

// Legend: what a bar is.
void LeversSteps::paintLegend() const
{
    const ChartLevers& levers = *data.levers;
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    const QRectF legend(layout.plot.left(), layout.plot.bottom() - fonts.smallMetrics.height(),
                        layout.plot.width(), fonts.smallMetrics.height());
    painter.drawText(
        legend, Qt::AlignLeft | Qt::AlignVCenter,
        fonts.smallMetrics.elidedText(
            LeversChart::tr(
                "Bar: overall score points after one step of %1% of the indicator's goalpost "
                "range; a missing indicator starts from its worst goalpost, which can lower "
                "the score (grey).")
                .arg(QLocale().toString(100.0 * levers.stepFraction, 'f', 0)),
            Qt::ElideRight, legend.width()));
}

} // namespace

void LeversChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                        const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const LeversLayout layout = LeversChart::layout(bounds, data, theme);
    const LeversSteps steps(canvas, layout);
    if (!data.levers || data.levers->levers.empty()) {
        canvas.paintMessage(layout.plot, tr("No levers to show."));
        return;
    }
    steps.paintSummary();
    // Zero line.
    const double zeroX = layout.xForGain(0.0);
    painter.setPen(QPen(theme.grid, canvas.metrics().line()));
    painter.drawLine(QPointF(zeroX, layout.bars.top()),
                     QPointF(zeroX, layout.rows.back().bottom()));
    for (std::size_t r = 0; r < data.levers->levers.size(); ++r)
        steps.paintLever(r);
    steps.paintLegend();
}

} // namespace aisov::render
