#include "LeversChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

LeverValueText LeversChart::valueText(const ChartLever& lever)
{
    const QString gain = formatSignedPoints(lever.gain, 2);
    return {lever.crossesThreshold ? tr("%1  pillar meets its threshold").arg(gain) : gain,
            tr("%1 \u2192 %2").arg(lever.valueNow, lever.valueAfter)};
}

namespace {

constexpr double kNameGap = 14.0;  // × scale: between a name and the bars
constexpr double kValueGap = 10.0; // × scale: between a bar and its value text

double widestName(const ChartLevers& levers, const ChartFonts& fonts)
{
    double widest = 0.0;
    for (const auto& lever : levers.levers)
        widest = std::max({widest, fonts.labelMetrics.horizontalAdvance(lever.indicatorName),
                           fonts.smallMetrics.horizontalAdvance(lever.pillarName)});
    return widest;
}

double valueTextWidth(const ChartLever& lever, const ChartFonts& fonts)
{
    const LeverValueText text = LeversChart::valueText(lever);
    // A pixel more than the text, so that rounding never elides it.
    return std::ceil(std::max(fonts.labelMetrics.horizontalAdvance(text.gain),
                              fonts.smallMetrics.horizontalAdvance(text.values))) +
           1.0;
}

// How wide the longest bar may be: as wide as `room` allows once every
// lever's value text fits right of its bar, but never under a third of the
// plot, so that a long unit does not shrink the bars to slivers.
double barsWidth(const LeversLayout& layout, const ChartLevers& levers, const ChartFonts& fonts,
                 double room, double valueGap)
{
    double width = room;
    for (const auto& lever : levers.levers) {
        const double fraction =
            (std::max(lever.gain, 0.0) - layout.minGain) / (layout.maxGain - layout.minGain);
        const double textRoom = room - valueGap - valueTextWidth(lever, fonts);
        if (fraction > 0.0)
            width = std::min(width, textRoom / fraction);
    }
    return std::clamp(width, std::min(room, layout.plot.width() / 3.0), room);
}

} // namespace

LeversLayout LeversChart::layout(const QRectF& bounds, const ChartData& data,
                                 const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const ChartFonts fonts(theme, metrics);
    LeversLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    layout.summary = QRectF(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                            fonts.labelMetrics.height() * 1.2);
    const double top = layout.summary.bottom() + fonts.labelMetrics.height() * 0.6;
    const double bottom = layout.plot.bottom() - fonts.smallMetrics.height() * 1.8; // legend
    layout.bars = QRectF(QPointF(layout.plot.left(), top), QPointF(layout.plot.right(), bottom));
    if (!data.levers || data.levers->levers.empty())
        return layout;
    const ChartLevers& levers = *data.levers;
    for (const auto& lever : levers.levers) {
        layout.minGain = std::min(layout.minGain, lever.gain);
        layout.maxGain = std::max(layout.maxGain, lever.gain);
    }
    if (layout.maxGain <= 0.0)
        layout.maxGain = 1.0; // nothing gains: keep a readable scale

    // Names on the left, the bars in the middle, "+1.97 / 121 → 214 facilities" on the right.
    const double nameWidth = std::min(widestName(levers, fonts), layout.plot.width() * 0.34);
    const double barsLeft = layout.plot.left() + nameWidth + kNameGap * metrics.scale;
    const double room = layout.plot.right() - barsLeft;
    layout.bars.setLeft(barsLeft);
    layout.bars.setWidth(barsWidth(layout, levers, fonts, room, kValueGap * metrics.scale));

    // Rows never grow taller than two text lines and a gap, so that three
    // levers do not turn into three slabs.
    const auto count = static_cast<double>(levers.levers.size());
    const double rowHeight =
        std::min(layout.bars.height() / count, fonts.labelMetrics.height() * 3.2);
    for (std::size_t r = 0; r < levers.levers.size(); ++r) {
        const QRectF row(layout.plot.left(), top + rowHeight * static_cast<double>(r),
                         layout.plot.width(), rowHeight);
        layout.rows.push_back(row);
        layout.names.emplace_back(row.left(), row.top(), nameWidth, row.height());
        const double valueLeft =
            std::max(layout.bar(r, levers.levers[r].gain).right(), layout.xForGain(0.0)) +
            kValueGap * metrics.scale;
        layout.values.emplace_back(valueLeft, row.top(), layout.plot.right() - valueLeft,
                                   row.height());
    }
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
                     align | Qt::AlignVCenter,
                     fonts.labelMetrics.elidedText(name, Qt::ElideRight, rect.width()));
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    painter.drawText(
        QRectF(rect.left(), rect.center().y(), rect.width(), fonts.smallMetrics.height()),
        align | Qt::AlignVCenter,
        fonts.smallMetrics.elidedText(detail, Qt::ElideRight, rect.width()));
}

// Lever `r`: its name and pillar, its bar, and the gain with the values
// before and after the step.
void LeversSteps::paintLever(std::size_t r) const
{
    const ChartLever& lever = data.levers->levers[r];
    paintTwoLines(layout.names[r], Qt::AlignRight, lever.indicatorName, lever.pillarName);

    painter.setPen(Qt::NoPen);
    // A loss (a missing indicator counted from its worst goalpost) in grey.
    const QColor barColor = theme.seriesColor(0);
    const QColor crossingColor = theme.seriesColor(2);
    painter.setBrush(lever.gain < 0.0 ? theme.muted
                                      : (lever.crossesThreshold ? crossingColor : barColor));
    painter.drawRect(layout.bar(r, lever.gain));

    const LeverValueText text = LeversChart::valueText(lever);
    paintTwoLines(layout.values[r], Qt::AlignLeft, text.gain, text.values);
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
